/* bytes_percent.c: `bytes % args` (PEP 461). %s / %b take bytes-like
 * values, %r / %a their ascii(), %c one byte; the numeric conversions are
 * delegated to str's formatter one spec at a time, since their output is
 * ASCII and their errors are the same as str's. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "bytes_impl.h"
#include "exc.h"
#include "fmtspec.h"
#include "intobj.h"
#include "runtime.h"
#include "tuple.h"

typedef struct BPctState {
    Obj *args;     // the right operand
    Obj *dict;     // mapping for %(name)s, or NULL
    int64_t count; // items when args is a tuple; -1 for a single value
    int64_t next;  // next tuple item; for a single value 0 before use, 1 after
} BPctState;

static Obj *next_arg(Vm *vm, BPctState *st) {
    if (st->count >= 0) {
        if (st->next < st->count) {
            return tuple_get_borrow(st->args, (size_t)st->next++);
        }
    } else if (st->next == 0) {
        st->next = 1;
        return st->args;
    }
    return err_raise(vm, &exc_TypeError, "not enough arguments for format string");
}

// Appends `n` octets of `d` padded with spaces to `width` (left-aligned
// when `left`). 0 or -1.
static int emit_padded(StrBuf *b, const char *d, size_t n, int64_t width, bool left) {
    int64_t pad = width > (int64_t)n ? width - (int64_t)n : 0;
    if ((!left && fmtspec_append_fill(b, " ", 1, pad) < 0) || strbuf_append(b, d, n) < 0 ||
        (left && fmtspec_append_fill(b, " ", 1, pad) < 0)) {
        return -1;
    }
    return 0;
}

// The octets of %s / %b: a bytes-like value, or what its __bytes__ returns.
// `*holder` receives a new reference that keeps the octets alive.
static int bytes_of(Vm *vm, Obj *v, const char **d, size_t *n, Obj **holder) {
    *holder = NULL;
    if (bytes_like_view(v, d, n)) {
        return 0;
    }
    Obj *r = bytesimpl_from_dunder(vm, v);
    if (r == NULL) {
        if (!err_occurred(vm)) {
            err_raise(vm, &exc_TypeError,
                      "%%b requires a bytes-like object, or an object that implements "
                      "__bytes__, not '%s'",
                      obj_type_name(v));
        }
        return -1;
    }
    *holder = r;
    *d = bytes_data(r);
    *n = bytes_len(r);
    return 0;
}

// %c: an int in range(256) or a bytes-like object of length 1.
static int char_of(Vm *vm, Obj *v, char *out) {
    const char *d;
    size_t n;
    if (bytes_like_view(v, &d, &n)) {
        if (n == 1) {
            *out = d[0];
            return 0;
        }
    } else if (int_check(v)) {
        int64_t i;
        if (int_as_i64(vm, v, &i) < 0 || i < 0 || i > 255) {
            err_clear(vm);
            err_raise(vm, &exc_OverflowError, "%%c arg not in range(256)");
            return -1;
        }
        *out = (char)i;
        return 0;
    }
    err_raise(vm, &exc_TypeError, "%%c requires an integer in range(256) or a single byte");
    return -1;
}

// A numeric conversion through str's formatter: the spec is rebuilt from
// the flags text, with the resolved width and precision ('*' already read)
// passed as '*' arguments so that any size behaves as it does for str.
static int emit_numeric(Vm *vm, StrBuf *b, const char *flags, size_t nflags, bool left,
                        int64_t width, int64_t prec, char conv, Obj *v) {
    char spec[40];
    int len = snprintf(spec, sizeof spec, "%%%.*s%s%s%s%c", (int)(nflags < 16 ? nflags : 16), flags,
                       left ? "-" : "", width >= 0 ? "*" : "", prec >= 0 ? ".*" : "", conv);
    Obj *items[3];
    size_t n = 0;
    Obj *fmt = NULL, *args = NULL, *r = NULL;
    int64_t nums[2];
    size_t k = 0;
    if (width >= 0) {
        nums[k++] = width;
    }
    if (prec >= 0) {
        nums[k++] = prec;
    }
    for (size_t i = 0; i < k; i++, n++) {
        if ((items[n] = int_from_i64(vm, nums[i])) == NULL) {
            goto done;
        }
    }
    items[n++] = obj_newref(v);
    fmt = str_from_utf8(vm, spec, (size_t)len);
    args = fmt == NULL ? NULL : tuple_pack(vm, n, items);
    r = args == NULL ? NULL : str_percent_format(vm, fmt, args);
done:
    for (size_t i = 0; i < n; i++) {
        obj_xdecref(items[i]);
    }
    obj_xdecref(fmt);
    obj_xdecref(args);
    if (r == NULL) {
        return -1;
    }
    int rc = strbuf_append_str(b, r);
    obj_decref(r);
    return rc;
}

// A width or precision (`is_prec`): digits, or '*' taking an int argument.
// As in CPython, a width may be any Py_ssize_t, a precision a C int. 0 or -1.
static int read_num(Vm *vm, const char **pp, const char *end, BPctState *st, bool is_prec,
                    int64_t *out) {
    const char *p = *pp;
    if (p < end && *p == '*') {
        Obj *v = next_arg(vm, st);
        if (v == NULL) {
            return -1;
        }
        if (!int_check(v)) {
            err_raise(vm, &exc_TypeError, "* wants int");
            return -1;
        }
        if ((is_prec ? fmtspec_as_cint(vm, v, out) : obj_as_ssize(vm, v, out)) < 0) {
            return -1;
        }
        *pp = p + 1;
        return 0;
    }
    int64_t n = -1;
    while (p < end && *p >= '0' && *p <= '9') {
        int64_t limit = is_prec ? INT_MAX : INT64_MAX;
        if (n > (limit - (*p - '0')) / 10) {
            err_raise(vm, &exc_ValueError, is_prec ? "prec too big" : "width too big");
            return -1;
        }
        n = (n < 0 ? 0 : n) * 10 + (*p++ - '0');
    }
    *out = n;
    *pp = p;
    return 0;
}

// The value of a %(name) key: the bytes between the parentheses looked up
// in the mapping. NULL with an error pending.
static Obj *mapping_arg(Vm *vm, const char **pp, const char *end, BPctState *st) {
    const char *p = *pp + 1, *start = p;
    int depth = 1;
    while (p < end && depth > 0) {
        depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
        p++;
    }
    if (depth > 0) {
        return err_raise(vm, &exc_ValueError, "incomplete format key");
    }
    if (st->dict == NULL) {
        return err_raise(vm, &exc_TypeError, "format requires a mapping");
    }
    Obj *key = bytes_from_data(vm, start, (size_t)(p - 1 - start));
    if (key == NULL) {
        return NULL;
    }
    Obj *v = obj_getitem(vm, st->dict, key);
    obj_decref(key);
    *pp = p;
    return v;
}

// One conversion starting after its '%' at `*pp`. 0 or -1.
static int convert_one(Vm *vm, StrBuf *b, const char *fmt, const char **pp, const char *end,
                       BPctState *st) {
    const char *p = *pp;
    Obj *v = NULL, *held = NULL;
    int rc = -1;
    if (p < end && *p == '(') {
        if ((v = mapping_arg(vm, &p, end, st)) == NULL) {
            return -1;
        }
    }
    bool left = false;
    const char *flags = p;
    while (p < end && strchr("-+ #0", *p) != NULL) {
        left = left || *p == '-';
        p++;
    }
    const char *flags_end = p;
    int64_t width = -1, prec = -1;
    if (read_num(vm, &p, end, st, false, &width) < 0) {
        goto done;
    }
    if (width < -1) { // a negative '*' width means left alignment
        left = true;
        width = -width;
    }
    if (p < end && *p == '.') {
        p++;
        if (read_num(vm, &p, end, st, true, &prec) < 0) {
            goto done;
        }
        prec = prec < 0 ? 0 : prec;
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) {
        p++;
    }
    if (p >= end) {
        err_raise(vm, &exc_ValueError, "incomplete format");
        goto done;
    }
    char conv = *p++;
    // Only a bare "%%" is a literal percent; "%5%" takes an argument and is
    // then an unsupported conversion, as in CPython.
    if (conv == '%' && p == *pp + 1) {
        rc = strbuf_append_char(b, '%');
        goto done;
    }
    if (v == NULL) {
        Obj *a = next_arg(vm, st);
        if (a == NULL) {
            goto done;
        }
        v = obj_newref(a);
    }
    const char *d;
    size_t n;
    char c;
    switch (conv) {
        case 's':
        case 'b':
            if (bytes_of(vm, v, &d, &n, &held) == 0) {
                rc = emit_padded(b, d, prec >= 0 && (size_t)prec < n ? (size_t)prec : n, width,
                                 left);
            }
            break;
        case 'r':
        case 'a':
            held = str_ascii(vm, v);
            if (held != NULL) {
                n = str_size(held);
                rc = emit_padded(b, str_cstr(held),
                                 prec >= 0 && (size_t)prec < n ? (size_t)prec : n, width, left);
            }
            break;
        case 'c':
            if (char_of(vm, v, &c) == 0) {
                rc = emit_padded(b, &c, 1, width, left);
            }
            break;
        default:
            if (strchr("diouxXeEfFgG", conv) == NULL) {
                err_raise(
                    vm, &exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                    (int)(unsigned char)conv, (unsigned)(unsigned char)conv, (size_t)(p - 1 - fmt));
                break;
            }
            rc =
                emit_numeric(vm, b, flags, (size_t)(flags_end - flags), left, width, prec, conv, v);
            break;
    }
done:
    obj_xdecref(v);
    obj_xdecref(held);
    *pp = p;
    return rc;
}

NEWREF Obj *bytesimpl_percent(Vm *vm, Obj *self, Obj *args) {
    const char *fmt, *d;
    size_t n, an;
    bytes_like_view(self, &fmt, &n);
    BPctState st = {args, NULL, -1, 0};
    if (tuple_check(args)) {
        st.count = (int64_t)tuple_len(args);
    } else if (obj_type(args)->getitem != NULL && !bytes_like_view(args, &d, &an) &&
               !str_check(args)) {
        st.dict = args;
    }
    // The format is copied: a bytearray format could change while
    // __bytes__ or __index__ methods of the arguments run.
    Obj *copy = bytes_from_data(vm, fmt, n);
    if (copy == NULL) {
        return NULL;
    }
    fmt = bytes_data(copy);
    const char *p = fmt, *end = fmt + n;
    StrBuf b;
    strbuf_init(&b);
    while (p < end) {
        const char *pct = memchr(p, '%', (size_t)(end - p));
        if (pct == NULL) {
            pct = end;
        }
        if (strbuf_append(&b, p, (size_t)(pct - p)) < 0) {
            goto fail;
        }
        p = pct;
        if (p < end) {
            p++;
            if (convert_one(vm, &b, fmt, &p, end, &st) < 0) {
                goto fail;
            }
        }
    }
    if (st.dict == NULL &&
        ((st.count >= 0 && st.next < st.count) || (st.count < 0 && st.next == 0))) {
        err_raise(vm, &exc_TypeError, "not all arguments converted during bytes formatting");
        goto fail;
    }
    obj_decref(copy);
    return bytesimpl_finish(vm, self, &b);
fail:
    obj_decref(copy);
    strbuf_free(&b);
    return NULL;
}
