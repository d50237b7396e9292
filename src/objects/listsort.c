/* listsort.c: list.sort, a stable merge sort. The list's items are detached
 * while sorting (the list looks empty to key functions and comparisons, as
 * in CPython), and a change made meanwhile is detected afterwards. */
#include <string.h>

#include "../memory/mem.h"
#include "exc.h"
#include "floatimpl.h"
#include "intobj.h"
#include "list_impl.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

// One element being sorted: the key compared and the item it carries. Both
// are borrowed: `items` owns the values and the keys array owns the keys.
typedef struct SortItem {
    Obj *key;
    Obj *val;
} SortItem;

// Equality of two keys decided without running Python code: 1 or 0, or
// -1 when their types need the generic protocol. Identity first, as
// CPython's rich comparison of containers does.
static int fast_equal(Obj *a, Obj *b) {
    if (a == b) {
        return 1;
    }
    if (OBJ_IS_SMALLINT(a) || OBJ_IS_SMALLINT(b)) {
        return OBJ_IS_SMALLINT(a) && OBJ_IS_SMALLINT(b) ? 0 : -1;
    }
    if (a->type != b->type) {
        return -1;
    }
    if (a->type == &str_type) {
        return str_equal(a, b);
    }
    if (a->type == &float_type) {
        return ((FloatObj *)a)->value == ((FloatObj *)b)->value;
    }
    return -1;
}

// a < b for keys that are not both tuples handled below: small ints,
// exact strs and exact floats compare without the generic protocol.
static int less_flat(Vm *vm, Obj *a, Obj *b) {
    if (OBJ_IS_SMALLINT(a) && OBJ_IS_SMALLINT(b)) {
        return SMALLINT_VALUE(a) < SMALLINT_VALUE(b);
    }
    TypeObj *ta = obj_type(a);
    if (ta == obj_type(b)) {
        if (ta == &str_type) {
            return str_compare(a, b) < 0;
        }
        if (ta == &float_type) {
            return ((FloatObj *)a)->value < ((FloatObj *)b)->value;
        }
    }
    return obj_richcompare_bool(vm, a, b, CMP_LT);
}

// a < b for two exact tuples, as tuple's own comparison: the first pair of
// items that are not equal decides, else the shorter tuple is smaller.
// Tuple keys of ints and strs (sort by several fields) are the common case
// and skip the generic protocol; nested tuples go through it, so that the
// depth of nesting is bounded by its recursion guard.
static int less_tuple(Vm *vm, Obj *a, Obj *b) {
    size_t na = tuple_len(a), nb = tuple_len(b), n = na < nb ? na : nb;
    for (size_t i = 0; i < n; i++) {
        Obj *x = tuple_get_borrow(a, i), *y = tuple_get_borrow(b, i);
        int eq = fast_equal(x, y);
        if (eq < 0) {
            eq = obj_richcompare_bool(vm, x, y, CMP_EQ);
            if (eq < 0) {
                return -1;
            }
            if (!eq) {
                return obj_richcompare_bool(vm, x, y, CMP_LT);
            }
        } else if (!eq) {
            return less_flat(vm, x, y);
        }
    }
    return na < nb;
}

// key(a) < key(b): 1, 0, or -1 on error.
static inline int less(Vm *vm, Obj *a, Obj *b) {
    if (!OBJ_IS_SMALLINT(a) && !OBJ_IS_SMALLINT(b) && a->type == &tuple_type &&
        b->type == &tuple_type) {
        return less_tuple(vm, a, b);
    }
    return less_flat(vm, a, b);
}

// The keys' common shape, found before sorting (as CPython's
// unsafe_*_compare): when every key is a small int, an exact str or an exact
// float, or every key an exact tuple whose first items are all small ints or
// all exact strs, the comparisons run without the generic protocol and,
// for flat keys, cannot fail.
typedef enum SortKind {
    SORT_SMALLINT,
    SORT_STR,
    SORT_FLOAT,
    SORT_TUPLE_SMALLINT, // first items small ints
    SORT_TUPLE_STR,      // first items exact strs
    SORT_ANY,
} SortKind;

// Order of two exact strs, a < b: UTF-8 byte order is code point order.
// The first eight (or four) bytes are compared as one big-endian word when
// both are long enough, the rest of short ones byte by byte, without a call.
static inline int str_less(const Obj *a, const Obj *b) {
    const StrObj *x = (const StrObj *)a, *y = (const StrObj *)b;
    size_t n = x->size < y->size ? x->size : y->size;
    if (n >= 8) {
        uint64_t p, q;
        memcpy(&p, x->data, 8);
        memcpy(&q, y->data, 8);
        if (p != q) {
            return __builtin_bswap64(p) < __builtin_bswap64(q);
        }
        int c = memcmp(x->data + 8, y->data + 8, n - 8);
        return c < 0 || (c == 0 && x->size < y->size);
    }
    size_t i = 0;
    if (n >= 4) {
        uint32_t p, q;
        memcpy(&p, x->data, 4);
        memcpy(&q, y->data, 4);
        if (p != q) {
            return __builtin_bswap32(p) < __builtin_bswap32(q);
        }
        i = 4;
    }
    for (; i < n; i++) {
        if (x->data[i] != y->data[i]) {
            return (unsigned char)x->data[i] < (unsigned char)y->data[i];
        }
    }
    return x->size < y->size;
}

