# datetime: construction, repr/str, isoformat, arithmetic, naive/aware comparisons, timezones
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC
import datetime as dtmod

def show(expr):
    try:
        v = eval(expr)
        print(expr, '->', repr(v))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt): return self.off
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return self.name
    def __repr__(self): return 'Fixed(%r)' % self.name

class USEastern(tzinfo):
    # A toy zone with DST from March 10 2:00 to Nov 3 2:00 (2024 rules only), fold-aware.
    def utcoffset(self, dt): return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt):
        if dt is None: return timedelta(0)
        start = datetime(dt.year, 3, 10, 2)
        end = datetime(dt.year, 11, 3, 1)
        naive = dt.replace(tzinfo=None)
        if start <= naive < end: return timedelta(hours=1)
        if end <= naive < end + timedelta(hours=1) and not dt.fold: return timedelta(hours=1)
        return timedelta(0)
    def tzname(self, dt): return 'EDT' if self.dst(dt) else 'EST'
    def __repr__(self): return 'USEastern()'

EST = Fixed(-300, 'EST')
IST = Fixed(330, 'IST')
ET = USEastern()
print(datetime.min, datetime.max, datetime.resolution, UTC is timezone.utc, dtmod.UTC)
for e in ["datetime(2024, 5, 17)", "datetime(2024, 5, 17, 13)", "datetime(2024, 5, 17, 13, 5, 9)", "datetime(2024, 5, 17, 13, 5, 9, 1)",
          "datetime(2024, 5, 17, 13, 5, 0, 1)", "datetime(2024, 5, 17, tzinfo=timezone.utc)", "datetime(2024, 5, 17, fold=1)",
          "datetime(2024, 5, 17, 1, 2, 3, 4, EST, fold=1)", "datetime(2024, 2, 30)", "datetime(2024, 1, 1, 24)", "datetime(2024)",
          "datetime(2024, 1, 1, tzinfo='x')", "datetime(2024, 1, 1, 1, 1, 1, 1, None, fold=-1)",
          "str(datetime(2024, 5, 17, 13, 5))", "str(datetime(2024, 5, 17, 13, 5, 9, 120, IST))",
          "datetime(2024, 5, 17, 13, 5, 9, 120).isoformat()", "datetime(2024, 5, 17, 13, 5).isoformat(' ')",
          "datetime(2024, 5, 17, 13, 5, 9, 120).isoformat('T', 'milliseconds')", "datetime(2024, 5, 17, 13, 5).isoformat(timespec='hours')",
          "datetime(2024, 5, 17, 13, 5, tzinfo=EST).isoformat(sep='_', timespec='minutes')", "datetime(2024, 5, 17).isoformat('xx')",
          "datetime(2024, 5, 17).isoformat(timespec='nano')", "datetime(2024, 5, 17, 1, 2, 3).ctime()", "datetime(2024, 5, 7).ctime()",
          "datetime(2024, 5, 17, 13, 5, tzinfo=EST).date()", "datetime(2024, 5, 17, 13, 5, tzinfo=EST, fold=1).time()",
          "datetime(2024, 5, 17, 13, 5, tzinfo=EST, fold=1).timetz()", "datetime(2024, 5, 17, 13, 5, tzinfo=EST).utcoffset()",
          "datetime(2024, 5, 17, 13, 5, tzinfo=EST).tzname()", "datetime(2024, 5, 17, 13, 5, tzinfo=EST).dst()",
          "datetime(2024, 5, 17, 13, 5).utcoffset()", "datetime(2024, 5, 17, 13, 5, 7).timetuple()",
          "datetime(2024, 5, 17, 13, 5, 7, tzinfo=EST).timetuple()", "datetime(2024, 7, 1, tzinfo=ET).timetuple().tm_isdst",
          "datetime(2024, 5, 17, 23, 5, 7, tzinfo=EST).utctimetuple()", "datetime(2024, 5, 17, 13, 5).utctimetuple()",
          "datetime.combine(date(2024, 5, 17), time(1, 2, 3, 4, EST))", "datetime.combine(date(2024, 5, 17), time(1, 2), tzinfo=IST)",
          "datetime.combine(date(2024, 5, 17), time(1, fold=1), None)", "datetime.combine(datetime(2024, 5, 17, 9), time(1))",
          "datetime.combine('x', time())", "datetime.combine(date(2024, 1, 1), 'x')",
          "datetime(2024, 5, 17, 13, 5).replace(year=2000, minute=0)", "datetime(2024, 5, 17, tzinfo=EST).replace(tzinfo=None)",
          "datetime(2024, 5, 17).replace(tzinfo=IST, fold=1)", "datetime(2024, 2, 29).replace(year=2023)",
          "datetime(2024, 5, 17, 13, 5) + timedelta(hours=12)", "timedelta(days=-400, microseconds=1) + datetime(2024, 5, 17)",
          "datetime(2024, 5, 17, 13, 5, tzinfo=EST) + timedelta(1)", "datetime(2024, 5, 17, fold=1) + timedelta(0)",
          "datetime(2024, 5, 17) - timedelta(microseconds=1)", "datetime(2024, 5, 17) - datetime(2024, 1, 1, 12)",
          "datetime(2024, 1, 1) - datetime(2024, 5, 17, 0, 0, 0, 1)", "datetime(2024, 5, 17, 12, tzinfo=EST) - datetime(2024, 5, 17, 12, tzinfo=IST)",
          "datetime(2024, 5, 17, 12, tzinfo=EST) - datetime(2024, 5, 17, 12, tzinfo=EST)", "datetime(2024, 5, 17) - datetime(2024, 5, 17, tzinfo=EST)",
          "datetime(2024, 5, 17, tzinfo=EST) - datetime(2024, 5, 17)", "datetime.max + timedelta(microseconds=1)", "datetime.min - timedelta(microseconds=1)",
          "datetime.max - datetime.min", "datetime(2024, 5, 17) == datetime(2024, 5, 17, fold=1)",
          "datetime(2024, 5, 17, 12, tzinfo=EST) == datetime(2024, 5, 17, 17, tzinfo=timezone.utc)",
          "datetime(2024, 5, 17, 12, tzinfo=EST) < datetime(2024, 5, 17, 17, 0, 1, tzinfo=timezone.utc)",
          "datetime(2024, 5, 17, 12, tzinfo=EST) > datetime(2024, 5, 17, 12, tzinfo=IST)",
          "datetime(2024, 5, 17) == datetime(2024, 5, 17, tzinfo=EST)", "datetime(2024, 5, 17) != datetime(2024, 5, 17, tzinfo=EST)",
          "datetime(2024, 5, 17) < datetime(2024, 5, 17, tzinfo=EST)", "datetime(2024, 5, 17) >= datetime(2024, 5, 17, tzinfo=EST)",
          "datetime(2024, 5, 17) < date(2024, 5, 18)", "datetime(2024, 5, 17) == 5", "datetime(2024, 5, 17) != 'x'",
          "hash(datetime(2024, 5, 17, 12, tzinfo=EST)) == hash(datetime(2024, 5, 17, 17, tzinfo=timezone.utc))",
          "hash(datetime(2024, 5, 17, fold=1)) == hash(datetime(2024, 5, 17))",
          "sorted([datetime(2024, 5, 17, 3), datetime(2023, 1, 1), datetime(2024, 5, 17, 1, 59)])",
          "datetime(2024, 5, 17, 12, tzinfo=timezone.utc).timestamp()", "datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp()",
          "datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc).timestamp()", "datetime(2024, 5, 17, 12, tzinfo=EST).timestamp()",
          "datetime(2024, 5, 17, 12, tzinfo=timezone.utc).astimezone(EST)", "datetime(2024, 5, 17, 12, tzinfo=EST).astimezone(IST)",
          "datetime(2024, 5, 17, 12, tzinfo=EST).astimezone(EST)", "datetime(2024, 5, 17, 12, tzinfo=EST).astimezone(timezone.utc)",
          "datetime(2024, 5, 17, 12, tzinfo=timezone.utc).astimezone(ET)", "datetime(2024, 1, 17, 12, tzinfo=timezone.utc).astimezone(ET)",
          "datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc).astimezone(ET)", "datetime(2024, 11, 3, 6, 30, tzinfo=timezone.utc).astimezone(ET)",
          "datetime(2024, 11, 3, 1, 30, tzinfo=ET).utcoffset()", "datetime(2024, 11, 3, 1, 30, tzinfo=ET, fold=1).utcoffset()",
          "datetime(2024, 11, 3, 1, 30, tzinfo=ET) == datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc)",
          "datetime(2024, 11, 3, 1, 30, tzinfo=ET, fold=1) == datetime(2024, 11, 3, 6, 30, tzinfo=timezone.utc)",
          "datetime(2024, 11, 3, 1, 30, tzinfo=ET) == datetime(2024, 11, 3, 1, 30, tzinfo=ET, fold=1)",
          "datetime(2024, 5, 17, 12, tzinfo=EST).astimezone(5)", "datetime(2024, 5, 17, tzinfo=timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.%f%z %Z')",
          "datetime(2024, 5, 17, 1, 2, 3, 4, IST).strftime('%c|%x|%X|%z|%Z|%f|%%|%j')", "datetime(2024, 5, 17).strftime('%z|%Z|%')",
          "datetime(2024, 5, 17, tzinfo=Fixed(0, '%H%%')).strftime('%Z')", "format(datetime(2024, 5, 17, 8), '%I %p')",
          "f'{datetime(2024, 5, 17, 20, 1):%H:%M on %d %B %Y}'", "'{}'.format(datetime(2024, 5, 17, 20, 1))",
          "datetime(2024, 5, 17).weekday(), datetime(2024, 5, 17).isocalendar(), datetime(2024, 5, 17, 23).toordinal()",
          "datetime.fromordinal(738000)", "datetime(2024, 5, 17, 1, 2, 3, 4, timezone.utc, fold=1).__reduce__()",
          "datetime(2024, 5, 17, 1, 2, 3, 4, fold=1).__reduce_ex__(4)", "datetime(b'\\x07\\xe8\\x85\\x11\\x01\\x02\\x03\\x00\\x00\\x04')",
          "datetime(2024, 5, 17) > datetime(2024, 5, 16, tzinfo=EST) if False else 0"]:
    show(e)

