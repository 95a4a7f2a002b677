import os, time
os.environ['TZ'] = 'EST+05EDT,M3.2.0,M11.1.0'
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
os.environ['TZ'] = 'UTC'
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
os.environ['TZ'] = 'JST-9'
time.tzset()
print(time.tzname, time.timezone, time.daylight, time.strftime("%Z", time.localtime(0)))
