/* list.c: the list type, a growable array of references. Core storage
 * (growth with CPython's over-allocation), the C API of list.h, indexing,
 * slicing, operators and repr. Methods live in list_methods.c, sorting in
 * listsort.c, the iterators in iterobject.c. */
#include "list.h"

#include <string.h>

#include "../memory/gc.h"
#include "../memory/mem.h"
#include "args.h"
#include "exc.h"
#include "intobj.h"
#include "list_impl.h"
#include "misc.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

bool list_check(const Obj *o) {
    TypeObj *t = obj_type(o);
    return t == &list_type || (t->flags & TYPE_FLAG_LIST_SUBCLASS) != 0;
}

// Makes room for `newlen` items and sets the length to it. Growth follows
// CPython: about 1/8 extra plus a constant, so appends are amortised O(1)
// and the capacity (visible through __sizeof__) matches CPython's pattern.
// Shrinking below half the capacity gives memory back. The caller fills or
// has already released the slots past the old length.
int listimpl_resize(Vm *vm, ListObj *l, size_t newlen) {
    if (l->cap >= newlen && newlen >= (l->cap >> 1)) {
        l->len = newlen;
        return 0;
    }
    size_t newcap;
    if (newlen == 0) {
        newcap = 0;
    } else {
        newcap = (newlen + (newlen >> 3) + 6) & ~(size_t)3;
        if (newlen - l->len > newcap - newlen) {
            newcap = (newlen + 3) & ~(size_t)3;
        }
    }
    size_t bytes;
    if (newcap > (SIZE_MAX >> 4) || !mem_mul_ok(newcap, sizeof(Obj *), &bytes)) {
        err_nomemory(vm);
        return -1;
    }
    if (newcap == 0) {
        mem_free(l->items);
        l->items = NULL;
    } else {
        Obj **items = mem_realloc(l->items, bytes);
        if (items == NULL) {
            return -1;
        }
        l->items = items;
    }
    l->cap = newcap;
    l->len = newlen;
    return 0;
}

// An empty instance of `type` (list or a subclass).
NEWREF Obj *listimpl_alloc(Vm *vm, TypeObj *type) {
    return type_alloc(vm, type);
}

NEWREF Obj *list_new(Vm *vm, size_t len) {
    ListObj *l = (ListObj *)listimpl_alloc(vm, &list_type);
    if (l == NULL) {
        return NULL;
    }
    if (len > 0) {
        size_t bytes;
        if (len > (SIZE_MAX >> 4) || !mem_mul_ok(len, sizeof(Obj *), &bytes)) {
            obj_decref((Obj *)l);
            return err_nomemory(vm);
        }
        l->items = mem_calloc(len, sizeof(Obj *));
        if (l->items == NULL) {
            obj_decref((Obj *)l);
            return NULL;
        }
        l->len = l->cap = len;
    }
    return (Obj *)l;
}

void list_set_steal(Obj *list, size_t i, STEALS Obj *item) {
    ((ListObj *)list)->items[i] = item;
}

int list_append_steal(Vm *vm, Obj *list, STEALS Obj *item) {
    ListObj *l = (ListObj *)list;
    size_t n = l->len;
    if (OURO_LIKELY(n < l->cap)) {
        l->items[n] = item;
        l->len = n + 1;
        return 0;
    }
    if (listimpl_resize(vm, l, n + 1) < 0) {
        obj_decref(item);
        return -1;
    }
    l->items[n] = item;
    return 0;
}

int list_append(Vm *vm, Obj *list, Obj *item) {
    obj_incref(item);
    return list_append_steal(vm, list, item);
}

void list_clear(Obj *list) {
    ListObj *l = (ListObj *)list;
    Obj **items = l->items;
    size_t n = l->len;
    l->items = NULL;
    l->len = l->cap = 0;
    // xdecref: a list from list_new(n) may be dropped before it is filled.
    while (n > 0) {
        obj_xdecref(items[--n]);
    }
    mem_free(items);
}

