/* bytes.c: the bytes type (octets stored inline, immutable, hashable) and
 * the parts of the sequence protocol that bytes and bytearray share:
 * construction from Python arguments, repr, comparison, indexing, `in`,
 * `+`, `*` and the iterator. */
#include <stddef.h>
#include <string.h>

#include "../memory/mem.h"
#include "args.h"
#include "bytes_impl.h"
#include "exc.h"
#include "intobj.h"
#include "memoryview.h"
#include "misc.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

bool bytes_check(const Obj *o) {
    TypeObj *t = obj_type(o);
    return t == &bytes_type || ((t->flags & TYPE_FLAG_HEAPTYPE) && type_is_subtype(t, &bytes_type));
}

_Static_assert(offsetof(BytesObj, data) == sizeof(BytesObj),
               "bytes_data() finds the octets at type->basicsize");

bool bytes_like_view(const Obj *o, const char **data, size_t *len) {
    if (bytes_check(o)) {
        *data = bytes_data(o);
        *len = bytes_len(o);
        return true;
    }
    if (bytearray_check(o)) {
        // Never NULL, so that pointer arithmetic and searches stay defined.
        *data = bytearray_data(o) != NULL ? bytearray_data(o) : "";
        *len = bytearray_len(o);
        return true;
    }
    if (memview_check(o) && memview_contiguous(o, data, len)) {
        return true;
    }
    // An empty view, so that callers that know `o` is bytes-like never read
    // unset outputs.
    *data = "";
    *len = 0;
    return false;
}

int bytesimpl_need_view(Vm *vm, Obj *o, const char **data, size_t *len) {
    if (!bytes_like_view(o, data, len)) {
        err_raise(vm, &exc_TypeError, "a bytes-like object is required, not '%s'",
                  obj_type_name(o));
        return -1;
    }
    return 0;
}

// One block per object: header, octets, NUL. The size check keeps
// b'x' * 2**62 a MemoryError rather than a wrapped allocation.
NEWREF Obj *bytes_new_uninit(Vm *vm, size_t len) {
    size_t size;
    if (len > (SIZE_MAX >> 2) || !mem_add_ok(sizeof(BytesObj) + 1, len, &size)) {
        return err_nomemory(vm);
    }
    BytesObj *b = (BytesObj *)obj_new(vm, &bytes_type, size);
    if (b == NULL) {
        return NULL;
    }
    b->len = len;
    b->hash = -1;
    b->data[len] = '\0';
    return (Obj *)b;
}

NEWREF Obj *bytes_from_data(Vm *vm, const char *data, size_t len) {
    Obj *b = bytes_new_uninit(vm, len);
    if (b != NULL && len > 0) {
        memcpy(bytes_data_mut(b), data, len);
    }
    return b;
}

NEWREF Obj *bytesimpl_make(Vm *vm, const Obj *like, const char *data, size_t len) {
    if (bytearray_check(like)) {
        return bytearray_from_data(vm, data, len);
    }
    return bytes_from_data(vm, data, len);
}

NEWREF Obj *bytesimpl_finish(Vm *vm, const Obj *like, StrBuf *b) {
    Obj *r = bytesimpl_make(vm, like, b->data, b->size);
    strbuf_free(b);
    return r;
}

// ---------------------------------------------------------------------------
// Construction: bytes(), bytes(int), bytes(iterable), bytes(str, encoding).
// ---------------------------------------------------------------------------

int bytesimpl_byte_value(Vm *vm, Obj *o, const char *range_msg, unsigned char *out) {
    int64_t v;
    if (OBJ_IS_SMALLINT(o)) {
        v = SMALLINT_VALUE(o);
    } else {
        Obj *i = obj_index(vm, o);
        if (i == NULL) {
            return -1;
        }
        int rc = int_as_i64(vm, i, &v);
        obj_decref(i);
        if (rc < 0) {
            if (!err_matches(vm, &exc_OverflowError)) {
                return -1;
            }
            err_clear(vm);
            v = -1;
        }
    }
    if (v < 0 || v > 255) {
        err_raise(vm, &exc_ValueError, "%s", range_msg);
        return -1;
    }
    *out = (unsigned char)v;
    return 0;
}

