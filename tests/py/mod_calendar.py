import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, 3, 2))
print(calendar.month(1999, 12, 10))
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 4))
print(calendar.calendar(1, 2, 1, 2, 6))
calendar.prmonth(2024, 3)
calendar.prcal(2025, m=2)
print(calendar.weekheader(2), '|', calendar.weekheader(3), '|', calendar.weekheader(9))
print(calendar.week([(1, 0), (2, 1), (0, 2)], 3) + '|')
print([calendar.isleap(y) for y in (1900, 2000, 2023, 2024, 2100, 2400)])
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 2024), calendar.leapdays(2000, 2001))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1),
      calendar.weekday(-100, 3, 1))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 12), (2024, 4)]:
    print(y, m, calendar.monthrange(y, m), calendar.monthcalendar(y, m))
for bad in (0, 13, -1):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, isinstance(e, ValueError), e.args)
try:
    calendar.setfirstweekday(7)
except calendar.IllegalWeekdayError as e:
    print(type(e).__name__, e)
try:
    calendar.month(2024, 13)
except (ValueError, IndexError) as e:
    print(type(e).__name__, e)
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(calendar.month_name[2], calendar.month_abbr[-1], calendar.day_name[-1], calendar.month_name[1:4],
      len(calendar.month_name), len(calendar.day_abbr))
try:
    calendar.month_name[13]
except IndexError as e:
    print('IndexError', e)
print(calendar.timegm((2024, 2, 29, 12, 30, 15)), calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)),
      calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH, calendar.mdays)
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 2))
print(calendar.monthcalendar(2024, 9))
calendar.setfirstweekday(0)

tc = calendar.TextCalendar(6)
print(tc.formatmonth(2024, 7))
print(tc.getfirstweekday(), list(tc.iterweekdays()))
tc.setfirstweekday(9)
print(tc.firstweekday, tc.getfirstweekday(), list(tc.iterweekdays()))
print(repr(tc.formatweekday(0, 5)), repr(tc.formatweekday(0, 12)), repr(tc.formatmonthname(2024, 5, 20)),
      repr(tc.formatmonthname(2024, 5, 10, False)), repr(tc.formatday(0, 0, 3)), repr(tc.formatday(7, 0, 4)))
cal = calendar.Calendar()
print(list(cal.itermonthdates(2024, 2))[:3], list(cal.itermonthdates(2024, 2))[-2:])
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2))[:9])
print(list(cal.itermonthdays3(2024, 12))[-5:], list(cal.itermonthdays4(2024, 1))[:2])
print(cal.monthdatescalendar(2021, 2))
print(cal.yeardayscalendar(2024, 4)[0][0])
print(len(cal.yeardatescalendar(2024)), len(cal.yeardays2calendar(2024, 5)), len(cal.yeardayscalendar(2024, 12)))
print(list(calendar.Calendar(3).itermonthdays(2024, 2)))
h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatyear(2024, 4))
print(h.formatyearpage(2024, css=None)[:300])
print(calendar.HTMLCalendar(6).formatweekheader())
print(calendar.LocaleTextCalendar(locale='C').formatmonth(2024, 1))
print(calendar.formatstring(['a', 'b'], 5, 2) + '|')
calendar.format(['x', 'yy', 'zzz'])
print(calendar.error is ValueError, sorted(calendar.__all__))
