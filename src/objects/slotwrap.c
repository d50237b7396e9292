/* slotwrap.c: slot wrappers, the Python-visible face of the C slots of
 * built-in types (`object.__init__`, `int.__add__`, `list.__len__`). They
 * let Python code call a base class's implementation explicitly
 * (super().__init__(), object.__setattr__(self, k, v)) and let class slots
 * find inherited behaviour by name. */
#include <stddef.h>
#include <string.h>

#include "exc.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "typeimpl.h"

typedef enum {
    W_UNARY, // Obj *slot(vm, self): __repr__, __str__, __iter__, __neg__, ...
    W_HASH,
    W_CMP, // richcompare with `arg` = CmpOp
    W_GETATTR,
    W_SETATTR,
    W_DELATTR,
    W_CALL,
    W_NEXT,
    W_LEN,
    W_BOOL,
    W_GETITEM,
    W_SETITEM,
    W_DELITEM,
    W_CONTAINS,
    W_INIT,
    W_DESCR_GET,
    W_DESCR_SET,
    W_DESCR_DEL,
    W_BINOP,   // binop[arg](self, other)
    W_RBINOP,  // binop[arg](other, self)
    W_INPLACE, // inplace[arg](self, other)
} WrapKind;

typedef struct WrapDef {
    const char *name;
    WrapKind kind;
    int arg;
    size_t offset; // of the slot in TypeObj
} WrapDef;

typedef struct WrapperObj {
    Obj head;
    TypeObj *objclass; // static, immortal: not counted
    const WrapDef *def;
} WrapperObj;

