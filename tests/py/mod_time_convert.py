# time: gmtime/mktime/asctime at fixed timestamps (nothing here depends on the local time zone)
import time

for ts in [0, 1, 86399, 86400, 10**9, 1234567890, 1234567890.75, 2**31, -1, -1.5, 951782400, 10**10, True]:
    g = time.gmtime(ts)
    print(ts, g, g.tm_zone, g.tm_gmtoff, tuple(g), time.asctime(g))
print(time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0)))
t = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0, 'EST', -18000))
print(t, t.tm_zone, t.tm_gmtoff, t[0], t[-1], t[:3], len(t), t.tm_year, t.tm_wday)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, isinstance(t, tuple))
print(time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0), list(time.gmtime(10**9))[:6])
print(time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0)))
for args in [(1, 2, 3), (2020, 1, 1, 0, 0, 0, 0, 1, 0, 0), 'x', (2020, 'a', 1, 0, 0, 0, 0, 1, 0),
             (2020, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 0, -3, 1, 0), (2000, 1, 1, 25, 0, 0, 0, 1, 0)]:
    for f in (time.mktime, time.asctime):
        try:
            r = f(args)
            print(f.__name__, r if f is time.asctime else type(r).__name__)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for bad in [1e30, float('nan'), 'x', 2**70]:
    try:
        print(time.gmtime(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
