# time: clocks move forward, sleep waits, the types are CPython's (no time-dependent output)
import time

t0, p0, m0, n0 = time.time(), time.perf_counter(), time.monotonic(), time.time_ns()
time.sleep(0.02)
t1, p1, m1, n1 = time.time(), time.perf_counter(), time.monotonic(), time.time_ns()
print(type(t0).__name__, type(p0).__name__, type(n0).__name__, type(time.perf_counter_ns()).__name__)
print(t1 >= t0, p1 - p0 >= 0.02, m1 - m0 >= 0.02, n1 > n0, abs(n0 / 1e9 - t0) < 1)
print(time.process_time() >= 0, type(time.process_time_ns()).__name__, time.monotonic_ns() > 0)
time.sleep(0)
time.sleep(True)
for bad in [-1, 'a', float('nan'), None]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
lt = time.localtime()
print(type(lt).__name__, len(lt), 1970 < lt.tm_year < 3000, isinstance(time.timezone, int), type(time.tzname).__name__)
print(time.ctime(0) == time.asctime(time.localtime(0)), len(time.ctime()), time.mktime(time.localtime(10**9)))
print(time.gmtime(time.mktime(time.gmtime(10**9)) - time.timezone)[:6] == time.gmtime(10**9)[:6] or time.daylight)
