/* exc_unicode.c: the codec errors UnicodeDecodeError and UnicodeEncodeError.
 * Their five constructor arguments become attributes of the instance (in
 * its attribute table, so `e.start = 0` changes what str(e) says, as in
 * CPython), and str(e) is computed from those attributes each time. */
#include "exc_unicode.h"

#include "bytesobj.h"
#include "exc.h"
#include "intobj.h"
#include "str.h"
#include "tuple.h"

// The attribute names, in constructor order.
static const char *const attr_names[5] = {"encoding", "object", "start", "end", "reason"};

// UnicodeDecodeError / UnicodeEncodeError.__init__(encoding, object, start,
// end, reason): `object` must be bytes-like (kept as bytes) for a decode
// error and a str for an encode error, with CPython's messages.
static int unicode_error_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (exc_BaseException.init(vm, self, args, nargs, kwnames) < 0) {
        return -1;
    }
    if (nargs != 5) {
        err_raise(vm, &exc_TypeError, "function takes exactly 5 arguments (%zu given)", nargs);
        return -1;
    }
    bool decode = obj_is_instance(self, &exc_UnicodeDecodeError);
    for (int i = 0; i < 5; i += 4) {
        if (!str_check(args[i])) {
            err_raise(vm, &exc_TypeError, "argument %d must be str, not %s", i + 1,
                      obj_type_name(args[i]));
            return -1;
        }
    }
    Obj *object = NULL;
    int64_t pos[2];
    const char *d;
    size_t n;
    if (decode) {
        if (!bytes_like_view(args[1], &d, &n)) {
            err_raise(vm, &exc_TypeError, "a bytes-like object is required, not '%s'",
                      obj_type_name(args[1]));
            return -1;
        }
        object = bytes_check(args[1]) ? obj_newref(args[1]) : bytes_from_data(vm, d, n);
    } else if (!str_check(args[1])) {
        err_raise(vm, &exc_TypeError, "argument 2 must be str, not %s", obj_type_name(args[1]));
        return -1;
    } else {
        object = obj_newref(args[1]);
    }
    if (object == NULL || obj_as_ssize(vm, args[2], &pos[0]) < 0 ||
        obj_as_ssize(vm, args[3], &pos[1]) < 0) {
        obj_xdecref(object);
        return -1;
    }
    int rc = 0;
    for (int i = 0; i < 5 && rc == 0; i++) {
        Obj *name = str_from_cstr(vm, attr_names[i]);
        rc = name != NULL ? obj_setattr(vm, self, name, i == 1 ? object : args[i]) : -1;
        obj_xdecref(name);
    }
    obj_decref(object);
    return rc;
}

// The attributes str() needs: NULL in `out[i]` when one is missing or of
// the wrong type (str() is then "", as CPython's for a half-built error).
static bool get_parts(Vm *vm, Obj *self, Obj *out[5], int64_t *start, int64_t *end) {
    bool ok = true;
    for (int i = 0; i < 5; i++) {
        out[i] = obj_getattr_cstr(vm, self, attr_names[i]);
        if (out[i] == NULL) {
            err_clear(vm);
            ok = false;
        }
    }
    if (!ok || !str_check(out[0]) || !str_check(out[4]) || !int_check(out[2]) ||
        !int_check(out[3]) || obj_as_ssize(vm, out[2], start) < 0 ||
        obj_as_ssize(vm, out[3], end) < 0) {
        err_clear(vm);
        return false;
    }
    return true;
}

// CPython's UnicodeDecodeError.__str__ / UnicodeEncodeError.__str__: one
// offending byte or character is shown, a longer run as a position range.
static Obj *unicode_error_str(Vm *vm, Obj *self) {
    Obj *p[5];
    int64_t start, end;
    Obj *r = NULL;
    bool decode = obj_is_instance(self, &exc_UnicodeDecodeError);
    if (!get_parts(vm, self, p, &start, &end) || (decode ? !bytes_check(p[1]) : !str_check(p[1]))) {
        r = str_from_cstr(vm, "");
        goto done;
    }
    // The positions are shown as stored, even outside the object (CPython
    // 3.11 clamps them only in its C accessors).
    int64_t len = (int64_t)(decode ? bytes_len(p[1]) : str_len(p[1]));
    const char *verb = decode ? "decode" : "encode";
    if (start >= 0 && start < len && end == start + 1) {
        if (decode) {
            unsigned char c = (unsigned char)bytes_data(p[1])[start];
            r = str_from_fmt(vm, "'%S' codec can't decode byte 0x%02x in position %lld: %S", p[0],
                             (unsigned)c, (long long)start, p[4]);
        } else {
            uint32_t c = str_codepoint_at(p[1], (size_t)start);
            const char *fmt = c <= 0xff     ? "'%S' codec can't encode character '\\x%02x' in "
                                              "position %lld: %S"
                              : c <= 0xffff ? "'%S' codec can't encode character '\\u%04x' in "
                                              "position %lld: %S"
                                            : "'%S' codec can't encode character '\\U%08x' in "
                                              "position %lld: %S";
            r = str_from_fmt(vm, fmt, p[0], (unsigned)c, (long long)start, p[4]);
        }
    } else {
        r = str_from_fmt(vm, "'%S' codec can't %s %s in position %lld-%lld: %S", p[0], verb,
                         decode ? "bytes" : "characters", (long long)start, (long long)(end - 1),
                         p[4]);
    }
done:
    for (int i = 0; i < 5; i++) {
        obj_xdecref(p[i]);
    }
    return r;
}

void excu_setup_types(void) {
    exc_UnicodeDecodeError.init = unicode_error_init;
    exc_UnicodeDecodeError.str = unicode_error_str;
    exc_UnicodeEncodeError.init = unicode_error_init;
    exc_UnicodeEncodeError.str = unicode_error_str;
}

// Builds type(encoding, object, start, end, reason) (stealing `object`)
// and makes it the pending exception.
static Obj *raise_with(Vm *vm, TypeObj *type, const char *encoding, STEALS Obj *object,
                       size_t start, size_t end, const char *reason) {
    Obj *a[5] = {NULL, object, NULL, NULL, NULL};
    Obj *exc = NULL;
    if (a[1] == NULL || (a[0] = str_from_cstr(vm, encoding)) == NULL ||
        (a[2] = int_from_u64(vm, start)) == NULL || (a[3] = int_from_u64(vm, end)) == NULL ||
        (a[4] = str_from_cstr(vm, reason)) == NULL) {
        goto done;
    }
    exc = obj_call(vm, (Obj *)type, a, 5, NULL);
    if (exc != NULL) {
        err_set(vm, exc);
    }
done:
    for (int i = 0; i < 5; i++) {
        obj_xdecref(a[i]);
    }
    obj_xdecref(exc);
    return NULL;
}

NEWREF Obj *excu_raise_decode(Vm *vm, const char *encoding, const char *data, size_t len,
                              size_t start, size_t end, const char *reason) {
    return raise_with(vm, &exc_UnicodeDecodeError, encoding, bytes_from_data(vm, data, len), start,
                      end, reason);
}

NEWREF Obj *excu_raise_encode(Vm *vm, const char *encoding, Obj *s, size_t start, size_t end,
                              const char *reason) {
    return raise_with(vm, &exc_UnicodeEncodeError, encoding, obj_newref(s), start, end, reason);
}
