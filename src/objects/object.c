/* object.c: the generic object protocols (CPython's "abstract" layer):
 * repr/str/hash, comparison, truth, attributes, calls, iteration, the
 * sequence and mapping entry points, and the deallocation path with its
 * trashcan. Every other layer operates on values through these functions.
 * The number protocol (binary operators, unary operators, index) lives in
 * object_num.c. */
#include <stdio.h>

#include "../memory/gc.h"
#include "../memory/mem.h"
#include "exc.h"
#include "intobj.h"
#include "list.h"
#include "misc.h"
#include "tuple.h"
#include "runtime.h"
#include "str.h"
#include "type.h"
#include "weakref.h"

// ---------------------------------------------------------------------------
// Deallocation and the trashcan.
//
// Freeing a deeply nested structure (a list inside a list inside ... a
// million levels) would recurse through the types' dealloc functions once
// per level and overflow the C stack. As CPython's trashcan does, we count
// the nesting of dealloc calls; past a limit, a container whose count
// reached zero is not freed at once but put on a deferred chain, and the
// outermost dealloc frees the chain iteratively. The chain needs no memory:
// a dead object's refcount field is free to hold the link (its count is 0
// and nobody may look at it), and a container is untracked before it is
// chained so the collector never sees the borrowed field.
// ---------------------------------------------------------------------------
#define TRASH_DEPTH_LIMIT 50

static int trash_depth;
static Obj *trash_chain;

// Runs the finalizer of `o` (PEP 442: at most once). Returns true when the
// finalizer resurrected the object, which must then not be freed.
static bool run_finalizer(Obj *o) {
    TypeObj *t = o->type;
    if (!(t->flags & TYPE_FLAG_GC) || gc_is_finalized(o)) {
        return false;
    }
    gc_set_finalized(o);
    Vm *vm = rt_vm;
    // The finalizer runs Python code: keep an exception being propagated
    // aside so that it neither sees nor clobbers it.
    Obj *saved = vm != NULL ? vm->exc : NULL;
    if (vm != NULL) {
        vm->exc = NULL;
    }
    o->refcnt = 1; // temporarily alive while __del__ runs
    t->finalize(vm, o);
    if (vm != NULL) {
        if (vm->exc != NULL) {
            err_write_unraisable(vm, o);
        }
        vm->exc = saved;
    }
    return --o->refcnt != 0;
}

void obj_dealloc(Obj *o) {
    TypeObj *t = o->type;
    if (!(t->flags & (TYPE_FLAG_GC | TYPE_FLAG_HAS_FINALIZE))) {
        // Atomic objects (floats, strs, big ints) die by the million: no
        // finalizer, no weak references (they live in the GC header), and
        // the trashcan only ever defers GC objects, so nothing else applies.
        t->dealloc(o);
        return;
    }
    if (t->finalize != NULL && (t->flags & TYPE_FLAG_HAS_FINALIZE)) {
        if (run_finalizer(o)) {
            return;
        }
    }
    if (OURO_UNLIKELY(gc_has_weakrefs(o))) {
        weakref_clear_dying(o); // after __del__, before the fields go (CPython's order)
    }
    if ((t->flags & TYPE_FLAG_GC) && trash_depth >= TRASH_DEPTH_LIMIT) {
        gc_untrack(o);
        o->refcnt = (intptr_t)trash_chain;
        trash_chain = o;
        return;
    }
    trash_depth++;
    t->dealloc(o);
    trash_depth--;
    if (trash_depth == 0) {
        // Outermost dealloc: free whatever was deferred, which may defer more.
        while (trash_chain != NULL) {
            Obj *next = trash_chain;
            trash_chain = (Obj *)next->refcnt;
            next->refcnt = 0;
            trash_depth++;
            next->type->dealloc(next);
            trash_depth--;
        }
    }
}

// ---------------------------------------------------------------------------
// Type names and subtyping.
// ---------------------------------------------------------------------------
const char *obj_type_name(const Obj *o) {
    const TypeObj *t = obj_type(o);
    if (t->name_obj != NULL && (t->flags & TYPE_FLAG_HEAPTYPE)) {
        return str_cstr(t->name_obj);
    }
    return t->name;
}

