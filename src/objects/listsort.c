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

// Stable binary insertion sort of a short run: each item goes after the
// last one not greater than it, found in log2(i) comparisons.
static int insertion_sort(Vm *vm, SortItem *a, size_t n) {
    for (size_t i = 1; i < n; i++) {
        SortItem x = a[i];
        size_t lo = 0, hi = i;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            int lt = less(vm, x.key, a[mid].key);
            if (lt < 0) {
                return -1;
            }
            if (lt) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        memmove(a + lo + 1, a + lo, (i - lo) * sizeof(SortItem));
        a[lo] = x;
    }
    return 0;
}

// Sorts a[0..n) using tmp (n slots). Ties keep their order: the right run
// wins only when strictly smaller.
static int merge_sort(Vm *vm, SortItem *a, SortItem *tmp, size_t n) {
    if (n <= 16) {
        return insertion_sort(vm, a, n);
    }
    size_t mid = n / 2;
    if (merge_sort(vm, a, tmp, mid) < 0 || merge_sort(vm, a + mid, tmp, n - mid) < 0) {
        return -1;
    }
    int lt = less(vm, a[mid].key, a[mid - 1].key);
    if (lt <= 0) {
        return lt; // already in order (or error)
    }
    memcpy(tmp, a, mid * sizeof(SortItem));
    size_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        lt = less(vm, a[j].key, tmp[i].key);
        if (lt < 0) {
            // a[] may hold duplicates now; the caller discards it.
            return -1;
        }
        a[k++] = lt ? a[j++] : tmp[i++];
    }
    while (i < mid) {
        a[k++] = tmp[i++];
    }
    return 0;
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