// Before extending `l` from an iterable with a large len() (range(2**62)),
// makes room for all of it at once, so that an impossible size is a
// MemoryError up front, as in CPython, rather than a heap filled item by
// item. Small sizes keep the usual growth (and sizes). A failing len() other
// than TypeError propagates, as CPython's length hint does.
static int reserve_for(Vm *vm, ListObj *l, Obj *iterable) {
    if (obj_type(iterable)->len == NULL) {
        return 0;
    }
    int64_t n = obj_len(vm, iterable);
    if (n < 0) {
        if (!err_matches(vm, &exc_TypeError)) {
            return -1;
        }
        err_clear(vm);
        return 0;
    }
    if (n < ((int64_t)1 << 20) || (uint64_t)n > SIZE_MAX - l->len) {
        return 0;
    }
    size_t old = l->len;
    if (listimpl_resize(vm, l, old + (size_t)n) < 0) {
        return -1;
    }
    l->len = old; // the room stays reserved; the items come from the loop
    return 0;
}

int list_extend(Vm *vm, Obj *list, Obj *iterable) {
    ListObj *l = (ListObj *)list;
    TypeObj *t = obj_type(iterable);
    if (t == &list_type || t == &tuple_type) {
        // Fast path; `iterable` may be `list` itself, so read the source
        // only after the resize.
        size_t n = t == &list_type ? list_len(iterable) : tuple_len(iterable);
        size_t old = l->len;
        if (n == 0) {
            return 0;
        }
        if (listimpl_resize(vm, l, old + n) < 0) {
            return -1;
        }
        Obj **src = t == &list_type ? ((ListObj *)iterable)->items : ((TupleObj *)iterable)->items;
        for (size_t i = 0; i < n; i++) {
            l->items[old + i] = obj_newref(src[i]);
        }
        return 0;
    }
    if (reserve_for(vm, l, iterable) < 0) {
        return -1;
    }
    Obj *it = obj_iter(vm, iterable);
    if (it == NULL) {
        return -1;
    }
    for (;;) {
        Obj *item = obj_next(vm, it);
        if (item == NULL) {
            break;
        }
        if (list_append_steal(vm, list, item) < 0) {
            break;
        }
    }
    obj_decref(it);
    return err_occurred(vm) ? -1 : 0;
}

NEWREF Obj *list_from_iterable(Vm *vm, Obj *iterable) {
    Obj *l = list_new(vm, 0);
    if (l == NULL) {
        return NULL;
    }
    if (list_extend(vm, l, iterable) < 0) {
        obj_decref(l);
        return NULL;
    }
    return l;
}

NEWREF Obj *list_as_tuple(Vm *vm, Obj *list) {
    ListObj *l = (ListObj *)list;
    return tuple_pack(vm, l->len, l->items);
}

// A new list of `n` items copied (new references) from `src`.
NEWREF Obj *listimpl_from_array(Vm *vm, Obj *const *src, size_t n) {
    Obj *res = list_new(vm, n);
    if (res == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        list_set_steal(res, i, obj_newref(src[i]));
    }
    return res;
}

// ---------------------------------------------------------------------------
// Lifetime and GC.
// ---------------------------------------------------------------------------

static void list_dealloc(Obj *self) {
    gc_untrack(self);
    list_clear(self);
    obj_free(self);
}

// Slots may still be NULL while a list from list_new(n) is being filled
// (a collection can run during that).
static int list_traverse(Obj *self, GcVisitFn visit, void *arg) {
    // A visitor never changes the object it visits (it only reads or
    // counts), so the array and the length are read once.
    const ListObj *l = (const ListObj *)self;
    return gc_visit_array(l->items, l->len, visit, arg);
}

static size_t list_sizeof(Obj *self) {
    const ListObj *l = (const ListObj *)self;
    return obj_type(self)->basicsize + l->cap * sizeof(Obj *);
}

// ---------------------------------------------------------------------------
// Object protocol.
// ---------------------------------------------------------------------------

