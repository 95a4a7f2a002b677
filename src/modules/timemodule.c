/* timemodule.c — the time module: clocks, sleeping, and conversions between timestamps, broken-
 * down times (time.struct_time) and text, as CPython 3.11 on Linux.
 *
 * Clocks are clock_gettime's (time: REALTIME; monotonic and perf_counter: MONOTONIC;
 * process_time: PROCESS_CPUTIME_ID).  Float results are seconds as CPython computes them from
 * nanoseconds.  struct_time is a struct sequence of 9 visible fields plus tm_zone and tm_gmtoff
 * (hidden, as in CPython).  Conversions use the C library (localtime_r, gmtime_r, mktime,
 * strftime), so the text is the platform's, as CPython's is; argument checks and messages follow
 * CPython's gettmarg/checktm.  strptime follows CPython's _strptime (its patterns, its
 * completion of the date) in the C locale. */
#include "modules.h"
#include "../objects/structseq.h"
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static TypeObject StructTimeType;

/* ---- clocks ---------------------------------------------------------------------------------- */

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Seconds as a float: exact for whole seconds, else ns / 1e9 (_PyTime_AsSecondsDouble). */
static Object *seconds(int64_t ns) {
    if (ns % 1000000000 == 0) return float_from_double((double)(ns / 1000000000));
    return float_from_double((double)ns / 1e9);
}

