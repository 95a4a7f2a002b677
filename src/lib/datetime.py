"""Concrete date/time and related types (as CPython 3.11's datetime module).

Dates count days in the proleptic Gregorian calendar: ordinal 1 is 0001-01-01, and conversions
between (year, month, day) and ordinals use the 400-year cycle (146097 days).  A timedelta is
normalised to days, 0 <= seconds < 86400 and 0 <= microseconds < 10**6, and its arithmetic is
done on whole microseconds (floats are converted exactly, rounding halves to even, as CPython's
C implementation does).  Local time comes from the time module (localtime, which reports the
UTC offset and zone name of each instant); a naive local datetime is mapped to a timestamp by
solving local(u) = t around the two candidate offsets, which also settles PEP 495's fold.
Messages and reprs follow CPython's C module (_datetime), which is what CPython's datetime runs.
"""

import time as _time
import math as _math
import sys as _sys
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_400Y = 146097             # days in 400 Gregorian years
_DAYS_100Y = 36524              # ... in 100 years whose last is not a leap year
_DAYS_4Y = 1461                 # ... in 4 years, one of them a leap year
_MAX_ORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163         # date(1970, 1, 1).toordinal()
_EPOCH_SECONDS = _EPOCH_ORDINAL * 86400     # seconds from 0001-01-01 - 1 day to 1970
_MAX_FOLD_SECONDS = 86400       # no UTC offset changes by more than a day at once
_MAX_DELTA_DAYS = 999999999

_DAYNAMES = (None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---- calendar arithmetic -----------------------------------------------------------------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _ymd2ord(year, month, day):
    y = year - 1
    return (y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month] +
            (month > 2 and _is_leap(year)) + day)


def _ord2ymd(n):
    # Peel off whole 400-, 100-, 4- and 1-year periods from day n-1 (0 = 0001-01-01).
    n -= 1
    n400, n = divmod(n, _DAYS_400Y)
    n100, n = divmod(n, _DAYS_100Y)
    n4, n = divmod(n, _DAYS_4Y)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        # The last day of a 4-year (or 400-year) period: December 31 of a leap year.
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5       # a guess that is right or one too high
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7           # 0 = Monday
    monday = first - weekday
    if weekday > 3:                     # week 1 holds the year's first Thursday
        monday += 7
    return monday


def _iso_to_ymd(year, week, day):
    """(year, month, day) of an ISO date, or -2 for a bad week, -3 for a bad weekday."""
    if week <= 0 or week >= 53:
        ok = False
        if week == 53:
            first = _ymd2ord(year, 1, 1) % 7
            ok = first == 4 or (first == 3 and _is_leap(year))
        if not ok:
            return -2
    if day <= 0 or day >= 8:
        return -3
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _tname(obj):
    """The type name CPython's C types show: 'datetime.X' for the module's own types."""
    t = type(obj)
    if t.__module__ == __name__ and t in _OWN_TYPES:
        return __name__ + '.' + t.__name__
    return t.__name__


def _c_int(value):
    """value as a C int would take it (the argument conversion of the C constructors)."""
    value = _index(value)
    if value > 2147483647:
        raise OverflowError("signed integer is greater than maximum")
    if value < -2147483648:
        raise OverflowError("signed integer is less than minimum")
    return value


_MISSING = object()


def _argtype(value):
    """An argument's type as CPython's argument errors name it."""
    return 'None' if value is None else type(value).__name__


def _missing(name, pos, func="function"):
    raise TypeError("%s missing required argument '%s' (pos %d)" % (func, name, pos))