// a < b for tuples whose first items are small ints (or exact strs): the
// first items decide unless they are equal, and then the whole comparison
// runs as tuple's own.
static inline int less_tuple_smallint(Vm *vm, Obj *a, Obj *b) {
    Obj *x = tuple_get_borrow(a, 0), *y = tuple_get_borrow(b, 0);
    if (x != y) {
        return (intptr_t)x < (intptr_t)y;
    }
    return less_tuple(vm, a, b);
}

static inline int less_tuple_str(Vm *vm, Obj *a, Obj *b) {
    Obj *x = tuple_get_borrow(a, 0), *y = tuple_get_borrow(b, 0);
    if (!str_equal(x, y)) {
        return str_less(x, y);
    }
    return less_tuple(vm, a, b);
}

// Small ints are tagged (value << 1 | 1), so the tagged words order as the
// values do.
#define LESS_SMALLINT(vm, a, b) ((void)(vm), (intptr_t)(a) < (intptr_t)(b))
#define LESS_STR(vm, a, b) ((void)(vm), str_less(a, b))
#define LESS_FLOAT(vm, a, b) ((void)(vm), ((FloatObj *)(a))->value < ((FloatObj *)(b))->value)
#define LESS_TUPLE_SMALLINT(vm, a, b) less_tuple_smallint(vm, a, b)
#define LESS_TUPLE_STR(vm, a, b) less_tuple_str(vm, a, b)
#define LESS_ANY(vm, a, b) less(vm, a, b)

// One merge sort per key shape, so that each comparison is inline. Stable
// insertion sort of short runs (each item goes after the last one not
// greater than it: found by a linear scan when LINEAR, for keys whose
// comparison cannot fail and costs less than a memmove call, else by binary
// search), then merges of halves in which ties keep their
// order: the right run wins only when strictly smaller. `tmp` has n/2+1
// slots. A failed comparison returns -1 and may leave duplicates in a[],
// which the caller then discards.
#define DEFINE_SORT(name, LESS, LINEAR)                                                    \
    static int insertion_sort_##name(Vm *vm, SortItem *a, size_t n) {                      \
        for (size_t i = 1; LINEAR && i < n; i++) {                                         \
            SortItem x = a[i];                                                             \
            size_t j = i;                                                                  \
            for (; j > 0 && LESS(vm, x.key, a[j - 1].key); j--) {                          \
                a[j] = a[j - 1];                                                           \
            }                                                                              \
            a[j] = x;                                                                      \
        }                                                                                  \
        for (size_t i = 1; !LINEAR && i < n; i++) {                                        \
            SortItem x = a[i];                                                             \
            size_t lo = 0, hi = i;                                                         \
            while (lo < hi) {                                                              \
                size_t mid = lo + (hi - lo) / 2;                                           \
                int lt = LESS(vm, x.key, a[mid].key);                                      \
                if (lt < 0) {                                                              \
                    return -1;                                                             \
                }                                                                          \
                if (lt) {                                                                  \
                    hi = mid;                                                              \
                } else {                                                                   \
                    lo = mid + 1;                                                          \
                }                                                                          \
            }                                                                              \
            memmove(a + lo + 1, a + lo, (i - lo) * sizeof(SortItem));                      \
            a[lo] = x;                                                                     \
        }                                                                                  \
        return 0;                                                                          \
    }                                                                                      \
    static int merge_sort_##name(Vm *vm, SortItem *a, SortItem *tmp, size_t n) {           \
        if (n <= 16) {                                                                     \
            return insertion_sort_##name(vm, a, n);                                        \
        }                                                                                  \
        size_t mid = n / 2;                                                                \
        if (merge_sort_##name(vm, a, tmp, mid) < 0 ||                                      \
            merge_sort_##name(vm, a + mid, tmp, n - mid) < 0) {                            \
            return -1;                                                                     \
        }                                                                                  \
        int lt = LESS(vm, a[mid].key, a[mid - 1].key);                                     \
        if (lt <= 0) {                                                                     \
            return lt; /* already in order (or error) */                                   \
        }                                                                                  \
        memcpy(tmp, a, mid * sizeof(SortItem));                                            \
        size_t i = 0, j = mid, k = 0;                                                      \
        while (i < mid && j < n) {                                                         \
            lt = LESS(vm, a[j].key, tmp[i].key);                                           \
            if (lt < 0) {                                                                  \
                return -1;                                                                 \
            }                                                                              \
            a[k++] = lt ? a[j++] : tmp[i++];                                               \
        }                                                                                  \
        memcpy(a + k, tmp + i, (mid - i) * sizeof(SortItem));                             \
        return 0;                                                                          \
    }