NEWREF Obj *listimpl_items_repr(Vm *vm, Obj *self, Obj **const *items, const size_t *len,
                                const char *open, const char *close) {
    if (*len == 0) {
        return str_from_fmt(vm, "%s%s", open, close);
    }
    int rc = obj_repr_enter(vm, self);
    if (rc != 0) {
        return rc > 0 ? str_from_fmt(vm, "%s...%s", open, close) : NULL;
    }
    StrBuf b;
    strbuf_init(&b);
    if (strbuf_append_cstr(&b, open) < 0) {
        goto fail;
    }
    for (size_t i = 0; i < *len; i++) {
        if (i > 0 && strbuf_append(&b, ", ", 2) < 0) {
            goto fail;
        }
        Obj *item = obj_newref((*items)[i]);
        Obj *r = obj_repr(vm, item);
        obj_decref(item);
        if (r == NULL) {
            goto fail;
        }
        rc = strbuf_append_str(&b, r);
        obj_decref(r);
        if (rc < 0) {
            goto fail;
        }
    }
    if (strbuf_append_cstr(&b, close) < 0) {
        goto fail;
    }
    obj_repr_leave(vm, self);
    return strbuf_finish(vm, &b);
fail:
    obj_repr_leave(vm, self);
    strbuf_free(&b);
    return NULL;
}

static Obj *list_repr(Vm *vm, Obj *self) {
    ListObj *l = (ListObj *)self;
    return listimpl_items_repr(vm, self, &l->items, &l->len, "[", "]");
}

static Obj *cmp_result(size_t a, size_t b, CmpOp op) {
    bool r = false;
    switch (op) {
        case CMP_LT:
            r = a < b;
            break;
        case CMP_LE:
            r = a <= b;
            break;
        case CMP_EQ:
            r = a == b;
            break;
        case CMP_NE:
            r = a != b;
            break;
        case CMP_GT:
            r = a > b;
            break;
        case CMP_GE:
            r = a >= b;
            break;
    }
    return obj_newref(obj_bool(r));
}

// Equality of two items that needs no Python code: 1/0 for identical
// objects, two small ints or two exact strs; -1 when it takes obj_eq.
static int plain_eq(Obj *p, Obj *q) {
    if (p == q) {
        return 1;
    }
    if (OBJ_IS_SMALLINT(p) || OBJ_IS_SMALLINT(q)) {
        return OBJ_IS_SMALLINT(p) && OBJ_IS_SMALLINT(q) ? 0 : -1;
    }
    if (p->type == &str_type && q->type == &str_type) {
        return str_equal(p, q);
    }
    return -1;
}

// The order of two unequal items that needs no Python code: -1 or 1 for
// two small ints or two exact strs (UTF-8 bytes sort as code points), 2
// when it takes the generic protocol.
static int plain_order(Obj *p, Obj *q) {
    if (OBJ_IS_SMALLINT(p) && OBJ_IS_SMALLINT(q)) {
        return SMALLINT_VALUE(p) < SMALLINT_VALUE(q) ? -1 : 1;
    }
    if (!OBJ_IS_SMALLINT(p) && !OBJ_IS_SMALLINT(q) && p->type == &str_type &&
        q->type == &str_type) {
        size_t np = str_size(p), nq = str_size(q);
        int c = memcmp(str_cstr(p), str_cstr(q), np < nq ? np : nq);
        return c < 0 || (c == 0 && np < nq) ? -1 : 1;
    }
    return 2;
}