def _check_date(year, month, day):
    year = _c_int(year)
    month = _c_int(month)
    day = _c_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _c_int(hour)
    minute = _c_int(minute)
    second = _c_int(second)
    microsecond = _c_int(microsecond)
    fold = _c_int(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _offset_in_range(offset):
    """Whether a timedelta lies strictly between -24 and 24 hours."""
    if offset._days == -1:
        return offset._seconds > 0 or offset._microseconds > 0
    return offset._days == 0


def _check_offset(name, offset):
    """Validate what tzinfo.utcoffset() or dst() returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, _argtype(offset)))
    if not _offset_in_range(offset):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return offset


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % _argtype(name))
    return name


def _format_offset(offset, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' of a timedelta (as isoformat and %z write it), '' for None."""
    if offset is None:
        return ''
    if offset._days < 0:
        sign = '-'
        offset = -offset
    else:
        sign = '+'
    mm, ss = divmod(offset._seconds, 60)
    hh, mm = divmod(mm, 60)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if offset._microseconds:
        return text + '%s%02d.%06d' % (sep, ss, offset._microseconds)
    if ss:
        return text + '%s%02d' % (sep, ss)
    return text


def _format_time(hh, mm, ss, us, timespec='auto'):
    if not isinstance(timespec, str):
        raise TypeError("isoformat() argument 'timespec' must be str, not %s"
                        % type(timespec).__name__)
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _wrap_strftime(obj, fmt, timetuple):
    """strftime with %z, %Z and %f filled in here; the rest is time.strftime's."""
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i == n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == 'z':
            offset = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(offset, ''))
        elif ch == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(name.replace('%', '%%') if name else '')
        elif ch == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        else:
            out.append('%' + ch)
    return _time.strftime(''.join(out), timetuple)


def _struct_time(y, m, d, hh, mm, ss, dst):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


def _divide_nearest(a, b):
    """a / b rounded to the nearest integer, halves to even (b != 0)."""
    q, r = divmod(a, b)
    twice = 2 * r
    if (twice > b if b > 0 else twice < b) or (twice == b and q % 2 == 1):
        q += 1
    return q


# ---- local time --------------------------------------------------------------------------------
# Seconds here count from 0001-01-01 minus one day (so ordinal n starts at n * 86400), which keeps
# every date in range positive.

def _utc_to_seconds(y, m, d, hh, mm, ss):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    return ((_ymd2ord(y, m, d) * 24 + hh) * 60 + mm) * 60 + ss


def _local(u):
    """Local wall-clock seconds of the instant u."""
    tm = _time.localtime(u - _EPOCH_SECONDS)
    return _utc_to_seconds(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min,
                           tm.tm_sec)


