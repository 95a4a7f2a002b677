# date: construction, ordinals, ISO calendar, formatting, arithmetic, comparisons
from datetime import date, timedelta, datetime, MINYEAR, MAXYEAR
import datetime as dtmod

def show(expr):
    try:
        v = eval(expr)
        print(expr, '->', repr(v))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)

print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution, repr(date.min))
for e in ["date(2020, 2, 29)", "date(2021, 2, 29)", "date(1900, 2, 29)", "date(2000, 2, 29)", "date(0, 1, 1)",
          "date(10000, 1, 1)", "date(2020, 13, 1)", "date(2020, 0, 1)", "date(2020, 4, 31)", "date(2020, 1, 0)",
          "date(2020)", "date(2020, 1)", "date(year=2020, month=5, day=17)", "date(2020.0, 1, 1)", "date('2020', 1, 1)",
          "date(10**10, 1, 1)", "date(True, True, True)",
          "date(2020, 1, 1).toordinal()", "date(1, 1, 1).toordinal()", "date(9999, 12, 31).toordinal()",
          "date(1970, 1, 1).toordinal()", "date.fromordinal(1)", "date.fromordinal(737425)", "date.fromordinal(3652059)",
          "date.fromordinal(0)", "date.fromordinal(3652060)", "date(2004, 12, 31).timetuple()",
          "date(2020, 3, 1).timetuple().tm_yday", "date(2019, 3, 1).timetuple().tm_yday",
          "date(2024, 5, 17).weekday()", "date(2024, 5, 17).isoweekday()", "date(2024, 5, 19).isoweekday()",
          "date(2024, 5, 17).isocalendar()", "date(2024, 5, 17).isocalendar().week", "date(2021, 1, 3).isocalendar()",
          "date(2020, 12, 31).isocalendar()", "date(2019, 12, 30).isocalendar()", "date(2027, 1, 1).isocalendar()",
          "tuple(date(2024, 1, 1).isocalendar())", "date(2024, 1, 1).isocalendar()[0]", "type(date(2024,1,1).isocalendar())",
          "date(2024, 1, 1).isocalendar() == (2024, 1, 1)",
          "date.fromisocalendar(2020, 53, 7)", "date.fromisocalendar(2021, 53, 1)", "date.fromisocalendar(2021, 1, 1)",
          "date.fromisocalendar(2020, 1, 0)", "date.fromisocalendar(10000, 1, 1)", "date.fromisocalendar(2004, 1, 1)",
          "date(2024, 5, 17).isoformat()", "str(date(5, 1, 2))", "date(2024, 5, 7).ctime()", "date(2024, 5, 17).ctime()",
          "date(2024, 5, 17).strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %y %%')", "date(2024, 5, 17).strftime('%H:%M:%S %f %z %Z|')",
          "format(date(2024, 5, 17), '%d/%m/%Y')", "format(date(2024, 5, 17), '')", "f'{date(2024, 5, 17):%A}'",
          "'{:%b %d}'.format(date(2024, 1, 2))", "date(2024, 5, 17).strftime(5)",
          "date(2024, 5, 17).replace(day=1)", "date(2024, 5, 17).replace(2000, 2, 29)", "date(2024, 2, 29).replace(year=2023)",
          "date(2024, 5, 17) + timedelta(days=20)", "timedelta(days=-20) + date(2024, 5, 17)", "date(2024, 5, 17) + timedelta(hours=47)",
          "date(2024, 5, 17) - timedelta(days=365)", "date(2024, 5, 17) - timedelta(seconds=1)", "date(2024, 5, 17) - date(2000, 1, 1)",
          "date(2000, 1, 1) - date(2024, 5, 17)", "date.max + timedelta(1)", "date.min - timedelta(1)", "date.min + timedelta(-1)",
          "date(2024, 1, 1) == date(2024, 1, 1)", "date(2024, 1, 1) != date(2024, 1, 2)", "date(2024, 1, 1) < date(2024, 1, 2)",
          "date(2024, 1, 1) >= date(2023, 12, 31)", "date(2024, 1, 1) == '2024-01-01'", "date(2024, 1, 1) == datetime(2024, 1, 1)",
          "date(2024, 1, 1) != datetime(2024, 1, 1)", "datetime(2024, 1, 1) == date(2024, 1, 1)", "date(2024, 1, 1) < datetime(2024, 1, 1)",
          "datetime(2024, 1, 1) >= date(2024, 1, 1)", "hash(date(2024, 1, 1)) == hash(date(2024, 1, 1))",
          "len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)})", "sorted([date(2024, 1, 2), date(1999, 5, 5), date(2024, 1, 1)])",
          "date(2024, 1, 1).year, date(2024, 1, 1).month, date(2024, 1, 1).day", "bool(date.min)",
          "date.fromisoformat('2024-05-17')", "date.fromisoformat('20240517')", "date.fromisoformat('2024-W20-5')",
          "date.fromisoformat('2024W205')", "date.fromisoformat('2024-W20')", "date.fromisoformat('2024W20')",
          "date.fromisoformat('2024-5-17')", "date.fromisoformat('2024-05-17T00:00')", "date.fromisoformat('2024-13-01')",
          "date.fromisoformat('2024-02-30')", "date.fromisoformat('')", "date.fromisoformat(20240517)", "date.fromisoformat('2024-W54-1')",
          "date.fromisoformat('2024-W01-8')", "date.fromisoformat('2024/05/17')", "date.fromisoformat('２０２４-05-17')",
          "date.fromisoformat('0000-01-01')", "date.fromtimestamp(0) <= date(1970, 1, 2)", "date.fromtimestamp(1e12)",
          "date.fromtimestamp(float('nan'))", "type(date.today())", "date.today() > date(2020, 1, 1)",
          "date(2020, 5, 17).__reduce__()"]:
    show(e)

class MyDate(date):
    def hello(self):
        return 'hi %d' % self.year
d = MyDate(2024, 5, 17)
print(repr(d), d.hello(), type(d + timedelta(1)).__name__, type(d.replace(day=3)).__name__, type(MyDate.fromordinal(5)).__name__)
print(type(MyDate.fromisoformat('2024-01-01')).__name__, type(d - timedelta(1)).__name__, d - date(2024, 1, 1))
import copy
print(copy.copy(date(2020, 1, 1)), copy.deepcopy(d), type(copy.deepcopy(d)).__name__)
print(dtmod.date is date, date.__name__, date.__module__, repr(date))
print([date(2024, m, 1).strftime('%b') for m in range(1, 13)])
print([date(2024, 1, d).strftime('%a %A') for d in range(1, 8)])
print([date(y, 1, 1).isocalendar() for y in range(2015, 2030)])
print(all(date.fromordinal(n).toordinal() == n for n in range(1, 800000, 997)))
print(all(date.fromisocalendar(*date.fromordinal(n).isocalendar()) == date.fromordinal(n) for n in range(700000, 800000, 89)))