bool type_is_subtype(TypeObj *sub, TypeObj *base) {
    if (sub == base) {
        return true;
    }
    if (sub->mro != NULL) {
        size_t n = tuple_len(sub->mro);
        for (size_t i = 0; i < n; i++) {
            if (tuple_get_borrow(sub->mro, i) == (Obj *)base) {
                return true;
            }
        }
        return false;
    }
    for (TypeObj *t = sub->base; t != NULL; t = t->base) {
        if (t == base) {
            return true;
        }
    }
    return base == &object_type;
}

bool obj_is_instance(Obj *o, TypeObj *type) {
    return type_is_subtype(obj_type(o), type);
}

// ---------------------------------------------------------------------------
// repr and str.
// ---------------------------------------------------------------------------

// "<Name object at 0x...>" for objects whose type has no repr.
static Obj *default_repr(Vm *vm, Obj *o) {
    const TypeObj *t = obj_type(o);
    if (t->module != NULL && str_check(t->module) && !str_equal_cstr(t->module, "builtins")) {
        return str_from_fmt(vm, "<%s.%s object at %p>", str_cstr(t->module), obj_type_name(o),
                            (void *)o);
    }
    return str_from_fmt(vm, "<%s object at %p>", obj_type_name(o), (void *)o);
}

// Checks that a __repr__/__str__ result is a str; consumes `res`.
static Obj *check_str_result(Vm *vm, Obj *res, const char *which) {
    if (res == NULL || str_check(res)) {
        return res;
    }
    err_raise(vm, &exc_TypeError, "%s returned non-string (type %s)", which, obj_type_name(res));
    obj_decref(res);
    return NULL;
}

NEWREF Obj *obj_repr(Vm *vm, Obj *o) {
    TypeObj *t = obj_type(o);
    if (t->repr == NULL) {
        return default_repr(vm, o);
    }
    if (rt_enter_c(vm, " while getting the repr of an object") < 0) {
        return NULL;
    }
    Obj *res = t->repr(vm, o);
    rt_leave_c(vm);
    return check_str_result(vm, res, "__repr__");
}

NEWREF Obj *obj_str(Vm *vm, Obj *o) {
    TypeObj *t = obj_type(o);
    if (t == &str_type) {
        return obj_newref(o);
    }
    if (t->str == NULL) {
        return obj_repr(vm, o);
    }
    // object.__str__ runs the repr slot unchecked, so a bad __repr__ result
    // is reported as __str__'s, as in CPython.
    Obj *(*fn)(Vm *, Obj *) = t->str;
    if (fn == object_type.str && t->repr != NULL) {
        fn = t->repr;
    }
    if (rt_enter_c(vm, " while getting the str of an object") < 0) {
        return NULL;
    }
    Obj *res = fn(vm, o);
    rt_leave_c(vm);
    return check_str_result(vm, res, "__str__");
}

int obj_repr_enter(Vm *vm, Obj *o) {
    if (vm->repr_active == NULL) {
        vm->repr_active = list_new(vm, 0);
        if (vm->repr_active == NULL) {
            return -1;
        }
    }
    size_t n = list_len(vm->repr_active);
    for (size_t i = 0; i < n; i++) {
        if (list_get_borrow(vm->repr_active, i) == o) {
            return 1;
        }
    }
    return list_append(vm, vm->repr_active, o);
}

void obj_repr_leave(Vm *vm, Obj *o) {
    if (vm->repr_active == NULL) {
        return;
    }
    // Search from the end: the innermost repr is the one leaving. The
    // list's items are edited directly since list.h has no removal call;
    // the slot is detached before the reference is released.
    ListObj *l = (ListObj *)vm->repr_active;
    for (size_t i = l->len; i > 0; i--) {
        if (l->items[i - 1] == o) {
            Obj *item = l->items[i - 1];
            for (size_t j = i - 1; j + 1 < l->len; j++) {
                l->items[j] = l->items[j + 1];
            }
            l->len--;
            obj_decref(item);
            return;
        }
    }
}

