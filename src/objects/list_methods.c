/* list_methods.c: the Python-visible methods of list (append, pop, sort,
 * ...). Storage and operators are in list.c; the sort algorithm in
 * listsort.c. */
#include <string.h>

#include "../memory/mem.h"
#include "args.h"
#include "exc.h"
#include "intobj.h"
#include "list_impl.h"
#include "misc.h"
#include "runtime.h"
#include "tuple.h"
#include "typeimpl.h"

// append/extend/insert/pop/remove: each checks its arguments the way
// CPython's METH_O / clinic wrappers do, so the TypeError texts match.
static Obj *list_py_append(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "list.append", nargs, kwnames, 1, 1) < 0 ||
        list_append(vm, self, args[0]) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *list_py_extend(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "list.extend", nargs, kwnames, 1, 1) < 0 ||
        list_extend(vm, self, args[0]) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

// An index argument (insert, pop): an int or anything with __index__,
// "'str' object cannot be interpreted as an integer" otherwise.
static int as_index(Vm *vm, Obj *o, int64_t *out) {
    if (OBJ_IS_SMALLINT(o)) {
        *out = SMALLINT_VALUE(o);
        return 0;
    }
    if (!int_check(o) && obj_type(o)->as_int == NULL) {
        err_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  obj_type_name(o));
        return -1;
    }
    return obj_as_ssize(vm, o, out);
}

// Like CPython, an out-of-range index clamps to the ends instead of failing.
static Obj *list_py_insert(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ListObj *l = (ListObj *)self;
    int64_t i;
    if (args_check(vm, "insert", nargs, kwnames, 2, 2) < 0 || as_index(vm, args[0], &i) < 0) {
        return NULL;
    }
    int64_t n = (int64_t)l->len;
    if (i < 0) {
        i += n;
        if (i < 0) {
            i = 0;
        }
    } else if (i > n) {
        i = n;
    }
    if (listimpl_resize(vm, l, (size_t)n + 1) < 0) {
        return NULL;
    }
    memmove(l->items + i + 1, l->items + i, (size_t)(n - i) * sizeof(Obj *));
    l->items[i] = obj_newref(args[1]);
    return obj_newref(OBJ_NONE);
}

// The removed item's reference moves to the caller; the list shrinks
// (giving memory back below half capacity) before anything else runs.
static Obj *list_py_pop(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ListObj *l = (ListObj *)self;
    int64_t i = -1;
    if (args_check(vm, "pop", nargs, kwnames, 0, 1) < 0 ||
        (nargs == 1 && as_index(vm, args[0], &i) < 0)) {
        return NULL;
    }
    if (l->len == 0) {
        return err_raise(vm, &exc_IndexError, "pop from empty list");
    }
    if (i < 0) {
        i += (int64_t)l->len;
    }
    if (i < 0 || (uint64_t)i >= l->len) {
        return err_raise(vm, &exc_IndexError, "pop index out of range");
    }
    // The caller receives the list's reference.
    Obj *item = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(Obj *));
    if (listimpl_resize(vm, l, l->len - 1) < 0) {
        err_clear(vm);
        l->len--;
    }
    return item;
}

// Position of the first item equal to `x` in [start, stop), -1 if none,
// -2 on error. __eq__ may shrink the list, so the bound is re-read.
static int64_t find(Vm *vm, ListObj *l, Obj *x, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && (uint64_t)i < l->len; i++) {
        Obj *item = obj_newref(l->items[i]);
        int eq = obj_eq(vm, item, x);
        obj_decref(item);
        if (eq < 0) {
            return -2;
        }
        if (eq > 0) {
            return i;
        }
    }
    return -1;
}

