/* bytearray.c: the bytearray type, a mutable and unhashable sequence of
 * octets in a separately allocated, over-allocated buffer: item and slice
 * assignment, deletion, and the mutating methods (append, extend, insert,
 * pop, remove, clear, reverse, copy, +=, *=). Read-only methods are shared
 * with bytes (bytes_methods.c, bytes_text.c, bytes_codec.c). */
#include <string.h>

#include "../memory/mem.h"
#include "args.h"
#include "bytes_impl.h"
#include "exc.h"
#include "intobj.h"
#include "misc.h"
#include "runtime.h"
#include "type.h"

bool bytearray_check(const Obj *o) {
    TypeObj *t = obj_type(o);
    return t == &bytearray_type ||
           ((t->flags & TYPE_FLAG_HEAPTYPE) && type_is_subtype(t, &bytearray_type));
}

static ByteArrayObj *ba_alloc(Vm *vm) {
    return (ByteArrayObj *)obj_new(vm, &bytearray_type, sizeof(ByteArrayObj));
}

// Sets the length to `newlen`, keeping the first min(len, newlen) octets;
// only growth can fail.
// Growth over-allocates by 1/8 (as CPython) so appends are amortised O(1);
// a buffer less than half used is shrunk, and an empty one freed, so that
// clear() returns the object to the size of bytearray(). 0 or -1.
static int ba_resize(Vm *vm, ByteArrayObj *ba, size_t newlen) {
    if (ba->exports > 0 && newlen != ba->len) {
        err_raise(vm, &exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (newlen > (SIZE_MAX >> 2)) {
        err_nomemory(vm);
        return -1;
    }
    if (newlen == 0) {
        mem_free(ba->data);
        ba->data = NULL;
        ba->len = ba->cap = 0;
        return 0;
    }
    if (newlen > ba->cap) {
        size_t cap = newlen + (newlen >> 3) + 8;
        char *d = mem_realloc(ba->data, cap);
        if (d == NULL) {
            return -1;
        }
        ba->data = d;
        ba->cap = cap;
    } else if (newlen < ba->cap / 2) {
        // Shrinking is an optimisation: callers may already have moved the
        // octets, so a refused realloc keeps the larger buffer instead.
        char *d = mem_realloc(ba->data, newlen);
        if (d == NULL) {
            err_clear(vm);
        } else {
            ba->data = d;
            ba->cap = newlen;
        }
    }
    ba->len = newlen;
    return 0;
}

NEWREF Obj *bytearray_from_data(Vm *vm, const char *data, size_t len) {
    ByteArrayObj *ba = ba_alloc(vm);
    if (ba == NULL) {
        return NULL;
    }
    if (ba_resize(vm, ba, len) < 0) {
        obj_decref((Obj *)ba);
        return NULL;
    }
    if (len > 0) {
        memcpy(ba->data, data, len);
    }
    return (Obj *)ba;
}

// Replaces octets [lo, hi) with `n` octets of `src` (which must not point
// into the buffer). 0 or -1 (the bytearray is unchanged then).
static int ba_splice(Vm *vm, ByteArrayObj *ba, size_t lo, size_t hi, const char *src, size_t n) {
    size_t old = ba->len, tail = old - hi;
    size_t newlen = old - (hi - lo) + n;
    if (newlen > old) {
        if (ba_resize(vm, ba, newlen) < 0) {
            return -1;
        }
        memmove(ba->data + lo + n, ba->data + hi, tail);
    } else {
        if (tail > 0) {
            memmove(ba->data + lo + n, ba->data + hi, tail);
        }
        if (ba_resize(vm, ba, newlen) < 0) {
            return -1;
        }
    }
    if (n > 0) {
        memcpy(ba->data + lo, src, n);
    }
    return 0;
}

// ---------------------------------------------------------------------------
// Slots.
// ---------------------------------------------------------------------------

static void ba_dealloc(Obj *self) {
    mem_free(((ByteArrayObj *)self)->data);
    obj_free(self);
}

// sys.getsizeof model: the object plus its whole allocated buffer
// (capacity, not length), so it grows with appends and shrinks on clear().
static size_t ba_sizeof(Obj *self) {
    return obj_type(self)->basicsize + ((ByteArrayObj *)self)->cap;
}

// The two slots below read through bytes_like_view, whose pointer is never
// NULL (an empty bytearray has no buffer).
static Obj *ba_repr(Vm *vm, Obj *self) {
    const char *d;
    size_t n;
    bytes_like_view(self, &d, &n);
    return bytesimpl_repr(vm, d, n, obj_type_name(self));
}

static int64_t ba_len_slot(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return (int64_t)bytearray_len(self);
}

static int ba_contains(Vm *vm, Obj *self, Obj *item) {
    const char *d;
    size_t n;
    bytes_like_view(self, &d, &n);
    return bytesimpl_contains(vm, d, n, item);
}

static Obj *ba_getitem(Vm *vm, Obj *self, Obj *key) {
    return bytesimpl_getitem(vm, self, key, "bytearray");
}

// The octets a slice assignment stores: a bytes-like value (copied, since
// it may be `self`) or an iterable of ints. 0 or -1.
static int assigned_octets(Vm *vm, Obj *value, StrBuf *out) {
    const char *d;
    size_t n;
    if (bytes_like_view(value, &d, &n)) {
        return strbuf_append(out, d, n);
    }
    if (str_check(value) || int_check(value) || obj_type(value)->iter == NULL) {
        err_raise(vm, &exc_TypeError,
                  "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    return bytesimpl_collect(vm, value, out, "bytearray");
}

// del self[start:stop:step] for a step other than 1 (the kept octets slide
// down in place).
static int del_extended(Vm *vm, ByteArrayObj *ba, int64_t start, int64_t step, int64_t count) {
    if (step < 0) {
        start += step * (count - 1);
        step = -step;
    }
    size_t w = (size_t)start;
    for (size_t r = (size_t)start; r < ba->len; r++) {
        bool deleted = (int64_t)r >= start && ((int64_t)r - start) % step == 0 &&
                       ((int64_t)r - start) / step < count;
        if (!deleted) {
            ba->data[w++] = ba->data[r];
        }
    }
    return ba_resize(vm, ba, w);
}

static int ba_setslice(Vm *vm, ByteArrayObj *ba, Obj *key, Obj *value) {
    int64_t start, stop, step;
    int64_t count = slice_unpack(vm, key, (int64_t)ba->len, &start, &stop, &step);
    if (count < 0) {
        return -1;
    }
    if (value == NULL) {
        if (step == 1) {
            return ba_splice(vm, ba, (size_t)start, (size_t)(start + count), NULL, 0);
        }
        return count == 0 ? 0 : del_extended(vm, ba, start, step, count);
    }
    StrBuf b;
    strbuf_init(&b);
    int rc = assigned_octets(vm, value, &b);
    if (rc == 0 && step != 1 && b.size == 0) {
        // As in CPython, assigning an empty value to an extended slice deletes it.
        rc = count == 0 ? 0 : del_extended(vm, ba, start, step, count);
    } else if (rc == 0 && step == 1) {
        // slice_unpack may give stop < start for an empty slice.
        rc = ba_splice(vm, ba, (size_t)start, (size_t)(start + count), b.data, b.size);
    } else if (rc == 0 && (int64_t)b.size != count) {
        err_raise(vm, &exc_ValueError,
                  "attempt to assign bytes of size %zu to extended slice of size %lld", b.size,
                  (long long)count);
        rc = -1;
    } else if (rc == 0) {
        for (int64_t k = 0, j = start; k < count; k++, j += step) {
            ba->data[j] = b.data[k];
        }
    }
    strbuf_free(&b);
    return rc;
}

// self[key] = value and del self[key] (value NULL).
static int ba_setitem(Vm *vm, Obj *self, Obj *key, Obj *value) {
    ByteArrayObj *ba = (ByteArrayObj *)self;
    if (obj_type(key) == &slice_type) {
        return ba_setslice(vm, ba, key, value);
    }
    int64_t i;
    if (OBJ_IS_SMALLINT(key)) {
        i = SMALLINT_VALUE(key);
    } else if (slice_key_index(vm, key, "bytearray", &i) < 0) {
        return -1;
    }
    unsigned char c = 0;
    if (value != NULL && bytesimpl_byte_value(vm, value, "byte must be in range(0, 256)", &c) < 0) {
        return -1;
    }
    if (i < 0) {
        i += (int64_t)ba->len;
    }
    if (i < 0 || (uint64_t)i >= ba->len) {
        err_raise(vm, &exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (value == NULL) {
        return ba_splice(vm, ba, (size_t)i, (size_t)i + 1, NULL, 0);
    }
    ba->data[i] = (char)c;
    return 0;
}

// self += other: any bytes-like right operand, extended in place.
static Obj *ba_inplace_add(Vm *vm, Obj *self, Obj *other) {
    const char *d;
    size_t n;
    if (!bytearray_check(self)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    if (!bytes_like_view(other, &d, &n)) {
        return err_raise(vm, &exc_TypeError, "can't concat %s to bytearray", obj_type_name(other));
    }
    ByteArrayObj *ba = (ByteArrayObj *)self;
    StrBuf b; // a copy, as `other` may be `self`
    strbuf_init(&b);
    int rc = strbuf_append(&b, d, n);
    if (rc == 0) {
        rc = ba_splice(vm, ba, ba->len, ba->len, b.data, b.size);
    }
    strbuf_free(&b);
    return rc < 0 ? NULL : obj_newref(self);
}

// self *= n: repeats the contents in place.
static Obj *ba_inplace_mul(Vm *vm, Obj *self, Obj *other) {
    if (!bytearray_check(self)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    Obj *r = bytesimpl_repeat(vm, self, other);
    if (r == NULL || r == OBJ_NOTIMPL) {
        return r;
    }
    ByteArrayObj *ba = (ByteArrayObj *)self;
    int rc = ba_splice(vm, ba, 0, ba->len, bytearray_data(r), bytearray_len(r));
    obj_decref(r);
    return rc < 0 ? NULL : obj_newref(self);
}

static Obj *ba_mod(Vm *vm, Obj *a, Obj *b) {
    if (!bytearray_check(a)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    return bytesimpl_percent(vm, a, b);
}

static Obj *ba_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Obj *bound[3] = {NULL, NULL, NULL};
    if (args_bind(vm, "bytearray", args, nargs, kwnames, names, 3, 0, bound) < 0) {
        return NULL;
    }
    StrBuf b;
    strbuf_init(&b);
    if (bytesimpl_from_args(vm, "bytearray", bound[0], bound[1], bound[2], &b) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    // A subclass instance gets the class's size (attribute table, slots).
    ByteArrayObj *r = type == &bytearray_type ? ba_alloc(vm) : (ByteArrayObj *)type_alloc(vm, type);
    if (r != NULL && ba_resize(vm, r, b.size) < 0) {
        obj_decref((Obj *)r);
        r = NULL;
    }
    if (r != NULL && b.size > 0) {
        memcpy(r->data, b.data, b.size);
    }
    strbuf_free(&b);
    return (Obj *)r;
}

// ---------------------------------------------------------------------------
// Mutating methods.
// ---------------------------------------------------------------------------

static Obj *ba_py_append(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ByteArrayObj *ba = (ByteArrayObj *)self;
    unsigned char c;
    if (args_check(vm, "bytearray.append", nargs, kwnames, 1, 1) < 0 ||
        bytesimpl_byte_value(vm, args[0], "byte must be in range(0, 256)", &c) < 0 ||
        ba_splice(vm, ba, ba->len, ba->len, (const char *)&c, 1) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *ba_py_extend(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ByteArrayObj *ba = (ByteArrayObj *)self;
    if (args_check(vm, "bytearray.extend", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!bytes_check(args[0]) && !bytearray_check(args[0]) && obj_type(args[0])->iter == NULL) {
        return err_raise(vm, &exc_TypeError, "can't extend bytearray with %s",
                         obj_type_name(args[0]));
    }
    StrBuf b;
    strbuf_init(&b);
    int rc = bytesimpl_collect(vm, args[0], &b, "bytearray");
    if (rc == 0) {
        rc = ba_splice(vm, ba, ba->len, ba->len, b.data, b.size);
    }
    strbuf_free(&b);
    return rc < 0 ? NULL : obj_newref(OBJ_NONE);
}

static Obj *ba_py_insert(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ByteArrayObj *ba = (ByteArrayObj *)self;
    int64_t i;
    unsigned char c;
    if (args_check(vm, "insert", nargs, kwnames, 2, 2) < 0 || obj_as_ssize(vm, args[0], &i) < 0 ||
        bytesimpl_byte_value(vm, args[1], "byte must be in range(0, 256)", &c) < 0) {
        return NULL;
    }
    int64_t n = (int64_t)ba->len;
    if (i < 0) {
        i = i + n < 0 ? 0 : i + n;
    } else if (i > n) {
        i = n;
    }
    if (ba_splice(vm, ba, (size_t)i, (size_t)i, (const char *)&c, 1) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *ba_py_pop(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ByteArrayObj *ba = (ByteArrayObj *)self;
    int64_t i = -1;
    if (args_check(vm, "pop", nargs, kwnames, 0, 1) < 0 ||
        (nargs > 0 && obj_as_ssize(vm, args[0], &i) < 0)) {
        return NULL;
    }
    if (ba->len == 0) {
        return err_raise(vm, &exc_IndexError, "pop from empty bytearray");
    }
    if (i < 0) {
        i += (int64_t)ba->len;
    }
    if (i < 0 || (uint64_t)i >= ba->len) {
        return err_raise(vm, &exc_IndexError, "pop index out of range");
    }
    unsigned char c = (unsigned char)ba->data[i];
    if (ba_splice(vm, ba, (size_t)i, (size_t)i + 1, NULL, 0) < 0) {
        return NULL;
    }
    return SMALLINT_FROM(c);
}

static Obj *ba_py_remove(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ByteArrayObj *ba = (ByteArrayObj *)self;
    unsigned char c;
    if (args_check(vm, "bytearray.remove", nargs, kwnames, 1, 1) < 0 ||
        bytesimpl_byte_value(vm, args[0], "byte must be in range(0, 256)", &c) < 0) {
        return NULL;
    }
    const char *p = ba->len > 0 ? memchr(ba->data, c, ba->len) : NULL;
    if (p == NULL) {
        return err_raise(vm, &exc_ValueError, "value not found in bytearray");
    }
    size_t at = (size_t)(p - ba->data);
    if (ba_splice(vm, ba, at, at + 1, NULL, 0) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *ba_py_clear(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "bytearray.clear", nargs, kwnames, 0, 0) < 0 ||
        ba_resize(vm, (ByteArrayObj *)self, 0) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *ba_py_reverse(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    ByteArrayObj *ba = (ByteArrayObj *)self;
    if (args_check(vm, "bytearray.reverse", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    for (size_t i = 0, j = ba->len; i + 1 < j; i++, j--) {
        char t = ba->data[i];
        ba->data[i] = ba->data[j - 1];
        ba->data[j - 1] = t;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *ba_py_copy(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "bytearray.copy", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return bytearray_from_data(vm, bytearray_data(self), bytearray_len(self));
}

static Obj *ba_py_sizeof(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "object.__sizeof__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, ba_sizeof(self));
}

// bytearray.__alloc__(): the buffer's capacity in octets (CPython's also
// counts a NUL terminator, which Ouro's buffers do not have).
static Obj *ba_py_alloc(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "bytearray.__alloc__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, ((ByteArrayObj *)self)->cap);
}

static const MethodDef ba_methods[] = {
    BYTESIMPL_METHOD_ENTRIES,
    {"append", ba_py_append, METH_DEFAULT, "Append a single item to the end of the bytearray."},
    {"extend", ba_py_extend, METH_DEFAULT, "Append all the items from the iterable."},
    {"insert", ba_py_insert, METH_DEFAULT, "Insert a single item before the given index."},
    {"pop", ba_py_pop, METH_DEFAULT, "Remove and return a single item from the bytearray."},
    {"remove", ba_py_remove, METH_DEFAULT, "Remove the first occurrence of a value."},
    {"clear", ba_py_clear, METH_DEFAULT, "Remove all items from the bytearray."},
    {"reverse", ba_py_reverse, METH_DEFAULT, "Reverse the order of the values in place."},
    {"copy", ba_py_copy, METH_DEFAULT, "Return a copy of the bytearray."},
    {"__alloc__", ba_py_alloc, METH_DEFAULT, "Return the number of bytes actually allocated."},
    {"__sizeof__", ba_py_sizeof, METH_DEFAULT, "Size of the object in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

// No hash slot next to richcompare keeps bytearray unhashable (type.c).
TypeObj bytearray_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "bytearray",
    .basicsize = sizeof(ByteArrayObj),
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_SEQ_CONCAT,
    .dealloc = ba_dealloc,
    .repr = ba_repr,
    .richcompare = bytesimpl_richcompare,
    .iter = bytesimpl_iter,
    .binop = {[BINOP_ADD] = bytesimpl_concat, [BINOP_MUL] = bytesimpl_repeat, [BINOP_MOD] = ba_mod},
    .inplace = {[BINOP_ADD] = ba_inplace_add, [BINOP_MUL] = ba_inplace_mul},
    .len = ba_len_slot,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ba_contains,
    .new_ = ba_new_py,
    .sizeof_ = ba_sizeof,
    .methods = ba_methods,
};