// ---------------------------------------------------------------------------
// Hashing, comparison and truth.
// ---------------------------------------------------------------------------
int64_t obj_hash(Vm *vm, Obj *o) {
    TypeObj *t = obj_type(o);
    if (t->hash == NULL) {
        err_raise(vm, &exc_TypeError, "unhashable type: '%s'", obj_type_name(o));
        return -1;
    }
    if (rt_enter_c(vm, " while hashing an object") < 0) {
        return -1;
    }
    int64_t h = t->hash(vm, o);
    rt_leave_c(vm);
    return h;
}

static const CmpOp swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

// CPython's do_richcompare: the reflected operand first when its type is a
// proper subtype, then the left operand, then the reflected one; EQ and NE
// fall back to identity.
static Obj *do_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    TypeObj *ta = obj_type(a), *tb = obj_type(b);
    bool checked_reverse = false;
    Obj *res;
    if (ta != tb && tb->richcompare != NULL && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        res = tb->richcompare(vm, b, a, swapped_op[op]);
        if (res != OBJ_NOTIMPL) {
            return res;
        }
        obj_decref(res);
    }
    if (ta->richcompare != NULL) {
        res = ta->richcompare(vm, a, b, op);
        if (res != OBJ_NOTIMPL) {
            return res;
        }
        obj_decref(res);
    }
    if (!checked_reverse && tb->richcompare != NULL) {
        res = tb->richcompare(vm, b, a, swapped_op[op]);
        if (res != OBJ_NOTIMPL) {
            return res;
        }
        obj_decref(res);
    }
    if (op == CMP_EQ) {
        return obj_newref(obj_bool(a == b));
    }
    if (op == CMP_NE) {
        return obj_newref(obj_bool(a != b));
    }
    return err_raise(vm, &exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                     cmp_symbol[op], obj_type_name(a), obj_type_name(b));
}

NEWREF Obj *obj_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if (rt_enter_c(vm, " in comparison") < 0) {
        return NULL;
    }
    Obj *res = do_richcompare(vm, a, b, op);
    rt_leave_c(vm);
    return res;
}

int obj_richcompare_bool(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if (a == b) {
        if (op == CMP_EQ) {
            return 1;
        }
        if (op == CMP_NE) {
            return 0;
        }
    }
    Obj *res = obj_richcompare(vm, a, b, op);
    if (res == NULL) {
        return -1;
    }
    int r;
    if (res == OBJ_TRUE) {
        r = 1;
    } else if (res == OBJ_FALSE) {
        r = 0;
    } else {
        r = obj_is_true(vm, res);
    }
    obj_decref(res);
    return r;
}

int obj_eq(Vm *vm, Obj *a, Obj *b) {
    if (a == b) {
        return 1;
    }
    // Fast paths for the commonest keys: both small ints, or both exact strs.
    if (OBJ_IS_SMALLINT(a) && OBJ_IS_SMALLINT(b)) {
        return 0;
    }
    if (!OBJ_IS_SMALLINT(a) && !OBJ_IS_SMALLINT(b) && a->type == &str_type &&
        b->type == &str_type) {
        return str_equal(a, b);
    }
    return obj_richcompare_bool(vm, a, b, CMP_EQ);
}