#define SLOT(f) offsetof(TypeObj, f)
static const WrapDef wrap_defs[] = {
    {"__repr__", W_UNARY, 0, SLOT(repr)},
    {"__str__", W_UNARY, 0, SLOT(str)},
    {"__hash__", W_HASH, 0, SLOT(hash)},
    {"__lt__", W_CMP, CMP_LT, SLOT(richcompare)},
    {"__le__", W_CMP, CMP_LE, SLOT(richcompare)},
    {"__eq__", W_CMP, CMP_EQ, SLOT(richcompare)},
    {"__ne__", W_CMP, CMP_NE, SLOT(richcompare)},
    {"__gt__", W_CMP, CMP_GT, SLOT(richcompare)},
    {"__ge__", W_CMP, CMP_GE, SLOT(richcompare)},
    {"__getattribute__", W_GETATTR, 0, SLOT(getattr)},
    {"__setattr__", W_SETATTR, 0, SLOT(setattr)},
    {"__delattr__", W_DELATTR, 0, SLOT(setattr)},
    {"__call__", W_CALL, 0, SLOT(call)},
    {"__iter__", W_UNARY, 0, SLOT(iter)},
    {"__next__", W_NEXT, 0, SLOT(iternext)},
    {"__get__", W_DESCR_GET, 0, SLOT(descr_get)},
    {"__set__", W_DESCR_SET, 0, SLOT(descr_set)},
    {"__delete__", W_DESCR_DEL, 0, SLOT(descr_set)},
    {"__neg__", W_UNARY, 0, SLOT(neg)},
    {"__pos__", W_UNARY, 0, SLOT(pos)},
    {"__invert__", W_UNARY, 0, SLOT(invert)},
    {"__abs__", W_UNARY, 0, SLOT(absolute)},
    {"__bool__", W_BOOL, 0, SLOT(is_true)},
    {"__index__", W_UNARY, 0, SLOT(as_int)},
    {"__float__", W_UNARY, 0, SLOT(as_float)},
    {"__len__", W_LEN, 0, SLOT(len)},
    {"__getitem__", W_GETITEM, 0, SLOT(getitem)},
    {"__setitem__", W_SETITEM, 0, SLOT(setitem)},
    {"__delitem__", W_DELITEM, 0, SLOT(setitem)},
    {"__contains__", W_CONTAINS, 0, SLOT(contains)},
    {"__init__", W_INIT, 0, SLOT(init)},
#define BIN(op, a, r, i)                                                                           \
    {a, W_BINOP, op, SLOT(binop[op])}, {r, W_RBINOP, op, SLOT(binop[op])}, {                       \
        i, W_INPLACE, op, SLOT(inplace[op])                                                        \
    }
    BIN(BINOP_ADD, "__add__", "__radd__", "__iadd__"),
    BIN(BINOP_SUB, "__sub__", "__rsub__", "__isub__"),
    BIN(BINOP_MUL, "__mul__", "__rmul__", "__imul__"),
    BIN(BINOP_TRUEDIV, "__truediv__", "__rtruediv__", "__itruediv__"),
    BIN(BINOP_FLOORDIV, "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    BIN(BINOP_MOD, "__mod__", "__rmod__", "__imod__"),
    BIN(BINOP_POW, "__pow__", "__rpow__", "__ipow__"),
    BIN(BINOP_LSHIFT, "__lshift__", "__rlshift__", "__ilshift__"),
    BIN(BINOP_RSHIFT, "__rshift__", "__rrshift__", "__irshift__"),
    BIN(BINOP_AND, "__and__", "__rand__", "__iand__"),
    BIN(BINOP_OR, "__or__", "__ror__", "__ior__"),
    BIN(BINOP_XOR, "__xor__", "__rxor__", "__ixor__"),
    BIN(BINOP_MATMUL, "__matmul__", "__rmatmul__", "__imatmul__"),
#undef BIN
    {NULL, W_UNARY, 0, 0},
};
#undef SLOT

static void *slot_ptr(const TypeObj *t, size_t offset) {
    void *p;
    memcpy(&p, (const char *)t + offset, sizeof(p));
    return p;
}

// ---------------------------------------------------------------------------
// Calling a wrapper: args[0] is self, checked against the defining type.
// ---------------------------------------------------------------------------
static int want_args(Vm *vm, size_t got, size_t want) {
    if (got != want) {
        err_raise(vm, &exc_TypeError, "expected %zu argument%s, got %zu", want,
                  want == 1 ? "" : "s", got);
        return -1;
    }
    return 0;
}

static Obj *none_or_error(int rc) {
    return rc < 0 ? NULL : obj_newref(OBJ_NONE);
}

// The wrappers of slots returning an object.
static Obj *call_obj_slot(Vm *vm, const WrapDef *d, void *fn, Obj *self, Obj *const *a, size_t n) {
    switch (d->kind) {
        case W_UNARY:
            return want_args(vm, n, 0) < 0 ? NULL : ((UnaryFn)fn)(vm, self);
        case W_CMP:
            if (want_args(vm, n, 1) < 0) {
                return NULL;
            }
            return ((Obj * (*)(Vm *, Obj *, Obj *, CmpOp)) fn)(vm, self, a[0], (CmpOp)d->arg);
        case W_GETATTR:
            return want_args(vm, n, 1) < 0 ? NULL : ((BinaryFn)fn)(vm, self, a[0]);
        case W_GETITEM:
            return want_args(vm, n, 1) < 0 ? NULL : ((BinaryFn)fn)(vm, self, a[0]);
        case W_BINOP:
        case W_INPLACE:
            return want_args(vm, n, 1) < 0 ? NULL : ((BinaryFn)fn)(vm, self, a[0]);
        case W_RBINOP:
            return want_args(vm, n, 1) < 0 ? NULL : ((BinaryFn)fn)(vm, a[0], self);
        case W_NEXT: {
            if (want_args(vm, n, 0) < 0) {
                return NULL;
            }
            Obj *r = ((UnaryFn)fn)(vm, self);
            if (r == NULL && !err_occurred(vm)) {
                return err_raise_obj(vm, &exc_StopIteration, NULL);
            }
            return r;
        }
        case W_DESCR_GET: {
            if (n < 1 || n > 2) {
                return err_raise(vm, &exc_TypeError, "expected 1 or 2 arguments, got %zu", n);
            }
            Obj *obj = a[0] == OBJ_NONE ? NULL : a[0];
            Obj *type = n == 2 && a[1] != OBJ_NONE ? a[1] : NULL;
            if (obj == NULL && type == NULL) {
                return err_raise(vm, &exc_TypeError, "__get__(None, None) is invalid");
            }
            return ((Obj * (*)(Vm *, Obj *, Obj *, Obj *)) fn)(vm, self, obj, type);
        }
        default:
            return NULL;
    }
}

// The wrappers of slots returning an int status or a C number.
static Obj *call_int_slot(Vm *vm, const WrapDef *d, void *fn, Obj *self, Obj *const *a, size_t n) {
    typedef int (*Set2)(Vm *, Obj *, Obj *, Obj *);
    switch (d->kind) {
        case W_HASH: {
            if (want_args(vm, n, 0) < 0) {
                return NULL;
            }
            int64_t h = ((int64_t(*)(Vm *, Obj *))fn)(vm, self);
            return h == -1 && err_occurred(vm) ? NULL : int_from_i64(vm, h);
        }
        case W_LEN: {
            if (want_args(vm, n, 0) < 0) {
                return NULL;
            }
            int64_t len = ((int64_t(*)(Vm *, Obj *))fn)(vm, self);
            return len < 0 ? NULL : int_from_i64(vm, len);
        }
        case W_BOOL: {
            if (want_args(vm, n, 0) < 0) {
                return NULL;
            }
            int r = ((int (*)(Vm *, Obj *))fn)(vm, self);
            return r < 0 ? NULL : obj_newref(obj_bool(r));
        }
        case W_CONTAINS: {
            if (want_args(vm, n, 1) < 0) {
                return NULL;
            }
            int r = ((int (*)(Vm *, Obj *, Obj *))fn)(vm, self, a[0]);
            return r < 0 ? NULL : obj_newref(obj_bool(r));
        }
        case W_SETATTR:
        case W_SETITEM:
        case W_DESCR_SET:
            return want_args(vm, n, 2) < 0 ? NULL : none_or_error(((Set2)fn)(vm, self, a[0], a[1]));
        case W_DELATTR:
        case W_DELITEM:
        case W_DESCR_DEL:
            return want_args(vm, n, 1) < 0 ? NULL : none_or_error(((Set2)fn)(vm, self, a[0], NULL));
        default:
            return NULL;
    }
}

static Obj *wrapper_call(Vm *vm, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames) {
    WrapperObj *w = (WrapperObj *)callable;
    const WrapDef *d = w->def;
    if (nargs == 0) {
        return err_raise(vm, &exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                         d->name, w->objclass->name);
    }
    Obj *self = args[0];
    if (!obj_is_instance(self, w->objclass)) {
        return err_raise(vm, &exc_TypeError,
                         "descriptor '%s' requires a '%s' object but received a '%s'", d->name,
                         w->objclass->name, obj_type_name(self));
    }
    void *fn = slot_ptr(w->objclass, d->offset);
    if (d->kind == W_CALL) {
        return ((CallFn)fn)(vm, self, args + 1, nargs - 1, kwnames);
    }
    if (d->kind == W_INIT) {
        typedef int (*InitFn)(Vm *, Obj *, Obj *const *, size_t, Obj *);
        return none_or_error(((InitFn)fn)(vm, self, args + 1, nargs - 1, kwnames));
    }
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "wrapper %s() takes no keyword arguments", d->name);
    }
    if ((d->kind == W_BINOP || d->kind == W_RBINOP) && d->arg == BINOP_POW && nargs == 3) {
        // x.__pow__(y, mod) and y.__rpow__(x, mod): the three-argument pow;
        // a mod of None is the two-argument one.
        TypeObj *t = w->objclass;
        if (args[2] != OBJ_NONE && t->ternary_pow != NULL) {
            return d->kind == W_BINOP ? t->ternary_pow(vm, self, args[1], args[2])
                                      : t->ternary_pow(vm, args[1], self, args[2]);
        }
        nargs = args[2] == OBJ_NONE ? 2 : nargs;
    }
    Obj *res = call_obj_slot(vm, d, fn, self, args + 1, nargs - 1);
    if (res == NULL && !err_occurred(vm)) {
        res = call_int_slot(vm, d, fn, self, args + 1, nargs - 1);
    }
    return res;
}

