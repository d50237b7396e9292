/* memoryview.c: memoryview objects. A view holds its exporter (a new
 * reference) and one acquisition of its memory: a bytearray refuses to be
 * resized while a view of it is alive, so the pointer stays valid. Views
 * are one-dimensional; slicing with a step gives a strided view. Items are
 * read and written with the struct module's native codes. */
#include "memoryview.h"

#include <stdio.h>
#include <string.h>

#include "../memory/gc.h"
#include "args.h"
#include "bytesobj.h"
#include "exc.h"
#include "intobj.h"
#include "list.h"
#include "misc.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct MemViewObj {
    Obj head;
    Obj *obj;        // the exporter; NULL once released
    char *start;     // the first item
    int64_t nitems;  // shape[0]
    int64_t stride;  // bytes from one item to the next (< 0 when reversed)
    BufferView view; // as acquired: the whole memory of `obj`
    int64_t hash;    // -1 until computed
} MemViewObj;

static MemViewObj *as_mv(Obj *o) {
    return (MemViewObj *)o;
}

bool memview_check(const Obj *o) {
    return obj_type(o) == &memoryview_type;
}

// ---------------------------------------------------------------------------
// Acquiring and releasing the exporter's memory.
// ---------------------------------------------------------------------------

int memview_get_buffer(Vm *vm, Obj *o, BufferView *view) {
    memset(view, 0, sizeof *view);
    view->itemsize = 1;
    view->format = 'B';
    if (bytes_check(o)) {
        view->buf = bytes_data_mut(o);
        view->len = bytes_len(o);
        view->readonly = true;
        return 0;
    }
    if (bytearray_check(o)) {
        view->buf = bytearray_data(o) != NULL ? bytearray_data(o) : (char *)"";
        view->len = bytearray_len(o);
        ((ByteArrayObj *)o)->exports++;
        return 0;
    }
    TypeObj *t = obj_type(o);
    if (t->getbuffer != NULL) {
        return t->getbuffer(vm, o, view);
    }
    err_raise(vm, &exc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
              obj_type_name(o));
    return -1;
}

void memview_release_buffer(Obj *o) {
    if (bytearray_check(o)) {
        ((ByteArrayObj *)o)->exports--;
        return;
    }
    TypeObj *t = obj_type(o);
    if (!bytes_check(o) && t->releasebuffer != NULL) {
        t->releasebuffer(o);
    }
}

static MemViewObj *mv_alloc(Vm *vm) {
    MemViewObj *m = (MemViewObj *)obj_new_container(vm, &memoryview_type, sizeof(MemViewObj));
    if (m != NULL) {
        m->hash = -1;
    }
    return m;
}

// A view of the same exporter as `base` (acquired again), over `nitems`
// items from `start` with `stride`.
static Obj *mv_subview(Vm *vm, MemViewObj *base, char *start, int64_t nitems, int64_t stride) {
    BufferView again;
    if (memview_get_buffer(vm, base->obj, &again) < 0) {
        return NULL;
    }
    MemViewObj *m = mv_alloc(vm);
    if (m == NULL) {
        memview_release_buffer(base->obj);
        return NULL;
    }
    m->obj = obj_newref(base->obj);
    m->view = base->view; // the format and readonly flag of `base` (a cast) win
    m->start = start;
    m->nitems = nitems;
    m->stride = stride;
    return (Obj *)m;
}

NEWREF Obj *memview_new(Vm *vm, Obj *o) {
    if (memview_check(o)) {
        MemViewObj *src = as_mv(o);
        if (src->obj == NULL) {
            return err_raise(vm, &exc_ValueError,
                             "operation forbidden on released memoryview object");
        }
        return mv_subview(vm, src, src->start, src->nitems, src->stride);
    }
    BufferView view;
    if (memview_get_buffer(vm, o, &view) < 0) {
        return NULL;
    }
    MemViewObj *m = mv_alloc(vm);
    if (m == NULL) {
        memview_release_buffer(o);
        return NULL;
    }
    m->obj = obj_newref(o);
    m->view = view;
    m->start = view.buf;
    m->nitems = (int64_t)(view.len / view.itemsize);
    m->stride = (int64_t)view.itemsize;
    return (Obj *)m;
}