int obj_is_true(Vm *vm, Obj *o) {
    if (o == OBJ_TRUE) {
        return 1;
    }
    if (o == OBJ_FALSE || o == OBJ_NONE) {
        return 0;
    }
    if (OBJ_IS_SMALLINT(o)) {
        return SMALLINT_VALUE(o) != 0;
    }
    TypeObj *t = o->type;
    if (t->is_true != NULL) {
        return t->is_true(vm, o);
    }
    if (t->len != NULL) {
        int64_t n = t->len(vm, o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

// ---------------------------------------------------------------------------
// Attributes.
// ---------------------------------------------------------------------------
static int check_attr_name(Vm *vm, Obj *name) {
    if (!str_check(name)) {
        err_raise(vm, &exc_TypeError, "attribute name must be string, not '%s'",
                  obj_type_name(name));
        return -1;
    }
    return 0;
}

// getattr without noting the failure on an AttributeError.
static Obj *getattr_plain(Vm *vm, Obj *o, Obj *name) {
    if (check_attr_name(vm, name) < 0) {
        return NULL;
    }
    TypeObj *t = obj_type(o);
    if (t->getattr == NULL) {
        return err_raise(vm, &exc_AttributeError, "'%s' object has no attribute '%s'",
                         obj_type_name(o), str_cstr(name));
    }
    return t->getattr(vm, o, name);
}

NEWREF Obj *obj_getattr(Vm *vm, Obj *o, Obj *name) {
    Obj *res = getattr_plain(vm, o, name);
    if (res == NULL) {
        exc_note_attribute_error(vm, o, name);
    }
    return res;
}

NEWREF Obj *obj_lookup_attr(Vm *vm, Obj *o, Obj *name) {
    // The AttributeError is dropped, so nothing is noted in it.
    Obj *res = getattr_plain(vm, o, name);
    if (res == NULL && err_matches(vm, &exc_AttributeError)) {
        err_clear(vm);
    }
    return res;
}

NEWREF Obj *obj_getattr_cstr(Vm *vm, Obj *o, const char *name) {
    Obj *s = str_intern_cstr(vm, name);
    if (s == NULL) {
        return NULL;
    }
    return obj_getattr(vm, o, s);
}

int obj_setattr(Vm *vm, Obj *o, Obj *name, Obj *value) {
    if (check_attr_name(vm, name) < 0) {
        return -1;
    }
    TypeObj *t = obj_type(o);
    if (t->setattr == NULL) {
        if (t->getattr == NULL) {
            err_raise(vm, &exc_TypeError, "'%s' object has no attributes (%s .%s)",
                      obj_type_name(o), value == NULL ? "del" : "assign to", str_cstr(name));
        } else {
            err_raise(vm, &exc_TypeError, "'%s' object has only read-only attributes (%s .%s)",
                      obj_type_name(o), value == NULL ? "del" : "assign to", str_cstr(name));
        }
        return -1;
    }
    return t->setattr(vm, o, name, value);
}

int obj_hasattr(Vm *vm, Obj *o, Obj *name) {
    Obj *res = obj_lookup_attr(vm, o, name);
    if (res == NULL) {
        return err_occurred(vm) ? -1 : 0;
    }
    obj_decref(res);
    return 1;
}

// ---------------------------------------------------------------------------
// Calls.
// ---------------------------------------------------------------------------
NEWREF Obj *obj_call(Vm *vm, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames) {
    TypeObj *t = obj_type(callable);
    if (t->call == NULL) {
        return err_raise(vm, &exc_TypeError, "'%s' object is not callable",
                         obj_type_name(callable));
    }
    return t->call(vm, callable, args, nargs, kwnames);
}

NEWREF Obj *obj_call0(Vm *vm, Obj *callable) {
    return obj_call(vm, callable, NULL, 0, NULL);
}

NEWREF Obj *obj_call1(Vm *vm, Obj *callable, Obj *arg) {
    Obj *args[1] = {arg};
    return obj_call(vm, callable, args, 1, NULL);
}

NEWREF Obj *obj_call2(Vm *vm, Obj *callable, Obj *a, Obj *b) {
    Obj *args[2] = {a, b};
    return obj_call(vm, callable, args, 2, NULL);
}

NEWREF Obj *obj_call_method(Vm *vm, Obj *self, const char *name, Obj *const *args, size_t nargs) {
    Obj *key = str_intern_cstr(vm, name);
    if (key == NULL) {
        return NULL;
    }
    TypeObj *t = obj_type(self);
    Obj *f = type_lookup(vm, t, key);
    if (f == NULL) {
        if (err_occurred(vm)) {
            return NULL;
        }
        return err_raise(vm, &exc_AttributeError, "'%s' object has no attribute '%s'",
                         obj_type_name(self), name);
    }
    TypeObj *ft = obj_type(f);
    if (ft->descr_get != NULL && ft != &method_descr_type) {
        // Bind through the descriptor (functions, classmethod, staticmethod).
        Obj *bound = ft->descr_get(vm, f, self, (Obj *)t);
        if (bound == NULL) {
            return NULL;
        }
        Obj *res = obj_call(vm, bound, args, nargs, NULL);
        obj_decref(bound);
        return res;
    }
    if (ft->descr_get == NULL) {
        // A plain callable stored on the class is not bound.
        return obj_call(vm, f, args, nargs, NULL);
    }
    // A built-in method descriptor takes self as its first argument.
    Obj *local[8];
    Obj **argv = local;
    if (nargs + 1 > 8) {
        argv = mem_alloc((nargs + 1) * sizeof(Obj *));
        if (argv == NULL) {
            return NULL;
        }
    }
    argv[0] = self;
    for (size_t i = 0; i < nargs; i++) {
        argv[i + 1] = args[i];
    }
    obj_incref(f); // the call may replace the class attribute
    Obj *res = obj_call(vm, f, argv, nargs + 1, NULL);
    obj_decref(f);
    if (argv != local) {
        mem_free(argv);
    }
    return res;
}

// ---------------------------------------------------------------------------
// Iteration.
// ---------------------------------------------------------------------------
NEWREF Obj *obj_iter(Vm *vm, Obj *o) {
    TypeObj *t = obj_type(o);
    if (t->iter != NULL) {
        Obj *it = t->iter(vm, o);
        if (it != NULL && obj_type(it)->iternext == NULL) {
            err_raise(vm, &exc_TypeError, "iter() returned non-iterator of type '%s'",
                      obj_type_name(it));
            obj_decref(it);
            return NULL;
        }
        return it;
    }
    if (t->getitem != NULL) {
        return seqiter_new(vm, o);
    }
    return err_raise(vm, &exc_TypeError, "'%s' object is not iterable", obj_type_name(o));
}

NEWREF Obj *obj_next(Vm *vm, Obj *it) {
    TypeObj *t = obj_type(it);
    if (t->iternext == NULL) {
        return err_raise(vm, &exc_TypeError, "'%s' object is not an iterator", obj_type_name(it));
    }
    Obj *v = t->iternext(vm, it);
    // An iternext may end with StopIteration(value) pending (a generator that
    // returns a value); for every consumer but next() and yield from that is
    // plain exhaustion.
    if (v == NULL && err_matches(vm, &exc_StopIteration)) {
        err_clear(vm);
    }
    return v;
}

// ---------------------------------------------------------------------------
// Sequences and mappings.
// ---------------------------------------------------------------------------
int64_t obj_len(Vm *vm, Obj *o) {
    TypeObj *t = obj_type(o);
    if (t->len == NULL) {
        err_raise(vm, &exc_TypeError, "object of type '%s' has no len()", obj_type_name(o));
        return -1;
    }
    return t->len(vm, o);
}

NEWREF Obj *obj_getitem(Vm *vm, Obj *o, Obj *key) {
    TypeObj *t = obj_type(o);
    if (t->getitem == NULL) {
        return err_raise(vm, &exc_TypeError, "'%s' object is not subscriptable", obj_type_name(o));
    }
    return t->getitem(vm, o, key);
}

int obj_setitem(Vm *vm, Obj *o, Obj *key, Obj *value) {
    TypeObj *t = obj_type(o);
    if (t->setitem == NULL) {
        err_raise(vm, &exc_TypeError, "'%s' object does not support item assignment",
                  obj_type_name(o));
        return -1;
    }
    return t->setitem(vm, o, key, value);
}

int obj_delitem(Vm *vm, Obj *o, Obj *key) {
    TypeObj *t = obj_type(o);
    if (t->setitem == NULL) {
        err_raise(vm, &exc_TypeError, "'%s' object doesn't support item deletion",
                  obj_type_name(o));
        return -1;
    }
    return t->setitem(vm, o, key, NULL);
}

int obj_contains(Vm *vm, Obj *container, Obj *item) {
    TypeObj *t = obj_type(container);
    if (t->contains != NULL) {
        return t->contains(vm, container, item);
    }
    if (t->iter == NULL && t->getitem == NULL) {
        err_raise(vm, &exc_TypeError, "argument of type '%s' is not iterable",
                  obj_type_name(container));
        return -1;
    }
    Obj *it = obj_iter(vm, container);
    if (it == NULL) {
        return -1;
    }
    int found = 0;
    for (;;) {
        Obj *x = obj_next(vm, it);
        if (x == NULL) {
            found = err_occurred(vm) ? -1 : 0;
            break;
        }
        int eq = obj_eq(vm, x, item);
        obj_decref(x);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    obj_decref(it);
    return found;
}