static Obj *wrapper_descr_get(Vm *vm, Obj *self, Obj *obj, Obj *type) {
    OURO_UNUSED(type);
    if (obj == NULL) {
        return obj_newref(self);
    }
    WrapperObj *w = (WrapperObj *)self;
    if (!obj_is_instance(obj, w->objclass)) {
        return err_raise(vm, &exc_TypeError,
                         "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                         w->def->name, w->objclass->name, obj_type_name(obj));
    }
    return method_new(vm, self, obj);
}

static Obj *wrapper_repr(Vm *vm, Obj *self) {
    WrapperObj *w = (WrapperObj *)self;
    return str_from_fmt(vm, "<slot wrapper '%s' of '%s' objects>", w->def->name, w->objclass->name);
}

static Obj *wrapper_get_name(Vm *vm, Obj *self) {
    return str_from_cstr(vm, ((WrapperObj *)self)->def->name);
}

static Obj *wrapper_get_qualname(Vm *vm, Obj *self) {
    WrapperObj *w = (WrapperObj *)self;
    return str_from_fmt(vm, "%s.%s", w->objclass->name, w->def->name);
}

static Obj *wrapper_get_objclass(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref((Obj *)((WrapperObj *)self)->objclass);
}

static const GetSetDef wrapper_getset[] = {
    {"__name__", wrapper_get_name, NULL},
    {"__qualname__", wrapper_get_qualname, NULL},
    {"__objclass__", wrapper_get_objclass, NULL},
    {NULL, NULL, NULL},
};

static void wrapper_dealloc(Obj *self) {
    obj_free(self);
}

TypeObj wrapper_descr_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "wrapper_descriptor",
    .basicsize = sizeof(WrapperObj),
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .call = wrapper_call,
    .descr_get = wrapper_descr_get,
    .getset = wrapper_getset,
};