int bytesimpl_collect(Vm *vm, Obj *src, StrBuf *out, const char *tname) {
    const char *d;
    size_t n;
    if (bytes_like_view(src, &d, &n)) {
        return strbuf_append(out, d, n);
    }
    Obj *it = obj_iter(vm, src);
    if (it == NULL) {
        if (err_matches(vm, &exc_TypeError)) {
            err_clear(vm);
            err_raise(vm, &exc_TypeError, "cannot convert '%s' object to %s", obj_type_name(src),
                      tname);
        }
        return -1;
    }
    // bytes([300]) and bytearray([300]) word their ValueError differently.
    const char *range_msg = strcmp(tname, "bytes") == 0 ? "bytes must be in range(0, 256)"
                                                        : "byte must be in range(0, 256)";
    Obj *item;
    while ((item = obj_next(vm, it)) != NULL) {
        unsigned char c;
        int rc = bytesimpl_byte_value(vm, item, range_msg, &c);
        obj_decref(item);
        if (rc < 0 || strbuf_append_char(out, (char)c) < 0) {
            obj_decref(it);
            return -1;
        }
    }
    obj_decref(it);
    return err_occurred(vm) ? -1 : 0;
}

NEWREF Obj *bytesimpl_from_dunder(Vm *vm, Obj *o) {
    Obj *name = str_from_cstr(vm, "__bytes__");
    if (name == NULL) {
        return NULL;
    }
    Obj *meth = obj_lookup_attr(vm, o, name);
    obj_decref(name);
    if (meth == NULL) {
        return NULL;
    }
    Obj *r = obj_call0(vm, meth);
    obj_decref(meth);
    if (r != NULL && !bytes_check(r)) {
        err_raise(vm, &exc_TypeError, "__bytes__ returned non-bytes (type %s)", obj_type_name(r));
        obj_decref(r);
        return NULL;
    }
    return r;
}