DEFINE_SORT(smallint, LESS_SMALLINT, 1)
DEFINE_SORT(str, LESS_STR, 0)
DEFINE_SORT(float, LESS_FLOAT, 1)
DEFINE_SORT(tuple_smallint, LESS_TUPLE_SMALLINT, 0)
DEFINE_SORT(tuple_str, LESS_TUPLE_STR, 0)
DEFINE_SORT(any, LESS_ANY, 0)

// The shape shared by all n (> 0) keys.
static SortKind sort_kind(const SortItem *si, size_t n) {
    Obj *k0 = si[0].key;
    if (OBJ_IS_SMALLINT(k0)) {
        for (size_t i = 1; i < n; i++) {
            if (!OBJ_IS_SMALLINT(si[i].key)) {
                return SORT_ANY;
            }
        }
        return SORT_SMALLINT;
    }
    TypeObj *t = k0->type;
    if (t != &str_type && t != &float_type && t != &tuple_type) {
        return SORT_ANY;
    }
    for (size_t i = 1; i < n; i++) {
        if (OBJ_IS_SMALLINT(si[i].key) || si[i].key->type != t) {
            return SORT_ANY;
        }
    }
    if (t == &str_type) {
        return SORT_STR;
    }
    if (t == &float_type) {
        return SORT_FLOAT;
    }
    // Tuples: the first items' shape.
    bool all_int = true, all_str = true;
    for (size_t i = 0; i < n && (all_int || all_str); i++) {
        Obj *k = si[i].key;
        if (tuple_len(k) == 0) {
            return SORT_ANY;
        }
        Obj *x = tuple_get_borrow(k, 0);
        all_int = all_int && OBJ_IS_SMALLINT(x);
        all_str = all_str && !OBJ_IS_SMALLINT(x) && x->type == &str_type;
    }
    return all_int ? SORT_TUPLE_SMALLINT : all_str ? SORT_TUPLE_STR : SORT_ANY;
}

static int merge_sort(Vm *vm, SortItem *a, SortItem *tmp, size_t n) {
    switch (sort_kind(a, n)) {
    case SORT_SMALLINT:
        return merge_sort_smallint(vm, a, tmp, n);
    case SORT_STR:
        return merge_sort_str(vm, a, tmp, n);
    case SORT_FLOAT:
        return merge_sort_float(vm, a, tmp, n);
    case SORT_TUPLE_SMALLINT:
        return merge_sort_tuple_smallint(vm, a, tmp, n);
    case SORT_TUPLE_STR:
        return merge_sort_tuple_str(vm, a, tmp, n);
    default:
        return merge_sort_any(vm, a, tmp, n);
    }
}

// Computes keys into `keys` (owned) and fills `si`, reversed when asked
// so that a stable sort of the reversed input, reversed back, is a stable
// descending sort (CPython's trick).
static int prepare(Vm *vm, Obj **items, size_t n, Obj *key, bool reverse, Obj **keys,
                   SortItem *si) {
    for (size_t i = 0; i < n; i++) {
        Obj *v = items[reverse ? n - 1 - i : i];
        si[i].val = v;
        if (key != NULL) {
            keys[i] = obj_call1(vm, key, v);
            if (keys[i] == NULL) {
                return -1;
            }
            si[i].key = keys[i];
        } else {
            si[i].key = v;
        }
    }
    return 0;
}

int list_sort(Vm *vm, Obj *list, Obj *key, bool reverse) {
    ListObj *l = (ListObj *)list;
    Obj **items = l->items;
    size_t n = l->len, cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    int rc = -1;
    SortItem *si = NULL, *tmp = NULL;
    Obj **keys = NULL;
    if (n > 1) {
        si = mem_alloc(n * sizeof(SortItem));
        tmp = mem_alloc((n / 2 + 1) * sizeof(SortItem));
        if (key != NULL) {
            keys = mem_calloc(n, sizeof(Obj *));
        }
        if (si == NULL || tmp == NULL || (key != NULL && keys == NULL)) {
            goto restore;
        }
        if (prepare(vm, items, n, key, reverse, keys, si) < 0 || merge_sort(vm, si, tmp, n) < 0) {
            goto restore;
        }
        for (size_t i = 0; i < n; i++) {
            items[i] = si[reverse ? n - 1 - i : i].val;
        }
    }
    rc = 0;
restore:;
    // Whatever code running during the sort put into the list is dropped.
    Obj **extra = l->items;
    size_t nextra = l->len;
    bool modified = extra != NULL || nextra != 0;
    l->items = items;
    l->len = n;
    l->cap = cap;
    if (keys != NULL) {
        for (size_t i = 0; i < n; i++) {
            obj_xdecref(keys[i]);
        }
    }
    mem_free(keys);
    mem_free(si);
    mem_free(tmp);
    while (nextra > 0) {
        obj_decref(extra[--nextra]);
    }
    mem_free(extra);
    if (modified && rc == 0) {
        err_raise(vm, &exc_ValueError, "list modified during sort");
        rc = -1;
    }
    return rc;
}
