/* set_methods.c: set algebra (union, intersection, difference, symmetric
 * difference, subset tests), the operators built on it and the methods of
 * set and frozenset. The steps mirror CPython 3.11's so that the resulting
 * tables, and therefore iteration orders, are the same. */
#include <stdio.h>
#include <string.h>

#include "args.h"
#include "dict_impl.h"
#include "exc.h"
#include "intobj.h"
#include "list_impl.h"
#include "runtime.h"
#include "set_impl.h"
#include "str.h"
#include "tuple.h"

// A new set of `like`'s kind holding the keys of `src` (NULL = empty).
static Obj *copy_like(Vm *vm, const Obj *like, Obj *src) {
    Obj *res = setimpl_new_like(vm, like);
    if (res != NULL && src != NULL && setimpl_update(vm, (SetObj *)res, src) < 0) {
        obj_decref(res);
        return NULL;
    }
    return res;
}

// Exchanges the tables of `a` and `b` (CPython's set_swap_bodies). The pop
// fingers stay with their sets, as in CPython, so pop() order matches.
static void swap_bodies(SetObj *a, SetObj *b) {
    SetObj t = *a;
    bool a_small = a->table == a->smalltable, b_small = b->table == b->smalltable;
    SetEntry *ta = a->table, *tb = b->table;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    b->fill = t.fill;
    b->used = t.used;
    b->mask = t.mask;
    memcpy(a->smalltable, b->smalltable, sizeof a->smalltable);
    memcpy(b->smalltable, t.smalltable, sizeof b->smalltable);
    a->table = b_small ? a->smalltable : tb;
    b->table = a_small ? b->smalltable : ta;
    a->hash = b->hash = -1;
}

// ---------------------------------------------------------------------------
// The algebra.
// ---------------------------------------------------------------------------

// self & other as a new set of self's kind. With a set operand the
// smaller one is walked and probed in the larger (CPython's order of
// insertion, hence the same iteration order of the result).
static Obj *intersection2(Vm *vm, Obj *self, Obj *other) {
    Obj *res = setimpl_new_like(vm, self);
    if (res == NULL) {
        return NULL;
    }
    SetObj *so = (SetObj *)self;
    if (set_check(other)) {
        SetObj *small = (SetObj *)other, *big = so;
        if (small->used > big->used) {
            small = so;
            big = (SetObj *)other;
        }
        size_t pos = 0;
        SetEntry *e;
        while (setimpl_next(small, &pos, &e)) {
            Obj *key = obj_newref(e->key);
            int64_t hash = e->hash;
            int rc = setimpl_contains_hashed(vm, big, key, hash);
            if (rc > 0) {
                rc = setimpl_add_hashed(vm, (SetObj *)res, key, hash);
            }
            obj_decref(key);
            if (rc < 0) {
                goto fail;
            }
        }
        return res;
    }
    Obj *it = obj_iter(vm, other);
    if (it == NULL) {
        goto fail;
    }
    Obj *key;
    int rc = 0;
    while (rc >= 0 && (key = obj_next(vm, it)) != NULL) {
        int64_t hash = dictimpl_hash(vm, key);
        rc = hash == -1 ? -1 : setimpl_contains_hashed(vm, so, key, hash);
        if (rc > 0) {
            rc = setimpl_add_hashed(vm, (SetObj *)res, key, hash);
        }
        obj_decref(key);
    }
    obj_decref(it);
    if (rc < 0 || err_occurred(vm)) {
        goto fail;
    }
    return res;
fail:
    obj_decref(res);
    return NULL;
}

