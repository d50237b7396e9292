/* typeslots.c: the slots of classes. When a class (or a class in its MRO)
 * defines a dunder method, the matching slot of TypeObj gets a dispatcher
 * that looks the method up on the type (never the instance, as CPython)
 * and calls it; otherwise the slot keeps the C implementation of the
 * nearest built-in base. typeslots_fixup decides, at class creation and
 * whenever a dunder attribute of the class changes. */
#include "../memory/mem.h"
#include "dict.h"
#include "exc.h"
#include "intobj.h"
#include "list.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "typeimpl.h"

// Python functions take self as their first argument unbound; knowing
// their type lets a dunder call skip allocating a bound method. Declared
// here rather than through vm/func.h: objects/ does not include vm/.
extern TypeObj function_type;

// ---------------------------------------------------------------------------
// Calling a special method.
// ---------------------------------------------------------------------------

static Obj *call_method_vector(Vm *vm, Obj *self, Obj *attr, Obj *const *args, size_t nargs,
                               Obj *kwnames);

// Calls `attr` (found on self's type) as a method of `self`.
static Obj *call_attr(Vm *vm, Obj *self, Obj *attr, Obj *const *args, size_t nargs) {
    return call_method_vector(vm, self, attr, args, nargs, NULL);
}

// Looks `name` up on self's type and calls it. When absent: NULL with
// *found false and no exception.
static Obj *call_special(Vm *vm, Obj *self, Obj *name, Obj *const *args, size_t nargs,
                         bool *found) {
    Obj *attr = type_lookup(vm, obj_type(self), name);
    *found = attr != NULL;
    if (attr == NULL) {
        return NULL;
    }
    return call_attr(vm, self, attr, args, nargs);
}

// Same, raising AttributeError(name) when the method is absent.
static Obj *call_required(Vm *vm, Obj *self, Obj *name, Obj *const *args, size_t nargs) {
    bool found;
    Obj *res = call_special(vm, self, name, args, nargs, &found);
    if (!found && !err_occurred(vm)) {
        return err_raise_obj(vm, &exc_AttributeError, name);
    }
    return res;
}

// Calls `attr` (found on self's type) as a method of `self` with vectorcall
// arguments (keywords included). Functions and built-in descriptors get
// self prepended in a stack buffer for small calls (no bound method is
// allocated, which matters for __init__ and __call__); other callables
// are bound through their __get__.
static Obj *call_method_vector(Vm *vm, Obj *self, Obj *attr, Obj *const *args, size_t nargs,
                               Obj *kwnames) {
    TypeObj *at = obj_type(attr);
    Obj *res = NULL;
    obj_incref(attr); // the call may replace the class attribute
    if (at == &function_type || at == &method_descr_type || at == &wrapper_descr_type) {
        size_t nkw = kwnames != NULL ? tuple_len(kwnames) : 0;
        size_t total = nargs + nkw + 1;
        Obj *local[8];
        Obj **argv = total <= 8 ? local : mem_alloc(total * sizeof(Obj *));
        if (argv != NULL) {
            argv[0] = self;
            for (size_t i = 0; i < nargs + nkw; i++) {
                argv[i + 1] = args[i];
            }
            res = obj_call(vm, attr, argv, nargs + 1, kwnames);
            if (argv != local) {
                mem_free(argv);
            }
        }
    } else if (at->descr_get != NULL) {
        Obj *bound = at->descr_get(vm, attr, self, (Obj *)obj_type(self));
        res = bound != NULL ? obj_call(vm, bound, args, nargs, kwnames) : NULL;
        obj_xdecref(bound);
    } else {
        res = obj_call(vm, attr, args, nargs, kwnames);
    }
    obj_decref(attr);
    return res;
}

// ---------------------------------------------------------------------------
// The object protocol.
// ---------------------------------------------------------------------------
static Obj *slot_repr(Vm *vm, Obj *self) {
    return call_required(vm, self, vm->id.repr, NULL, 0);
}

