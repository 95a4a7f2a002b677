/* timemodule.c — the time module: clocks, sleeping, and conversions between timestamps, broken-
 * down times (time.struct_time) and text, as CPython 3.11 on Linux.
 *
 * Clocks are clock_gettime's (time: REALTIME; monotonic and perf_counter: MONOTONIC;
 * process_time: PROCESS_CPUTIME_ID).  Float results are seconds as CPython computes them from
 * nanoseconds.  struct_time is a struct sequence of 9 visible fields plus tm_zone and tm_gmtoff
 * (hidden, as in CPython).  Conversions use the C library (localtime_r, gmtime_r, mktime,
 * strftime), so the text is the platform's, as CPython's is; argument checks and messages follow
 * CPython's gettmarg/checktm.  Not provided: strptime (CPython's is the Python module
 * _strptime), get_clock_info, tzset. */
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

/* Seconds as a float: exact for whole seconds, else ns / 1e9 (CPython's _PyTime_AsSecondsDouble). */
static Object *seconds(int64_t ns) {
    if (ns % 1000000000 == 0) return float_from_double((double)(ns / 1000000000));
    return float_from_double((double)ns / 1e9);
}

static Object *time_time(Object *self, Object *u) { return seconds(clock_ns(CLOCK_REALTIME)); }
static Object *time_time_ns(Object *self, Object *u) {
    return int_from_long(clock_ns(CLOCK_REALTIME));
}
static Object *time_monotonic(Object *self, Object *u) { return seconds(clock_ns(CLOCK_MONOTONIC)); }
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
        if (isnan(d)) { err_format(&Exc_ValueError, "Invalid value NaN (not a number)"); return -1; }
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
        if (isnan(d)) { err_format(&Exc_ValueError, "Invalid value NaN (not a number)"); return -1; }
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
