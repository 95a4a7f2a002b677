# time: strptime with CPython's patterns, date completion and errors (C locale)
import time

cases = [('2020-05-17', '%Y-%m-%d'), ('17/05/20 10:20:30', '%d/%m/%y %H:%M:%S'), ('1999 365', '%Y %j'),
         ('2000 60', '%Y %j'), ('Mon Jan  6 12:00:00 2020', '%a %b %d %H:%M:%S %Y'), ('12:34', '%H:%M'),
         ('March 3 2021', '%B %d %Y'), ('2024-02-29', '%Y-%m-%d'), ('07 PM', '%I %p'), ('12 am', '%I %p'),
         ('Tuesday 2021-06-01', '%A %Y-%m-%d'), ('2021-06-01%', '%Y-%m-%d%%'), ('20200517', '%Y%m%d'),
         ('2020 10 3', '%Y %U %w'), ('2020 0 1', '%Y %W %w'), ('2020 52 6', '%Y %W %u'),
         ('12:00:00.123', '%H:%M:%S.%f'), ('2021-03-04 +0530', '%Y-%m-%d %z'), ('10:00 UTC', '%H:%M %Z'),
         ('10:00 -01:30', '%H:%M %z'), ('feb 29', '%b %d'), ('2020-W10-3', '%G-W%V-%u'),
         ('Thu Jan  1 00:00:00 1970', '%c'), ('12/31/99', '%x'), ('23:59:60', '%X'),
         ('2021   06', '%Y %m'), ('sunday', '%A')]
for text, fmt in cases:
    t = time.strptime(text, fmt)
    print(repr(text), '|', t, t.tm_zone, t.tm_gmtoff)
print(time.strptime('Thu Jan  1 00:00:00 1970'))
for text, fmt in [('2020-13-01', '%Y-%m-%d'), ('2020-05-17x', '%Y-%m-%d'), ('abc', '%Y'), ('1900-02-29', '%Y-%m-%d'),
                  ('2020-02-30', '%Y-%m-%d'), ('1 2 3', '%d %m %y'), ('  5', '%d'), (' 5', '%d'), ('1/2/3', '%d/%m/%y'), ('123', '%d'), ('5', '%Q'), ('5', '5%'),
                  ('2020 10', '%G %V'), ('0000', '%Y'), ('2020 5', '%Y %V')]:
    try:
        print(time.strptime(text, fmt))
    except ValueError as e:
        print('ValueError', e)
for bad in [(5,), ('x', 5)]:
    try:
        time.strptime(*bad)
    except TypeError as e:
        print('TypeError', e)
info = time.get_clock_info('monotonic')
print(info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
time.tzset()
