# time: strftime of fixed times, with every common directive
import time

fmt = '%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%'
for ts in [0, 951782400, 1234567890, 1700000000, 4102444800]:
    g = time.gmtime(ts)
    print(time.strftime(fmt, g))
    print(time.strftime('%Y-%m-%dT%H:%M:%S', g), time.strftime('%d/%m/%y', g), time.strftime('%Z %z', g))
print(repr(time.strftime('', time.gmtime(0))), time.strftime('plain text', time.gmtime(0)))
print(time.strftime('%Y', (2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime('%Y', (12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%a %j', (2000, 1, 1, 0, 0, 0, -1, 1, 0)), time.strftime('%H:%M', (2000, 1, 1, 23, 59, 61, 0, 1, 0)))
print(time.strftime('%Y-%m-%d', time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0))))
print(len(time.strftime('%Y-%m-%d %H:%M:%S')), time.strftime('%x', (1999, 12, 31, 0, 0, 0, 4, 365, 0)))
for bad in ['a\0b', 5]:
    try:
        print(time.strftime(bad))
    except Exception as e:
        print(type(e).__name__, e)
for t in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0),
          (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        print(time.strftime('%Y', t))
    except ValueError as e:
        print(e)