// Removes the keys of `other` from `so`, then drops dummies if they
// exceed a quarter of the table.
static int difference_update1(Vm *vm, SetObj *so, Obj *other) {
    if ((Obj *)so == other) {
        set_clear(other);
        return 0;
    }
    if (set_check(other)) {
        size_t pos = 0;
        SetEntry *e;
        while (setimpl_next((SetObj *)other, &pos, &e)) {
            Obj *key = obj_newref(e->key);
            int rc = setimpl_discard_hashed(vm, so, key, e->hash);
            obj_decref(key);
            if (rc < 0) {
                return -1;
            }
        }
    } else {
        Obj *it = obj_iter(vm, other);
        if (it == NULL) {
            return -1;
        }
        Obj *key;
        int rc = 0;
        while (rc >= 0 && (key = obj_next(vm, it)) != NULL) {
            rc = set_discard(vm, (Obj *)so, key) < 0 ? -1 : 0;
            obj_decref(key);
        }
        obj_decref(it);
        if (rc < 0 || err_occurred(vm)) {
            return -1;
        }
    }
    if (so->fill - so->used <= so->mask / 4) {
        return 0;
    }
    return setimpl_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

// self - other. When self is much bigger than other it is cheaper to
// copy self and remove other's keys; otherwise keep self's keys missing
// from other. Both mirror CPython's choice, so orders match.
static Obj *difference2(Vm *vm, Obj *self, Obj *other) {
    SetObj *so = (SetObj *)self;
    Obj *res;
    if (!set_check(other) || (so->used >> 2) > set_len(other)) {
        res = copy_like(vm, self, self);
        if (res != NULL && difference_update1(vm, (SetObj *)res, other) < 0) {
            obj_decref(res);
            return NULL;
        }
        return res;
    }
    res = setimpl_new_like(vm, self);
    if (res == NULL) {
        return NULL;
    }
    size_t pos = 0;
    SetEntry *e;
    while (setimpl_next(so, &pos, &e)) {
        Obj *key = obj_newref(e->key);
        int64_t hash = e->hash;
        int rc = setimpl_contains_hashed(vm, (SetObj *)other, key, hash);
        if (rc == 0) {
            rc = setimpl_add_hashed(vm, (SetObj *)res, key, hash);
        }
        obj_decref(key);
        if (rc < 0) {
            obj_decref(res);
            return NULL;
        }
    }
    return res;
}

// self ^= other: each key of other is removed when present, added when
// not. A non-set operand is made a set first so duplicates count once.
static int symmetric_update(Vm *vm, SetObj *so, Obj *other) {
    if ((Obj *)so == other) {
        set_clear(other);
        return 0;
    }
    Obj *otherset = set_check(other) ? obj_newref(other) : copy_like(vm, (Obj *)so, other);
    if (otherset == NULL) {
        return -1;
    }
    size_t pos = 0;
    SetEntry *e;
    int rc = 0;
    while (rc >= 0 && setimpl_next((SetObj *)otherset, &pos, &e)) {
        Obj *key = obj_newref(e->key);
        int64_t hash = e->hash;
        rc = setimpl_discard_hashed(vm, so, key, hash);
        if (rc == 0) {
            rc = setimpl_add_hashed(vm, so, key, hash);
        }
        obj_decref(key);
    }
    obj_decref(otherset);
    return rc < 0 ? -1 : 0;
}

// self ^ other, built as CPython does: a copy of other updated with self.
static Obj *symmetric_difference(Vm *vm, Obj *self, Obj *other) {
    Obj *res = copy_like(vm, self, other);
    if (res != NULL && symmetric_update(vm, (SetObj *)res, self) < 0) {
        obj_decref(res);
        return NULL;
    }
    return res;
}

// self <= other: 1, 0 or -1.
// A size check first, then every key of self looked up in other with its
// stored hash.
static int issubset(Vm *vm, Obj *self, Obj *other) {
    if (!set_check(other)) {
        Obj *tmp = set_from_iterable(vm, other, false);
        if (tmp == NULL) {
            return -1;
        }
        int rc = issubset(vm, self, tmp);
        obj_decref(tmp);
        return rc;
    }
    if (set_len(self) > set_len(other)) {
        return 0;
    }
    size_t pos = 0;
    SetEntry *e;
    while (setimpl_next((SetObj *)self, &pos, &e)) {
        Obj *key = obj_newref(e->key);
        int rc = setimpl_contains_hashed(vm, (SetObj *)other, key, e->hash);
        obj_decref(key);
        if (rc <= 0) {
            return rc;
        }
    }
    return 1;
}

static int issuperset(Vm *vm, Obj *self, Obj *other) {
    if (set_check(other)) {
        return issubset(vm, other, self);
    }
    Obj *it = obj_iter(vm, other);
    if (it == NULL) {
        return -1;
    }
    Obj *key;
    int rc = 1;
    while (rc > 0 && (key = obj_next(vm, it)) != NULL) {
        rc = set_contains(vm, self, key);
        obj_decref(key);
    }
    obj_decref(it);
    return err_occurred(vm) ? -1 : rc;
}

static int isdisjoint(Vm *vm, Obj *self, Obj *other) {
    if (set_check(other)) {
        Obj *small = self, *big = other;
        if (set_len(small) > set_len(big)) {
            small = other;
            big = self;
        }
        size_t pos = 0;
        SetEntry *e;
        while (setimpl_next((SetObj *)small, &pos, &e)) {
            Obj *key = obj_newref(e->key);
            int rc = setimpl_contains_hashed(vm, (SetObj *)big, key, e->hash);
            obj_decref(key);
            if (rc != 0) {
                return rc < 0 ? -1 : 0;
            }
        }
        return 1;
    }
    Obj *it = obj_iter(vm, other);
    if (it == NULL) {
        return -1;
    }
    Obj *key;
    int rc = 0;
    while (rc == 0 && (key = obj_next(vm, it)) != NULL) {
        rc = set_contains(vm, self, key);
        obj_decref(key);
    }
    obj_decref(it);
    if (rc < 0 || err_occurred(vm)) {
        return -1;
    }
    return rc == 0;
}

// ---------------------------------------------------------------------------
// Operators: both operands must be sets or frozensets.
// ---------------------------------------------------------------------------

// The binary operators accept only sets and frozensets (CPython's rule:
// {1} | [2] is a TypeError while {1}.union([2]) works); the result has the
// kind of the left operand.
NEWREF Obj *setimpl_or(Vm *vm, Obj *a, Obj *b) {
    if (!set_check(a) || !set_check(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    Obj *res = copy_like(vm, a, a);
    if (res != NULL && setimpl_update(vm, (SetObj *)res, b) < 0) {
        obj_decref(res);
        return NULL;
    }
    return res;
}

NEWREF Obj *setimpl_and(Vm *vm, Obj *a, Obj *b) {
    if (!set_check(a) || !set_check(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    return intersection2(vm, a, b);
}

NEWREF Obj *setimpl_sub(Vm *vm, Obj *a, Obj *b) {
    if (!set_check(a) || !set_check(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    return difference2(vm, a, b);
}

NEWREF Obj *setimpl_xor(Vm *vm, Obj *a, Obj *b) {
    if (!set_check(a) || !set_check(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    return symmetric_difference(vm, a, b);
}

NEWREF Obj *setimpl_ior(Vm *vm, Obj *a, Obj *b) {
    if (!set_check(a) || !set_check(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    return setimpl_update(vm, (SetObj *)a, b) < 0 ? NULL : obj_newref(a);
}

static int intersection_update1(Vm *vm, Obj *self, Obj *other) {
    Obj *tmp = intersection2(vm, self, other);
    if (tmp == NULL) {
        return -1;
    }
    swap_bodies((SetObj *)self, (SetObj *)tmp);
    obj_decref(tmp);
    return 0;
}

NEWREF Obj *setimpl_iand(Vm *vm, Obj *a, Obj *b) {
    if (!set_check(a) || !set_check(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    return intersection_update1(vm, a, b) < 0 ? NULL : obj_newref(a);
}

NEWREF Obj *setimpl_isub(Vm *vm, Obj *a, Obj *b) {
    if (!set_check(a) || !set_check(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    return difference_update1(vm, (SetObj *)a, b) < 0 ? NULL : obj_newref(a);
}

NEWREF Obj *setimpl_ixor(Vm *vm, Obj *a, Obj *b) {
    if (!set_check(a) || !set_check(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    return symmetric_update(vm, (SetObj *)a, b) < 0 ? NULL : obj_newref(a);
}

// Set comparisons are subset tests: < and > are proper subset/superset.
NEWREF Obj *setimpl_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if (!set_check(a) || !set_check(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    size_t la = set_len(a), lb = set_len(b);
    int rc;
    switch (op) {
        case CMP_EQ:
        case CMP_NE:
            rc = la == lb ? issubset(vm, a, b) : 0;
            if (rc >= 0 && op == CMP_NE) {
                rc = !rc;
            }
            break;
        case CMP_LE:
            rc = issubset(vm, a, b);
            break;
        case CMP_GE:
            rc = issubset(vm, b, a);
            break;
        case CMP_LT:
            rc = la < lb ? issubset(vm, a, b) : 0;
            break;
        case CMP_GT:
            rc = la > lb ? issubset(vm, b, a) : 0;
            break;
        default:
            rc = 0;
            break;
    }
    return rc < 0 ? NULL : obj_newref(obj_bool(rc != 0));
}

// ---------------------------------------------------------------------------
// Methods. Messages name the method as CPython does ("set.add()").
// ---------------------------------------------------------------------------

// Argument checks named "set.add()" or "frozenset.issubset()" after the
// receiver's type, as CPython's method descriptors report them.
static int check_args(Vm *vm, Obj *self, const char *meth, size_t nargs, Obj *kwnames, size_t min,
                      size_t max) {
    char name[64];
    snprintf(name, sizeof name, "%s.%s", obj_type_name(self), meth);
    return args_check(vm, name, nargs, kwnames, min, max);
}

#define NO_KW(meth)                                                                                \
    if (kwnames != NULL && tuple_len(kwnames) > 0) {                                               \
        return err_raise(vm, &exc_TypeError, "%s.%s() takes no keyword arguments",                 \
                         obj_type_name(self), meth);                                               \
    }

static Obj *none_or_null(int rc) {
    return rc < 0 ? NULL : obj_newref(OBJ_NONE);
}

static Obj *set_py_add(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (check_args(vm, self, "add", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return none_or_null(set_add(vm, self, args[0]));
}

static Obj *set_py_discard(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (check_args(vm, self, "discard", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return none_or_null(set_discard(vm, self, args[0]));
}

static Obj *set_py_remove(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (check_args(vm, self, "remove", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int rc = set_discard(vm, self, args[0]);
    if (rc == 0) {
        return err_raise_obj(vm, &exc_KeyError, args[0]);
    }
    return none_or_null(rc);
}

static Obj *set_py_clear(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (check_args(vm, self, "clear", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    set_clear(self);
    return obj_newref(OBJ_NONE);
}

// An arbitrary key, found from a moving "finger" so repeated pops are fast.
static Obj *set_py_pop(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    SetObj *so = (SetObj *)self;
    if (check_args(vm, self, "pop", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    if (so->used == 0) {
        Obj *msg = str_from_cstr(vm, "pop from an empty set");
        if (msg != NULL) {
            err_raise_obj(vm, &exc_KeyError, msg);
            obj_decref(msg);
        }
        return NULL;
    }
    size_t i = so->finger & so->mask;
    while (so->table[i].key == NULL || so->table[i].key == &setimpl_dummy) {
        i = (i + 1) & so->mask;
    }
    Obj *key = so->table[i].key;
    so->table[i].key = &setimpl_dummy;
    so->table[i].hash = -1;
    so->used--;
    so->finger = i + 1;
    return key;
}

static Obj *set_py_copy(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (check_args(vm, self, "copy", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    if (obj_type(self) == &frozenset_type) {
        return obj_newref(self);
    }
    return copy_like(vm, self, self);
}

static Obj *set_py_update(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_KW("update");
    for (size_t i = 0; i < nargs; i++) {
        if (setimpl_update(vm, (SetObj *)self, args[i]) < 0) {
            return NULL;
        }
    }
    return obj_newref(OBJ_NONE);
}

static Obj *set_py_union(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_KW("union");
    Obj *res = copy_like(vm, self, self);
    for (size_t i = 0; res != NULL && i < nargs; i++) {
        if (setimpl_update(vm, (SetObj *)res, args[i]) < 0) {
            obj_decref(res);
            res = NULL;
        }
    }
    return res;
}

static Obj *set_py_intersection(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_KW("intersection");
    if (nargs == 0) {
        return copy_like(vm, self, self);
    }
    Obj *res = obj_newref(self);
    for (size_t i = 0; res != NULL && i < nargs; i++) {
        Obj *next = intersection2(vm, res, args[i]);
        obj_decref(res);
        res = next;
    }
    return res;
}

static Obj *set_py_intersection_update(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                       Obj *kwnames) {
    NO_KW("intersection_update");
    Obj *tmp = set_py_intersection(vm, self, args, nargs, NULL);
    if (tmp == NULL) {
        return NULL;
    }
    swap_bodies((SetObj *)self, (SetObj *)tmp);
    obj_decref(tmp);
    return obj_newref(OBJ_NONE);
}

static Obj *set_py_difference(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    NO_KW("difference");
    if (nargs == 0) {
        return copy_like(vm, self, self);
    }
    Obj *res = difference2(vm, self, args[0]);
    for (size_t i = 1; res != NULL && i < nargs; i++) {
        if (difference_update1(vm, (SetObj *)res, args[i]) < 0) {
            obj_decref(res);
            res = NULL;
        }
    }
    return res;
}

static Obj *set_py_difference_update(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                     Obj *kwnames) {
    NO_KW("difference_update");
    for (size_t i = 0; i < nargs; i++) {
        if (difference_update1(vm, (SetObj *)self, args[i]) < 0) {
            return NULL;
        }
    }
    return obj_newref(OBJ_NONE);
}

static Obj *set_py_symmetric_difference(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                        Obj *kwnames) {
    if (check_args(vm, self, "symmetric_difference", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return symmetric_difference(vm, self, args[0]);
}

static Obj *set_py_symmetric_difference_update(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                               Obj *kwnames) {
    if (check_args(vm, self, "symmetric_difference_update", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return none_or_null(symmetric_update(vm, (SetObj *)self, args[0]));
}

#define PREDICATE_METHOD(fn, pyname, impl)                                                         \
    static Obj *fn(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {              \
        if (check_args(vm, self, pyname, nargs, kwnames, 1, 1) < 0) {                              \
            return NULL;                                                                           \
        }                                                                                          \
        int rc = impl(vm, self, args[0]);                                                          \
        return rc < 0 ? NULL : obj_newref(obj_bool(rc != 0));                                      \
    }

PREDICATE_METHOD(set_py_issubset, "issubset", issubset)
PREDICATE_METHOD(set_py_issuperset, "issuperset", issuperset)
PREDICATE_METHOD(set_py_isdisjoint, "isdisjoint", isdisjoint)
PREDICATE_METHOD(set_py_contains, "__contains__", set_contains)

static Obj *set_py_sizeof(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (check_args(vm, self, "__sizeof__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, obj_type(self)->sizeof_(self));
}

// The methods set and frozenset share (frozenset has no mutators).
// clang-format off
#define COMMON_METHODS \
    {"copy", set_py_copy, METH_DEFAULT, "Return a shallow copy of a set."}, \
    {"union", set_py_union, METH_DEFAULT, "Return the union of sets as a new set."}, \
    {"intersection", set_py_intersection, METH_DEFAULT, "Return the intersection."}, \
    {"difference", set_py_difference, METH_DEFAULT, "Return the difference."}, \
    {"symmetric_difference", set_py_symmetric_difference, METH_DEFAULT, \
     "Return the symmetric difference."}, \
    {"issubset", set_py_issubset, METH_DEFAULT, "Report whether this set is a subset."}, \
    {"issuperset", set_py_issuperset, METH_DEFAULT, "Report whether this set is a superset."}, \
    {"isdisjoint", set_py_isdisjoint, METH_DEFAULT, "True if the intersection is empty."}, \
    {"__contains__", set_py_contains, METH_DEFAULT, "x.__contains__(y) <==> y in x."}, \
    {"__sizeof__", set_py_sizeof, METH_DEFAULT, "S.__sizeof__() -> size of S in memory."}, \
    {"__class_getitem__", listimpl_class_getitem, METH_CLASS, "See PEP 585"}
// clang-format on

const MethodDef setimpl_set_methods[] = {
    COMMON_METHODS,
    {"add", set_py_add, METH_DEFAULT, "Add an element to a set."},
    {"discard", set_py_discard, METH_DEFAULT, "Remove an element if it is a member."},
    {"remove", set_py_remove, METH_DEFAULT, "Remove an element; KeyError if absent."},
    {"clear", set_py_clear, METH_DEFAULT, "Remove all elements from this set."},
    {"pop", set_py_pop, METH_DEFAULT, "Remove and return an arbitrary set element."},
    {"update", set_py_update, METH_DEFAULT, "Update a set with the union of itself and others."},
    {"intersection_update", set_py_intersection_update, METH_DEFAULT,
     "Update a set with the intersection of itself and another."},
    {"difference_update", set_py_difference_update, METH_DEFAULT,
     "Remove all elements of another set from this set."},
    {"symmetric_difference_update", set_py_symmetric_difference_update, METH_DEFAULT,
     "Update a set with the symmetric difference of itself and another."},
    {NULL, NULL, 0, NULL},
};

const MethodDef setimpl_frozenset_methods[] = {
    COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};
