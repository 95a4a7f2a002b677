# time: fields, isoformat/timespec, fromisoformat, strftime, replace, comparisons, tzinfo
from datetime import time, timezone, timedelta, tzinfo

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

class Bad(tzinfo):
    def __init__(self, v): self.v = v
    def utcoffset(self, dt): return self.v
    def dst(self, dt): return self.v
    def tzname(self, dt): return self.v

EST = Fixed(-300, 'EST')
CET = Fixed(60, 'CET')
print(time.min, time.max, time.resolution, repr(time.min), repr(time.max))
for e in ["time()", "time(12)", "time(12, 30)", "time(12, 30, 15)", "time(12, 30, 15, 500)", "time(0, 0, 0, 1)",
          "time(23, 59, 59, 999999, fold=1)", "time(1, tzinfo=timezone.utc)", "time(1, 2, 3, tzinfo=EST, fold=1)",
          "time(24)", "time(-1)", "time(0, 60)", "time(0, 0, 60)", "time(0, 0, 0, 1000000)", "time(fold=2)", "time(1.5)",
          "time(tzinfo=5)", "time(hour=5, minute=6, second=7, microsecond=8)",
          "str(time(1, 2, 3))", "str(time(1, 2, 3, 4))", "str(time(1, 2, 3, tzinfo=EST))", "str(time(1, tzinfo=Fixed(90, 'x')))",
          "time(1, 2, 3, 456789).isoformat()", "time(1, 2, 3, 456789).isoformat('hours')", "time(1, 2, 3, 456789).isoformat('minutes')",
          "time(1, 2, 3, 456789).isoformat('seconds')", "time(1, 2, 3, 456789).isoformat('milliseconds')",
          "time(1, 2, 3).isoformat('microseconds')", "time(1, 2, 3).isoformat(timespec='auto')", "time(1).isoformat('bogus')",
          "time(1, 2, tzinfo=timezone(timedelta(hours=-3, seconds=-5))).isoformat()",
          "time(1, 2, tzinfo=timezone(timedelta(microseconds=5))).isoformat()",
          "time(1, 2, 3, tzinfo=EST).utcoffset()", "time(1, 2, 3, tzinfo=EST).dst()", "time(1, 2, 3, tzinfo=EST).tzname()",
          "time(1).utcoffset()", "time(1).tzname()", "time(1).dst()", "time(1, tzinfo=Bad(5)).utcoffset()",
          "time(1, tzinfo=Bad(timedelta(hours=24))).utcoffset()", "time(1, tzinfo=Bad(7)).tzname()", "time(1, tzinfo=Bad(None)).tzname()",
          "time(13, 5, 9, 77).strftime('%H|%I|%M|%S|%f|%p|%Y-%m-%d|%j|%z|%Z|%%')", "time(13, 5, tzinfo=EST).strftime('%z %Z')",
          "time(13, 5, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=7))).strftime('%z')",
          "format(time(13, 5), '%H.%M')", "format(time(13, 5), '')", "f'{time(9, 8):%I:%M %p}'",
          "time(1, 2, 3, 4, EST).replace(hour=5)", "time(1, 2, 3, 4, EST).replace(tzinfo=None)", "time(1).replace(fold=1)",
          "time(1).replace(minute=61)", "time(1, 2, 3, 4, EST, fold=1).replace(second=9)",
          "time.fromisoformat('12:34')", "time.fromisoformat('12:34:56')", "time.fromisoformat('12:34:56.789')",
          "time.fromisoformat('12:34:56.123456789')", "time.fromisoformat('12:34:56,5')", "time.fromisoformat('T12:34:56')",
          "time.fromisoformat('12')", "time.fromisoformat('1234')", "time.fromisoformat('123456')", "time.fromisoformat('123456.5')",
          "time.fromisoformat('12:34:56Z')", "time.fromisoformat('12:34:56+05:30')", "time.fromisoformat('12:34:56-0530')",
          "time.fromisoformat('12:34+01')", "time.fromisoformat('12:34:56+01:02:03.5')", "time.fromisoformat('12:34:56+00:00')",
          "time.fromisoformat('12:3')", "time.fromisoformat('12:34:')", "time.fromisoformat('12:34:56.')", "time.fromisoformat('24:00')",
          "time.fromisoformat('12:34Zx')", "time.fromisoformat('12:34+1')", "time.fromisoformat('12:34:5x')", "time.fromisoformat('')",
          "time.fromisoformat('12:34:56:7')", "time.fromisoformat('1234:56')", "time.fromisoformat('12:3456')", "time.fromisoformat(5)",
          "time.fromisoformat('12:34+24:00')", "time.fromisoformat('12:34 ')",
          "time(1, 2) == time(1, 2)", "time(1, 2) < time(1, 3)", "time(1, 2) == time(1, 2, fold=1)", "time(1) == 1",
          "time(12, tzinfo=CET) == time(11, tzinfo=timezone.utc)", "time(12, tzinfo=CET) < time(11, 30, tzinfo=timezone.utc)",
          "time(12, tzinfo=EST) > time(12, tzinfo=CET)", "time(1) == time(1, tzinfo=timezone.utc)", "time(1) != time(1, tzinfo=CET)",
          "time(1) < time(1, tzinfo=CET)", "time(1, tzinfo=Fixed(0, 'z')) == time(1, tzinfo=timezone.utc)",
          "hash(time(12, tzinfo=CET)) == hash(time(11, tzinfo=timezone.utc))", "hash(time(5, fold=1)) == hash(time(5))",
          "hash(time(5)) == hash(time(5, tzinfo=timezone.utc))", "bool(time(0))", "bool(time.min)",
          "time(1, 2, 3, 4).hour, time(1, 2, 3, 4).minute, time(1, 2, 3, 4).second, time(1, 2, 3, 4).microsecond",
          "time(1, fold=1).fold, time(1).tzinfo", "sorted([time(5), time(1, 30), time(23)])", "time(1, 2, 3, 4, timezone.utc, fold=1).__reduce__()",
          "time(1, 2, 3, 4, fold=1).__reduce_ex__(4)", "time(b'\\x81\\x02\\x03\\x00\\x00\\x04')"]:
    show(e)

class T(time):
    pass
t = T(5, 6)
print(repr(t), type(t.replace(hour=1)).__name__, type(T.fromisoformat('01:02')).__name__)
import copy
print(repr(copy.copy(time(1, 2, tzinfo=EST))), repr(copy.deepcopy(time(1, 2, 3, 4, fold=1))))
