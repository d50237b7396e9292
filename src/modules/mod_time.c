/* mod_time.c: the `time` module: the clocks (time, perf_counter,
 * monotonic, process_time and their _ns forms), an interruptible sleep,
 * and the struct_time conversions (gmtime, localtime, mktime, strftime,
 * asctime, ctime) over the C library's. */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "memory/mem.h"
#include "modules/mod_sys.h"
#include "modules/mod_time.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/module.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"

// ---------------------------------------------------------------------------
// Clocks.
// ---------------------------------------------------------------------------

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

// One clock function: `id`'s reading in seconds (a float) or nanoseconds.
static Obj *read_clock(Vm *vm, const char *fname, size_t nargs, Obj *kwnames, clockid_t id,
                       bool ns) {
    if (args_check(vm, fname, nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    int64_t t = clock_ns(id);
    return ns ? int_from_i64(vm, t) : float_from_double(vm, (double)t * 1e-9);
}

#define CLOCK_FUNC(name, id, ns)                                                                   \
    static Obj *modtime_py_##name(Vm *vm, Obj *self, Obj *const *args, size_t nargs,               \
                                  Obj *kwnames) {                                                  \
        OURO_UNUSED(self);                                                                         \
        OURO_UNUSED(args);                                                                         \
        return read_clock(vm, "time." #name, nargs, kwnames, id, ns);                              \
    }
CLOCK_FUNC(time, CLOCK_REALTIME, false)
CLOCK_FUNC(time_ns, CLOCK_REALTIME, true)
CLOCK_FUNC(perf_counter, CLOCK_MONOTONIC, false)
CLOCK_FUNC(perf_counter_ns, CLOCK_MONOTONIC, true)
CLOCK_FUNC(monotonic, CLOCK_MONOTONIC, false)
CLOCK_FUNC(monotonic_ns, CLOCK_MONOTONIC, true)
CLOCK_FUNC(process_time, CLOCK_PROCESS_CPUTIME_ID, false)
CLOCK_FUNC(process_time_ns, CLOCK_PROCESS_CPUTIME_ID, true)
#undef CLOCK_FUNC

// sleep(secs): nanosleep is never restarted after a signal, so Ctrl-C ends
// it at once with KeyboardInterrupt; other signals resume the remainder.
static Obj *modtime_py_sleep(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    double secs;
    if (args_check(vm, "time.sleep", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!int_check(args[0]) && !float_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         obj_type_name(args[0]));
    }
    if (num_as_double(vm, args[0], &secs) < 0) {
        return NULL;
    }
    if (isnan(secs)) {
        return err_raise(vm, &exc_ValueError, "Invalid value NaN (not a number)");
    }
    if (secs < 0) {
        return err_raise(vm, &exc_ValueError, "sleep length must be non-negative");
    }
    if (secs > 9.2e9) {
        return err_raise(vm, &exc_OverflowError, "sleep length is too large");
    }
    struct timespec req = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    struct timespec rem;
    while (nanosleep(&req, &rem) < 0 && errno == EINTR) {
        if (vm_take_interrupt()) {
            return err_raise_obj(vm, &exc_KeyboardInterrupt, NULL);
        }
        req = rem;
    }
    return obj_newref(OBJ_NONE);
}

// ---------------------------------------------------------------------------
// struct_time.
// ---------------------------------------------------------------------------

static const char *const tm_fields[] = {
    "tm_year", "tm_mon",  "tm_mday",  "tm_hour", "tm_min",    "tm_sec",
    "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff",
};
static StructSeqDesc structtime_desc = {"struct_time", "time", tm_fields, 9,   11,
                                        NULL,          {{0}},  NULL,      NULL};

// A struct_time for `tm`, with Python's conventions: Monday is weekday 0,
// months and year days count from 1.
static Obj *struct_time_new(Vm *vm, const struct tm *tm) {
    Obj *items[11];
    int64_t ints[9] = {(int64_t)tm->tm_year + 1900,
                       tm->tm_mon + 1,
                       tm->tm_mday,
                       tm->tm_hour,
                       tm->tm_min,
                       tm->tm_sec,
                       (tm->tm_wday + 6) % 7,
                       tm->tm_yday + 1,
                       tm->tm_isdst};
    for (int i = 0; i < 9; i++) {
        items[i] = int_from_i64(vm, ints[i]);
    }
    items[9] = tm->tm_zone != NULL ? str_from_cstr(vm, tm->tm_zone) : obj_newref(OBJ_NONE);
    items[10] = int_from_i64(vm, tm->tm_gmtoff);
    return modsys_structseq_new_steal(vm, &structtime_desc, items);
}

// The seconds argument of gmtime/localtime/ctime: now when absent or None,
// else an int or float rounded toward minus infinity.
static int seconds_arg(Vm *vm, const char *fname, size_t nargs, Obj *kwnames, Obj *const *args,
                       time_t *out) {
    if (args_check(vm, fname, nargs, kwnames, 0, 1) < 0) {
        return -1;
    }
    if (nargs == 0 || args[0] == OBJ_NONE) {
        *out = time(NULL);
        return 0;
    }
    double d;
    if (float_check(args[0])) {
        d = floor(float_value(args[0]));
        if (isnan(d)) {
            err_raise(vm, &exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
    } else if (int_check(args[0])) {
        if (num_as_double(vm, args[0], &d) < 0) {
            err_clear(vm);
            d = INFINITY;
        }
    } else {
        err_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  obj_type_name(args[0]));
        return -1;
    }
    if (!(d >= -9.2e18 && d <= 9.2e18)) {
        err_raise(vm, &exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)d;
    return 0;
}

// gmtime and localtime: `convert` is gmtime_r or localtime_r.
static Obj *broken_down(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                        struct tm *(*convert)(const time_t *, struct tm *)) {
    time_t t;
    if (seconds_arg(vm, fname, nargs, kwnames, args, &t) < 0) {
        return NULL;
    }
    struct tm tm;
    if (convert(&t, &tm) == NULL) {
        return err_raise(vm, &exc_OverflowError, "timestamp out of range for platform time_t");
    }
    return struct_time_new(vm, &tm);
}

static Obj *modtime_py_gmtime(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return broken_down(vm, "gmtime", args, nargs, kwnames, gmtime_r);
}

static Obj *modtime_py_localtime(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return broken_down(vm, "localtime", args, nargs, kwnames, localtime_r);
}

// The C struct tm for a struct_time or 9-tuple `o` (CPython's gettmarg).
// `fname` names the function in the TypeError. Returns 0 or -1.
static int tm_from_tuple(Vm *vm, const char *fname, Obj *o, struct tm *tm) {
    if (!tuple_check(o) || tuple_len(o) != 9) {
        if (tuple_check(o)) {
            err_raise(vm, &exc_TypeError, "%s(): illegal time tuple argument", fname);
        } else {
            err_raise(vm, &exc_TypeError, "Tuple or struct_time argument required");
        }
        return -1;
    }
    int64_t v[9];
    for (int i = 0; i < 9; i++) {
        if (obj_as_ssize(vm, tuple_get_borrow(o, (size_t)i), &v[i]) < 0) {
            return -1;
        }
    }
    *tm = (struct tm){0};
    tm->tm_year = (int)(v[0] - 1900);
    tm->tm_mon = (int)v[1] - 1;
    tm->tm_mday = (int)v[2];
    tm->tm_hour = (int)v[3];
    tm->tm_min = (int)v[4];
    tm->tm_sec = (int)v[5];
    tm->tm_wday = (int)((v[6] + 1) % 7);
    tm->tm_yday = (int)v[7] - 1;
    tm->tm_isdst = (int)v[8];
    if (obj_type(o) == structtime_desc.type) {
        // The zone of a struct_time from gmtime/localtime, for %Z and %z.
        Obj *zone = ((TupleObj *)o)->items[9];
        Obj *off = ((TupleObj *)o)->items[10];
        tm->tm_zone = str_check(zone) ? str_cstr(zone) : NULL;
        int64_t gmtoff = 0;
        if (int_check(off) && int_as_i64(vm, off, &gmtoff) == 0) {
            tm->tm_gmtoff = (long)gmtoff;
        }
        err_clear(vm);
    }
    return 0;
}

// The time tuple argument at `args[i]`, or localtime() when absent.
static int tm_arg(Vm *vm, const char *fname, Obj *const *args, size_t nargs, size_t i,
                  struct tm *tm) {
    if (nargs > i) {
        return tm_from_tuple(vm, fname, args[i], tm);
    }
    time_t now = time(NULL);
    localtime_r(&now, tm);
    return 0;
}

static Obj *modtime_py_mktime(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    struct tm tm;
    if (args_check(vm, "mktime", nargs, kwnames, 1, 1) < 0 ||
        tm_from_tuple(vm, "mktime", args[0], &tm) < 0) {
        return NULL;
    }
    tm.tm_wday = -1; // mktime sets it on success, even for (time_t)-1
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        return err_raise(vm, &exc_OverflowError, "mktime argument out of range");
    }
    return float_from_double(vm, (double)t);
}

static Obj *modtime_py_strftime(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    struct tm tm;
    if (args_check(vm, "strftime", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "strftime() argument 1 must be str, not %s",
                         obj_type_name(args[0]));
    }
    if (tm_arg(vm, "strftime", args, nargs, 1, &tm) < 0) {
        return NULL;
    }
    const char *fmt = str_cstr(args[0]);
    if (*fmt == '\0') {
        return str_from_cstr(vm, "");
    }
    // strftime returns 0 both for "no room" and for an empty result: grow
    // the buffer up to a bound that only an empty result can reach.
    size_t fmtlen = str_len(args[0]);
    for (size_t size = 256; size <= 256 * (fmtlen + 1); size *= 2) {
        char *buf = mem_alloc(size);
        if (buf == NULL) {
            return err_nomemory(vm);
        }
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0 || size * 2 > 256 * (fmtlen + 1)) {
            Obj *res = str_from_utf8(vm, buf, n);
            mem_free(buf);
            return res;
        }
        mem_free(buf);
    }
    return str_from_cstr(vm, "");
}

// "Thu Jan  1 00:00:00 1970", formatted by hand as CPython does.
static Obj *format_asctime(Vm *vm, const struct tm *tm) {
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int wd = tm->tm_wday >= 0 && tm->tm_wday < 7 ? tm->tm_wday : 0;
    int mo = tm->tm_mon >= 0 && tm->tm_mon < 12 ? tm->tm_mon : 0;
    return str_from_fmt(vm, "%s %s%3d %.2d:%.2d:%.2d %d", wday[wd], mon[mo], tm->tm_mday,
                        tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_year + 1900);
}

static Obj *modtime_py_asctime(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    struct tm tm;
    if (args_check(vm, "asctime", nargs, kwnames, 0, 1) < 0 ||
        tm_arg(vm, "asctime", args, nargs, 0, &tm) < 0) {
        return NULL;
    }
    return format_asctime(vm, &tm);
}

static Obj *modtime_py_ctime(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    time_t t;
    struct tm tm;
    if (seconds_arg(vm, "ctime", nargs, kwnames, args, &t) < 0) {
        return NULL;
    }
    if (localtime_r(&t, &tm) == NULL) {
        return err_raise(vm, &exc_OverflowError, "timestamp out of range for platform time_t");
    }
    return format_asctime(vm, &tm);
}

// ---------------------------------------------------------------------------
// The module.
// ---------------------------------------------------------------------------

#define DEF(name, doc)                                                                             \
    { #name, modtime_py_##name, METH_DEFAULT, doc }
static const MethodDef modtime_functions[] = {
    DEF(time, "Seconds since the Epoch, as a float."),
    DEF(time_ns, "Nanoseconds since the Epoch."),
    DEF(perf_counter, "A high-resolution clock for measuring durations."),
    DEF(perf_counter_ns, "perf_counter() in nanoseconds."),
    DEF(monotonic, "A clock that never goes backwards."),
    DEF(monotonic_ns, "monotonic() in nanoseconds."),
    DEF(process_time, "CPU time of the process."),
    DEF(process_time_ns, "process_time() in nanoseconds."),
    DEF(sleep, "Sleep for a number of seconds."),
    DEF(gmtime, "UTC struct_time of a timestamp."),
    DEF(localtime, "Local struct_time of a timestamp."),
    DEF(mktime, "Timestamp of a local struct_time."),
    DEF(strftime, "Format a struct_time."),
    DEF(asctime, "'Thu Jan  1 00:00:00 1970' for a struct_time."),
    DEF(ctime, "asctime(localtime(secs))."),
    {NULL, NULL, 0, NULL},
};
#undef DEF

// timezone, altzone, daylight and tzname from the C library's tzset().
static int add_zone_values(Vm *vm, Obj *d) {
    tzset();
    Obj *names = tuple_pack2_steal(vm, str_from_cstr(vm, tzname[0]), str_from_cstr(vm, tzname[1]));
    Obj *values[4] = {int_from_i64(vm, timezone),
                      int_from_i64(vm, daylight ? timezone - 3600 : timezone),
                      int_from_i64(vm, daylight), names};
    static const char *const keys[4] = {"timezone", "altzone", "daylight", "tzname"};
    int rc = 0;
    for (int i = 0; i < 4; i++) {
        if (rc == 0 && (values[i] == NULL || dict_set_cstr(vm, d, keys[i], values[i]) < 0)) {
            rc = -1;
        }
        obj_xdecref(values[i]);
    }
    return rc;
}

Obj *modtime_init(Vm *vm) {
    Obj *m = module_create_builtin(vm, "time", modtime_functions);
    if (m == NULL) {
        return NULL;
    }
    // The module's dict owns the struct_time class.
    Obj *d = module_dict(m);
    Obj *type = modsys_structseq_new_type(vm, &structtime_desc);
    int rc = type != NULL ? dict_set_cstr(vm, d, "struct_time", type) : -1;
    obj_xdecref(type);
    if (rc < 0 || add_zone_values(vm, d) < 0) {
        return NULL;
    }
    return m;
}