// A count or size argument as an int64, with CPython's OverflowError
// "cannot fit 'int' into an index-sized integer" when too big. 0 or -1.
static int index_size(Vm *vm, Obj *o, int64_t *out) {
    if (obj_as_ssize(vm, o, out) == 0) {
        return 0;
    }
    if (err_matches(vm, &exc_OverflowError)) {
        err_clear(vm);
        err_raise(vm, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return -1;
}

// CPython's checks, in its order: encoding/errors only with a str source,
// a str only with an encoding, an int is a count of zero octets.
int bytesimpl_from_args(Vm *vm, const char *tname, Obj *source, Obj *encoding, Obj *errors,
                        StrBuf *out) {
    static const char *const pnames[] = {"encoding", "errors"};
    Obj *given[2] = {encoding, errors};
    for (int i = 0; i < 2; i++) {
        if (given[i] != NULL && !str_check(given[i])) {
            err_raise(vm, &exc_TypeError, "%s() argument '%s' must be str, not %s", tname,
                      pnames[i], obj_type_name(given[i]));
            return -1;
        }
    }
    if (source == NULL) {
        if (encoding != NULL || errors != NULL) {
            err_raise(vm, &exc_TypeError,
                      encoding != NULL ? "encoding without a string argument"
                                       : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (str_check(source)) {
        if (encoding == NULL) {
            err_raise(vm, &exc_TypeError, "string argument without an encoding");
            return -1;
        }
        return bytesimpl_encode(vm, source, str_cstr(encoding),
                                errors != NULL ? str_cstr(errors) : "strict", out);
    }
    if (encoding != NULL || errors != NULL) {
        err_raise(vm, &exc_TypeError,
                  encoding != NULL ? "encoding without a string argument"
                                   : "errors without a string argument");
        return -1;
    }
    if (int_check(source)) {
        int64_t n;
        if (index_size(vm, source, &n) < 0) {
            return -1;
        }
        if (n < 0) {
            err_raise(vm, &exc_ValueError, "negative count");
            return -1;
        }
        if ((uint64_t)n > (SIZE_MAX >> 2)) {
            err_nomemory(vm);
            return -1;
        }
        for (int64_t i = 0; i < n; i++) {
            if (strbuf_append_char(out, '\0') < 0) {
                return -1;
            }
        }
        return 0;
    }
    return bytesimpl_collect(vm, source, out, tname);
}

// The value of bytes(...) as an exact bytes: bytes(b) of an exact bytes is b
// itself (immutable, so sharing is safe); an object with __bytes__ (a bytes
// subclass instance included) decides its own conversion, as in CPython.
static Obj *bytes_from_py_args(Vm *vm, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Obj *bound[3] = {NULL, NULL, NULL};
    if (args_bind(vm, "bytes", args, nargs, kwnames, names, 3, 0, bound) < 0) {
        return NULL;
    }
    if (bound[0] != NULL && bound[1] == NULL && bound[2] == NULL) {
        if (obj_type(bound[0]) == &bytes_type) {
            return obj_newref(bound[0]);
        }
        if (!bytearray_check(bound[0]) && !str_check(bound[0]) && !int_check(bound[0])) {
            Obj *r = bytesimpl_from_dunder(vm, bound[0]);
            if (r != NULL || err_occurred(vm)) {
                return r;
            }
        }
    }
    StrBuf b;
    strbuf_init(&b);
    if (bytesimpl_from_args(vm, "bytes", bound[0], bound[1], bound[2], &b) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    Obj *r = bytes_from_data(vm, b.data, b.size);
    strbuf_free(&b);
    return r;
}

// An instance of the subclass `type` holding the octets of `src`: the
// class's struct (type->basicsize bytes, zeroed: an empty attribute table),
// then the octets and their NUL.
static Obj *bytes_subclass_copy(Vm *vm, TypeObj *type, Obj *src) {
    size_t len = bytes_len(src), size;
    if (!mem_add_ok(type->basicsize + 1, len, &size)) {
        return err_nomemory(vm);
    }
    Obj *o =
        (type->flags & TYPE_FLAG_GC) ? obj_new_container(vm, type, size) : obj_new(vm, type, size);
    if (o == NULL) {
        return NULL;
    }
    obj_incref((Obj *)type); // released by subtype_dealloc
    BytesObj *b = (BytesObj *)o;
    b->len = len;
    b->hash = -1;
    memcpy(bytes_data_mut(o), bytes_data(src), len + 1);
    return o;
}

static Obj *bytes_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *r = bytes_from_py_args(vm, args, nargs, kwnames);
    if (r == NULL || type == &bytes_type) {
        return r;
    }
    Obj *o = bytes_subclass_copy(vm, type, r);
    obj_decref(r);
    return o;
}

// ---------------------------------------------------------------------------
// repr, comparison, hash.
// ---------------------------------------------------------------------------

// CPython's choice: single quotes unless the data holds a ' and no ".
NEWREF Obj *bytesimpl_repr(Vm *vm, const char *data, size_t len, const char *wrap) {
    static const char hex[] = "0123456789abcdef";
    bool has_single = memchr(data, '\'', len) != NULL;
    char quote = has_single && memchr(data, '"', len) == NULL ? '"' : '\'';
    StrBuf b;
    strbuf_init(&b);
    if ((wrap != NULL && (strbuf_append_cstr(&b, wrap) < 0 || strbuf_append_char(&b, '(') < 0)) ||
        strbuf_append_char(&b, 'b') < 0 || strbuf_append_char(&b, quote) < 0) {
        goto fail;
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        char esc[5] = {0};
        // CPython's bytearray repr escapes ' even inside double quotes.
        if (c == (unsigned char)quote || c == '\\' || (wrap != NULL && c == '\'')) {
            esc[0] = '\\';
            esc[1] = (char)c;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            esc[0] = '\\';
            esc[1] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else if (c < 0x20 || c >= 0x7f) {
            esc[0] = '\\';
            esc[1] = 'x';
            esc[2] = hex[c >> 4];
            esc[3] = hex[c & 15];
        } else {
            esc[0] = (char)c;
        }
        if (strbuf_append_cstr(&b, esc) < 0) {
            goto fail;
        }
    }
    if (strbuf_append_char(&b, quote) < 0 || (wrap != NULL && strbuf_append_char(&b, ')') < 0)) {
        goto fail;
    }
    return strbuf_finish(vm, &b);
fail:
    strbuf_free(&b);
    return NULL;
}

static Obj *bytes_repr(Vm *vm, Obj *self) {
    return bytesimpl_repr(vm, bytes_data(self), bytes_len(self), NULL);
}

NEWREF Obj *bytesimpl_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    OURO_UNUSED(vm);
    const char *x, *y;
    size_t nx, ny;
    if (!bytes_like_view(a, &x, &nx) || !bytes_like_view(b, &y, &ny)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    size_t common = nx < ny ? nx : ny;
    int c = common > 0 ? memcmp(x, y, common) : 0;
    if (c == 0) {
        c = nx < ny ? -1 : nx > ny ? 1 : 0;
    }
    bool r = op == CMP_LT   ? c < 0
             : op == CMP_LE ? c <= 0
             : op == CMP_EQ ? c == 0
             : op == CMP_NE ? c != 0
             : op == CMP_GT ? c > 0
                            : c >= 0;
    return obj_newref(obj_bool(r));
}

// Cached like str's hash, with the same function, so b'abc' and 'abc' hash
// alike as in CPython; hash(b'') is 0 as in CPython.
static int64_t bytes_hash(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    BytesObj *b = (BytesObj *)self;
    if (b->hash == -1) {
        b->hash = b->len == 0 ? 0 : str_hash_bytes(bytes_data(self), b->len);
    }
    return b->hash;
}

// ---------------------------------------------------------------------------
// Sequence protocol (shared with bytearray).
// ---------------------------------------------------------------------------

static int64_t bytes_len_slot(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return (int64_t)bytes_len(self);
}

int bytesimpl_contains(Vm *vm, const char *data, size_t len, Obj *item) {
    const char *sub;
    size_t n;
    if (bytes_like_view(item, &sub, &n)) {
        if (n == 0) {
            return 1;
        }
        for (size_t i = 0; i + n <= len; i++) {
            if (memcmp(data + i, sub, n) == 0) {
                return 1;
            }
        }
        return 0;
    }
    if (!int_check(item) && obj_type(item)->as_int == NULL) {
        err_raise(vm, &exc_TypeError, "a bytes-like object is required, not '%s'",
                  obj_type_name(item));
        return -1;
    }
    unsigned char c;
    if (bytesimpl_byte_value(vm, item, "byte must be in range(0, 256)", &c) < 0) {
        return -1;
    }
    return len > 0 && memchr(data, c, len) != NULL;
}

static int bytes_contains(Vm *vm, Obj *self, Obj *item) {
    return bytesimpl_contains(vm, bytes_data(self), bytes_len(self), item);
}

NEWREF Obj *bytesimpl_getitem(Vm *vm, Obj *self, Obj *key, const char *tname) {
    const char *d;
    size_t n;
    bytes_like_view(self, &d, &n);
    int64_t i;
    if (OBJ_IS_SMALLINT(key)) {
        i = SMALLINT_VALUE(key);
    } else if (obj_type(key) == &slice_type) {
        int64_t start, stop, step;
        int64_t count = slice_unpack(vm, key, (int64_t)n, &start, &stop, &step);
        if (count < 0) {
            return NULL;
        }
        if (step == 1) {
            return bytesimpl_make(vm, self, d + start, (size_t)count);
        }
        StrBuf b;
        strbuf_init(&b);
        for (int64_t k = 0, j = start; k < count; k++, j += step) {
            if (strbuf_append_char(&b, d[j]) < 0) {
                strbuf_free(&b);
                return NULL;
            }
        }
        return bytesimpl_finish(vm, self, &b);
    } else if (slice_key_index(vm, key, tname, &i) < 0) {
        return NULL;
    }
    if (i < 0) {
        i += (int64_t)n;
    }
    if (i < 0 || (uint64_t)i >= n) {
        return err_raise(vm, &exc_IndexError,
                         bytearray_check(self) ? "bytearray index out of range"
                                               : "index out of range");
    }
    return SMALLINT_FROM((unsigned char)d[i]);
}

static Obj *bytes_getitem(Vm *vm, Obj *self, Obj *key) {
    return bytesimpl_getitem(vm, self, key, "byte");
}

NEWREF Obj *bytesimpl_concat(Vm *vm, Obj *a, Obj *b) {
    const char *x, *y;
    size_t nx, ny;
    if (!bytes_like_view(a, &x, &nx)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    if (!bytes_like_view(b, &y, &ny)) {
        if (obj_type(b)->flags & TYPE_FLAG_HEAPTYPE) {
            return obj_newref(OBJ_NOTIMPL);
        }
        return err_raise(vm, &exc_TypeError, "can't concat %s to %s", obj_type_name(b),
                         obj_type_name(a));
    }
    if (ny == 0 && obj_type(a) == &bytes_type) {
        return obj_newref(a);
    }
    StrBuf buf;
    strbuf_init(&buf);
    if (strbuf_append(&buf, x, nx) < 0 || strbuf_append(&buf, y, ny) < 0) {
        strbuf_free(&buf);
        return NULL;
    }
    return bytesimpl_finish(vm, a, &buf);
}

static bool is_bytes_like(const Obj *o) {
    return bytes_check(o) || bytearray_check(o);
}

// True when `o` can be a repeat count (an int or has __index__).
static bool is_count(const Obj *o) {
    return int_check(o) || obj_type(o)->as_int != NULL;
}

NEWREF Obj *bytesimpl_repeat(Vm *vm, Obj *a, Obj *b) {
    Obj *seq = is_bytes_like(a) ? a : is_bytes_like(b) ? b : NULL;
    Obj *other = seq == a ? b : a;
    int64_t count;
    if (seq == NULL) {
        return obj_newref(OBJ_NOTIMPL);
    }
    if (!is_count(other)) {
        // A class may define __rmul__; built-in operands get the message.
        if (obj_type(other)->flags & TYPE_FLAG_HEAPTYPE) {
            return obj_newref(OBJ_NOTIMPL);
        }
        return err_raise(vm, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                         obj_type_name(other));
    }
    if (index_size(vm, other, &count) < 0) {
        return NULL;
    }
    const char *d;
    size_t n;
    bytes_like_view(seq, &d, &n);
    if (count < 0) {
        count = 0;
    }
    if (count == 1 && obj_type(seq) == &bytes_type) {
        return obj_newref(seq);
    }
    size_t total;
    if (!mem_mul_ok(n, (size_t)count, &total) || total > (size_t)INT64_MAX) {
        // CPython's wording differs by type for a length past PY_SSIZE_T_MAX.
        if (bytes_check(seq)) {
            return err_raise(vm, &exc_OverflowError, "repeated bytes are too long");
        }
        return err_nomemory(vm);
    }
    if (total > (SIZE_MAX >> 2)) {
        return err_nomemory(vm);
    }
    StrBuf buf;
    strbuf_init(&buf);
    for (int64_t i = 0; i < count && n > 0; i++) {
        if (strbuf_append(&buf, d, n) < 0) {
            strbuf_free(&buf);
            return NULL;
        }
    }
    return bytesimpl_finish(vm, seq, &buf);
}

static Obj *bytes_mod(Vm *vm, Obj *a, Obj *b) {
    if (!bytes_check(a)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    return bytesimpl_percent(vm, a, b);
}

// sys.getsizeof model: the header fields plus the inline octets and their
// NUL terminator (one block holds everything).
static size_t bytes_sizeof(Obj *self) {
    return obj_type(self)->basicsize + bytes_len(self) + 1;
}

// ---------------------------------------------------------------------------
// The iterator shared by bytes and bytearray.
// ---------------------------------------------------------------------------

typedef struct BytesIterObj {
    Obj head;
    Obj *seq; // NULL once exhausted
    size_t index;
} BytesIterObj;

NEWREF Obj *bytesimpl_iter(Vm *vm, Obj *self) {
    TypeObj *type = bytearray_check(self) ? &bytearray_iter_type : &bytes_iter_type;
    BytesIterObj *it = (BytesIterObj *)obj_new(vm, type, sizeof(BytesIterObj));
    if (it == NULL) {
        return NULL;
    }
    it->seq = obj_newref(self);
    it->index = 0;
    return (Obj *)it;
}

static Obj *bytesiter_next(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    BytesIterObj *it = (BytesIterObj *)self;
    const char *d;
    size_t n;
    if (it->seq == NULL) {
        return NULL;
    }
    bytes_like_view(it->seq, &d, &n);
    if (it->index < n) {
        return SMALLINT_FROM((unsigned char)d[it->index++]);
    }
    Obj *seq = it->seq;
    it->seq = NULL;
    obj_decref(seq);
    return NULL;
}

static Obj *bytesiter_iter(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(self);
}

// The iterator holds a bytes or bytearray, which hold no references, so it
// can never be part of a cycle and needs no GC header.
static void bytesiter_dealloc(Obj *self) {
    obj_xdecref(((BytesIterObj *)self)->seq);
    obj_free(self);
}

#define BYTES_ITER_TYPE(var, tname)                                                                \
    TypeObj var = {                                                                                \
        .head = OBJ_HEAD_INIT(&type_type),                                                         \
        .name = tname,                                                                             \
        .basicsize = sizeof(BytesIterObj),                                                         \
        .dealloc = bytesiter_dealloc,                                                              \
        .iter = bytesiter_iter,                                                                    \
        .iternext = bytesiter_next,                                                                \
    };
BYTES_ITER_TYPE(bytes_iter_type, "bytes_iterator")
BYTES_ITER_TYPE(bytearray_iter_type, "bytearray_iterator")
#undef BYTES_ITER_TYPE

// ---------------------------------------------------------------------------
// The type.
// ---------------------------------------------------------------------------

static void bytes_dealloc(Obj *self) {
    obj_free(self);
}

static Obj *bytes_py_sizeof(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "object.__sizeof__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, bytes_sizeof(self));
}

static Obj *bytes_py_getnewargs(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__getnewargs__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return tuple_pack1(vm, self);
}

// bytes.__bytes__() (new in 3.11): an exact bytes is its own conversion; a
// subclass instance gives an exact copy.
static Obj *bytes_py_dunder_bytes(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "bytes.__bytes__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    if (obj_type(self) != &bytes_type) {
        return bytes_from_data(vm, bytes_data(self), bytes_len(self));
    }
    return obj_newref(self);
}

static const MethodDef bytes_methods[] = {
    BYTESIMPL_METHOD_ENTRIES,
    {"__sizeof__", bytes_py_sizeof, METH_DEFAULT, "Size of the object in memory, in bytes."},
    {"__getnewargs__", bytes_py_getnewargs, METH_DEFAULT, NULL},
    {"__bytes__", bytes_py_dunder_bytes, METH_DEFAULT, "Convert this value to exact type bytes."},
    {NULL, NULL, 0, NULL},
};

TypeObj bytes_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "bytes",
    .basicsize = sizeof(BytesObj),
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_SEQ_CONCAT,
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytesimpl_richcompare,
    .iter = bytesimpl_iter,
    .binop =
        {[BINOP_ADD] = bytesimpl_concat, [BINOP_MUL] = bytesimpl_repeat, [BINOP_MOD] = bytes_mod},
    .len = bytes_len_slot,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .new_ = bytes_new_py,
    .sizeof_ = bytes_sizeof,
    .methods = bytes_methods,
};