NEWREF Obj *listimpl_items_compare(Vm *vm, Obj **const *xitems, const size_t *xlen,
                                   Obj **const *yitems, const size_t *ylen, CmpOp op) {
    if (*xlen != *ylen && (op == CMP_EQ || op == CMP_NE)) {
        return obj_newref(obj_bool(op == CMP_NE));
    }
    for (size_t i = 0; i < *xlen && i < *ylen; i++) {
        // Tuples of ints and strs (sort keys, dict keys) compare without
        // the generic protocol while their items are equal.
        int peq = plain_eq((*xitems)[i], (*yitems)[i]);
        if (peq == 1) {
            continue;
        }
        if (peq == 0 && op != CMP_EQ && op != CMP_NE) {
            int c = plain_order((*xitems)[i], (*yitems)[i]);
            if (c != 2) {
                return cmp_result((size_t)(c + 1), 1, op); // c is -1, 0 or 1
            }
        }
        Obj *p = obj_newref((*xitems)[i]), *q = obj_newref((*yitems)[i]);
        int eq = obj_eq(vm, p, q);
        if (eq == 0) {
            Obj *res;
            if (op == CMP_EQ || op == CMP_NE) {
                res = obj_newref(obj_bool(op == CMP_NE));
            } else {
                res = obj_richcompare(vm, p, q, op);
            }
            obj_decref(p);
            obj_decref(q);
            return res;
        }
        obj_decref(p);
        obj_decref(q);
        if (eq < 0) {
            return NULL;
        }
    }
    return cmp_result(*xlen, *ylen, op);
}