// Drops the exporter; idempotent.
static void mv_release(MemViewObj *m) {
    Obj *o = m->obj;
    if (o != NULL) {
        m->obj = NULL;
        memview_release_buffer(o);
        obj_decref(o);
    }
}

static int mv_live(Vm *vm, MemViewObj *m) {
    if (m->obj == NULL) {
        err_raise(vm, &exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

bool memview_contiguous(const Obj *o, const char **data, size_t *len) {
    MemViewObj *m = as_mv((Obj *)o);
    if (m->obj == NULL || (m->stride != (int64_t)m->view.itemsize && m->nitems > 1)) {
        return false;
    }
    *data = m->start;
    *len = (size_t)m->nitems * m->view.itemsize;
    return true;
}

// ---------------------------------------------------------------------------
// Items: unpacking and packing with the struct module's native codes.
// ---------------------------------------------------------------------------

static size_t format_size(char f) {
    switch (f) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'h': case 'H': return sizeof(short);
    case 'i': case 'I': return sizeof(int);
    case 'l': case 'L': return sizeof(long);
    case 'q': case 'Q': return sizeof(long long);
    case 'n': case 'N': return sizeof(size_t);
    case 'f': return sizeof(float);
    case 'd': return sizeof(double);
    default: return 0;
    }
}

// One item of any native format, read or written with memcpy (items need
// not be aligned in a strided or cast view).
typedef union Item {
    signed char b;
    unsigned char B;
    short h;
    unsigned short H;
    int i;
    unsigned int I;
    long l;
    unsigned long L;
    long long q;
    unsigned long long Q;
    ptrdiff_t n;
    size_t N;
    float f;
    double d;
} Item;

static Obj *unsupported(Vm *vm, char f) {
    return err_raise(vm, &exc_NotImplementedError, "memoryview: format %c not supported", f);
}

static Obj *unpack(Vm *vm, char f, const char *p) {
    if (format_size(f) == 0) {
        return unsupported(vm, f);
    }
    Item u;
    memcpy(&u, p, format_size(f));
    switch (f) {
    case 'B': return SMALLINT_FROM(u.B);
    case 'b': return SMALLINT_FROM(u.b);
    case 'c': return bytes_from_data(vm, p, 1);
    case '?': return obj_newref(u.B ? OBJ_TRUE : OBJ_FALSE);
    case 'h': return SMALLINT_FROM(u.h);
    case 'H': return SMALLINT_FROM(u.H);
    case 'i': return SMALLINT_FROM(u.i);
    case 'I': return SMALLINT_FROM(u.I);
    case 'l': return int_from_i64(vm, u.l);
    case 'q': return int_from_i64(vm, u.q);
    case 'n': return int_from_i64(vm, u.n);
    case 'L': return int_from_u64(vm, u.L);
    case 'Q': return int_from_u64(vm, u.Q);
    case 'N': return int_from_u64(vm, u.N);
    case 'f': return float_from_double(vm, u.f);
    default: return float_from_double(vm, u.d);
    }
}

static int invalid_value(Vm *vm, char f) {
    err_raise(vm, &exc_ValueError, "memoryview: invalid value for format '%c'", f);
    return -1;
}

// An integer item in [lo, hi] as its 64-bit pattern, or ValueError as
// CPython's memoryview says.
static int int_item(Vm *vm, char f, Obj *v, int64_t lo, uint64_t hi, uint64_t *out) {
    if (!int_check(v)) {
        err_raise(vm, &exc_TypeError, "memoryview: invalid type for format '%c'", f);
        return -1;
    }
    int64_t s;
    if (int_as_i64(vm, v, &s) == 0) {
        if (s < lo || (s > 0 && (uint64_t)s > hi)) {
            return invalid_value(vm, f);
        }
        *out = (uint64_t)s;
        return 0;
    }
    err_clear(vm);
    if (hi != UINT64_MAX || int_sign(v) < 0) {
        return invalid_value(vm, f);
    }
    // Above INT64_MAX: v - 2**64 fits in int64 exactly when v < 2**64.
    Obj *two64 = obj_binop(vm, SMALLINT_FROM(1), SMALLINT_FROM(64), BINOP_LSHIFT);
    Obj *d = two64 != NULL ? obj_binop(vm, v, two64, BINOP_SUB) : NULL;
    int rc = d != NULL ? int_as_i64(vm, d, &s) : -1;
    obj_xdecref(two64);
    obj_xdecref(d);
    if (rc < 0 || s >= 0) {
        err_clear(vm);
        return invalid_value(vm, f);
    }
    *out = (uint64_t)s;
    return 0;
}

static int pack(Vm *vm, char f, char *p, Obj *v) {
    if (format_size(f) == 0) {
        unsupported(vm, f);
        return -1;
    }
    if (f == 'f' || f == 'd') {
        double d;
        if (float_check(v)) {
            d = float_value(v);
        } else if (int_check(v)) {
            if (int_as_double(vm, v, &d) < 0) {
                return -1;
            }
        } else {
            err_raise(vm, &exc_TypeError, "memoryview: invalid type for format '%c'", f);
            return -1;
        }
        if (f == 'f') {
            float x = (float)d;
            memcpy(p, &x, sizeof x);
        } else {
            memcpy(p, &d, sizeof d);
        }
        return 0;
    }
    if (f == 'c') {
        if (!bytes_check(v) || bytes_len(v) != 1) {
            return invalid_value(vm, f);
        }
        *p = bytes_data(v)[0];
        return 0;
    }
    if (f == '?') {
        int t = obj_is_true(vm, v);
        if (t < 0) {
            return -1;
        }
        *p = (char)t;
        return 0;
    }
    size_t size = format_size(f);
    bool is_signed = f == 'b' || f == 'h' || f == 'i' || f == 'l' || f == 'q' || f == 'n';
    uint64_t hi = size == 8 ? UINT64_MAX : ((uint64_t)1 << (8 * size)) - 1;
    int64_t lo = 0;
    if (is_signed) {
        hi >>= 1;
        lo = -(int64_t)hi - 1;
    }
    uint64_t x;
    if (int_item(vm, f, v, lo, hi, &x) < 0) {
        return -1;
    }
    Item u;
    switch (f) {
    case 'B': u.B = (unsigned char)x; break;
    case 'b': u.b = (signed char)(int64_t)x; break;
    case 'h': u.h = (short)(int64_t)x; break;
    case 'H': u.H = (unsigned short)x; break;
    case 'i': u.i = (int)(int64_t)x; break;
    case 'I': u.I = (unsigned int)x; break;
    case 'l': u.l = (long)(int64_t)x; break;
    case 'L': u.L = (unsigned long)x; break;
    case 'q': u.q = (long long)(int64_t)x; break;
    case 'Q': u.Q = (unsigned long long)x; break;
    case 'n': u.n = (ptrdiff_t)(int64_t)x; break;
    default: u.N = (size_t)x; break;
    }
    memcpy(p, &u, size);
    return 0;
}

// ---------------------------------------------------------------------------
// The sequence protocol.
// ---------------------------------------------------------------------------

static int64_t mv_len(Vm *vm, Obj *self) {
    MemViewObj *m = as_mv(self);
    return mv_live(vm, m) < 0 ? -1 : m->nitems;
}

static int mv_index(Vm *vm, MemViewObj *m, Obj *key, char **item) {
    int64_t i;
    if (slice_key_index(vm, key, "memoryview", &i) < 0) {
        return -1;
    }
    if (i < 0) {
        i += m->nitems;
    }
    if (i < 0 || i >= m->nitems) {
        err_raise(vm, &exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    *item = m->start + i * m->stride;
    return 0;
}

static Obj *mv_getitem(Vm *vm, Obj *self, Obj *key) {
    MemViewObj *m = as_mv(self);
    if (mv_live(vm, m) < 0) {
        return NULL;
    }
    if (obj_type(key) == &slice_type) {
        int64_t start, stop, step;
        int64_t n = slice_unpack(vm, key, m->nitems, &start, &stop, &step);
        if (n < 0) {
            return NULL;
        }
        return mv_subview(vm, m, m->start + start * m->stride, n, m->stride * step);
    }
    if (key == OBJ_ELLIPSIS) {
        return obj_newref(self);
    }
    if (!int_check(key) && obj_type(key)->as_int == NULL) {
        return err_raise(vm, &exc_TypeError, "memoryview: invalid slice key");
    }
    char *item;
    if (mv_index(vm, m, key, &item) < 0) {
        return NULL;
    }
    return unpack(vm, m->view.format, item);
}

// m[a:b:c] = buffer: same format and item count.
static int mv_assign_slice(Vm *vm, MemViewObj *m, Obj *key, Obj *value) {
    int64_t start, stop, step;
    int64_t n = slice_unpack(vm, key, m->nitems, &start, &stop, &step);
    if (n < 0) {
        return -1;
    }
    BufferView src;
    if (memview_get_buffer(vm, memview_check(value) ? as_mv(value)->obj : value, &src) < 0) {
        return -1;
    }
    const char *sp = src.buf;
    int64_t sn = (int64_t)(src.len / src.itemsize), sstride = (int64_t)src.itemsize;
    char sformat = src.format;
    if (memview_check(value)) {
        sp = as_mv(value)->start;
        sn = as_mv(value)->nitems;
        sstride = as_mv(value)->stride;
        sformat = as_mv(value)->view.format;
    }
    int rc = 0;
    if (sformat != m->view.format || sn != n) {
        err_raise(vm, &exc_ValueError,
                  "memoryview assignment: lvalue and rvalue have different structures");
        rc = -1;
    } else {
        // memmove per item: the source may be this very memory.
        char tmp[16];
        size_t isz = m->view.itemsize;
        bool backwards = step > 0 && sp < m->start + start * m->stride;
        for (int64_t k = 0; k < n; k++) {
            int64_t j = backwards ? n - 1 - k : k;
            memcpy(tmp, sp + j * sstride, isz);
            memcpy(m->start + (start + j * step) * m->stride, tmp, isz);
        }
    }
    memview_release_buffer(memview_check(value) ? as_mv(value)->obj : value);
    return rc;
}

static int mv_setitem(Vm *vm, Obj *self, Obj *key, Obj *value) {
    MemViewObj *m = as_mv(self);
    if (mv_live(vm, m) < 0) {
        return -1;
    }
    if (m->view.readonly) {
        err_raise(vm, &exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (value == NULL) {
        err_raise(vm, &exc_TypeError, "cannot delete memory");
        return -1;
    }
    if (obj_type(key) == &slice_type) {
        return mv_assign_slice(vm, m, key, value);
    }
    char *item;
    if (mv_index(vm, m, key, &item) < 0) {
        return -1;
    }
    return pack(vm, m->view.format, item, value);
}

static Obj *mv_iter(Vm *vm, Obj *self) {
    if (mv_live(vm, as_mv(self)) < 0) {
        return NULL;
    }
    return seqiter_new(vm, self);
}

// ---------------------------------------------------------------------------
// Methods.
// ---------------------------------------------------------------------------

// The items' bytes, in order, into a new bytes object.
static Obj *mv_tobytes_impl(Vm *vm, MemViewObj *m) {
    size_t isz = m->view.itemsize;
    Obj *b = bytes_new_uninit(vm, (size_t)m->nitems * isz);
    if (b == NULL) {
        return NULL;
    }
    char *out = bytes_data_mut(b);
    for (int64_t i = 0; i < m->nitems; i++) {
        memcpy(out + (size_t)i * isz, m->start + i * m->stride, isz);
    }
    return b;
}

static Obj *mv_tobytes(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"order", NULL};
    Obj *order;
    if (args_bind(vm, "tobytes", args, nargs, kwnames, names, 1, 0, &order) < 0 ||
        mv_live(vm, as_mv(self)) < 0) {
        return NULL;
    }
    return mv_tobytes_impl(vm, as_mv(self));
}

static Obj *mv_tolist(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    MemViewObj *m = as_mv(self);
    if (args_check(vm, "tolist", nargs, kwnames, 0, 0) < 0 || mv_live(vm, m) < 0) {
        return NULL;
    }
    Obj *l = list_new(vm, 0);
    for (int64_t i = 0; l != NULL && i < m->nitems; i++) {
        Obj *v = unpack(vm, m->view.format, m->start + i * m->stride);
        if (v == NULL || list_append_steal(vm, l, v) < 0) {
            obj_decref(l);
            return NULL;
        }
    }
    return l;
}

static Obj *mv_hex(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (mv_live(vm, as_mv(self)) < 0) {
        return NULL;
    }
    Obj *b = mv_tobytes_impl(vm, as_mv(self));
    if (b == NULL) {
        return NULL;
    }
    Obj *hex = obj_getattr_cstr(vm, b, "hex");
    Obj *r = hex != NULL ? obj_call(vm, hex, args, nargs, kwnames) : NULL;
    obj_xdecref(hex);
    obj_decref(b);
    return r;
}

static Obj *mv_release_py(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "release", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    mv_release(as_mv(self));
    return obj_newref(OBJ_NONE);
}

static Obj *mv_enter(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__enter__", nargs, kwnames, 0, 0) < 0 || mv_live(vm, as_mv(self)) < 0) {
        return NULL;
    }
    return obj_newref(self);
}

static Obj *mv_exit(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    OURO_UNUSED(vm);
    mv_release(as_mv(self));
    return obj_newref(OBJ_NONE);
}

static bool is_byte_format(char f) {
    return f == 'B' || f == 'b' || f == 'c';
}

// cast(format): the same bytes seen as items of another native format.
static Obj *mv_cast(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"format", "shape", NULL};
    Obj *a[2];
    MemViewObj *m = as_mv(self);
    if (args_bind(vm, "cast", args, nargs, kwnames, names, 2, 1, a) < 0 || mv_live(vm, m) < 0) {
        return NULL;
    }
    if (!str_check(a[0])) {
        return err_raise(vm, &exc_TypeError, "memoryview: format argument must be a string");
    }
    const char *fs = str_cstr(a[0]);
    if (fs[0] == '@') {
        fs++;
    }
    char f = fs[0];
    if (f == '\0' || fs[1] != '\0' || format_size(f) == 0) {
        return err_raise(vm, &exc_ValueError,
                         "memoryview: destination format must be a native single character "
                         "format prefixed with an optional '@'");
    }
    if (a[1] != NULL && a[1] != OBJ_NONE) {
        return err_raise(vm, &exc_NotImplementedError,
                         "memoryview: casts to more than one dimension are not supported");
    }
    if (m->stride != (int64_t)m->view.itemsize && m->nitems > 1) {
        return err_raise(vm, &exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    }
    if (!is_byte_format(f) && !is_byte_format(m->view.format)) {
        return err_raise(vm, &exc_TypeError,
                         "memoryview: cannot cast between two non-byte formats");
    }
    size_t nbytes = (size_t)m->nitems * m->view.itemsize, isz = format_size(f);
    if (nbytes % isz != 0) {
        return err_raise(vm, &exc_TypeError, "memoryview: length is not a multiple of itemsize");
    }
    MemViewObj *r = (MemViewObj *)mv_subview(vm, m, m->start, (int64_t)(nbytes / isz),
                                             (int64_t)isz);
    if (r != NULL) {
        r->view.format = f;
        r->view.itemsize = isz;
    }
    return (Obj *)r;
}

static Obj *mv_toreadonly(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    MemViewObj *m = as_mv(self);
    if (args_check(vm, "toreadonly", nargs, kwnames, 0, 0) < 0 || mv_live(vm, m) < 0) {
        return NULL;
    }
    MemViewObj *r = (MemViewObj *)mv_subview(vm, m, m->start, m->nitems, m->stride);
    if (r != NULL) {
        r->view.readonly = true;
    }
    return (Obj *)r;
}

static const MethodDef mv_methods[] = {
    {"tobytes", mv_tobytes, METH_DEFAULT, "The data as bytes."},
    {"tolist", mv_tolist, METH_DEFAULT, "The items as a list."},
    {"hex", mv_hex, METH_DEFAULT, "The data as hexadecimal text."},
    {"release", mv_release_py, METH_DEFAULT, "Release the underlying object."},
    {"cast", mv_cast, METH_DEFAULT, "The same memory with another format."},
    {"toreadonly", mv_toreadonly, METH_DEFAULT, "A read-only view of the same memory."},
    {"__enter__", mv_enter, METH_DEFAULT, NULL},
    {"__exit__", mv_exit, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

// ---------------------------------------------------------------------------
// Attributes.
// ---------------------------------------------------------------------------

static Obj *mv_get_obj(Vm *vm, Obj *self) {
    MemViewObj *m = as_mv(self);
    return mv_live(vm, m) < 0 ? NULL : obj_newref(m->obj);
}

static Obj *mv_get_nbytes(Vm *vm, Obj *self) {
    MemViewObj *m = as_mv(self);
    return mv_live(vm, m) < 0 ? NULL : int_from_i64(vm, m->nitems * (int64_t)m->view.itemsize);
}

static Obj *mv_get_readonly(Vm *vm, Obj *self) {
    MemViewObj *m = as_mv(self);
    return mv_live(vm, m) < 0 ? NULL : obj_newref(m->view.readonly ? OBJ_TRUE : OBJ_FALSE);
}

static Obj *mv_get_itemsize(Vm *vm, Obj *self) {
    MemViewObj *m = as_mv(self);
    return mv_live(vm, m) < 0 ? NULL : int_from_i64(vm, (int64_t)m->view.itemsize);
}

static Obj *mv_get_format(Vm *vm, Obj *self) {
    MemViewObj *m = as_mv(self);
    return mv_live(vm, m) < 0 ? NULL : str_from_utf8(vm, &m->view.format, 1);
}

static Obj *mv_get_ndim(Vm *vm, Obj *self) {
    return mv_live(vm, as_mv(self)) < 0 ? NULL : SMALLINT_FROM(1);
}

static Obj *mv_get_shape(Vm *vm, Obj *self) {
    MemViewObj *m = as_mv(self);
    return mv_live(vm, m) < 0 ? NULL : tuple_pack1(vm, SMALLINT_FROM(m->nitems));
}

static Obj *mv_get_strides(Vm *vm, Obj *self) {
    MemViewObj *m = as_mv(self);
    if (mv_live(vm, m) < 0) {
        return NULL;
    }
    Obj *s = int_from_i64(vm, m->stride);
    Obj *t = s != NULL ? tuple_pack1(vm, s) : NULL;
    obj_xdecref(s);
    return t;
}

static Obj *mv_get_suboffsets(Vm *vm, Obj *self) {
    return mv_live(vm, as_mv(self)) < 0 ? NULL : tuple_new(vm, 0);
}

static Obj *mv_get_contiguous(Vm *vm, Obj *self) {
    MemViewObj *m = as_mv(self);
    if (mv_live(vm, m) < 0) {
        return NULL;
    }
    bool c = m->nitems <= 1 || m->stride == (int64_t)m->view.itemsize;
    return obj_newref(c ? OBJ_TRUE : OBJ_FALSE);
}

static const GetSetDef mv_getset[] = {
    {"obj", mv_get_obj, NULL},
    {"nbytes", mv_get_nbytes, NULL},
    {"readonly", mv_get_readonly, NULL},
    {"itemsize", mv_get_itemsize, NULL},
    {"format", mv_get_format, NULL},
    {"ndim", mv_get_ndim, NULL},
    {"shape", mv_get_shape, NULL},
    {"strides", mv_get_strides, NULL},
    {"suboffsets", mv_get_suboffsets, NULL},
    {"c_contiguous", mv_get_contiguous, NULL},
    {"f_contiguous", mv_get_contiguous, NULL},
    {"contiguous", mv_get_contiguous, NULL},
    {NULL, NULL, NULL},
};

// ---------------------------------------------------------------------------
// The object protocol.
// ---------------------------------------------------------------------------

static Obj *mv_repr(Vm *vm, Obj *self) {
    char buf[64];
    snprintf(buf, sizeof buf, "<%smemory at %p>", as_mv(self)->obj == NULL ? "released " : "",
             (void *)self);
    return str_from_cstr(vm, buf);
}

// Equal when both expose memory with equal items (compared as values, so
// that views of different formats can be equal, as in CPython).
static Obj *mv_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if (op != CMP_EQ && op != CMP_NE) {
        return obj_newref(OBJ_NOTIMPL);
    }
    MemViewObj *m = as_mv(a);
    if (a == b) {
        return obj_newref((op == CMP_EQ) == (m->obj != NULL) ? OBJ_TRUE : OBJ_FALSE);
    }
    Obj *other = memview_check(b) ? obj_newref(b) : NULL;
    if (other == NULL) {
        if (!bytes_check(b) && !bytearray_check(b) && obj_type(b)->getbuffer == NULL) {
            return obj_newref(OBJ_NOTIMPL);
        }
        other = memview_new(vm, b);
        if (other == NULL) {
            return NULL;
        }
    }
    int eq = 0;
    if (m->obj != NULL && as_mv(other)->obj != NULL) {
        Obj *la = mv_tolist(vm, a, NULL, 0, NULL);
        Obj *lb = la != NULL ? mv_tolist(vm, other, NULL, 0, NULL) : NULL;
        eq = lb != NULL ? obj_richcompare_bool(vm, la, lb, CMP_EQ) : -1;
        obj_xdecref(la);
        obj_xdecref(lb);
    }
    obj_decref(other);
    if (eq < 0) {
        return NULL;
    }
    return obj_newref((op == CMP_EQ) == (eq == 1) ? OBJ_TRUE : OBJ_FALSE);
}

static int64_t mv_hash(Vm *vm, Obj *self) {
    MemViewObj *m = as_mv(self);
    if (m->hash != -1) {
        return m->hash;
    }
    if (mv_live(vm, m) < 0) {
        return -1;
    }
    if (!m->view.readonly) {
        err_raise(vm, &exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (!is_byte_format(m->view.format)) {
        err_raise(vm, &exc_ValueError,
                  "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    Obj *b = mv_tobytes_impl(vm, m);
    if (b == NULL) {
        return -1;
    }
    m->hash = obj_hash(vm, b);
    obj_decref(b);
    return m->hash;
}

static Obj *mv_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(type);
    static const char *const names[] = {"object", NULL};
    Obj *o;
    if (args_bind(vm, "memoryview", args, nargs, kwnames, names, 1, 1, &o) < 0) {
        return NULL;
    }
    return memview_new(vm, o);
}

static int mv_traverse(Obj *self, GcVisitFn visit, void *arg) {
    Obj *o = as_mv(self)->obj;
    return o != NULL ? visit(o, arg) : 0;
}

static void mv_clear(Obj *self) {
    mv_release(as_mv(self));
}

static void mv_dealloc(Obj *self) {
    gc_untrack(self);
    mv_release(as_mv(self));
    obj_free(self);
}

static size_t mv_sizeof(Obj *self) {
    OURO_UNUSED(self);
    return sizeof(MemViewObj);
}

TypeObj memoryview_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "memoryview",
    .basicsize = sizeof(MemViewObj),
    .flags = TYPE_FLAG_GC,
    .base = &object_type,
    .dealloc = mv_dealloc,
    .traverse = mv_traverse,
    .clear = mv_clear,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .getattr = obj_generic_getattr,
    .iter = mv_iter,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .new_ = mv_new_py,
    .sizeof_ = mv_sizeof,
    .methods = mv_methods,
    .getset = mv_getset,
};