static Object *time_time(Object *self, Object *u) { return seconds(clock_ns(CLOCK_REALTIME)); }
static Object *time_time_ns(Object *self, Object *u) {
    return int_from_long(clock_ns(CLOCK_REALTIME));
}
static Object *time_monotonic(Object *self, Object *u) {
    return seconds(clock_ns(CLOCK_MONOTONIC));
}
static Object *time_monotonic_ns(Object *self, Object *u) {
    return int_from_long(clock_ns(CLOCK_MONOTONIC));
}
static Object *time_process_time(Object *self, Object *u) {
    return seconds(clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}
static Object *time_process_time_ns(Object *self, Object *u) {
    return int_from_long(clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}
static Object *time_thread_time(Object *self, Object *u) {
    return seconds(clock_ns(CLOCK_THREAD_CPUTIME_ID));
}
static Object *time_thread_time_ns(Object *self, Object *u) {
    return int_from_long(clock_ns(CLOCK_THREAD_CPUTIME_ID));
}

static int clock_id_arg(Object *o, clockid_t *id) {
    long v = int_as_long(o);
    if (v == -1 && err_occurred()) return -1;
    *id = (clockid_t)v;
    struct timespec ts;
    if (clock_gettime(*id, &ts) != 0) { err_from_errno(&Exc_OSError, NULL); return -1; }
    return 0;
}

static Object *time_clock_gettime(Object *self, Object *arg) {
    clockid_t id;
    if (clock_id_arg(arg, &id) < 0) return NULL;
    return seconds(clock_ns(id));
}

static Object *time_clock_gettime_ns(Object *self, Object *arg) {
    clockid_t id;
    if (clock_id_arg(arg, &id) < 0) return NULL;
    return int_from_long(clock_ns(id));
}

/* ---- sleep --------------------------------------------------------------------------------- */

/* A number of seconds as nanoseconds (floats rounded half-even, as CPython's sleep). */
static int seconds_arg(Object *o, int64_t *ns) {
    if (IS_FLOAT(o)) {
        double d = FLOAT_VAL(o);
        if (isnan(d)) {
            err_format(&Exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = nearbyint(d * 1e9);
        if (!(d >= -9.2e18 && d <= 9.2e18)) {
            err_format(&Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            return -1;
        }
        *ns = (int64_t)d;
        return 0;
    }
    Object *i = num_index(o);
    if (!i) return -1;
    int ov;
    long v = int_as_long_overflow(i, &ov);
    DECREF(i);
    if (ov || v > INT64_MAX / 1000000000 || v < INT64_MIN / 1000000000) {
        err_format(&Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *ns = (int64_t)v * 1000000000;
    return 0;
}

static Object *time_sleep(Object *self, Object *arg) {
    int64_t ns;
    if (seconds_arg(arg, &ns) < 0) return NULL;
    if (ns < 0) return err_format(&Exc_ValueError, "sleep length must be non-negative");
    struct timespec req = {(time_t)(ns / 1000000000), (long)(ns % 1000000000)}, rem;
    while (nanosleep(&req, &rem) != 0) {
        if (errno != EINTR) return err_from_errno(&Exc_OSError, NULL);
        req = rem;
    }
    RETURN_NONE;
}

/* ---- struct_time ------------------------------------------------------------------------- */

static Object *tm_to_struct(const struct tm *p, const char *zone, long gmtoff) {
    long v[9] = {p->tm_year + 1900L, p->tm_mon + 1L, p->tm_mday, p->tm_hour, p->tm_min,
                 p->tm_sec, (p->tm_wday + 6) % 7, p->tm_yday + 1L, p->tm_isdst};
    Object *items[11];
    int n = 0;
    for (; n < 9; n++)
        if (!(items[n] = int_from_long(v[n]))) goto fail;
    if (!(items[n++] = zone ? str_from_utf8_lossy(zone, -1) : NEWREF(NONE))) goto fail;
    if (!(items[n++] = int_from_long(gmtoff))) goto fail;
    Object *r = structseq_new(&StructTimeType, items, 11);
    while (n--) DECREF(items[n]);
    return r;
fail:
    while (n--) XDECREF(items[n]);
    return NULL;
}

/* The time_t of an optional seconds argument (None: now), rounded toward minus infinity. */
static int time_t_arg(Object *o, time_t *out) {
    if (!o || o == NONE) { *out = time(NULL); return 0; }
    if (IS_FLOAT(o)) {
        double d = FLOAT_VAL(o);
        if (isnan(d)) {
            err_format(&Exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = floor(d);
        if (!(d >= -9.2e18 && d < 9.2e18)) {
            err_format(&Exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)d;
        return 0;
    }
    Object *i = num_index(o);
    if (!i) return -1;
    int ov;
    long v = int_as_long_overflow(i, &ov);
    DECREF(i);
    if (ov) {
        err_format(&Exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)v;
    return 0;
}

static Object *convert(Object *const *args, ssize_t nargs, const char *name, bool local) {
    if (args_check_positional(name, nargs, 0, 1) < 0) return NULL;
    time_t t;
    if (time_t_arg(nargs ? args[0] : NULL, &t) < 0) return NULL;
    struct tm tm;
    errno = 0;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) {
        if (errno == EOVERFLOW || errno == 0)
            return err_format(&Exc_OverflowError, "timestamp out of range for platform time_t");
        return err_from_errno(&Exc_OSError, NULL);
    }
    return tm_to_struct(&tm, tm.tm_zone, tm.tm_gmtoff);
}

static Object *time_gmtime(Object *self, Object *const *args, ssize_t nargs) {
    return convert(args, nargs, "gmtime", false);
}
static Object *time_localtime(Object *self, Object *const *args, ssize_t nargs) {
    return convert(args, nargs, "localtime", true);
}

/* A struct_time or 9-tuple as a struct tm (CPython's gettmarg); `zone` keeps a struct_time's
 * tm_zone text alive while tm points at it. */
static int gettmarg(Object *args, struct tm *p, const char *fname) {
    memset(p, 0, sizeof *p);
    if (!IS_TUPLE(args)) {
        err_format(&Exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (TUPLE_LEN(args) != 9) {
        err_format(&Exc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    long v[9];
    for (int i = 0; i < 9; i++) {
        Object *item = TUPLE_GET(args, i);
        if (IS_FLOAT(item)) {
            err_format(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        Object *n = num_index(item);
        if (!n) return -1;
        int ov;
        v[i] = int_as_long_overflow(n, &ov);
        DECREF(n);
        if (ov || v[i] > 0x7fffffffL || v[i] < -0x7fffffffL - 1) {
            err_format(&Exc_OverflowError, "signed integer is greater than maximum");
            return -1;
        }
    }
    if (v[0] - 1900 < -0x7fffffffL - 1) {
        err_format(&Exc_OverflowError, "year out of range");
        return -1;
    }
    p->tm_year = (int)(v[0] - 1900);
    p->tm_mon = (int)v[1] - 1;
    p->tm_mday = (int)v[2];
    p->tm_hour = (int)v[3];
    p->tm_min = (int)v[4];
    p->tm_sec = (int)v[5];
    p->tm_wday = (int)((v[6] + 1) % 7);     /* C's %, so a negative day stays negative */
    p->tm_yday = (int)v[7] - 1;
    p->tm_isdst = (int)v[8];
    if (TYPE(args) == &StructTimeType) {
        /* The hidden fields follow the nine visible ones. */
        Object *zone = TUPLE_GET(args, 9), *off = TUPLE_GET(args, 10);
        if (zone && zone != NONE) {
            const char *z = str_as_utf8(zone);
            if (!z) return -1;
            p->tm_zone = z;
        }
        if (off && off != NONE) {
            long g = int_as_long(off);
            if (g == -1 && err_occurred()) return -1;
            p->tm_gmtoff = g;
        }
    }
    return 0;
}

/* CPython's checktm: the fields strftime and asctime may index tables with. */
static int checktm(struct tm *b) {
    const char *msg = NULL;
    if (b->tm_mon == -1) b->tm_mon = 0;
    else if (b->tm_mon < 0 || b->tm_mon > 11) msg = "month out of range";
    if (!msg) {
        if (b->tm_mday == 0) b->tm_mday = 1;
        else if (b->tm_mday < 0 || b->tm_mday > 31) msg = "day of month out of range";
    }
    if (!msg && (b->tm_hour < 0 || b->tm_hour > 23)) msg = "hour out of range";
    if (!msg && (b->tm_min < 0 || b->tm_min > 59)) msg = "minute out of range";
    if (!msg && (b->tm_sec < 0 || b->tm_sec > 61)) msg = "seconds out of range";
    if (!msg && b->tm_wday < 0) msg = "day of week out of range";
    if (!msg) {
        if (b->tm_yday == -1) b->tm_yday = 0;
        else if (b->tm_yday < 0 || b->tm_yday > 365) msg = "day of year out of range";
    }
    if (msg) { err_format(&Exc_ValueError, "%s", msg); return -1; }
    return 0;
}

/* The broken-down time of an optional argument: a time tuple, or now in local time. */
static int tm_arg(Object *const *args, ssize_t nargs, const char *fname, struct tm *tm) {
    if (nargs == 0 || args[0] == NONE) {
        time_t t = time(NULL);
        if (!localtime_r(&t, tm)) { err_from_errno(&Exc_OSError, NULL); return -1; }
        return 0;
    }
    if (gettmarg(args[0], tm, fname) < 0 || checktm(tm) < 0) return -1;
    return 0;
}

static Object *time_strftime(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("strftime", nargs, 1, 2) < 0) return NULL;
    if (!IS_STR(args[0]))
        return err_format(&Exc_TypeError, "strftime() argument 1 must be str, not %.50s",
                          TYPE(args[0])->tp_name);
    struct tm tm;
    if (tm_arg(args + 1, nargs - 1, "strftime", &tm) < 0) return NULL;
    if (tm.tm_isdst < -1) tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
    if (!tm.tm_zone) tm.tm_zone = tzname[tm.tm_isdst > 0];
    ssize_t flen;
    const char *fmt = str_as_utf8_len(args[0], &flen);
    if (!fmt) return NULL;
    if ((ssize_t)strlen(fmt) != flen) return err_format(&Exc_ValueError, "embedded null character");
    if (flen == 0) return str_from_cstr("");
    /* strftime gives 0 both for "too small" and for an empty result: grow the buffer until the
     * text fits, up to 256 bytes per format byte (CPython's bound). */
    for (size_t size = 1024;; size += size) {
        char *buf = mem_alloc(size);
        if (!buf) return err_no_memory();
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0 || size >= 256 * (size_t)flen) {
            Object *r = str_from_utf8_lossy(buf, (ssize_t)n);
            mem_free(buf);
            return r;
        }
        mem_free(buf);
    }
}

static Object *asctime_of(const struct tm *t) {
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %ld", wday[t->tm_wday], mon[t->tm_mon],
             t->tm_mday, t->tm_hour, t->tm_min, t->tm_sec, 1900L + t->tm_year);
    return str_from_cstr(buf);
}

static Object *time_asctime(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("asctime", nargs, 0, 1) < 0) return NULL;
    struct tm tm;
    if (tm_arg(args, nargs, "asctime", &tm) < 0) return NULL;
    return asctime_of(&tm);
}

static Object *time_ctime(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("ctime", nargs, 0, 1) < 0) return NULL;
    time_t t;
    if (time_t_arg(nargs ? args[0] : NULL, &t) < 0) return NULL;
    struct tm tm;
    if (!localtime_r(&t, &tm))
        return err_format(&Exc_OverflowError, "timestamp out of range for platform time_t");
    return asctime_of(&tm);
}

static Object *time_mktime(Object *self, Object *arg) {
    struct tm tm;
    if (gettmarg(arg, &tm, "mktime") < 0) return NULL;
    tm.tm_wday = -1;            /* mktime sets it: left alone means failure */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return err_format(&Exc_OverflowError, "mktime argument out of range");
    return float_from_double((double)t);
}

/* ---- strptime ---------------------------------------------------------------------------- */

static bool is_leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(long y, int m) {
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 1 && is_leap(y) ? 29 : dim[m];
}

/* Days since 1970-01-01 of a proleptic Gregorian date (month 1-12). */
static long days_from_civil(long y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* ---- strptime: CPython's _strptime, with its regular expressions as a backtracking matcher ---
 *
 * Each directive of the format stands for CPython's pattern for it (%d is
 * 3[01]|[12]\d|0[1-9]|[1-9]| [1-9], %Y is \d\d\d\d ...), whitespace for \s+, anything else for
 * itself ignoring case.  The alternatives of a directive are tried in the pattern's order and
 * the matcher backtracks as the regular expression would, so the same text is accepted with the
 * same split into fields.  The locale is C's (English names, am/pm). */

#define STRP_FIELDS 128         /* one slot per directive letter */

typedef struct {
    const char *text;
    const char *fmt;
    const char *cap[STRP_FIELDS];   /* start and length of each directive's match */
    int caplen[STRP_FIELDS];
    bool bad_dir;                   /* an unknown directive: err set */
} Strp;

static const char *const weekdays_full[7] = {"monday", "tuesday", "wednesday", "thursday",
                                             "friday", "saturday", "sunday"};
static const char *const weekdays_abbr[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
static const char *const months_full[13] = {"", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december"};
static const char *const months_abbr[13] = {"", "jan", "feb", "mar", "apr", "may", "jun", "jul",
                                            "aug", "sep", "oct", "nov", "dec"};

static bool dig(char c) { return c >= '0' && c <= '9'; }
static bool in(char c, char lo, char hi) { return c >= lo && c <= hi; }
static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }

/* The lengths CPython's pattern for directive d can match at t, in the pattern's order. */
static int candidates(char d, const char *t, int out[16]) {
    int n = 0;
    char a = t[0], b = a ? t[1] : 0, c = b ? t[2] : 0;
    switch (d) {
    case 'd':
        if ((a == '3' && in(b, '0', '1')) || (in(a, '1', '2') && dig(b)) ||
            (a == '0' && in(b, '1', '9')))
            out[n++] = 2;
        if (in(a, '1', '9')) out[n++] = 1;
        if (a == ' ' && in(b, '1', '9')) out[n++] = 2;
        break;
    case 'm': case 'I':
        if ((a == '1' && in(b, '0', '2')) || (a == '0' && in(b, '1', '9'))) out[n++] = 2;
        if (in(a, '1', '9')) out[n++] = 1;
        break;
    case 'H':
        if ((a == '2' && in(b, '0', '3')) || (in(a, '0', '1') && dig(b))) out[n++] = 2;
        if (dig(a)) out[n++] = 1;
        break;
    case 'M':
        if (in(a, '0', '5') && dig(b)) out[n++] = 2;
        if (dig(a)) out[n++] = 1;
        break;
    case 'S':
        if ((a == '6' && in(b, '0', '1')) || (in(a, '0', '5') && dig(b))) out[n++] = 2;
        if (dig(a)) out[n++] = 1;
        break;
    case 'j':
        if ((a == '3' && b == '6' && in(c, '0', '6')) || (a == '3' && in(b, '0', '5') && dig(c)) ||
            (in(a, '1', '2') && dig(b) && dig(c)) || (a == '0' && in(b, '1', '9') && dig(c)) ||
            (a == '0' && b == '0' && in(c, '1', '9')))
            out[n++] = 3;
        if ((in(a, '1', '9') && dig(b)) || (a == '0' && in(b, '1', '9'))) out[n++] = 2;
        if (in(a, '1', '9')) out[n++] = 1;
        break;
    case 'U': case 'W':
        if ((a == '5' && in(b, '0', '3')) || (in(a, '0', '4') && dig(b))) out[n++] = 2;
        if (dig(a)) out[n++] = 1;
        break;
    case 'V':
        if ((a == '5' && in(b, '0', '3')) || (a == '0' && in(b, '1', '9')) ||
            (in(a, '1', '4') && dig(b)))
            out[n++] = 2;
        if (dig(a)) out[n++] = 1;
        break;
    case 'w': if (in(a, '0', '6')) out[n++] = 1; break;
    case 'u': if (in(a, '1', '7')) out[n++] = 1; break;
    case 'y': if (dig(a) && dig(b)) out[n++] = 2; break;
    case 'Y': case 'G':
        if (dig(a) && dig(b) && dig(c) && dig(t[3])) out[n++] = 4;
        break;
    case 'f': {
        int k = 0;
        while (k < 6 && dig(t[k])) k++;
        while (k > 0) out[n++] = k--;
        break;
    }
    case 'z': {
        if (a == 'Z') { out[n++] = 1; break; }
        if ((a != '+' && a != '-') || !dig(b) || !dig(c)) break;
        int k = 3;
        if (t[k] == ':') k++;
        if (!in(t[k], '0', '5') || !dig(t[k + 1])) break;
        k += 2;
        int base = k, m = k;
        int k2 = k + (t[k] == ':');
        if (in(t[k2], '0', '5') && dig(t[k2 + 1])) {
            m = k2 + 2;
            int f = 0;
            if (t[m] == '.') while (f < 6 && dig(t[m + 1 + f])) f++;
            for (int q = f; q >= 1; q--) out[n++] = m + 1 + q;
            out[n++] = m;
        }
        out[n++] = base;
        break;
    }
    default:
        break;
    }
    return n;
}

/* Case-insensitive prefix test. */
static bool iprefix(const char *t, const char *word) {
    for (; *word; word++, t++)
        if (lower(*t) != *word) return false;
    return true;
}

/* Name alternatives, longest first (CPython sorts them by length, descending). */
static int name_candidates(char d, const char *t, int out[16]) {
    const char *names[32];
    int k = 0, n = 0;
    switch (d) {
    case 'a': for (int i = 0; i < 7; i++) names[k++] = weekdays_abbr[i]; break;
    case 'A': for (int i = 0; i < 7; i++) names[k++] = weekdays_full[i]; break;
    case 'b': for (int i = 1; i < 13; i++) names[k++] = months_abbr[i]; break;
    case 'B': for (int i = 1; i < 13; i++) names[k++] = months_full[i]; break;
    case 'p': names[k++] = "am"; names[k++] = "pm"; break;
    case 'Z': names[k++] = "utc"; names[k++] = "gmt"; break;
    default: return 0;
    }
    for (int len = 12; len >= 1; len--)
        for (int i = 0; i < k; i++)
            if ((int)strlen(names[i]) == len && iprefix(t, names[i])) out[n++] = len;
    if (d == 'Z') {
        /* the local zone names too */
        for (int z = 0; z < 2; z++) {
            char low[64];
            size_t m = strlen(tzname[z]);
            if (m == 0 || m >= sizeof low) continue;
            for (size_t i = 0; i <= m; i++) low[i] = lower(tzname[z][i]);
            if (strcmp(low, "utc") && strcmp(low, "gmt") && iprefix(t, low)) out[n++] = (int)m;
        }
    }
    return n;
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Match fmt against text from the given positions; the end of the text matched, or NULL. */
static const char *strp_match(Strp *st, const char *f, const char *t) {
    while (*f) {
        if (is_space(*f)) {
            while (is_space(*f)) f++;
            const char *e = t;
            while (is_space(*e)) e++;
            if (e == t) return NULL;
            /* \s+ is greedy: the longest run first */
            for (const char *p = e; p > t; p--) {
                const char *r = strp_match(st, f, p);
                if (r) return r;
            }
            return NULL;
        }
        if (*f != '%') {
            if (lower(*f) != lower(*t)) return NULL;
            f++;
            t++;
            continue;
        }
        char d = f[1];
        if (d == '%') {
            if (*t != '%') return NULL;
            f += 2;
            t++;
            continue;
        }
        const char *sub = d == 'c' ? "%a %b %d %H:%M:%S %Y" : d == 'x' ? "%m/%d/%y"
                        : d == 'X' ? "%H:%M:%S" : NULL;
        if (sub) {
            /* the locale's formats, expanded in place */
            size_t rest = strlen(f + 2);
            char *buf = mem_alloc(strlen(sub) + rest + 1);
            if (!buf) return NULL;
            memcpy(buf, sub, strlen(sub));
            memcpy(buf + strlen(sub), f + 2, rest + 1);
            const char *r = strp_match(st, buf, t);
            mem_free(buf);
            return r;
        }
        int cand[16], n;
        if (strchr("aAbBpZ", d)) n = name_candidates(d, t, cand);
        else n = candidates(d, t, cand);
        for (int i = 0; i < n; i++) {
            const char *saved = st->cap[(int)d];
            int savedlen = st->caplen[(int)d];
            st->cap[(int)d] = t;
            st->caplen[(int)d] = cand[i];
            const char *r = strp_match(st, f + 2, t + cand[i]);
            if (r) return r;
            st->cap[(int)d] = saved;
            st->caplen[(int)d] = savedlen;
        }
        return NULL;
    }
    return t;
}

/* The format's directives are all known: else CPython's ValueError. */
static int strp_check_format(Object *fmtobj, const char *fmt) {
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') continue;
        p++;
        if (!*p) {
            err_format(&Exc_ValueError, "stray %% in format %R", fmtobj);
            return -1;
        }
        if (!strchr("%aAbBcdfGHIjmMpSuUVwWxXyYzZ", *p)) {
            err_format(&Exc_ValueError, "'%c' is a bad directive in format %R", *p, fmtobj);
            return -1;
        }
    }
    return 0;
}

static long cap_int(Strp *st, char d) {
    long v = 0;
    for (int i = 0; i < st->caplen[(int)d]; i++)
        if (dig(st->cap[(int)d][i])) v = v * 10 + (st->cap[(int)d][i] - '0');
    return v;
}

static int cap_index(Strp *st, char d, const char *const *names, int n) {
    for (int i = 0; i < n; i++)
        if ((int)strlen(names[i]) == st->caplen[(int)d] && iprefix(st->cap[(int)d], names[i]))
            return i;
    return 0;
}

/* 1 + days since 0001-01-01 of a date (datetime.date.toordinal()); -1 + ValueError when the
 * year is outside 1..9999 or the day outside its month. */
static long date_ordinal(long y, int m, int d) {
    if (y < 1 || y > 9999) {
        err_format(&Exc_ValueError, "year %ld is out of range", y);
        return -1;
    }
    if (d < 1 || d > days_in_month(y, m - 1)) {
        err_format(&Exc_ValueError, "day is out of range for month");
        return -1;
    }
    return days_from_civil(y, m, d) + 719163;
}

static void date_from_ordinal(long ord, long *y, int *m, int *d) {
    long z = ord - 719163 + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

static int weekday_of(long ordinal) { return (int)((ordinal + 6) % 7); }   /* Monday 0 */

static Object *time_strptime(Object *self, Object *const *args, ssize_t nargs) {
    if (args_check_positional("strptime", nargs, 1, 2) < 0) return NULL;
    for (ssize_t i = 0; i < nargs; i++)
        if (!IS_STR(args[i]))
            return err_format(&Exc_TypeError, "strptime() argument %zd must be str, not %R", i,
                              (Object *)TYPE(args[i]));
    Object *fmtobj = nargs > 1 ? NEWREF(args[1]) : str_from_cstr("%a %b %d %H:%M:%S %Y");
    if (!fmtobj) return NULL;
    const char *text = str_as_utf8(args[0]), *fmt = str_as_utf8(fmtobj);
    Object *res = NULL, *gmtoff = NULL;
    Strp st;
    memset(&st, 0, sizeof st);
    if (!text || !fmt || strp_check_format(fmtobj, fmt) < 0) goto done;
    const char *end = strp_match(&st, fmt, text);
    if (!end) {
        if (!err_occurred())
            err_format(&Exc_ValueError, "time data %R does not match format %R", args[0], fmtobj);
        goto done;
    }
    if (*end) {
        Object *rest = str_from_utf8(end, -1);
        if (rest) err_format(&Exc_ValueError, "unconverted data remains: %U", rest);
        XDECREF(rest);
        goto done;
    }
    /* The fields, as _strptime computes them. */
    long year = -1, iso_year = -1;
    int month = 1, day = 1, hour = 0, minute = 0, second = 0, weekday = -1, tz = -1;
    long julian = 0, week_of_year = -1, iso_week = -1;
    bool has_julian = false;
    bool week_starts_mon = false;
#define HAS(c) (st.cap[(int)(c)] != NULL)
    if (HAS('y')) { year = cap_int(&st, 'y'); year += year <= 68 ? 2000 : 1900; }
    if (HAS('Y')) year = cap_int(&st, 'Y');
    if (HAS('G')) iso_year = cap_int(&st, 'G');
    if (HAS('m')) month = (int)cap_int(&st, 'm');
    if (HAS('B')) month = cap_index(&st, 'B', months_full, 13);
    if (HAS('b')) month = cap_index(&st, 'b', months_abbr, 13);
    if (HAS('d')) day = (int)cap_int(&st, 'd');
    if (HAS('H')) hour = (int)cap_int(&st, 'H');
    if (HAS('I')) {
        hour = (int)cap_int(&st, 'I');
        bool pm = HAS('p') && lower(st.cap['p'][0]) == 'p';
        if (!pm && hour == 12) hour = 0;
        else if (pm && hour != 12) hour += 12;
    }
    if (HAS('M')) minute = (int)cap_int(&st, 'M');
    if (HAS('S')) second = (int)cap_int(&st, 'S');
    if (HAS('A')) weekday = cap_index(&st, 'A', weekdays_full, 7);
    if (HAS('a')) weekday = cap_index(&st, 'a', weekdays_abbr, 7);
    if (HAS('w')) { weekday = (int)cap_int(&st, 'w'); weekday = weekday == 0 ? 6 : weekday - 1; }
    if (HAS('u')) weekday = (int)cap_int(&st, 'u') - 1;
    if (HAS('j')) { julian = cap_int(&st, 'j'); has_julian = true; }
    if (HAS('U')) { week_of_year = cap_int(&st, 'U'); week_starts_mon = false; }
    if (HAS('W')) { week_of_year = cap_int(&st, 'W'); week_starts_mon = true; }
    if (HAS('V')) iso_week = cap_int(&st, 'V');
    if (HAS('z')) {
        char z[32];
        int zl = st.caplen['z'];
        memcpy(z, st.cap['z'], (size_t)zl);
        z[zl] = 0;
        long off = 0;
        if (strcmp(z, "Z") != 0) {
            char digits[32];
            int k = 0;
            for (int i = 1; i < zl && z[i] != '.'; i++) if (z[i] != ':') digits[k++] = z[i];
            digits[k] = 0;
            if (z[3] == ':' && zl > 6 && z[6] != ':' && z[6] != '.') {
                err_format(&Exc_ValueError, "Inconsistent use of : in %s", z);
                goto done;
            }
            off = ((digits[0] - '0') * 10 + (digits[1] - '0')) * 3600L +
                  ((digits[2] - '0') * 10 + (digits[3] - '0')) * 60L +
                  (k >= 6 ? (digits[4] - '0') * 10 + (digits[5] - '0') : 0);
            if (z[0] == '-') off = -off;
        }
        if (!(gmtoff = int_from_long(off))) goto done;
    }
    if (HAS('Z')) {
        char low[64];
        int zl = st.caplen['Z'] < 63 ? st.caplen['Z'] : 63;
        for (int i = 0; i < zl; i++) low[i] = lower(st.cap['Z'][i]);
        low[zl] = 0;
        char t0[64] = "", t1[64] = "";
        for (int i = 0; tzname[0][i] && i < 63; i++) { t0[i] = lower(tzname[0][i]); t0[i + 1] = 0; }
        for (int i = 0; tzname[1][i] && i < 63; i++) { t1[i] = lower(tzname[1][i]); t1[i + 1] = 0; }
        bool utc = !strcmp(low, "utc") || !strcmp(low, "gmt");
        if (!(strcmp(tzname[0], tzname[1]) == 0 && daylight && !utc)) {
            if (utc || !strcmp(low, t0)) tz = 0;
            else if (daylight && !strcmp(low, t1)) tz = 1;
        }
    }
    if (year < 0 && iso_year >= 0) {
        if (iso_week < 0 || weekday < 0) {
            err_format(&Exc_ValueError, "ISO year directive '%%G' must be used with the ISO week "
                       "directive '%%V' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').");
            goto done;
        }
        if (has_julian) {
            err_format(&Exc_ValueError, "Day of the year directive '%%j' is not compatible with "
                       "ISO year directive '%%G'. Use '%%Y' instead.");
            goto done;
        }
    } else if (iso_week >= 0) {
        if (year < 0 || weekday < 0)
            err_format(&Exc_ValueError, "ISO week directive '%%V' must be used with the ISO year "
                       "directive '%%G' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').");
        else
            err_format(&Exc_ValueError, "ISO week directive '%%V' is incompatible with the year "
                       "directive '%%Y'. Use the ISO year '%%G' instead.");
        goto done;
    }
    bool leap_fix = false;
    if (year < 0 && month == 2 && day == 29) { year = 1904; leap_fix = true; }
    else if (year < 0) year = 1900;
    if (!has_julian && weekday >= 0) {
        if (week_of_year >= 0) {
            long jan1 = date_ordinal(year, 1, 1);
            if (jan1 < 0) goto done;
            int first = weekday_of(jan1), dow = weekday;
            if (!week_starts_mon) { first = (first + 1) % 7; dow = (dow + 1) % 7; }
            int week0 = (7 - first) % 7;
            julian = week_of_year == 0 ? 1 + dow - first : 1 + week0 + 7 * (week_of_year - 1) + dow;
            has_julian = true;
        } else if (iso_year >= 0 && iso_week >= 0) {
            long jan4 = date_ordinal(iso_year, 1, 4);
            if (jan4 < 0) goto done;
            long correction = weekday_of(jan4) + 1 + 3;
            long ordinal = iso_week * 7 + (weekday + 1) - correction;
            if (ordinal < 1) {
                long o1 = date_ordinal(iso_year, 1, 1);
                iso_year -= 1;
                long o0 = date_ordinal(iso_year, 1, 1);
                if (o1 < 0 || o0 < 0) goto done;
                ordinal += o1 - o0;
            }
            year = iso_year;
            julian = ordinal;
            has_julian = true;
        }
        if (has_julian && julian <= 0) {
            year -= 1;
            julian += is_leap(year) ? 366 : 365;
        }
    }
    if (!has_julian) {
        long o = date_ordinal(year, month, day), o1 = o < 0 ? -1 : date_ordinal(year, 1, 1);
        if (o < 0 || o1 < 0) goto done;
        julian = o - o1 + 1;
    } else {
        long o1 = date_ordinal(year, 1, 1);
        if (o1 < 0) goto done;
        date_from_ordinal(julian - 1 + o1, &year, &month, &day);
    }
    if (weekday < 0) {
        long o = date_ordinal(year, month, day);
        if (o < 0) goto done;
        weekday = weekday_of(o);
    }
    if (leap_fix) year = 1900;
#undef HAS
    {
        long v[9] = {year, month, day, hour, minute, second, weekday, julian, tz};
        Object *items[11];
        int n = 0;
        for (; n < 9; n++)
            if (!(items[n] = int_from_long(v[n]))) break;
        if (n == 9) {
            items[9] = st.cap['Z'] ? str_from_utf8(st.cap['Z'], st.caplen['Z']) : NEWREF(NONE);
            items[10] = gmtoff ? NEWREF(gmtoff) : NEWREF(NONE);
            if (items[9]) res = structseq_new(&StructTimeType, items, 11);
            XDECREF(items[9]);
            DECREF(items[10]);
        }
        while (n--) DECREF(items[n]);
    }
    XDECREF(gmtoff);
    gmtoff = NULL;
done:
    XDECREF(gmtoff);
    DECREF(fmtobj);
    return res;
}

static int add_timezone(Object *m);

/* tzset(): the C library rereads TZ, and timezone, altzone, daylight and tzname follow. */
static Object *time_tzset(Object *self, Object *u) {
    if (add_timezone(self) < 0) return NULL;
    RETURN_NONE;
}

static Object *time_clock_getres(Object *self, Object *arg) {
    clockid_t id;
    if (clock_id_arg(arg, &id) < 0) return NULL;
    struct timespec ts;
    clock_getres(id, &ts);
    return float_from_double((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

/* get_clock_info(name): a types.SimpleNamespace describing the clock, as CPython's. */
static Object *time_get_clock_info(Object *self, Object *arg) {
    static const struct { const char *name, *impl; clockid_t id; bool mono, adj; } clocks[] = {
        {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true},
        {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
        {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
        {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID,
         true, false},
        {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID,
         true, false},
    };
    if (!IS_STR(arg))
        return err_format(&Exc_TypeError, "get_clock_info() argument must be str, not %.50s",
                          TYPE(arg)->tp_name);
    for (size_t i = 0; i < sizeof clocks / sizeof *clocks; i++) {
        if (!str_eq_cstr(arg, clocks[i].name)) continue;
        struct timespec ts;
        clock_getres(clocks[i].id, &ts);
        Object *types = vm_import_cstr("types");
        Object *ns = types ? obj_getattr_str(types, "SimpleNamespace") : NULL;
        XDECREF(types);
        if (!ns) return NULL;
        Object *vals[4] = {str_from_cstr(clocks[i].impl), bool_from(clocks[i].mono),
                           bool_from(clocks[i].adj),
                           float_from_double((double)ts.tv_sec + ts.tv_nsec * 1e-9)};
        Object *names = tuple_new(4);
        static const char *const keys[] = {"implementation", "monotonic", "adjustable",
                                           "resolution"};
        Object *r = NULL;
        if (names && vals[0] && vals[3]) {
            int ok = 1;
            for (int k = 0; k < 4; k++) {
                Object *key = str_from_cstr(keys[k]);
                if (!key) { ok = 0; break; }
                TUPLE_SET(names, k, key);
            }
            if (ok) r = obj_call(ns, vals, 0, names);
        }
        XDECREF(names);
        for (int k = 0; k < 4; k++) XDECREF(vals[k]);
        DECREF(ns);
        return r;
    }
    return err_format(&Exc_ValueError, "unknown clock");
}

/* ---- the module ------------------------------------------------------------------------------ */

#define NOARGS(name) {#name, (void *)time_##name, METH_NOARGS, NULL}
#define FAST(name)   {#name, (void *)time_##name, METH_FASTCALL, NULL}
static MethodDef time_methods[] = {
    NOARGS(time), NOARGS(time_ns), NOARGS(monotonic), NOARGS(monotonic_ns),
    {"perf_counter", (void *)time_monotonic, METH_NOARGS, NULL},
    {"perf_counter_ns", (void *)time_monotonic_ns, METH_NOARGS, NULL},
    NOARGS(process_time), NOARGS(process_time_ns), NOARGS(thread_time), NOARGS(thread_time_ns),
    {"clock_gettime", (void *)time_clock_gettime, METH_O, NULL},
    {"clock_gettime_ns", (void *)time_clock_gettime_ns, METH_O, NULL},
    {"sleep", (void *)time_sleep, METH_O, NULL},
    FAST(gmtime), FAST(localtime), FAST(strftime), FAST(asctime), FAST(ctime),
    {"mktime", (void *)time_mktime, METH_O, NULL},
    FAST(strptime),
    {"tzset", (void *)time_tzset, METH_NOARGS, NULL},
    {"clock_getres", (void *)time_clock_getres, METH_O, NULL},
    {"get_clock_info", (void *)time_get_clock_info, METH_O, NULL},
    {NULL}
};

/* timezone, altzone, daylight and tzname from the offsets of January and July of this year
 * (CPython's init_timezone). */
static int add_timezone(Object *m) {
    tzset();
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    int year = tm.tm_year;
    struct tm jan = {.tm_year = year, .tm_mday = 1, .tm_isdst = -1};
    struct tm jul = {.tm_year = year, .tm_mon = 6, .tm_mday = 1, .tm_isdst = -1};
    time_t tj = mktime(&jan), tl = mktime(&jul);
    localtime_r(&tj, &jan);
    localtime_r(&tl, &jul);
    long janoff = -jan.tm_gmtoff, juloff = -jul.tm_gmtoff;
    const char *janname = jan.tm_zone ? jan.tm_zone : "", *julname = jul.tm_zone ? jul.tm_zone : "";
    long tz, alt;
    const char *std, *dst;
    if (janoff < juloff) {      /* southern hemisphere: DST in January */
        tz = juloff; alt = janoff; std = julname; dst = janname;
    } else {
        tz = janoff; alt = juloff; std = janname; dst = julname;
    }
    Object *a = str_from_utf8_lossy(std, -1), *b = str_from_utf8_lossy(dst, -1);
    Object *names = a && b ? tuple_pack(2, a, b) : NULL;
    XDECREF(a);
    XDECREF(b);
    if (!names) return -1;
    if (module_add(m, "timezone", int_from_long(tz)) < 0 ||
        module_add(m, "altzone", int_from_long(alt)) < 0 ||
        module_add(m, "daylight", int_from_long(janoff != juloff)) < 0 ||
        module_add(m, "tzname", names) < 0)
        return -1;
    return 0;
}

static int time_init(Object *m) {
    static const char *const fields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
        "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff", NULL};
    if (!StructTimeType.tp_name &&
        structseq_init_type_n(&StructTimeType, "time.struct_time", fields, 9) < 0)
        return -1;
    if (module_add(m, "struct_time", NEWREF(OBJ(&StructTimeType))) < 0) return -1;
    static const struct { const char *name; long v; } clocks[] = {
        {"CLOCK_REALTIME", CLOCK_REALTIME}, {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
        {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW}, {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
        {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
        {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
    };
    for (size_t i = 0; i < sizeof clocks / sizeof *clocks; i++)
        if (module_add(m, clocks[i].name, int_from_long(clocks[i].v)) < 0) return -1;
    return add_timezone(m);
}

ModuleDef time_module_def = {
    "time",
    "This module provides various functions to manipulate time values.",
    time_methods, time_init
};
