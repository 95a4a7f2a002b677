# Local time (a fixed POSIX TZ rule, so the output does not depend on the machine):
# fromtimestamp/timestamp with folds and gaps, astimezone, now/today/utcnow relations.
import os, time
os.environ['TZ'] = 'EST+05EDT,M3.2.0,M11.1.0'
time.tzset()
from datetime import datetime, date, timedelta, timezone

def show(expr):
    try:
        v = eval(expr)
        print(expr, '->', repr(v))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)

for e in ["datetime.fromtimestamp(0)", "datetime.fromtimestamp(1700000000)", "datetime.fromtimestamp(1700000000.5)",
          "datetime.fromtimestamp(1700000000.0000005)", "datetime.fromtimestamp(1700000000.0000015)", "datetime.fromtimestamp(-1.25)",
          "datetime.fromtimestamp(1699164000)", "datetime.fromtimestamp(1699165800)", "datetime.fromtimestamp(1699167600)",
          "datetime.fromtimestamp(1699169400)", "datetime.fromtimestamp(1699171200)", "datetime.fromtimestamp(1710054000)",
          "datetime.fromtimestamp(1710054000 - 1)", "datetime.utcfromtimestamp(1700000000.25)", "datetime.utcfromtimestamp(-86400 * 365.25)",
          "datetime.fromtimestamp(1700000000, timezone.utc)", "datetime.fromtimestamp(1700000000, timezone(timedelta(hours=9)))",
          "datetime.fromtimestamp(1e20)", "datetime.fromtimestamp(float('nan'))", "datetime.fromtimestamp('x')", "datetime.fromtimestamp(0, 'x')",
          "datetime.utcfromtimestamp(1e12)", "date.fromtimestamp(1700000000)", "date.fromtimestamp(1700000000.9)",
          "datetime(2023, 11, 14, 17, 13, 20).timestamp()", "datetime(2023, 11, 5, 1, 30).timestamp()",
          "datetime(2023, 11, 5, 1, 30, fold=1).timestamp()", "datetime(2024, 3, 10, 2, 30).timestamp()",
          "datetime(2024, 3, 10, 2, 30, fold=1).timestamp()", "datetime(2024, 3, 10, 3, 30).timestamp()",
          "datetime(1970, 1, 1).timestamp()", "datetime(2023, 7, 4, 12, 0, 0, 250000).timestamp()",
          "datetime(2023, 11, 14, 17, 13, 20).astimezone()", "datetime(2023, 7, 4, 12).astimezone()",
          "datetime(2023, 7, 4, 12).astimezone(timezone.utc)", "datetime(2023, 11, 5, 1, 30, fold=1).astimezone(timezone.utc)",
          "datetime(2023, 11, 5, 1, 30).astimezone(timezone.utc)", "datetime(2023, 7, 4, 16, tzinfo=timezone.utc).astimezone()",
          "datetime(2023, 1, 4, 16, tzinfo=timezone.utc).astimezone()", "datetime(2023, 1, 4, 16, tzinfo=timezone.utc).astimezone().tzname()",
          "str(datetime(2023, 7, 4, 16, tzinfo=timezone.utc).astimezone().tzinfo)",
          "datetime(2023, 11, 5, 5, 30, tzinfo=timezone.utc).astimezone()", "datetime(2023, 11, 5, 6, 30, tzinfo=timezone.utc).astimezone()",
          "datetime.fromtimestamp(datetime(2023, 11, 5, 1, 30, fold=1).timestamp())",
          "all(datetime.fromtimestamp(t).timestamp() == t for t in range(1699160000, 1699180000, 900))",
          "all(datetime.fromtimestamp(t).timestamp() == t for t in range(1710050000, 1710070000, 900))"]:
    show(e)

now = datetime.now()
utcnow = datetime.utcnow()
aware = datetime.now(timezone.utc)
today = date.today()
print(type(now).__name__, now.tzinfo, type(aware.tzinfo).__name__, aware.utcoffset())
print(abs(aware.replace(tzinfo=None) - utcnow) < timedelta(seconds=5))
print(abs(now.astimezone(timezone.utc) - aware) < timedelta(seconds=5))
print(abs(now.timestamp() - time.time()) < 5, today.year >= 2024, type(datetime.today()).__name__)
print(abs(datetime.fromtimestamp(time.time()) - now) < timedelta(seconds=5))
print(today == now.date() or today == (now + timedelta(seconds=5)).date())