def _local_to_seconds(y, m, d, hh, mm, ss, fold):
    """The instant whose local time is the given one; fold picks between two solutions."""
    t = _utc_to_seconds(y, m, d, hh, mm, ss)
    a = _local(t) - t           # the offset at t (taken as an instant)
    u1 = t - a
    t1 = _local(u1)
    if t1 == t:
        # One solution; look a day away (earlier for fold 0, later for 1) for another offset.
        u2 = u1 + (_MAX_FOLD_SECONDS if fold else -_MAX_FOLD_SECONDS)
        b = _local(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = _local(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    # t falls in a gap: neither offset gives it back.
    return min(u1, u2) if fold else max(u1, u2)


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, microseconds rounded half to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            us -= 1000000
            whole += 1.0
        elif us < 0:
            us += 1000000
            whole -= 1.0
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), int(us)
    t = _index(t)
    if not -2**63 <= t < 2**63:
        raise OverflowError("timestamp out of range for platform time_t")
    return t, 0


def _utc_fields(secs):
    days, secs = divmod(secs, 86400)
    ordinal = days + _EPOCH_ORDINAL
    y, m, d = _ord2ymd(ordinal)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss


def _local_fields(secs):
    tm = _time.localtime(secs)
    return (tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, min(59, tm.tm_sec))


def _local_timezone_at(secs):
    """The local zone at an instant (seconds since 1970) as a fixed timezone."""
    tm = _time.localtime(secs)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


# ---- timedelta ---------------------------------------------------------------------------------

def _delta_from_us(cls, us):
    secs, us = divmod(us, 1000000)
    days, secs = divmod(secs, 86400)
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        if -2147483648 <= days <= 2147483647:
            raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
        raise OverflowError("Python int too large to convert to C int")
    self = object.__new__(cls)
    self._days = days
    self._seconds = secs
    self._microseconds = us
    self._hashcode = -1
    return self


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=None, seconds=None, microseconds=None, milliseconds=None,
                minutes=None, hours=None, weeks=None):
        # Sum whole microseconds exactly; fractions of a microsecond from float arguments
        # are added up apart and rounded once at the end.
        total = 0
        leftover = 0.0
        for tag, value, factor in (("microseconds", microseconds, 1),
                                   ("milliseconds", milliseconds, 1000),
                                   ("seconds", seconds, 1000000),
                                   ("minutes", minutes, 60000000),
                                   ("hours", hours, 3600000000),
                                   ("days", days, 86400000000),
                                   ("weeks", weeks, 604800000000)):
            if value is None:
                continue
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                frac, whole = _math.modf(value)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(factor * frac)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (tag, type(value).__name__))
        if leftover:
            whole = round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return _delta_from_us(cls, total)

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 1000000

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_tname(self), ", ".join(args) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = "%d day%s, %s" % (self._days, plural, text)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(timedelta, -self._to_us())

    def __pos__(self):
        return _delta_from_us(timedelta, self._to_us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(timedelta, self._to_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _delta_from_us(timedelta, _divide_nearest(self._to_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _delta_from_us(timedelta, self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return _delta_from_us(timedelta, _divide_nearest(self._to_us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _delta_from_us(timedelta, _divide_nearest(den * self._to_us(), num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _delta_from_us(timedelta, r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


# ---- date --------------------------------------------------------------------------------------

def _new_date(cls, y, m, d):
    if cls is date:
        self = object.__new__(date)
        self._year = y
        self._month = m
        self._day = d
        self._hashcode = -1
        return self
    return cls(y, m, d)


class _IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ('%s.%s(year=%d, week=%d, weekday=%d)'
                % (__name__, type(self).__name__, self[0], self[1], self[2]))


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


def _parse_digits(s, pos, count):
    """The number made of count ASCII digits at s[pos:], or None."""
    if pos + count > len(s):
        return None
    value = 0
    for i in range(pos, pos + count):
        c = s[i]
        if not 48 <= c <= 57:
            return None
        value = value * 10 + c - 48
    return value


def _byte(s, i):
    return s[i] if i < len(s) else 0


def _parse_iso_date(s, end):
    """(year, month, day) from the code points s[:end], or None.  Forms: YYYY-MM-DD, YYYYMMDD,
    YYYY-Www[-D], YYYYWww[D]."""
    year = _parse_digits(s, 0, 4)
    if year is None:
        return None
    p = 4
    dashed = _byte(s, p) == 45
    if dashed:
        p += 1
    if _byte(s, p) == 87:          # 'W'
        p += 1
        week = _parse_digits(s, p, 2)
        if week is None:
            return None
        p += 2
        day = 1
        if p < end:
            if dashed:
                if _byte(s, p) != 45:
                    return None
                p += 1
            day = _parse_digits(s, p, 1)
            if day is None:
                return None
        ymd = _iso_to_ymd(year, week, day)
        return None if isinstance(ymd, int) else ymd
    month = _parse_digits(s, p, 2)
    if month is None:
        return None
    p += 2
    if dashed:
        if _byte(s, p) != 45:
            return None
        p += 1
    day = _parse_digits(s, p, 2)
    if day is None:
        return None
    return year, month, day


def _parse_hms(s, start, end):
    """Parse [HH[:?MM[:?SS[{.,}ffffff]]]] in s[start:end]; (rv, h, m, s, us), rv < 0 on error,
    1 when something follows the time."""
    vals = [0, 0, 0]
    p = start
    separated = True
    for i in range(3):
        v = _parse_digits(s, p, 2)
        if v is None:
            return -3, 0, 0, 0, 0
        vals[i] = v
        p += 2
        c = _byte(s, p)
        p += 1
        if i == 0:
            separated = c == 58
        if p >= end:
            return (1 if c else 0), vals[0], vals[1], vals[2], 0
        if separated and c == 58:
            continue
        if c == 46 or c == 44:      # '.' or ',' starts the fraction
            break
        if not separated:
            p -= 1
        else:
            return -4, 0, 0, 0, 0
    # A fraction of any length; digits past the sixth are skipped.  (Three separated fields
    # followed by ':' also end up here, as in CPython.)
    count = min(end - p, 6)
    us = _parse_digits(s, p, count)
    if us is None:
        return -3, 0, 0, 0, 0
    us *= 10 ** (6 - count)
    p += count
    while 48 <= _byte(s, p) <= 57:
        p += 1
    return (1 if _byte(s, p) else 0), vals[0], vals[1], vals[2], us


def _parse_iso_time(s, start):
    """Time and offset from the code points s[start:]: (rv, h, m, s, us, offset_seconds, offset_us);
    rv < 0 on error, 1 when an offset was given."""
    end = len(s)
    tzpos = start
    while True:
        if _byte(s, tzpos) in (90, 43, 45):     # Z + -
            break
        tzpos += 1
        if tzpos >= end:
            break
    rv, hh, mm, ss, us = _parse_hms(s, start, tzpos)
    if rv < 0:
        return rv, 0, 0, 0, 0, 0, 0
    if tzpos == end:
        return (-5 if rv == 1 else 0), hh, mm, ss, us, 0, 0
    if s[tzpos] == 90:
        if tzpos + 1 != end:
            return -5, 0, 0, 0, 0, 0, 0
        return 1, hh, mm, ss, us, 0, 0
    sign = -1 if s[tzpos] == 45 else 1
    rv, th, tm, ts, tus = _parse_hms(s, tzpos + 1, end)
    if rv:
        return -5, 0, 0, 0, 0, 0, 0
    return 1, hh, mm, ss, us, sign * (th * 3600 + tm * 60 + ts), sign * tus


def _iso_tz(rv, offset, offset_us):
    if rv != 1:
        return None
    if offset == 0:         # whole seconds only: "-00:00:00.000001" is UTC too
        return timezone.utc
    return timezone(timedelta(seconds=offset, microseconds=offset_us))


def _iso_codes(text):
    """The code points of an ISO string (the parsers index them as C indexes bytes)."""
    if not isinstance(text, str):
        raise TypeError("fromisoformat: argument must be str")
    return [ord(c) for c in text]


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year=None, month=None, day=None):
        if (month is None and isinstance(year, bytes) and len(year) == 4 and
                1 <= year[2] <= 12):
            # The pickled state: year (2 bytes, big-endian), month, day.
            year, month, day = year[0] * 256 + year[1], year[2], year[3]
        if year is None:
            _missing('year', 1)
        if month is None:
            _missing('month', 2)
        if day is None:
            _missing('day', 3)
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # ---- constructors

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp.

The timestamp is a number, e.g. created via time.time(), that is interpreted
as local time."""
        if isinstance(t, float) and t == t:
            secs = _math.floor(t)
            if not -9.223372036854776e18 <= secs < 9.223372036854776e18:
                raise OverflowError("timestamp out of range for platform time_t")
            secs = int(secs)
        else:
            secs, _ = _split_timestamp(t)
        y, m, d = _local_fields_checked(secs)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _c_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        s = _iso_codes(date_string)
        ymd = _parse_iso_date(s, len(s)) if len(s) in (7, 8, 10) else None
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        year, week, day = _c_int(year), _c_int(week), _c_int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        ymd = _iso_to_ymd(year, week, day)
        if ymd == -2:
            raise ValueError("Invalid week: %d" % week)
        if ymd == -3:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        return cls(*ymd)

    # ---- fields and conversions

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tname(self), self._year, self._month, self._day)

    def isoformat(self, *args):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        if args:
            raise TypeError("date.isoformat() takes no arguments (%d given)" % len(args))
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[self.isoweekday()],
                                            _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % _argtype(format))
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument must be str, not %s" % _argtype(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        today = self.toordinal()
        week, day = divmod(today - _iso_week1_monday(year), 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # ---- comparisons and arithmetic

    def _cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta) and not isinstance(self, datetime):
            n = self.toordinal() + other._days
            if 0 < n <= _MAX_ORDINAL:
                return _new_date(type(self), *_ord2ymd(n))
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(self, datetime) or isinstance(other, datetime):
            return NotImplemented
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (bytes((self._year >> 8, self._year & 255, self._month,
                                    self._day)),))


# ---- tzinfo and timezone -----------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_offset("utcoffset", self.utcoffset(dt))
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_offset("dst", self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = _check_offset("dst", dt.dst())
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        getstate = getattr(self, "__getstate__", None)
        if getstate is not None:
            state = getstate()
        else:
            state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


def _check_tz_arg(name, dt):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                        % (name, type(dt).__name__))


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset=_MISSING, name=None):
        if offset is _MISSING:
            _missing('offset', 1, 'timezone()')
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _argtype(offset))
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _argtype(name))
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        if not _offset_in_range(offset):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % offset)
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        """pickle support"""
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "%s.timezone.utc" % __name__
        if self._name is None:
            return "%s(%r)" % (_tname(self), self._offset)
        return "%s(%r, %r)" % (_tname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        """Return fixed offset."""
        _check_tz_arg("utcoffset", dt)
        return self._offset

    def tzname(self, dt):
        """The name given to the timezone, else its offset as 'UTC+HH:MM'."""
        _check_tz_arg("tzname", dt)
        if self._name is not None:
            return self._name
        if self is _UTC or not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def dst(self, dt):
        """Return None."""
        _check_tz_arg("dst", dt)
        return None

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
UTC = _UTC
timezone.min = timezone(timedelta(hours=-23, minutes=-59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


# ---- time --------------------------------------------------------------------------------------

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold',
                 '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, bytes) and len(hour) == 6 and hour[0] & 0x7F < 24:
            # The pickled state: hour (fold in the top bit), minute, second, microsecond (3).
            b = hour
            tzinfo = minute if minute != 0 else None
            hour, minute, second = b[0] & 0x7F, b[1], b[2]
            microsecond = (b[3] << 16) | (b[4] << 8) | b[5]
            fold = b[0] >> 7
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        s = _iso_codes(time_string)
        start = 1 if s[:1] == [84] else 0      # a leading 'T' is allowed
        rv, hh, mm, ss, us, off, off_us = _parse_iso_time(s, start)
        if rv < 0:
            raise ValueError('Invalid isoformat string: %r' % time_string)
        return cls(hh, mm, ss, us, _iso_tz(rv, off, off_us))

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, None)

    def __repr__(self):
        if self._microsecond:
            text = "%s(%d, %d, %d, %d)" % (_tname(self), self._hour, self._minute,
                                           self._second, self._microsecond)
        elif self._second:
            text = "%s(%d, %d, %d)" % (_tname(self), self._hour, self._minute, self._second)
        else:
            text = "%s(%d, %d)" % (_tname(self), self._hour, self._minute)
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % self._tzinfo
        if self._fold:
            text = text[:-1] + ", fold=1)"
        return text

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        text = _format_time(self._hour, self._minute, self._second, self._microsecond,
                            timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % _argtype(format))
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second,
                                0, 1, -1))
        return _wrap_strftime(self, format, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument must be str, not %s" % _argtype(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _fields(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other, op):
        if self._tzinfo is other._tzinfo:
            a, b = self._fields(), other._fields()
        else:
            off1, off2 = self.utcoffset(), other.utcoffset()
            if off1 == off2:
                a, b = self._fields(), other._fields()
            elif off1 is not None and off2 is not None:
                a = (self._hour * 3600 + self._minute * 60 + self._second -
                     off1._days * 86400 - off1._seconds, self._microsecond)
                b = (other._hour * 3600 + other._minute * 60 + other._second -
                     off2._days * 86400 - off2._seconds, other._microsecond)
            elif op == 'eq':
                return False
            elif op == 'ne':
                return True
            else:
                raise TypeError("can't compare offset-naive and offset-aware times")
        return _compare(a, b, op)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 'eq')
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 'ne')
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 'lt')
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 'le')
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 'gt')
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 'ge')
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._fields())
            else:
                self._hashcode = hash(timedelta(0, t._hour * 3600 + t._minute * 60 +
                                                t._second, t._microsecond) - off)
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        first = self._hour | (128 if self._fold and protocol > 3 else 0)
        state = bytes((first, self._minute, self._second, us >> 16, (us >> 8) & 255,
                       us & 255))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _compare(a, b, op):
    if op == 'eq':
        return a == b
    if op == 'ne':
        return a != b
    if op == 'lt':
        return a < b
    if op == 'le':
        return a <= b
    if op == 'gt':
        return a > b
    return a >= b


# ---- datetime ----------------------------------------------------------------------------------

def _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold=0):
    if cls is datetime:
        self = object.__new__(datetime)
        self._year = y
        self._month = m
        self._day = d
        self._hour = hh
        self._minute = mm
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    if fold:
        return cls(y, m, d, hh, mm, ss, us, tz, fold=fold)
    return cls(y, m, d, hh, mm, ss, us, tz)


def _local_fields_checked(secs):
    y, m, d, hh, mm, ss = _local_fields(secs)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    return y, m, d, hh, mm, ss


def _find_iso_separator(s):
    """Where the date part of an ISO datetime (code points) ends (CPython's rules)."""
    n = len(s)
    if n == 7:
        return 7
    if _byte(s, 4) == 45:              # YYYY-...
        if _byte(s, 5) == 87:          # YYYY-W..
            if n < 8:
                return -1
            if n > 8 and s[8] == 45:
                if n == 9:
                    return -1
                if n > 10 and 48 <= s[10] <= 57:
                    return 8
                return 10
            return 8
        return 10
    if _byte(s, 4) == 87:              # YYYYWww or YYYYWwwD
        i = 7
        while i < n and 48 <= s[i] <= 57:
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year=None, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(year, bytes) and len(year) == 10 and 1 <= year[2] & 0x7F <= 12:
            # The pickled state: year (2), month (fold in the top bit), day, hour, minute,
            # second, microsecond (3); the tzinfo may follow.
            b = year
            tzinfo = month
            year, month, day = b[0] * 256 + b[1], b[2] & 0x7F, b[3]
            hour, minute, second = b[4], b[5], b[6]
            microsecond = (b[7] << 16) | (b[8] << 8) | b[9]
            fold = b[2] >> 7
        if year is None:
            _missing('year', 1)
        if month is None:
            _missing('month', 2)
        if day is None:
            _missing('day', 3)
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # ---- constructors

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        secs, us = _split_timestamp(t)
        if utc or tz is not None:
            if not -2**55 <= secs < 2**55:
                raise OverflowError("timestamp out of range for platform time_t")
            y, m, d, hh, mm, ss = _utc_fields(secs)
            if not MINYEAR <= y <= MAXYEAR:
                raise ValueError("year %d is out of range" % y)
            fold = 0
        else:
            y, m, d, hh, mm, ss = _local_fields_checked(secs)
            fold = 0
            # A fold: the same wall time was shown less than a day before.
            result = _utc_to_seconds(y, m, d, hh, mm, ss)
            probe = _local(_EPOCH_SECONDS + secs - _MAX_FOLD_SECONDS)
            transition = result - probe - _MAX_FOLD_SECONDS
            if transition < 0:
                if _local(_EPOCH_SECONDS + secs + transition) == result:
                    fold = 1
        self = _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold)
        if tz is not None:
            self = tz.fromutc(self)
        return self

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        return cls._from_timestamp(t, False, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        _check_tzinfo(tz)
        return cls._from_timestamp(_time.time(), False, tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls._from_timestamp(_time.time(), True, None)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls._from_timestamp(_time.time(), False, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _argtype(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _argtype(time))
        if tzinfo is True:
            tzinfo = time._tzinfo
        _check_tzinfo(tzinfo)
        return _new_datetime(cls, date._year, date._month, date._day, time._hour,
                             time._minute, time._second, time._microsecond, tzinfo,
                             time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        s = _iso_codes(date_string)
        sep = _find_iso_separator(s)
        ymd = _parse_iso_date(s, sep) if sep >= 0 else None
        rv = 0
        hh = mm = ss = us = off = off_us = 0
        if ymd is not None and len(s) > sep:
            rv, hh, mm, ss, us, off, off_us = _parse_iso_time(s, sep + 1)
        if ymd is None or rv < 0:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*ymd, hh, mm, ss, us, _iso_tz(rv, off, off_us))

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        fields, fraction, off_us = _strptime(date_string, format)
        y, m, d, hh, mm, ss, tzname, gmtoff = fields
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff, microseconds=off_us)
            tz = timezone(delta, tzname) if tzname else timezone(delta)
            return cls(y, m, d, hh, mm, ss, fraction, tz)
        return cls(y, m, d, hh, mm, ss, fraction)

    # ---- fields and conversions

    def date(self):
        """Return date object with same year, month and day."""
        return _new_date(_date_class, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute,
                            self._second, flag)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        t = self
        off = self.utcoffset()
        if off:
            t = self - off
        return _struct_time(t._year, t._month, t._day, t._hour, t._minute, t._second, 0)

    def _local_seconds(self):
        return _local_to_seconds(self._year, self._month, self._day, self._hour,
                                 self._minute, self._second, self._fold)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None or self.utcoffset() is None:
            return (self._local_seconds() - _EPOCH_SECONDS) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        _check_tzinfo(tz)
        own = self._tzinfo
        if own is None:
            own = _local_timezone_at(self._local_seconds() - _EPOCH_SECONDS)
        if own is tz:
            return self
        offset = _check_offset("utcoffset", own.utcoffset(self))
        if offset is None:
            own = _local_timezone_at(self._local_seconds() - _EPOCH_SECONDS)
            offset = own.utcoffset(self)
        utc = self._plus(-offset._to_us())
        if tz is None:
            tz = _local_timezone_at(utc._to_us() // 1000000 - _EPOCH_SECONDS)
        return tz.fromutc(_new_datetime(type(self), utc._year, utc._month, utc._day,
                                        utc._hour, utc._minute, utc._second,
                                        utc._microsecond, tz))

    def __repr__(self):
        if self._microsecond:
            tail = ", %d, %d, %d, %d" % (self._hour, self._minute, self._second,
                                         self._microsecond)
        elif self._second:
            tail = ", %d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            tail = ", %d, %d" % (self._hour, self._minute)
        text = "%s(%d, %d, %d%s" % (_tname(self), self._year, self._month, self._day, tail)
        if self._fold:
            text += ", fold=1"
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        return text + ")"

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        text = "%04d-%02d-%02d%s%s" % (self._year, self._month, self._day, sep,
                                       _format_time(self._hour, self._minute, self._second,
                                                    self._microsecond, timespec))
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[self.isoweekday()], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    # ---- comparisons and arithmetic

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _flip_offset(self):
        return self.replace(fold=not self._fold).utcoffset()

    def _cmp(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == 'eq':
                    return False
                if op == 'ne':
                    return True
                raise TypeError("can't compare %s to %s" % (_tname(self), _tname(other)))
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _compare(self._fields(), other._fields(), op)
        off1, off2 = self.utcoffset(), other.utcoffset()
        if off1 == off2:
            a, b = self._fields(), other._fields()
        elif off1 is not None and off2 is not None:
            diff = self - other
            a, b = (diff._days, diff._seconds, diff._microseconds), (0, 0, 0)
        elif op == 'eq':
            return False
        elif op == 'ne':
            return True
        else:
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if a == b and op in ('eq', 'ne') and off1 is not None:
            # PEP 495: a time whose offset depends on fold equals nothing in another zone.
            if self._flip_offset() != off1 or other._flip_offset() != off2:
                return op == 'ne'
        return _compare(a, b, op)

    def __eq__(self, other):
        return self._cmp(other, 'eq')

    def __ne__(self, other):
        return self._cmp(other, 'ne')

    def __lt__(self, other):
        return self._cmp(other, 'lt')

    def __le__(self, other):
        return self._cmp(other, 'le')

    def __gt__(self, other):
        return self._cmp(other, 'gt')

    def __ge__(self, other):
        return self._cmp(other, 'ge')

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._fields())
            else:
                days = _ymd2ord(t._year, t._month, t._day)
                secs = t._hour * 3600 + t._minute * 60 + t._second
                self._hashcode = hash(timedelta(days, secs, t._microsecond) - off)
        return self._hashcode

    def _to_us(self):
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 +
                self._second) * 1000000 + self._microsecond

    def _plus(self, us):
        """self moved by us microseconds (same tzinfo), or OverflowError."""
        secs, us = divmod(self._second * 1000000 + self._microsecond + us, 1000000)
        days, secs = divmod(((self._hour * 60 + self._minute) * 60) + secs, 86400)
        n = self.toordinal() + days
        if not 0 < n <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(n)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return _new_datetime(type(self), y, m, d, hh, mm, ss, us, self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._plus(other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._plus(-other._to_us())
        if not isinstance(other, datetime):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            off1 = off2 = None
        else:
            off1, off2 = self.utcoffset(), other.utcoffset()
            if (off1 is None) != (off2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        result = _delta_from_us(timedelta, self._to_us() - other._to_us())
        if off1 != off2:
            result -= off1 - off2
        return result

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        month = self._month | (128 if self._fold and protocol > 3 else 0)
        state = bytes((self._year >> 8, self._year & 255, month, self._day, self._hour,
                       self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time
_OWN_TYPES = (timedelta, date, time, datetime, tzinfo, timezone, _IsoCalendarDate)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)

timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ---- strptime ----------------------------------------------------------------------------------
# The format becomes a regular expression (one named group a directive, C-locale names) matched
# case-insensitively; the groups are then turned into fields as CPython's _strptime does.

_WEEKDAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_WEEKDAYS_ABBR = ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')
_MONTHS = ('', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december')
_MONTHS_ABBR = ('', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct',
                'nov', 'dec')

_strptime_re = None
_strptime_cache = {}


def _alternatives(words, name):
    import re
    words = sorted(words, key=len, reverse=True)
    if all(w == '' for w in words):
        return ''
    return '(?P<%s>%s)' % (name, '|'.join(re.escape(w) for w in words))


def _timezone_names():
    names = {'utc', 'gmt', _time.tzname[0].lower()}
    if _time.daylight:
        names.add(_time.tzname[1].lower())
    return names


def _directives():
    global _strptime_re
    if _strptime_re is None:
        d = {
            'd': r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
            'f': r"(?P<f>[0-9]{1,6})",
            'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
            'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
            'G': r"(?P<G>\d\d\d\d)",
            'j': r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
            'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
            'M': r"(?P<M>[0-5]\d|\d)",
            'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
            'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
            'W': r"(?P<W>5[0-3]|[0-4]\d|\d)",
            'w': r"(?P<w>[0-6])",
            'u': r"(?P<u>[1-7])",
            'V': r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
            'y': r"(?P<y>\d\d)",
            'Y': r"(?P<Y>\d\d\d\d)",
            'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
            'A': _alternatives(_WEEKDAYS, 'A'),
            'a': _alternatives(_WEEKDAYS_ABBR, 'a'),
            'B': _alternatives(_MONTHS[1:], 'B'),
            'b': _alternatives(_MONTHS_ABBR[1:], 'b'),
            'p': _alternatives(('am', 'pm'), 'p'),
            'Z': _alternatives(_timezone_names(), 'Z'),
            '%': '%',
        }
        d['c'] = _format_regex(d, '%a %b %d %H:%M:%S %Y')
        d['x'] = _format_regex(d, '%m/%d/%y')
        d['X'] = _format_regex(d, '%H:%M:%S')
        _strptime_re = d
    return _strptime_re


def _format_regex(directives, format):
    import re
    format = re.sub(r"([\\.^$*+?\(\){}\[\]|])", r"\\\1", format)
    format = re.sub(r'\s+', r'\\s+', format)
    out = []
    while '%' in format:
        i = format.index('%') + 1
        out.append(format[:i - 1])
        out.append(directives[format[i]])
        format = format[i + 1:]
    out.append(format)
    return ''.join(out)


def _julian_from_week(year, week, weekday, monday_first):
    first = _date_class(year, 1, 1).weekday()
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0 = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0 + 7 * (week - 1) + weekday


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    correction = _date_class(iso_year, 1, 4).isoweekday() + 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:
        ordinal += _date_class(iso_year, 1, 1).toordinal()
        iso_year -= 1
        ordinal -= _date_class(iso_year, 1, 1).toordinal()
    return iso_year, ordinal


def _strptime(data, format):
    import re
    for i, arg in enumerate((data, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (i + 1, _argtype(arg)))
    regex = _strptime_cache.get(format)
    if regex is None:
        try:
            pattern = _format_regex(_directives(), format)
        except KeyError as err:
            bad = err.args[0]
            if bad == '\\':
                bad = '%'
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad, format)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % format) from None
        regex = re.compile(pattern, re.IGNORECASE)
        if len(_strptime_cache) > 100:
            _strptime_cache.clear()
        _strptime_cache[format] = regex
    found = regex.match(data)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data, format))
    if len(data) != found.end():
        raise ValueError("unconverted data remains: %s" % data[found.end():])

    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    iso_year = iso_week = None
    week_of_year = -1
    week_start = -1
    weekday = julian = None
    groups = found.groupdict()
    for key, value in groups.items():
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = _MONTHS.index(value.lower())
        elif key == 'b':
            month = _MONTHS_ABBR.index(value.lower())
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = (groups.get('p') or '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm' and hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A':
            weekday = _WEEKDAYS.index(value.lower())
        elif key == 'a':
            weekday = _WEEKDAYS_ABBR.index(value.lower())
        elif key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            z = value
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError("Inconsistent use of : in %s" % value)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                rest = z[8:]
                gmtoff_fraction = int(rest + '0' * (6 - len(rest)))
                if z.startswith('-'):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904         # a leap year, so that Feb 29 can be checked; put back below
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year != -1:
            julian = _julian_from_week(year, week_of_year, weekday, week_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        _date_class(year, month, day)       # validates the day
    else:
        d = _date_class.fromordinal(julian - 1 + _date_class(year, 1, 1).toordinal())
        year, month, day = d._year, d._month, d._day
    tzname = groups.get('Z')
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, tzname, gmtoff), fraction,
            gmtoff_fraction)
