/* mod_array.c: the `array` module and the array.array type: the typecode
 * table, conversions between Python values and machine items (with
 * CPython 3.11's messages), construction, repr, comparison, indexing and
 * slicing, and the + and * operators. The named methods (append, pop,
 * tobytes, ...) are in mod_array_methods.c. */
#include <string.h>

#include "memory/mem.h"
#include "modules/mod_array_impl.h"
#include "modules/mod_binascii.h"
#include "modules/mod_math.h"
#include "objects/args.h"
#include "objects/bytesobj.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intimpl.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/module.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

static const ArrayDesc descs[] = {
    {'b', 1, ARR_SIGNED},   {'B', 1, ARR_UNSIGNED}, {'u', 4, ARR_UNICODE},  {'h', 2, ARR_SIGNED},
    {'H', 2, ARR_UNSIGNED}, {'i', 4, ARR_SIGNED},   {'I', 4, ARR_UNSIGNED}, {'l', 8, ARR_SIGNED},
    {'L', 8, ARR_UNSIGNED}, {'q', 8, ARR_SIGNED},   {'Q', 8, ARR_UNSIGNED}, {'f', 4, ARR_FLOAT},
    {'d', 8, ARR_FLOAT},
};

bool modarray_check(const Obj *o) {
    return obj_type(o) == &array_type;
}

bool modarray_view(const Obj *o, const char **data, size_t *len) {
    if (!modarray_check(o)) {
        return false;
    }
    const ArrayObj *a = (const ArrayObj *)o;
    *data = a->data != NULL ? a->data : "";
    *len = a->len * a->desc->itemsize;
    return true;
}

Obj *modarray_new(Vm *vm, const ArrayDesc *desc, size_t cap) {
    size_t bytes;
    if (!mem_mul_ok(cap, desc->itemsize, &bytes) || bytes > (size_t)INT64_MAX) {
        return err_nomemory(vm);
    }
    ArrayObj *a = (ArrayObj *)obj_new(vm, &array_type, sizeof(ArrayObj));
    if (a == NULL) {
        return NULL;
    }
    a->desc = desc;
    if (cap > 0) {
        a->data = mem_alloc(bytes);
        if (a->data == NULL) {
            obj_decref((Obj *)a);
            return NULL;
        }
        a->cap = cap;
    }
    return (Obj *)a;
}

