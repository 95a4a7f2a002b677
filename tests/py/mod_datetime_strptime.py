# datetime.strptime: directives, defaults, %z/%Z, errors; strftime of the results
from datetime import datetime, timezone, timedelta

def show(data, fmt):
    try:
        d = datetime.strptime(data, fmt)
        print(repr(data), repr(fmt), '->', repr(d))
    except Exception as e:
        print(repr(data), repr(fmt), '!!', type(e).__name__, e)

for data, fmt in [
        ("2024-05-17", "%Y-%m-%d"), ("2024-05-17 13:05:09", "%Y-%m-%d %H:%M:%S"), ("17/5/24", "%d/%m/%y"),
        ("1/1/69", "%m/%d/%y"), ("1/1/68", "%m/%d/%y"), ("2024-05-17T13:05:09.123", "%Y-%m-%dT%H:%M:%S.%f"),
        ("13:05:09.1234567", "%H:%M:%S.%f"), ("09.5", "%S.%f"), ("Friday May 17 2024", "%A %B %d %Y"),
        ("fri may 17 2024", "%a %b %d %Y"), ("FRIDAY, MAY 17", "%A, %B %d"), ("Sept 17", "%b %d"), ("12 AM", "%I %p"),
        ("12 PM", "%I %p"), ("1 pm", "%I %p"), ("11:59 am", "%I:%M %p"), ("7", "%I"), ("12", "%I"),
        ("2024 138", "%Y %j"), ("2024 366", "%Y %j"), ("2023 366", "%Y %j"), ("2024 1", "%Y %j"), ("138", "%j"),
        ("2024-05-17 +0000", "%Y-%m-%d %z"), ("2024-05-17 -0530", "%Y-%m-%d %z"), ("2024-05-17 +05:30", "%Y-%m-%d %z"),
        ("2024-05-17 +05:30:15", "%Y-%m-%d %z"), ("2024-05-17 +05:30:15.5", "%Y-%m-%d %z"), ("2024-05-17 -053015.000001", "%Y-%m-%d %z"),
        ("2024-05-17 Z", "%Y-%m-%d %z"), ("2024-05-17 z", "%Y-%m-%d %z"), ("2024-05-17 +05:3015", "%Y-%m-%d %z"),
        ("2024-05-17 UTC", "%Y-%m-%d %Z"), ("2024-05-17 gmt", "%Y-%m-%d %Z"), ("2024-05-17 +0100 UTC", "%Y-%m-%d %z %Z"),
        ("2024-05-17 +0100 GMT", "%Y-%m-%d %z %Z"), ("2024-05-17 XYZ", "%Y-%m-%d %Z"),
        ("2024 20 5", "%Y %W %w"), ("2024 20 0", "%Y %U %w"), ("2024 0 1", "%Y %W %w"), ("2024 0 3", "%Y %U %w"),
        ("2024 20 5", "%G %V %u"), ("2021 1 1", "%G %V %u"), ("2020 53 7", "%G %V %u"), ("2024 20", "%G %V"), ("2024 20 5", "%Y %V %u"),
        ("20 5", "%V %u"), ("2024 5", "%G %u"), ("2024 100 5", "%G %j %u"), ("Mon 2024 20", "%a %Y %W"),
        ("02-29", "%m-%d"), ("2024-02-29", "%Y-%m-%d"), ("2023-02-29", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"),
        ("Fri May 17 13:05:09 2024", "%c"), ("05/17/24", "%x"), ("13:05:09", "%X"), ("100%", "%Y%%"), ("2024%", "%Y%%"),
        ("  2024   05", "%Y %m"), ("2024\t\n05", "%Y %m"), ("2024-5-7", "%Y-%m-%d"), ("2024- 5- 7", "%Y-%m-%d"),
        ("2024 (5) [7] .x", "%Y (%m) [%d] .x"), ("a.b", "a.b"), ("axb", "a.b"), ("", ""), ("x", ""),
        ("2024", "%Y %"), ("2024", "%Q"), ("2024 x", "%Y % x"), ("2024-05-17junk", "%Y-%m-%d"), ("24", "%Y"),
        ("2024-13-01", "%Y-%m-%d"), ("2024-00-01", "%Y-%m-%d"), ("25:00", "%H:%M"), ("12:60", "%H:%M"), ("12:30:60", "%H:%M:%S"),
        ("12:30:61", "%H:%M:%S"), ("Friday", "%A"), ("Thurs", "%a"), ("2024 5", "%Y %u"), ("6", "%w"), ("7", "%w"),
        ("12 5 2024", "%d %m %Y"), ("1 2 3 4 5 6", "%d %m %y %H %M %S"), ("2024-05-17T13:05:09Z", "%Y-%m-%dT%H:%M:%S%z"),
        ("May 17, 2024, 1:05 PM", "%B %d, %Y, %I:%M %p"), ("2024", "%Y%Y")]:
    show(data, fmt)

for bad in [(1, '%Y'), ('2024', 1), (None, None)]:
    try:
        datetime.strptime(*bad)
    except TypeError as e:
        print('TypeError', e)

print('--- strftime')
d = datetime(2024, 5, 17, 13, 5, 9, 120034, timezone(timedelta(hours=-7), 'PDT'))
for fmt in ['%Y-%m-%d %H:%M:%S.%f %z %Z', '%a %A %b %B %d %j %U %W %w %y %I %p', '%c', '%x', '%X', '%%Y %%%f',
            '%G-W%V-%u', '%e', '%C %g %h %n%t|', 'plain text', '', '%', 'trailing %', '%%', '100%% done %f%%']:
    print(repr(fmt), repr(d.strftime(fmt)))
for year in (1, 5, 99, 999, 1000, 1899, 1900, 9999):
    print(year, datetime(year, 3, 4).strftime('%Y|%y|%G|%j|%a'))
for fmt in ['%Y-%m-%d %H:%M:%S.%f%z', '%d %B %Y %I:%M:%S %p', '%A %d %b %y %H:%M', '%Y %j %H%M%S%f']:
    text = d.strftime(fmt)
    back = datetime.strptime(text, fmt)
    print(fmt, '|', text, '|', repr(back))