static Obj *list_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if (!list_check(a) || !list_check(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    ListObj *x = (ListObj *)a, *y = (ListObj *)b;
    return listimpl_items_compare(vm, &x->items, &x->len, &y->items, &y->len, op);
}

static int64_t list_len_slot(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return (int64_t)((ListObj *)self)->len;
}

static int list_contains(Vm *vm, Obj *self, Obj *item) {
    ListObj *l = (ListObj *)self;
    for (size_t i = 0; i < l->len; i++) {
        Obj *x = obj_newref(l->items[i]);
        int eq = obj_eq(vm, x, item);
        obj_decref(x);
        if (eq != 0) {
            return eq;
        }
    }
    return 0;
}

// ---------------------------------------------------------------------------
// Subscripts.
// ---------------------------------------------------------------------------

static Obj *list_slice(Vm *vm, ListObj *l, Obj *slice) {
    int64_t start, stop, step;
    int64_t n = slice_unpack(vm, slice, (int64_t)l->len, &start, &stop, &step);
    if (n < 0) {
        return NULL;
    }
    if (step == 1) {
        // An empty list may have no item array: no offset on NULL (UB).
        return listimpl_from_array(vm, n > 0 ? l->items + start : NULL, (size_t)n);
    }
    Obj *res = list_new(vm, (size_t)n);
    if (res == NULL) {
        return NULL;
    }
    // start + i * step stays an index for i < n; a running sum would
    // overflow one step past the end with a huge step.
    for (int64_t i = 0; i < n; i++) {
        list_set_steal(res, (size_t)i, obj_newref(l->items[start + i * step]));
    }
    return res;
}

static Obj *list_getitem(Vm *vm, Obj *self, Obj *key) {
    ListObj *l = (ListObj *)self;
    int64_t i;
    if (OBJ_IS_SMALLINT(key)) {
        i = SMALLINT_VALUE(key);
    } else if (obj_type(key) == &slice_type) {
        return list_slice(vm, l, key);
    } else if (slice_key_index(vm, key, "list", &i) < 0) {
        return NULL;
    }
    if (i < 0) {
        i += (int64_t)l->len;
    }
    if (i < 0 || (uint64_t)i >= l->len) {
        return err_raise(vm, &exc_IndexError, "list index out of range");
    }
    return obj_newref(l->items[i]);
}

// Removes items [lo, hi) (detach, then release).
int listimpl_del_range(Vm *vm, ListObj *l, size_t lo, size_t hi) {
    size_t n = hi - lo;
    if (n == 0) {
        return 0;
    }
    Obj **gone = mem_alloc(n * sizeof(Obj *));
    if (gone == NULL) {
        return -1;
    }
    memcpy(gone, l->items + lo, n * sizeof(Obj *));
    memmove(l->items + lo, l->items + hi, (l->len - hi) * sizeof(Obj *));
    // Shrinking never fails for lack of memory in a way that matters: on
    // failure the list keeps its bigger buffer.
    if (listimpl_resize(vm, l, l->len - n) < 0) {
        err_clear(vm);
        l->len -= n;
    }
    // CPython releases a removed run last item first.
    while (n > 0) {
        obj_decref(gone[--n]);
    }
    mem_free(gone);
    return 0;
}

// del l[slice] for any step.
static int list_del_slice(Vm *vm, ListObj *l, Obj *slice) {
    int64_t start, stop, step;
    int64_t n = slice_unpack(vm, slice, (int64_t)l->len, &start, &stop, &step);
    if (n < 0) {
        return -1;
    }
    if (n == 0) {
        return 0;
    }
    if (step < 0) {
        // Same items, visited upward.
        start = start + step * (n - 1);
        step = -step;
    }
    if (step == 1) {
        return listimpl_del_range(vm, l, (size_t)start, (size_t)(start + n));
    }
    Obj **gone = mem_alloc((size_t)n * sizeof(Obj *));
    if (gone == NULL) {
        return -1;
    }
    size_t w = (size_t)start, k = 0;
    for (size_t r = (size_t)start; r < l->len; r++) {
        if (k < (size_t)n && r == (size_t)(start + (int64_t)k * step)) {
            gone[k++] = l->items[r];
        } else {
            l->items[w++] = l->items[r];
        }
    }
    if (listimpl_resize(vm, l, w) < 0) {
        err_clear(vm);
        l->len = w;
    }
    for (size_t i = 0; i < k; i++) {
        obj_decref(gone[i]);
    }
    mem_free(gone);
    return 0;
}

// l[lo:hi] = items of `seq` (a private list): the replaced items are
// detached first and released at the end.
static int assign_range(Vm *vm, ListObj *l, size_t lo, size_t hi, ListObj *seq) {
    size_t n = hi - lo, m = seq->len, oldlen = l->len;
    Obj **gone = NULL;
    if (n > 0) {
        gone = mem_alloc(n * sizeof(Obj *));
        if (gone == NULL) {
            return -1;
        }
        memcpy(gone, l->items + lo, n * sizeof(Obj *));
    }
    if (m > n) {
        if (listimpl_resize(vm, l, oldlen + (m - n)) < 0) {
            mem_free(gone);
            return -1;
        }
        memmove(l->items + lo + m, l->items + hi, (oldlen - hi) * sizeof(Obj *));
    } else if (m < n) {
        memmove(l->items + lo + m, l->items + hi, (oldlen - hi) * sizeof(Obj *));
        if (listimpl_resize(vm, l, oldlen - (n - m)) < 0) {
            err_clear(vm);
            l->len = oldlen - (n - m);
        }
    }
    for (size_t i = 0; i < m; i++) {
        l->items[lo + i] = obj_newref(seq->items[i]);
    }
    while (n > 0) {
        obj_decref(gone[--n]);
    }
    mem_free(gone);
    return 0;
}

static int list_ass_slice(Vm *vm, ListObj *l, Obj *slice, Obj *value) {
    // Materialise the right side first: it may be `l` itself or a
    // generator that reads `l`.
    int64_t start, stop, step;
    if (obj_type(value)->iter == NULL && obj_type(value)->getitem == NULL) {
        // CPython resolves the slice first (its errors win), and names an
        // extended slice in the message.
        if (slice_unpack(vm, slice, (int64_t)l->len, &start, &stop, &step) >= 0) {
            err_raise(vm, &exc_TypeError,
                      step == 1 ? "can only assign an iterable"
                                : "must assign iterable to extended slice");
        }
        return -1;
    }
    ListObj *seq = (ListObj *)list_from_iterable(vm, value);
    if (seq == NULL) {
        return -1;
    }
    int rc = -1;
    int64_t n = slice_unpack(vm, slice, (int64_t)l->len, &start, &stop, &step);
    if (n < 0) {
        goto done;
    }
    if (step == 1) {
        if (stop < start) {
            stop = start;
        }
        rc = assign_range(vm, l, (size_t)start, (size_t)stop, seq);
        goto done;
    }
    if ((int64_t)seq->len != n) {
        err_raise(vm, &exc_ValueError,
                  "attempt to assign sequence of size %zu to extended slice of size %lld", seq->len,
                  (long long)n);
        goto done;
    }
    Obj **gone = mem_alloc((size_t)n * sizeof(Obj *));
    if (gone == NULL) {
        goto done;
    }
    for (int64_t i = 0; i < n; i++) {
        int64_t j = start + i * step; // no running sum: see list_slice
        gone[i] = l->items[j];
        l->items[j] = obj_newref(seq->items[i]);
    }
    // Released once the list is complete, in slice order as CPython.
    for (int64_t i = 0; i < n; i++) {
        obj_decref(gone[i]);
    }
    mem_free(gone);
    rc = 0;
done:
    obj_decref((Obj *)seq);
    return rc;
}

static int list_setitem(Vm *vm, Obj *self, Obj *key, Obj *value) {
    ListObj *l = (ListObj *)self;
    int64_t i;
    if (OBJ_IS_SMALLINT(key)) {
        i = SMALLINT_VALUE(key);
    } else if (obj_type(key) == &slice_type) {
        return value == NULL ? list_del_slice(vm, l, key) : list_ass_slice(vm, l, key, value);
    } else if (slice_key_index(vm, key, "list", &i) < 0) {
        return -1;
    }
    if (i < 0) {
        i += (int64_t)l->len;
    }
    if (i < 0 || (uint64_t)i >= l->len) {
        err_raise(vm, &exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (value == NULL) {
        return listimpl_del_range(vm, l, (size_t)i, (size_t)i + 1);
    }
    obj_replace(&l->items[i], value);
    return 0;
}

// ---------------------------------------------------------------------------
// Operators.
// ---------------------------------------------------------------------------

// True when `o` is an instance of a class that may define the reflected
// operator itself, so the list must answer NotImplemented.
static bool defer_to(Obj *o) {
    return (obj_type(o)->flags & TYPE_FLAG_HEAPTYPE) != 0;
}

static Obj *list_add(Vm *vm, Obj *a, Obj *b) {
    if (!list_check(a)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    if (!list_check(b)) {
        if (defer_to(b)) {
            return obj_newref(OBJ_NOTIMPL);
        }
        return err_raise(vm, &exc_TypeError, "can only concatenate list (not \"%s\") to list",
                         obj_type_name(b));
    }
    ListObj *x = (ListObj *)a, *y = (ListObj *)b;
    Obj *res = list_new(vm, x->len + y->len);
    if (res == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < x->len; i++) {
        list_set_steal(res, i, obj_newref(x->items[i]));
    }
    for (size_t i = 0; i < y->len; i++) {
        list_set_steal(res, x->len + i, obj_newref(y->items[i]));
    }
    return res;
}

// Finds the repeat count for seq * n in either order. Returns 1 and sets
// `*seq`/`*count`, 0 for NotImplemented, -1 on error.
int listimpl_repeat_args(Vm *vm, Obj *a, Obj *b, bool (*check)(const Obj *), Obj **seq,
                         int64_t *count) {
    Obj *other;
    if (check(a)) {
        *seq = a;
        other = b;
    } else if (check(b)) {
        *seq = b;
        other = a;
    } else {
        return 0;
    }
    if (!int_check(other) && obj_type(other)->as_int == NULL) {
        if (defer_to(other)) {
            return 0;
        }
        err_raise(vm, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                  obj_type_name(other));
        return -1;
    }
    Obj *idx = obj_index(vm, other);
    if (idx == NULL) {
        return -1;
    }
    int rc = int_as_i64(vm, idx, count);
    obj_decref(idx);
    if (rc < 0) {
        if (err_matches(vm, &exc_OverflowError)) {
            err_clear(vm);
            err_raise(vm, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    if (*count < 0) {
        *count = 0;
    }
    return 1;
}

// Appends `copies` copies of items[0..len) to `dst`; `items` must not be
// `dst`'s own buffer, which the resize may move. MemoryError when the
// total size overflows.
static int append_copies(Vm *vm, ListObj *dst, Obj *const *items, size_t len, int64_t copies) {
    size_t total;
    if (!mem_mul_ok(len, (size_t)copies, &total) || total > (SIZE_MAX >> 4) - dst->len) {
        err_nomemory(vm);
        return -1;
    }
    size_t old = dst->len;
    if (listimpl_resize(vm, dst, old + total) < 0) {
        return -1;
    }
    for (size_t i = 0; i < total; i++) {
        dst->items[old + i] = obj_newref(items[i % len]);
    }
    return 0;
}

static Obj *list_mul(Vm *vm, Obj *a, Obj *b) {
    Obj *seq;
    int64_t n;
    int rc = listimpl_repeat_args(vm, a, b, list_check, &seq, &n);
    if (rc <= 0) {
        return rc < 0 ? NULL : obj_newref(OBJ_NOTIMPL);
    }
    // Allocated at its exact size, as CPython's list_repeat.
    ListObj *l = (ListObj *)seq;
    size_t len = l->len;
    if (len == 0 || n == 0) {
        return list_new(vm, 0);
    }
    size_t total;
    if (!mem_mul_ok(len, (size_t)n, &total) || total > (SIZE_MAX >> 4)) {
        return err_nomemory(vm);
    }
    Obj *res = list_new(vm, total);
    if (res == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < total; i++) {
        list_set_steal(res, i, obj_newref(l->items[i % len]));
    }
    return res;
}

static Obj *list_iadd(Vm *vm, Obj *a, Obj *b) {
    if (!list_check(a)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    if (list_extend(vm, a, b) < 0) {
        return NULL;
    }
    return obj_newref(a);
}

static Obj *list_imul(Vm *vm, Obj *a, Obj *b) {
    if (!list_check(a)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    Obj *seq;
    int64_t n;
    int rc = listimpl_repeat_args(vm, a, b, list_check, &seq, &n);
    if (rc <= 0) {
        return rc < 0 ? NULL : obj_newref(OBJ_NOTIMPL);
    }
    ListObj *l = (ListObj *)a;
    if (n == 0 || l->len == 0) {
        list_clear(a);
    } else if (n > 1) {
        // Copy the pointers first: the resize may move the buffer.
        size_t len = l->len;
        Obj **copy = mem_alloc(len * sizeof(Obj *));
        if (copy == NULL) {
            return NULL;
        }
        memcpy(copy, l->items, len * sizeof(Obj *));
        rc = append_copies(vm, l, copy, len, n - 1);
        mem_free(copy);
        if (rc < 0) {
            return NULL;
        }
    }
    return obj_newref(a);
}

// ---------------------------------------------------------------------------
// Construction: list() and list(iterable); __init__ refills, so subclasses
// work as in CPython.
// ---------------------------------------------------------------------------

static Obj *list_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    return listimpl_alloc(vm, type);
}

static int list_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        err_raise(vm, &exc_TypeError, "list() takes no keyword arguments");
        return -1;
    }
    if (args_check(vm, "list", nargs, NULL, 0, 1) < 0) {
        return -1;
    }
    list_clear(self);
    if (nargs == 1) {
        return list_extend(vm, self, args[0]);
    }
    return 0;
}

TypeObj list_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "list",
    .basicsize = sizeof(ListObj),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE | TYPE_FLAG_LIST_SUBCLASS | TYPE_FLAG_SEQ_CONCAT,
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_clear,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .iter = listiter_new,
    .binop = {[BINOP_ADD] = list_add, [BINOP_MUL] = list_mul},
    .inplace = {[BINOP_ADD] = list_iadd, [BINOP_MUL] = list_imul},
    .len = list_len_slot,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .new_ = list_new_py,
    .init = list_init,
    .sizeof_ = list_sizeof,
    .methods = listimpl_methods,
};