// ---------------------------------------------------------------------------
// T.__new__(subtype, ...): a built-in function bound to T.
// ---------------------------------------------------------------------------
static Obj *tp_new_wrapper(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    TypeObj *type = (TypeObj *)self;
    if (nargs < 1) {
        return err_raise(vm, &exc_TypeError, "%s.__new__(): not enough arguments", type->name);
    }
    Obj *arg0 = args[0];
    if (!obj_is_instance(arg0, &type_type)) {
        return err_raise(vm, &exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                         type->name, obj_type_name(arg0));
    }
    TypeObj *sub = (TypeObj *)arg0;
    if (!type_is_subtype(sub, type)) {
        return err_raise(vm, &exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                         type->name, sub->name, sub->name, type->name);
    }
    // Refuse to build a `sub` with a new_ that does not know its layout.
    TypeObj *sb = type_static_base(sub);
    if (sb->new_ != type->new_) {
        return err_raise(vm, &exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                         type->name, sub->name, sb->name);
    }
    return type->new_(vm, sub, args + 1, nargs - 1, kwnames);
}

static const MethodDef tp_new_def = {"__new__", tp_new_wrapper, METH_DEFAULT,
                                     "Create and return a new object."};

// ---------------------------------------------------------------------------
// Installing the wrappers of a static type.
// ---------------------------------------------------------------------------

// True when `t` sets the slot at `offset` itself (not inherited yet: this
// runs before type_ready copies the base's slots).
static bool defines_slot(const TypeObj *t, size_t offset) {
    void *own = slot_ptr(t, offset);
    return own != NULL && (t->base == NULL || own != slot_ptr(t->base, offset));
}

static int add_if_absent(Vm *vm, TypeObj *t, const char *name, Obj *value) {
    Obj *key = type_intern(vm, name);
    if (key == NULL) {
        return -1;
    }
    if (dict_get_borrow(vm, t->dict, key) != NULL) {
        return 0;
    }
    return dict_set(vm, t->dict, key, value);
}

int slotwrap_add_all(Vm *vm, TypeObj *t) {
    for (const WrapDef *d = wrap_defs; d->name != NULL; d++) {
        if (!defines_slot(t, d->offset)) {
            continue;
        }
        // type's iter/getitem/contains slots only refuse iteration and
        // serve C[...]; CPython's type has no such methods, and
        // hasattr(cls, '__iter__') must stay False.
        if (t == &type_type &&
            (d->offset == offsetof(TypeObj, iter) || d->offset == offsetof(TypeObj, getitem) ||
             d->offset == offsetof(TypeObj, contains))) {
            continue;
        }
        // A sequence's + is concatenation (CPython's sq_concat), which has
        // no reflected form: str, list, tuple, bytes... have no __radd__.
        if ((t->flags & TYPE_FLAG_SEQ_CONCAT) && d->kind == W_RBINOP && d->arg == BINOP_ADD) {
            continue;
        }
        // Unhashable on purpose: `__hash__` becomes None in type_ready.
        WrapperObj *w = (WrapperObj *)obj_new(vm, &wrapper_descr_type, sizeof(WrapperObj));
        if (w == NULL) {
            return -1;
        }
        w->objclass = t;
        w->def = d;
        int rc = add_if_absent(vm, t, d->name, (Obj *)w);
        obj_decref((Obj *)w);
        if (rc < 0) {
            return -1;
        }
    }
    if (t->new_ != NULL && (t->base == NULL || t->new_ != t->base->new_)) {
        Obj *f = builtin_func_new(vm, &tp_new_def, (Obj *)t);
        if (f == NULL) {
            return -1;
        }
        int rc = add_if_absent(vm, t, "__new__", f);
        obj_decref(f);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}