// Removes the first equal item; its release happens after the list is
// consistent again (listimpl_del_range detaches first).
static Obj *list_py_remove(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ListObj *l = (ListObj *)self;
    if (args_check(vm, "list.remove", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int64_t i = find(vm, l, args[0], 0, INT64_MAX);
    if (i == -2) {
        return NULL;
    }
    if (i == -1) {
        return err_raise(vm, &exc_ValueError, "list.remove(x): x not in list");
    }
    if (listimpl_del_range(vm, l, (size_t)i, (size_t)i + 1) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

static const char index_msg[] = "slice indices must be integers or have an __index__ method";

// start/stop follow slice conventions (negative values count from the
// end, huge ones clamp), as CPython's list.index does.
static Obj *list_py_index(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ListObj *l = (ListObj *)self;
    int64_t start = 0, stop = INT64_MAX;
    if (args_check(vm, "index", nargs, kwnames, 1, 3) < 0 ||
        (nargs > 1 && slice_bound(vm, args[1], index_msg, &start) < 0) ||
        (nargs > 2 && slice_bound(vm, args[2], index_msg, &stop) < 0)) {
        return NULL;
    }
    int64_t n = (int64_t)l->len;
    if (start < 0) {
        start = start + n < 0 ? 0 : start + n;
    }
    if (stop < 0) {
        stop = stop + n < 0 ? 0 : stop + n;
    }
    int64_t i = find(vm, l, args[0], start, stop);
    if (i == -2) {
        return NULL;
    }
    if (i == -1) {
        return err_raise(vm, &exc_ValueError, "%R is not in list", args[0]);
    }
    return int_from_i64(vm, i);
}

// Every item is held while compared: __eq__ may remove it from the list.
static Obj *list_py_count(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ListObj *l = (ListObj *)self;
    if (args_check(vm, "list.count", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int64_t count = 0;
    for (size_t i = 0; i < l->len; i++) {
        Obj *item = obj_newref(l->items[i]);
        int eq = obj_eq(vm, item, args[0]);
        obj_decref(item);
        if (eq < 0) {
            return NULL;
        }
        count += eq;
    }
    return int_from_i64(vm, count);
}

// sort(*, key=None, reverse=False): keyword-only, like CPython; `reverse`
// must be an int-like value ("'str' object cannot be interpreted...").
int list_sort_call(Vm *vm, Obj *list, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"key", "reverse", NULL};
    Obj *opt[2];
    if (args_bind(vm, "sort", args, nargs, kwnames, names, 0, 0, opt) < 0) {
        return -1;
    }
    int reverse = 0;
    if (opt[1] != NULL) {
        if (!int_check(opt[1]) && obj_type(opt[1])->as_int == NULL) {
            err_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      obj_type_name(opt[1]));
            return -1;
        }
        reverse = obj_is_true(vm, opt[1]);
        if (reverse < 0) {
            return -1;
        }
    }
    return list_sort(vm, list, opt[0] == OBJ_NONE ? NULL : opt[0], reverse != 0);
}

static Obj *list_py_sort(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (list_sort_call(vm, self, args, nargs, kwnames) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

// In place; swapping pointers runs no Python code.
static Obj *list_py_reverse(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    ListObj *l = (ListObj *)self;
    if (args_check(vm, "list.reverse", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Obj *t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *list_py_copy(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "list.copy", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return listimpl_from_array(vm, ((ListObj *)self)->items, list_len(self));
}

// list_clear detaches the buffer first, so a __del__ run by releasing an
// item sees an empty list, as in CPython.
static Obj *list_py_clear(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "list.clear", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    list_clear(self);
    return obj_newref(OBJ_NONE);
}

// Bytes used by the list and its buffer (capacity, not length); the GC
// header is added by sys.getsizeof.
static Obj *list_py_sizeof(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "list.__sizeof__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, obj_type(self)->sizeof_(self));
}

static Obj *list_py_reversed(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "list.__reversed__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return listreviter_new(vm, self);
}

// type_ready turns this table into method descriptors in list's dict.
// list[int] and the like (PEP 585): a types.GenericAlias. Shared by the
// built-in containers' method tables.
NEWREF Obj *listimpl_class_getitem(Vm *vm, Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "__class_getitem__", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return generic_alias_new(vm, cls, args[0]);
}

const MethodDef listimpl_methods[] = {
    {"append", list_py_append, METH_DEFAULT, "Append object to the end of the list."},
    {"extend", list_py_extend, METH_DEFAULT,
     "Extend list by appending elements from the iterable."},
    {"insert", list_py_insert, METH_DEFAULT, "Insert object before index."},
    {"pop", list_py_pop, METH_DEFAULT, "Remove and return item at index (default last)."},
    {"remove", list_py_remove, METH_DEFAULT, "Remove first occurrence of value."},
    {"index", list_py_index, METH_DEFAULT, "Return first index of value."},
    {"count", list_py_count, METH_DEFAULT, "Return number of occurrences of value."},
    {"sort", list_py_sort, METH_DEFAULT, "Sort the list in ascending order, stably."},
    {"reverse", list_py_reverse, METH_DEFAULT, "Reverse *IN PLACE*."},
    {"copy", list_py_copy, METH_DEFAULT, "Return a shallow copy of the list."},
    {"clear", list_py_clear, METH_DEFAULT, "Remove all items from list."},
    {"__sizeof__", list_py_sizeof, METH_DEFAULT,
     "Return the size of the list in memory, in bytes."},
    {"__reversed__", list_py_reversed, METH_DEFAULT, "Return a reverse iterator over the list."},
    {"__class_getitem__", listimpl_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};