print('--- timezone')
for e in ["timezone.utc", "timezone(timedelta(0))", "timezone(timedelta(0)) is timezone.utc", "timezone(timedelta(0), 'UTC')",
          "timezone(timedelta(hours=1))", "timezone(timedelta(hours=-5), 'EST')", "timezone(timedelta(seconds=90))",
          "timezone(timedelta(hours=-1, microseconds=1))", "str(timezone(timedelta(hours=1)))", "str(timezone(timedelta(hours=-5, minutes=-30)))",
          "str(timezone(timedelta(seconds=3661)))", "str(timezone(timedelta(seconds=-3661, microseconds=-12)))", "str(timezone.utc)",
          "str(timezone(timedelta(hours=2), 'X'))", "timezone.min", "timezone.max", "str(timezone.min)",
          "timezone(timedelta(hours=24))", "timezone(timedelta(hours=-24))", "timezone(timedelta(hours=23, minutes=59, seconds=59, microseconds=999999))",
          "timezone(5)", "timezone(timedelta(0), 5)", "timezone()", "timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'x')",
          "timezone(timedelta(hours=1)) == timedelta(hours=1)", "hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'y'))",
          "timezone.utc.utcoffset(None)", "timezone(timedelta(hours=3)).utcoffset(datetime(2024, 1, 1))", "timezone.utc.dst(None)",
          "timezone.utc.tzname(None)", "timezone(timedelta(0), 'Z').tzname(None)", "timezone(timedelta(0), '').tzname(None)", "timezone.utc.utcoffset(5)",
          "timezone.utc.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc))", "timezone(timedelta(hours=2)).fromutc(datetime(2024, 1, 1))",
          "timezone.utc.fromutc('x')", "timezone(timedelta(hours=2)).__getinitargs__()", "timezone(timedelta(hours=2), 'a').__getinitargs__()",
          "isinstance(timezone.utc, tzinfo)", "tzinfo().tzname(None)", "tzinfo().utcoffset(None)", "tzinfo().dst(None)",
          "tzinfo().fromutc(datetime(2024, 1, 1))", "EST.fromutc(datetime(2024, 1, 1, 12, tzinfo=EST))", "IST.fromutc(datetime(2024, 1, 1))"]:
    show(e)

class DT(datetime):
    pass
d = DT(2024, 5, 17, 12)
print(repr(d), type(d + timedelta(1)).__name__, type(d - timedelta(1)).__name__, type(d.replace(hour=1)).__name__,
      type(DT.combine(date(2024, 1, 1), time())).__name__, type(DT.fromisoformat('2024-01-01')).__name__,
      type(DT.strptime('2024', '%Y')).__name__, type(DT.fromtimestamp(0, timezone.utc)).__name__, d - datetime(2024, 5, 17))
print(type(DT(2024, 1, 1, tzinfo=timezone.utc).astimezone(EST)).__name__, isinstance(d, date))
import copy
print(repr(copy.deepcopy(datetime(2024, 5, 17, 1, 2, 3, 4, timezone(timedelta(hours=-5)), fold=1))), repr(copy.copy(d)))
print(repr(copy.deepcopy(timezone(timedelta(hours=3), 'Moscow'))), copy.deepcopy(timezone.utc) is timezone.utc)