static Obj *slot_str(Vm *vm, Obj *self) {
    return call_required(vm, self, vm->id.str, NULL, 0);
}

static int64_t slot_hash(Vm *vm, Obj *self) {
    Obj *res = call_required(vm, self, vm->id.hash, NULL, 0);
    if (res == NULL) {
        return -1;
    }
    if (!int_check(res)) {
        obj_decref(res);
        err_raise(vm, &exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    // CPython's rule: a result that fits in 64 bits is the hash itself (-1,
    // the error value, becomes -2); only a bigger int is folded by the int
    // hash. So hash(x) == x.__hash__() for hashes made of other hashes.
    int64_t h;
    if (int_as_i64(vm, res, &h) < 0) {
        err_clear(vm);
        h = obj_hash(vm, res);
    } else if (h == -1) {
        h = -2;
    }
    obj_decref(res);
    return h;
}

static Obj *slot_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    Obj *names[] = {vm->id.lt, vm->id.le, vm->id.eq, vm->id.ne, vm->id.gt, vm->id.ge};
    bool found;
    Obj *res = call_special(vm, a, names[op], &b, 1, &found);
    if (!found && !err_occurred(vm)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    return res;
}

// The attribute hook: __getattribute__ when the class overrides it, else
// the built-in base's lookup; on AttributeError, __getattr__ if defined.
static Obj *slot_getattro(Vm *vm, Obj *self, Obj *name) {
    TypeObj *t = obj_type(self);
    Obj *ga = type_lookup(vm, t, vm->id.getattribute);
    Obj *res;
    if (ga != NULL && obj_type(ga) != &wrapper_descr_type) {
        res = call_attr(vm, self, ga, &name, 1);
    } else {
        res = type_static_base(t)->getattr(vm, self, name);
    }
    if (res != NULL || !err_matches(vm, &exc_AttributeError)) {
        return res;
    }
    // The lookup runs with no exception pending: type_lookup takes a
    // pending one for a failure of its own.
    Obj *exc = err_fetch(vm);
    Obj *gattr = type_lookup(vm, t, vm->id.getattr);
    if (gattr == NULL) {
        if (err_occurred(vm)) {
            obj_decref(exc);
        } else {
            err_restore(vm, exc); // the AttributeError stands
        }
        return NULL;
    }
    obj_decref(exc);
    return call_attr(vm, self, gattr, &name, 1);
}

static int slot_setattro(Vm *vm, Obj *self, Obj *name, Obj *value) {
    Obj *args[2] = {name, value};
    Obj *res = value != NULL ? call_required(vm, self, vm->id.setattr, args, 2)
                             : call_required(vm, self, vm->id.delattr, args, 1);
    if (res == NULL) {
        return -1;
    }
    obj_decref(res);
    return 0;
}

static Obj *slot_call(Vm *vm, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *f = type_lookup(vm, obj_type(callable), vm->id.call);
    if (f == NULL) {
        if (err_occurred(vm)) {
            return NULL;
        }
        return err_raise(vm, &exc_TypeError, "'%s' object is not callable",
                         obj_type_name(callable));
    }
    return call_method_vector(vm, callable, f, args, nargs, kwnames);
}

static Obj *slot_descr_get(Vm *vm, Obj *self, Obj *obj, Obj *type) {
    Obj *args[2] = {obj != NULL ? obj : OBJ_NONE, type != NULL ? type : OBJ_NONE};
    return call_required(vm, self, vm->id.get, args, 2);
}

static int slot_descr_set(Vm *vm, Obj *self, Obj *obj, Obj *value) {
    Obj *args[2] = {obj, value};
    Obj *res = value != NULL ? call_required(vm, self, vm->id.set, args, 2)
                             : call_required(vm, self, vm->id.delete_, args, 1);
    if (res == NULL) {
        return -1;
    }
    obj_decref(res);
    return 0;
}

// ---------------------------------------------------------------------------
// Iteration, containers, truth.
// ---------------------------------------------------------------------------
static Obj *slot_iter(Vm *vm, Obj *self) {
    Obj *f = type_lookup(vm, obj_type(self), vm->id.iter);
    if (f == OBJ_NONE) {
        return err_raise(vm, &exc_TypeError, "'%s' object is not iterable", obj_type_name(self));
    }
    return call_required(vm, self, vm->id.iter, NULL, 0);
}

// StopIteration from __next__ is the "exhausted" result of the slot.
static Obj *slot_iternext(Vm *vm, Obj *self) {
    // StopIteration stays pending: obj_next() treats it as exhaustion, and
    // next() passes StopIteration(value) on as CPython does.
    return call_required(vm, self, vm->id.next, NULL, 0);
}

static int64_t slot_len(Vm *vm, Obj *self) {
    Obj *res = call_required(vm, self, vm->id.len, NULL, 0);
    if (res == NULL) {
        return -1;
    }
    Obj *idx = obj_index(vm, res);
    obj_decref(res);
    if (idx == NULL) {
        return -1;
    }
    if (int_sign(idx) < 0) {
        obj_decref(idx);
        err_raise(vm, &exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    int64_t n;
    int rc = int_as_i64(vm, idx, &n);
    obj_decref(idx);
    if (rc < 0) {
        err_clear(vm);
        err_raise(vm, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return n;
}

static int slot_is_true(Vm *vm, Obj *self) {
    bool found;
    Obj *res = call_special(vm, self, vm->id.bool_, NULL, 0, &found);
    if (found) {
        if (res == NULL) {
            return -1;
        }
        if (res != OBJ_TRUE && res != OBJ_FALSE) {
            err_raise(vm, &exc_TypeError, "__bool__ should return bool, returned %s",
                      obj_type_name(res));
            obj_decref(res);
            return -1;
        }
        return res == OBJ_TRUE;
    }
    if (err_occurred(vm)) {
        return -1;
    }
    if (type_lookup(vm, obj_type(self), vm->id.len) != NULL) {
        int64_t n = slot_len(vm, self);
        return n < 0 ? -1 : n > 0;
    }
    return err_occurred(vm) ? -1 : 1;
}

static Obj *slot_getitem(Vm *vm, Obj *self, Obj *key) {
    return call_required(vm, self, vm->id.getitem, &key, 1);
}

static int slot_setitem(Vm *vm, Obj *self, Obj *key, Obj *value) {
    Obj *args[2] = {key, value};
    Obj *res = value != NULL ? call_required(vm, self, vm->id.setitem, args, 2)
                             : call_required(vm, self, vm->id.delitem, args, 1);
    if (res == NULL) {
        return -1;
    }
    obj_decref(res);
    return 0;
}

static int slot_contains(Vm *vm, Obj *self, Obj *item) {
    Obj *res = call_required(vm, self, vm->id.contains, &item, 1);
    if (res == NULL) {
        return -1;
    }
    int r = obj_is_true(vm, res);
    obj_decref(res);
    return r;
}

// ---------------------------------------------------------------------------
// Numbers. A binary slot receives the operands in source order; it runs
// a.__op__(b) when `a`'s type dispatches through this slot and
// b.__rop__(a) when `b`'s does (CPython's SLOT1BINFULL), trying the
// reflected method first when b's type is a subclass overriding it.
// ---------------------------------------------------------------------------
static const char *const binop_names[BINOP_COUNT][3] = {
    {"__add__", "__radd__", "__iadd__"},
    {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"},
    {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"},
    {"__or__", "__ror__", "__ior__"},
    {"__xor__", "__rxor__", "__ixor__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"},
};

// The interned names of binop_names, looked up once: interning costs a
// dict probe per operator call otherwise. The references are owned here
// and dropped by typeslots_release_names at tear-down (a later VM in the
// same process interns them again).
static Obj *binop_name_objs[BINOP_COUNT][3];

static Obj *binop_name(Vm *vm, int op, int which) {
    Obj *n = binop_name_objs[op][which];
    if (n == NULL) {
        n = type_intern(vm, binop_names[op][which]);
        if (n == NULL) {
            return NULL;
        }
        binop_name_objs[op][which] = obj_newref(n);
    }
    return n;
}

void typeslots_release_names(void) {
    for (int op = 0; op < BINOP_COUNT; op++) {
        for (int w = 0; w < 3; w++) {
            Obj *n = binop_name_objs[op][w];
            binop_name_objs[op][w] = NULL;
            obj_xdecref(n);
        }
    }
}

// Calls self.<name>(other), NotImplemented when the method is absent.
static Obj *call_binary(Vm *vm, Obj *self, int op, int which, Obj *other) {
    Obj *key = binop_name(vm, op, which);
    if (key == NULL) {
        return NULL;
    }
    bool found;
    Obj *res = call_special(vm, self, key, &other, 1, &found);
    if (!found && !err_occurred(vm)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    return res;
}

static Obj *binop_dispatch(Vm *vm, Obj *a, Obj *b, int op, BinaryFn self_fn) {
    TypeObj *ta = obj_type(a), *tb = obj_type(b);
    Obj *rkey = binop_name(vm, op, 1);
    if (rkey == NULL) {
        return NULL;
    }
    Obj *rb = tb->binop[op] == self_fn ? type_lookup(vm, tb, rkey) : NULL;
    bool do_other = ta != tb && rb != NULL;
    Obj *res;
    if (ta->binop[op] == self_fn) {
        if (do_other && type_is_subtype(tb, ta) && type_lookup(vm, ta, rkey) != rb) {
            res = call_binary(vm, b, op, 1, a);
            if (res != OBJ_NOTIMPL) {
                return res;
            }
            obj_decref(res);
            do_other = false;
        }
        res = call_binary(vm, a, op, 0, b);
        if (res != OBJ_NOTIMPL || ta == tb) {
            return res;
        }
        obj_decref(res);
    }
    if (do_other) {
        return call_binary(vm, b, op, 1, a);
    }
    return obj_newref(OBJ_NOTIMPL);
}

#define SLOT_BINOP(fname, op)                                                                      \
    static Obj *slot_binop_##fname(Vm *vm, Obj *a, Obj *b) {                                       \
        return binop_dispatch(vm, a, b, op, slot_binop_##fname);                                   \
    }                                                                                              \
    static Obj *slot_inplace_##fname(Vm *vm, Obj *a, Obj *b) {                                     \
        return call_binary(vm, a, op, 2, b);                                                       \
    }
SLOT_BINOP(add, BINOP_ADD)
SLOT_BINOP(sub, BINOP_SUB)
SLOT_BINOP(mul, BINOP_MUL)
SLOT_BINOP(truediv, BINOP_TRUEDIV)
SLOT_BINOP(floordiv, BINOP_FLOORDIV)
SLOT_BINOP(mod, BINOP_MOD)
SLOT_BINOP(pow, BINOP_POW)
SLOT_BINOP(lshift, BINOP_LSHIFT)
SLOT_BINOP(rshift, BINOP_RSHIFT)
SLOT_BINOP(and, BINOP_AND)
SLOT_BINOP(or, BINOP_OR)
SLOT_BINOP(xor, BINOP_XOR)
SLOT_BINOP(matmul, BINOP_MATMUL)
#undef SLOT_BINOP

static const BinaryFn binop_slots[BINOP_COUNT] = {
    slot_binop_add, slot_binop_sub, slot_binop_mul,    slot_binop_truediv, slot_binop_floordiv,
    slot_binop_mod, slot_binop_pow, slot_binop_lshift, slot_binop_rshift,  slot_binop_and,
    slot_binop_or,  slot_binop_xor, slot_binop_matmul,
};
static const BinaryFn inplace_slots[BINOP_COUNT] = {
    slot_inplace_add,      slot_inplace_sub, slot_inplace_mul, slot_inplace_truediv,
    slot_inplace_floordiv, slot_inplace_mod, slot_inplace_pow, slot_inplace_lshift,
    slot_inplace_rshift,   slot_inplace_and, slot_inplace_or,  slot_inplace_xor,
    slot_inplace_matmul,
};

// pow(a, b, mod) with a class operand: a.__pow__(b, mod).
static Obj *slot_ternary_pow(Vm *vm, Obj *a, Obj *b, Obj *mod) {
    Obj *key = binop_name(vm, BINOP_POW, 0);
    if (key == NULL) {
        return NULL;
    }
    Obj *args[2] = {b, mod};
    bool found;
    Obj *res = call_special(vm, a, key, args, 2, &found);
    if (!found && !err_occurred(vm)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    return res;
}

static Obj *slot_neg(Vm *vm, Obj *a) {
    return call_required(vm, a, vm->id.neg, NULL, 0);
}
static Obj *slot_pos(Vm *vm, Obj *a) {
    return call_required(vm, a, vm->id.pos, NULL, 0);
}
static Obj *slot_invert(Vm *vm, Obj *a) {
    return call_required(vm, a, vm->id.invert, NULL, 0);
}
static Obj *slot_abs(Vm *vm, Obj *a) {
    return call_required(vm, a, vm->id.abs, NULL, 0);
}

static Obj *slot_as_int(Vm *vm, Obj *self) {
    Obj *res = call_required(vm, self, vm->id.index, NULL, 0);
    if (res != NULL && !int_check(res)) {
        err_raise(vm, &exc_TypeError, "__index__ returned non-int (type %s)", obj_type_name(res));
        obj_decref(res);
        return NULL;
    }
    return res;
}

static Obj *slot_as_float(Vm *vm, Obj *self) {
    Obj *res = call_required(vm, self, vm->id.float_, NULL, 0);
    if (res != NULL && !float_check(res)) {
        err_raise(vm, &exc_TypeError, "%s.__float__ returned non-float (type %s)",
                  obj_type_name(self), obj_type_name(res));
        obj_decref(res);
        return NULL;
    }
    return res;
}

// ---------------------------------------------------------------------------
// Construction and finalization.
// ---------------------------------------------------------------------------

// __new__ is a static method: called with the class prepended.
static Obj *slot_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *f = type_lookup(vm, type, vm->id.new_);
    if (f == NULL) {
        return err_occurred(vm) ? NULL : err_raise_obj(vm, &exc_AttributeError, vm->id.new_);
    }
    if (obj_type(f) == &staticmethod_type) {
        f = staticmethod_func_borrow(f);
    }
    size_t nkw = kwnames != NULL ? tuple_len(kwnames) : 0;
    size_t total = nargs + nkw + 1;
    Obj *local[8];
    Obj **argv = total <= 8 ? local : mem_alloc(total * sizeof(Obj *));
    if (argv == NULL) {
        return NULL;
    }
    argv[0] = (Obj *)type;
    for (size_t i = 0; i < nargs + nkw; i++) {
        argv[i + 1] = args[i];
    }
    obj_incref(f);
    Obj *res = obj_call(vm, f, argv, nargs + 1, kwnames);
    obj_decref(f);
    if (argv != local) {
        mem_free(argv);
    }
    return res;
}

static int slot_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *f = type_lookup(vm, obj_type(self), vm->id.init);
    if (f == NULL) {
        return err_occurred(vm) ? -1 : 0;
    }
    Obj *res = call_method_vector(vm, self, f, args, nargs, kwnames);
    if (res == NULL) {
        return -1;
    }
    if (res != OBJ_NONE) {
        err_raise(vm, &exc_TypeError, "__init__() should return None, not '%s'",
                  obj_type_name(res));
        obj_decref(res);
        return -1;
    }
    obj_decref(res);
    return 0;
}

// __del__: an exception is reported as "Exception ignored in: <function
// C.__del__ ...>" and never left pending.
static void slot_finalize(Vm *vm, Obj *self) {
    Obj *f = type_lookup(vm, obj_type(self), vm->id.del);
    if (f == NULL) {
        err_clear(vm);
        return;
    }
    obj_incref(f);
    Obj *res = call_attr(vm, self, f, NULL, 0);
    if (res == NULL) {
        err_write_unraisable(vm, f);
        err_clear(vm);
    } else {
        obj_decref(res);
    }
    obj_decref(f);
}

// ---------------------------------------------------------------------------
// The fix-up.
// ---------------------------------------------------------------------------

// True when the first class of `t`'s MRO defining `name` is a heap type
// (a Python-level definition the slot must dispatch to).
static bool heap_defines(Vm *vm, TypeObj *t, Obj *name) {
    Obj *mro = t->mro;
    if (name == NULL || mro == NULL) {
        return false;
    }
    for (size_t i = 0; i < tuple_len(mro); i++) {
        TypeObj *c = (TypeObj *)tuple_get_borrow(mro, i);
        if (c->dict != NULL && dict_get_borrow(vm, c->dict, name) != NULL) {
            return (c->flags & TYPE_FLAG_HEAPTYPE) != 0;
        }
    }
    err_clear(vm); // str keys never fail; be safe anyway
    return false;
}

static bool heap_defines_cstr(Vm *vm, TypeObj *t, const char *name) {
    return heap_defines(vm, t, type_intern(vm, name));
}

#define FIX(field, cond, fn) t->field = (cond) ? (fn) : sb->field

void typeslots_fixup(Vm *vm, TypeObj *t) {
    TypeObj *sb = type_static_base(t);
    RtIds *id = &vm->id;
    FIX(repr, heap_defines(vm, t, id->repr), slot_repr);
    FIX(str, heap_defines(vm, t, id->str), slot_str);
    bool cmp = false;
    Obj *cmp_names[] = {id->lt, id->le, id->eq, id->ne, id->gt, id->ge};
    for (int i = 0; i < 6; i++) {
        cmp = cmp || heap_defines(vm, t, cmp_names[i]);
    }
    FIX(richcompare, cmp, slot_richcompare);
    Obj *h = type_lookup(vm, t, id->hash);
    if (h == OBJ_NONE) {
        t->hash = NULL;
    } else {
        FIX(hash, heap_defines(vm, t, id->hash), slot_hash);
    }
    FIX(getattr, heap_defines(vm, t, id->getattribute) || heap_defines(vm, t, id->getattr),
        slot_getattro);
    FIX(setattr, heap_defines(vm, t, id->setattr) || heap_defines(vm, t, id->delattr),
        slot_setattro);
    FIX(call, heap_defines(vm, t, id->call), slot_call);
    FIX(iter, heap_defines(vm, t, id->iter), slot_iter);
    FIX(iternext, heap_defines(vm, t, id->next), slot_iternext);
    FIX(descr_get, heap_defines(vm, t, id->get), slot_descr_get);
    FIX(descr_set, heap_defines(vm, t, id->set) || heap_defines(vm, t, id->delete_),
        slot_descr_set);
    for (int op = 0; op < BINOP_COUNT; op++) {
        FIX(binop[op],
            heap_defines_cstr(vm, t, binop_names[op][0]) ||
                heap_defines_cstr(vm, t, binop_names[op][1]),
            binop_slots[op]);
        FIX(inplace[op], heap_defines_cstr(vm, t, binop_names[op][2]), inplace_slots[op]);
    }
    FIX(ternary_pow, heap_defines_cstr(vm, t, "__pow__"), slot_ternary_pow);
    FIX(neg, heap_defines(vm, t, id->neg), slot_neg);
    FIX(pos, heap_defines(vm, t, id->pos), slot_pos);
    FIX(invert, heap_defines(vm, t, id->invert), slot_invert);
    FIX(absolute, heap_defines(vm, t, id->abs), slot_abs);
    bool has_len = heap_defines(vm, t, id->len);
    FIX(is_true, heap_defines(vm, t, id->bool_) || has_len, slot_is_true);
    FIX(len, has_len, slot_len);
    FIX(as_int, heap_defines(vm, t, id->index), slot_as_int);
    FIX(as_float, heap_defines(vm, t, id->float_), slot_as_float);
    FIX(getitem, heap_defines(vm, t, id->getitem), slot_getitem);
    FIX(setitem, heap_defines(vm, t, id->setitem) || heap_defines(vm, t, id->delitem),
        slot_setitem);
    if (heap_defines(vm, t, id->contains)) {
        t->contains = slot_contains;
    } else if (heap_defines(vm, t, id->iter) || heap_defines(vm, t, id->getitem)) {
        t->contains = NULL; // `in` iterates with the class's own protocol
    } else {
        t->contains = sb->contains;
    }
    FIX(new_, heap_defines(vm, t, id->new_), slot_new);
    FIX(init, heap_defines(vm, t, id->init), slot_init);
    if (heap_defines(vm, t, id->del)) {
        t->finalize = slot_finalize;
        t->flags |= TYPE_FLAG_HAS_FINALIZE;
    } else {
        t->finalize = sb->finalize;
        t->flags = (t->flags & ~TYPE_FLAG_HAS_FINALIZE) | (sb->flags & TYPE_FLAG_HAS_FINALIZE);
    }
    t->version++;
}

#undef FIX

// ---------------------------------------------------------------------------
// The registry of live heap types. Setting a dunder on a class changes the
// slots of its subclasses too (C.__eq__ = f after class D(C) exists), so
// the fix-up must find them. Classes are few and such assignments rare: a
// plain array of borrowed pointers, which type_dealloc leaves, suffices.
// ---------------------------------------------------------------------------
static TypeObj **heap_types;
static size_t nheap_types, heap_types_cap;

int typeslots_register(TypeObj *t) {
    if (nheap_types == heap_types_cap) {
        size_t cap = heap_types_cap == 0 ? 64 : heap_types_cap * 2;
        TypeObj **p = mem_realloc(heap_types, cap * sizeof(TypeObj *));
        if (p == NULL) {
            return -1;
        }
        heap_types = p;
        heap_types_cap = cap;
    }
    heap_types[nheap_types++] = t;
    return 0;
}

void typeslots_unregister(TypeObj *t) {
    for (size_t i = nheap_types; i > 0; i--) {
        if (heap_types[i - 1] == t) {
            heap_types[i - 1] = heap_types[--nheap_types];
            break;
        }
    }
    if (nheap_types == 0) {
        mem_free(heap_types);
        heap_types = NULL;
        heap_types_cap = 0;
    }
}

void typeslots_fixup_subclasses(Vm *vm, TypeObj *t) {
    for (size_t i = 0; i < nheap_types; i++) {
        TypeObj *sub = heap_types[i];
        if (sub != t && sub->mro != NULL && type_is_subtype(sub, t)) {
            typeslots_fixup(vm, sub);
        }
    }
}

NEWREF Obj *typeslots_subclasses(Vm *vm, TypeObj *t) {
    Obj *l = list_new(vm, 0);
    for (size_t i = 0; l != NULL && i < nheap_types; i++) {
        TypeObj *sub = heap_types[i];
        if (sub->bases == NULL) {
            continue;
        }
        for (size_t j = 0; j < tuple_len(sub->bases); j++) {
            if (tuple_get_borrow(sub->bases, j) == (Obj *)t) {
                if (list_append(vm, l, (Obj *)sub) < 0) {
                    obj_decref(l);
                    return NULL;
                }
                break;
            }
        }
    }
    return l;
}