int modarray_resize(Vm *vm, ArrayObj *a, size_t len) {
    size_t isz = a->desc->itemsize;
    if (a->exports > 0 && len != a->len) {
        err_raise(vm, &exc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    if (len > a->cap || len < a->cap / 4) {
        // Over-allocate by an eighth like list, so appending is amortized O(1).
        size_t cap = len + (len >> 3) + (len < 9 ? 3 : 6);
        size_t bytes;
        if (!mem_mul_ok(cap, isz, &bytes) || bytes > (size_t)INT64_MAX) {
            err_nomemory(vm);
            return -1;
        }
        char *data = mem_realloc(a->data, bytes);
        if (data == NULL) {
            return -1;
        }
        a->data = data;
        a->cap = cap;
    }
    if (len > a->len) {
        memset(a->data + a->len * isz, 0, (len - a->len) * isz);
    }
    a->len = len;
    return 0;
}

int modarray_append_raw(Vm *vm, ArrayObj *a, const char *data, size_t n) {
    size_t old = a->len, isz = a->desc->itemsize;
    if (n == 0) {
        return 0;
    }
    // `data` may be this array's own buffer (a.frombytes(a)), which the
    // resize can move: remember it as an offset.
    bool own = a->data != NULL && data >= a->data && data < a->data + a->cap * isz;
    size_t from = own ? (size_t)(data - a->data) : 0;
    if (modarray_resize(vm, a, old + n / isz) < 0) {
        return -1;
    }
    memmove(a->data + old * isz, own ? a->data + from : data, n);
    return 0;
}

// ---------------------------------------------------------------------------
// Items: machine values <-> Python values.
// ---------------------------------------------------------------------------

Obj *modarray_char(Vm *vm, uint32_t cp) {
    if (cp > 0x10FFFF) {
        return err_raise(vm, &exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]",
                         (unsigned)cp);
    }
    return str_from_codepoint(vm, cp);
}

Obj *modarray_item(Vm *vm, const ArrayObj *a, size_t i) {
    const ArrayDesc *d = a->desc;
    const char *p = a->data + i * d->itemsize;
    uint64_t bits = 0;
    // Little-endian hosts only (x86-64, aarch64): the low bytes come first.
    memcpy(&bits, p, d->itemsize);
    switch (d->kind) {
        case ARR_UNICODE:
            return str_from_codepoint(vm, (uint32_t)bits); // "chr() arg not in range", as CPython
        case ARR_FLOAT:
            if (d->itemsize == 4) {
                float f;
                memcpy(&f, p, 4);
                return float_from_double(vm, f);
            } else {
                double v;
                memcpy(&v, p, 8);
                return float_from_double(vm, v);
            }
        case ARR_SIGNED: {
            int shift = 64 - 8 * d->itemsize; // sign-extend from the item's width
            return int_from_i64(vm, (int64_t)(bits << shift) >> shift);
        }
        default:
            return int_from_u64(vm, bits);
    }
}

static int overflow(Vm *vm, const char *what, bool too_small) {
    err_raise(vm, &exc_OverflowError, "%s is %s", what,
              too_small ? "less than minimum" : "greater than maximum");
    return -1;
}

// Checks `v` against [lo, hi], naming the C type in the message.
static int range_check(Vm *vm, int64_t v, int64_t lo, int64_t hi, const char *what) {
    return v < lo ? overflow(vm, what, true) : v > hi ? overflow(vm, what, false) : 0;
}

// The signed codes go through a C long first, then through the chain of
// narrower C types that CPython's argument parser uses for each code,
// which is why 'b' reports "signed short" for 2**20.
static int convert_signed(Vm *vm, char code, mpz_srcptr z, int64_t *out) {
    if (!mpz_fits_slong_p(z)) {
        err_raise(vm, &exc_OverflowError,
                  code == 'q' ? "int too big to convert"
                              : "Python int too large to convert to C long");
        return -1;
    }
    int64_t v = mpz_get_si(z);
    *out = v;
    switch (code) {
        case 'b':
            if (range_check(vm, v, INT16_MIN, INT16_MAX, "signed short integer") < 0) {
                return -1;
            }
            return range_check(vm, v, INT8_MIN, INT8_MAX, "signed char");
        case 'B':
            return range_check(vm, v, 0, UINT8_MAX, "unsigned byte integer");
        case 'h':
            return range_check(vm, v, INT16_MIN, INT16_MAX, "signed short integer");
        case 'H':
            if (range_check(vm, v, INT32_MIN, INT32_MAX, "signed integer") < 0) {
                return -1;
            }
            return range_check(vm, v, 0, UINT16_MAX, "unsigned short");
        case 'i':
            return range_check(vm, v, INT32_MIN, INT32_MAX, "signed integer");
        default:
            return 0;
    }
}

// 'I', 'L' and 'Q' convert through C unsigned longs, with their messages.
static int convert_unsigned(Vm *vm, char code, mpz_srcptr z, uint64_t *out) {
    if (mpz_sgn(z) < 0) {
        err_raise(vm, &exc_OverflowError,
                  code == 'Q' ? "can't convert negative int to unsigned"
                              : "can't convert negative value to unsigned int");
        return -1;
    }
    if (!mpz_fits_ulong_p(z)) {
        err_raise(vm, &exc_OverflowError,
                  code == 'Q' ? "int too big to convert"
                              : "Python int too large to convert to C unsigned long");
        return -1;
    }
    *out = mpz_get_ui(z);
    if (code == 'I' && *out > UINT32_MAX) {
        return overflow(vm, "unsigned int", false);
    }
    return 0;
}

static int convert_int(Vm *vm, const ArrayDesc *d, Obj *value, char *out) {
    Obj *i = obj_index(vm, value);
    if (i == NULL) {
        return -1;
    }
    IntView z;
    intview_init(&z, i);
    int rc;
    if (d->kind == ARR_SIGNED || d->code == 'B' || d->code == 'H') {
        int64_t v = 0;
        rc = convert_signed(vm, d->code, z.p, &v);
        // Little-endian hosts only (x86-64, aarch64): the low bytes come first.
        memcpy(out, &v, d->itemsize);
    } else {
        uint64_t v = 0;
        rc = convert_unsigned(vm, d->code, z.p, &v);
        memcpy(out, &v, d->itemsize);
    }
    intview_clear(&z);
    obj_decref(i);
    return rc;
}

int modarray_convert(Vm *vm, const ArrayDesc *d, Obj *value, char *out) {
    if (d->kind == ARR_FLOAT) {
        double v;
        if (modmath_arg_double(vm, value, &v) < 0) {
            return -1;
        }
        if (d->itemsize == 4) {
            float f = (float)v;
            memcpy(out, &f, 4);
        } else {
            memcpy(out, &v, 8);
        }
        return 0;
    }
    if (d->kind == ARR_UNICODE) {
        if (!str_check(value) || str_len(value) != 1) {
            err_raise(vm, &exc_TypeError, "array item must be unicode character");
            return -1;
        }
        uint32_t cp = str_codepoint_at(value, 0);
        memcpy(out, &cp, 4);
        return 0;
    }
    return convert_int(vm, d, value, out);
}

int modarray_extend_iter(Vm *vm, ArrayObj *a, Obj *iterable) {
    Obj *it = obj_iter(vm, iterable);
    if (it == NULL) {
        return -1;
    }
    Obj *item;
    char buf[8];
    while ((item = obj_next(vm, it)) != NULL) {
        int rc = modarray_convert(vm, a->desc, item, buf);
        obj_decref(item);
        if (rc < 0 || modarray_append_raw(vm, a, buf, a->desc->itemsize) < 0) {
            obj_decref(it);
            return -1;
        }
    }
    obj_decref(it);
    return err_occurred(vm) ? -1 : 0;
}

int64_t modarray_find(Vm *vm, ArrayObj *a, Obj *value, size_t start, size_t stop) {
    for (size_t i = start; i < stop && i < a->len; i++) {
        Obj *item = modarray_item(vm, a, i);
        if (item == NULL) {
            return -2;
        }
        int eq = obj_eq(vm, item, value);
        obj_decref(item);
        if (eq != 0) {
            return eq < 0 ? -2 : (int64_t)i;
        }
    }
    return -1;
}

// ---------------------------------------------------------------------------
// Construction, repr, comparison.
// ---------------------------------------------------------------------------

static const ArrayDesc *find_desc(uint32_t code) {
    for (size_t i = 0; i < sizeof descs / sizeof descs[0]; i++) {
        if ((uint32_t)(unsigned char)descs[i].code == code) {
            return &descs[i];
        }
    }
    return NULL;
}

// Fills a new array from the constructor's initializer: a str (only for
// 'u'), a bytes-like object (its machine bytes), or any iterable.
static int init_from(Vm *vm, ArrayObj *a, Obj *init) {
    const char *data;
    size_t n;
    if (str_check(init)) {
        if (a->desc->code != 'u') {
            err_raise(vm, &exc_TypeError,
                      "cannot use a str to initialize an array with typecode '%c'", a->desc->code);
            return -1;
        }
        return modarray_extend_iter(vm, a, init);
    }
    if (modarray_check(init) && arr(init)->desc->code == 'u' && a->desc->code != 'u') {
        err_raise(vm, &exc_TypeError,
                  "cannot use a unicode array to initialize an array with typecode '%c'",
                  a->desc->code);
        return -1;
    }
    if (bytes_like_view(init, &data, &n)) {
        if (n % a->desc->itemsize != 0) {
            err_raise(vm, &exc_ValueError, "bytes length not a multiple of item size");
            return -1;
        }
        return modarray_append_raw(vm, a, data, n);
    }
    return modarray_extend_iter(vm, a, init);
}

static Obj *array_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(type);
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "array.array() takes no keyword arguments");
    }
    if (nargs < 1 || nargs > 2) {
        return err_raise(vm, &exc_TypeError, "array() takes at %s (%zu given)",
                         nargs < 1 ? "least 1 argument" : "most 2 arguments", nargs);
    }
    if (!str_check(args[0]) || str_len(args[0]) != 1) {
        return err_raise(vm, &exc_TypeError,
                         "array() argument 1 must be a unicode character, not %s",
                         obj_type_name(args[0]));
    }
    const ArrayDesc *d = find_desc(str_codepoint_at(args[0], 0));
    if (d == NULL) {
        return err_raise(vm, &exc_ValueError,
                         "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    Obj *a = modarray_new(vm, d, 0);
    if (a != NULL && nargs == 2 && init_from(vm, arr(a), args[1]) < 0) {
        obj_decref(a);
        return NULL;
    }
    return a;
}

static void array_dealloc(Obj *self) {
    mem_free(arr(self)->data);
    obj_free(self);
}

static size_t array_sizeof(Obj *self) {
    return sizeof(ArrayObj) + arr(self)->cap * arr(self)->desc->itemsize;
}

Obj *modarray_tolist(Vm *vm, ArrayObj *a) {
    Obj *list = list_new(vm, a->len);
    for (size_t i = 0; list != NULL && i < a->len; i++) {
        Obj *item = modarray_item(vm, a, i);
        if (item == NULL) {
            obj_decref(list);
            return NULL;
        }
        list_set_steal(list, i, item);
    }
    return list;
}

static Obj *array_repr(Vm *vm, Obj *self) {
    ArrayObj *a = arr(self);
    if (a->len == 0) {
        return str_from_fmt(vm, "array('%c')", a->desc->code);
    }
    Obj *items = NULL;
    if (a->desc->code == 'u') {
        Obj *text = obj_call_method(vm, self, "tounicode", NULL, 0);
        items = text != NULL ? obj_repr(vm, text) : NULL;
        obj_xdecref(text);
    } else {
        Obj *list = modarray_tolist(vm, a);
        items = list != NULL ? obj_repr(vm, list) : NULL;
        obj_xdecref(list);
    }
    Obj *r =
        items != NULL ? str_from_fmt(vm, "array('%c', %s)", a->desc->code, str_cstr(items)) : NULL;
    obj_xdecref(items);
    return r;
}

// Lexicographic comparison item by item (values, not bytes: array('i')
// and array('d') compare by value as in CPython).
static Obj *array_richcompare(Vm *vm, Obj *x, Obj *y, CmpOp op) {
    if (!modarray_check(x) || !modarray_check(y)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    ArrayObj *a = arr(x), *b = arr(y);
    if (a->len != b->len && (op == CMP_EQ || op == CMP_NE)) {
        return obj_bool(op == CMP_NE);
    }
    size_t i = 0;
    for (; i < a->len && i < b->len; i++) {
        Obj *u = modarray_item(vm, a, i);
        Obj *v = u != NULL ? modarray_item(vm, b, i) : NULL;
        int eq = v != NULL ? obj_eq(vm, u, v) : -1;
        if (eq == 0) {
            Obj *r = op == CMP_EQ   ? obj_bool(false)
                     : op == CMP_NE ? obj_bool(true)
                                    : obj_richcompare(vm, u, v, op);
            obj_decref(u);
            obj_decref(v);
            return r;
        }
        obj_xdecref(u);
        obj_xdecref(v);
        if (eq < 0) {
            return NULL;
        }
    }
    int64_t c = (int64_t)a->len - (int64_t)b->len;
    return num_cmp_result(c < 0 ? -1 : c > 0, op);
}

// ---------------------------------------------------------------------------
// Indexing and slicing.
// ---------------------------------------------------------------------------

static int64_t array_len(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return (int64_t)arr(self)->len;
}

// A normalized index into `a`, or -1 with IndexError pending.
static int64_t item_index(Vm *vm, ArrayObj *a, Obj *key, int64_t *out) {
    int64_t i;
    if (!int_check(key) && obj_type(key)->as_int == NULL) {
        err_raise(vm, &exc_TypeError, "array indices must be integers");
        return -1;
    }
    if (slice_key_index(vm, key, "array", &i) < 0) {
        return -1;
    }
    if (i < 0) {
        i += (int64_t)a->len;
    }
    if (i < 0 || i >= (int64_t)a->len) {
        err_raise(vm, &exc_IndexError, "array index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

static Obj *array_getitem(Vm *vm, Obj *self, Obj *key) {
    ArrayObj *a = arr(self);
    if (obj_type(key) == &slice_type) {
        int64_t start, stop, step;
        int64_t n = slice_unpack(vm, key, (int64_t)a->len, &start, &stop, &step);
        if (n < 0) {
            return NULL;
        }
        Obj *r = modarray_new(vm, a->desc, (size_t)n);
        if (r == NULL) {
            return NULL;
        }
        size_t isz = a->desc->itemsize;
        for (int64_t k = 0, i = start; k < n; k++, i += step) {
            memcpy(arr(r)->data + (size_t)k * isz, a->data + (size_t)i * isz, isz);
        }
        arr(r)->len = (size_t)n;
        return r;
    }
    int64_t i;
    return item_index(vm, a, key, &i) < 0 ? NULL : modarray_item(vm, a, (size_t)i);
}

// del a[start:stop:step] for `n` selected items.
static int delete_slice(Vm *vm, ArrayObj *a, int64_t start, int64_t step, int64_t n) {
    size_t isz = a->desc->itemsize;
    if (step < 0) {
        start += (n - 1) * step; // the same items, walked upwards
        step = -step;
    }
    size_t dst = (size_t)start;
    for (size_t src = (size_t)start, k = 0; src < a->len; src++) {
        if (k < (size_t)n && src == (size_t)start + k * (size_t)step) {
            k++;
            continue;
        }
        memmove(a->data + dst * isz, a->data + src * isz, isz);
        dst++;
    }
    return modarray_resize(vm, a, a->len - (size_t)n);
}

// a[start:stop] = src for a contiguous slice: the tail moves, then the
// new items are copied in (`src` is already a private copy).
static int replace_slice(Vm *vm, ArrayObj *a, int64_t start, int64_t n, const char *src,
                         size_t count) {
    size_t isz = a->desc->itemsize, old = a->len, tail = old - (size_t)start - (size_t)n;
    if (count > (size_t)n && modarray_resize(vm, a, old + count - (size_t)n) < 0) {
        return -1;
    }
    memmove(a->data + ((size_t)start + count) * isz, a->data + ((size_t)start + (size_t)n) * isz,
            tail * isz);
    if (count > 0) {
        memcpy(a->data + (size_t)start * isz, src, count * isz);
    }
    return count < (size_t)n ? modarray_resize(vm, a, old + count - (size_t)n) : 0;
}

static int assign_slice(Vm *vm, ArrayObj *a, Obj *key, Obj *value) {
    int64_t start, stop, step;
    int64_t n = slice_unpack(vm, key, (int64_t)a->len, &start, &stop, &step);
    if (n < 0) {
        return -1;
    }
    if (value == NULL) {
        return n == 0 ? 0 : delete_slice(vm, a, start, step, n);
    }
    if (!modarray_check(value)) {
        err_raise(vm, &exc_TypeError, "can only assign array (not \"%s\") to array slice",
                  obj_type_name(value));
        return -1;
    }
    ArrayObj *v = arr(value);
    if (v->desc != a->desc) {
        err_raise(vm, &exc_TypeError, "bad argument type for built-in operation");
        return -1;
    }
    size_t isz = a->desc->itemsize, count = v->len;
    if (step != 1 && count != (size_t)n) {
        err_raise(vm, &exc_ValueError,
                  "attempt to assign array of size %zu to extended slice of size %zd", count,
                  (size_t)n);
        return -1;
    }
    char *copy = mem_alloc(count * isz + 1); // `value` may be `a` itself
    if (copy == NULL) {
        return -1;
    }
    if (count > 0) {
        memcpy(copy, v->data, count * isz);
    }
    int rc = 0;
    if (step == 1) {
        rc = replace_slice(vm, a, start, n, copy, count);
    } else {
        for (int64_t k = 0, i = start; k < n; k++, i += step) {
            memcpy(a->data + (size_t)i * isz, copy + (size_t)k * isz, isz);
        }
    }
    mem_free(copy);
    return rc;
}

static int array_setitem(Vm *vm, Obj *self, Obj *key, Obj *value) {
    ArrayObj *a = arr(self);
    if (obj_type(key) == &slice_type) {
        return assign_slice(vm, a, key, value);
    }
    int64_t i;
    if (item_index(vm, a, key, &i) < 0) {
        if (err_matches(vm, &exc_IndexError)) {
            err_clear(vm);
            err_raise(vm, &exc_IndexError, "array assignment index out of range");
        }
        return -1;
    }
    if (value == NULL) {
        return delete_slice(vm, a, i, 1, 1);
    }
    char buf[8];
    if (modarray_convert(vm, a->desc, value, buf) < 0) {
        return -1;
    }
    memcpy(a->data + (size_t)i * a->desc->itemsize, buf, a->desc->itemsize);
    return 0;
}

static int array_contains(Vm *vm, Obj *self, Obj *value) {
    int64_t i = modarray_find(vm, arr(self), value, 0, arr(self)->len);
    return i == -2 ? -1 : i >= 0;
}

static Obj *array_iter(Vm *vm, Obj *self) {
    return seqiter_new(vm, self);
}

// ---------------------------------------------------------------------------
// + and *.
// ---------------------------------------------------------------------------

static Obj *concat(Vm *vm, Obj *x, Obj *y, bool inplace) {
    if (!modarray_check(x)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    if (!modarray_check(y)) {
        return inplace
                   ? err_raise(vm, &exc_TypeError, "can only extend array with array (not \"%s\")",
                               obj_type_name(y))
                   : err_raise(vm, &exc_TypeError, "can only append array (not \"%s\") to array",
                               obj_type_name(y));
    }
    ArrayObj *a = arr(x), *b = arr(y);
    if (a->desc != b->desc) {
        return err_raise(vm, &exc_TypeError,
                         inplace ? "can only extend with array of same kind"
                                 : "bad argument type for built-in operation");
    }
    size_t isz = a->desc->itemsize, blen = b->len;
    Obj *r = inplace ? obj_newref(x) : modarray_new(vm, a->desc, a->len + blen);
    if (r == NULL) {
        return NULL;
    }
    if (!inplace && a->len > 0) {
        memcpy(arr(r)->data, a->data, a->len * isz);
        arr(r)->len = a->len;
    }
    // Appending `b` to itself reads the bytes before the resize moves them.
    size_t old = arr(r)->len;
    if (modarray_resize(vm, arr(r), old + blen) < 0) {
        obj_decref(r);
        return NULL;
    }
    if (blen > 0) {
        memmove(arr(r)->data + old * isz, b->data, blen * isz);
    }
    return r;
}

static Obj *array_add(Vm *vm, Obj *x, Obj *y) {
    return concat(vm, x, y, false);
}

static Obj *array_iadd(Vm *vm, Obj *x, Obj *y) {
    return concat(vm, x, y, true);
}

static Obj *repeat(Vm *vm, Obj *x, Obj *y, bool inplace) {
    Obj *self = modarray_check(x) ? x : y, *count = self == x ? y : x;
    if (!modarray_check(self)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    if (!int_check(count) && obj_type(count)->as_int == NULL) {
        if (inplace) {
            return obj_index(vm, count); // raises CPython's TypeError
        }
        if (obj_type(count)->flags & TYPE_FLAG_HEAPTYPE) {
            return obj_newref(OBJ_NOTIMPL); // its __rmul__ may handle it
        }
        return err_raise(vm, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                         obj_type_name(count));
    }
    int64_t n;
    if (obj_as_ssize(vm, count, &n) < 0) {
        return NULL;
    }
    ArrayObj *a = arr(self);
    size_t len = a->len, isz = a->desc->itemsize, total;
    if (n < 0) {
        n = 0;
    }
    if (!mem_mul_ok(len, (size_t)n, &total)) {
        return err_nomemory(vm);
    }
    Obj *r = inplace ? obj_newref(self) : modarray_new(vm, a->desc, total);
    if (r == NULL) {
        return NULL;
    }
    if (inplace && modarray_resize(vm, arr(r), total) < 0) {
        obj_decref(r);
        return NULL;
    }
    // Copy the first block (from `a`, the same object when in place), then
    // the rest block by block from the result itself.
    if (!inplace && total > 0) {
        memcpy(arr(r)->data, a->data, len * isz);
    }
    for (size_t k = 1; k < (size_t)n && len > 0; k++) {
        memcpy(arr(r)->data + k * len * isz, arr(r)->data, len * isz);
    }
    arr(r)->len = total;
    return r;
}

static Obj *array_mul(Vm *vm, Obj *x, Obj *y) {
    return repeat(vm, x, y, false);
}

static Obj *array_imul(Vm *vm, Obj *x, Obj *y) {
    return repeat(vm, x, y, true);
}

// The buffer protocol: memoryview(a) sees the machine items in place.
// 'u' arrays export the 'w' format, as CPython's do on Linux.
static int array_getbuffer(Vm *vm, Obj *self, BufferView *view) {
    OURO_UNUSED(vm);
    ArrayObj *a = arr(self);
    view->buf = a->data != NULL ? a->data : (char *)"";
    view->len = a->len * a->desc->itemsize;
    view->itemsize = a->desc->itemsize;
    view->format = a->desc->code == 'u' ? 'w' : a->desc->code;
    view->readonly = false;
    a->exports++;
    return 0;
}

static void array_releasebuffer(Obj *self) {
    arr(self)->exports--;
}

TypeObj array_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "array.array",
    .basicsize = sizeof(ArrayObj),
    .flags = TYPE_FLAG_SEQ_CONCAT,
    .dealloc = array_dealloc,
    .repr = array_repr,
    .richcompare = array_richcompare,
    .iter = array_iter,
    .binop = {[BINOP_ADD] = array_add, [BINOP_MUL] = array_mul},
    .inplace = {[BINOP_ADD] = array_iadd, [BINOP_MUL] = array_imul},
    .len = array_len,
    .getitem = array_getitem,
    .setitem = array_setitem,
    .contains = array_contains,
    .new_ = array_new_py,
    .sizeof_ = array_sizeof,
    .getbuffer = array_getbuffer,
    .releasebuffer = array_releasebuffer,
    .methods = modarray_methods,
    .getset = modarray_getset,
};

static const MethodDef modarray_functions[] = {
    {NULL, NULL, 0, NULL},
};

Obj *modarray_init(Vm *vm) {
    Obj *m = module_create_builtin(vm, "array", modarray_functions);
    Obj *codes = m != NULL ? str_from_cstr(vm, "bBuhHiIlLqQfd") : NULL;
    int rc = codes != NULL ? dict_set_cstr(vm, module_dict(m), "typecodes", codes) : -1;
    obj_xdecref(codes);
    if (rc < 0 || dict_set_cstr(vm, module_dict(m), "array", (Obj *)&array_type) < 0 ||
        dict_set_cstr(vm, module_dict(m), "ArrayType", (Obj *)&array_type) < 0) {
        return NULL;
    }
    return m;
}
