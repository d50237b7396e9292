/* singletons.c: None, NotImplemented, Ellipsis and bool. Their values are
 * immortal static objects; True and False carry no payload, the int code
 * recognises them by address (intimpl.h). */
#include "args.h"
#include "exc.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "type.h"

Obj obj_none_s = OBJ_HEAD_INIT(&none_type);
Obj obj_notimpl_s = OBJ_HEAD_INIT(&notimpl_type);
Obj obj_ellipsis_s = OBJ_HEAD_INIT(&ellipsis_type);
Obj obj_true_s = OBJ_HEAD_INIT(&bool_type);
Obj obj_false_s = OBJ_HEAD_INIT(&bool_type);

// The singletons are never freed; a dealloc reaching them is a refcount bug.
static void singleton_dealloc(Obj *self) {
    OURO_UNUSED(self);
}

static int64_t identity_hash(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    // CPython hashes by address, rotated so the alignment bits matter less.
    uint64_t h = (uint64_t)(uintptr_t)self;
    h = (h >> 4) | (h << 60);
    return (int64_t)h == -1 ? -2 : (int64_t)h;
}

static Obj *none_repr(Vm *vm, Obj *self) {
    OURO_UNUSED(self);
    return str_from_cstr(vm, "None");
}

static int none_is_true(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    OURO_UNUSED(self);
    return 0;
}

// NoneType(), type(NotImplemented)(), type(...)() return the singleton.
static Obj *singleton_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (nargs != 0 || kwnames != NULL) {
        return err_raise(vm, &exc_TypeError, "%s takes no arguments", type->name);
    }
    if (type == &none_type) {
        return obj_newref(OBJ_NONE);
    }
    return obj_newref(type == &notimpl_type ? OBJ_NOTIMPL : OBJ_ELLIPSIS);
}

TypeObj none_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "NoneType",
    .basicsize = sizeof(Obj),
    .base = &object_type,
    .dealloc = singleton_dealloc,
    .repr = none_repr,
    .hash = identity_hash,
    .is_true = none_is_true,
    .new_ = singleton_new,
};

static Obj *notimpl_repr(Vm *vm, Obj *self) {
    OURO_UNUSED(self);
    return str_from_cstr(vm, "NotImplemented");
}

TypeObj notimpl_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "NotImplementedType",
    .basicsize = sizeof(Obj),
    .base = &object_type,
    .dealloc = singleton_dealloc,
    .repr = notimpl_repr,
    .hash = identity_hash,
    .new_ = singleton_new,
};

static Obj *ellipsis_repr(Vm *vm, Obj *self) {
    OURO_UNUSED(self);
    return str_from_cstr(vm, "Ellipsis");
}

TypeObj ellipsis_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "ellipsis",
    .basicsize = sizeof(Obj),
    .base = &object_type,
    .dealloc = singleton_dealloc,
    .repr = ellipsis_repr,
    .hash = identity_hash,
    .new_ = singleton_new,
};

// ---------------------------------------------------------------------------
// bool: a subclass of int whose only instances are True and False.
// ---------------------------------------------------------------------------
static Obj *bool_repr(Vm *vm, Obj *self) {
    return str_from_cstr(vm, self == OBJ_TRUE ? "True" : "False");
}

static Obj *bool_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(type);
    if (args_check(vm, "bool", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return obj_newref(OBJ_FALSE);
    }
    int t = obj_is_true(vm, args[0]);
    return t < 0 ? NULL : obj_newref(obj_bool(t));
}

static bool is_bool(const Obj *o) {
    return o == OBJ_TRUE || o == OBJ_FALSE;
}

// &, |, ^ of two bools is a bool; anything else is int arithmetic.
static Obj *bool_and(Vm *vm, Obj *a, Obj *b) {
    if (is_bool(a) && is_bool(b)) {
        return obj_newref(obj_bool(a == OBJ_TRUE && b == OBJ_TRUE));
    }
    return int_binop_and(vm, a, b);
}

static Obj *bool_or(Vm *vm, Obj *a, Obj *b) {
    if (is_bool(a) && is_bool(b)) {
        return obj_newref(obj_bool(a == OBJ_TRUE || b == OBJ_TRUE));
    }
    return int_binop_or(vm, a, b);
}

static Obj *bool_xor(Vm *vm, Obj *a, Obj *b) {
    if (is_bool(a) && is_bool(b)) {
        return obj_newref(obj_bool(a != b));
    }
    return int_binop_xor(vm, a, b);
}

static int bool_is_true(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return self == OBJ_TRUE;
}

// Slots not listed are inherited from int by type_ready; int's code
// reads True and False as 1 and 0. hash is not listed on purpose: a type
// inherits richcompare only together with hash (CPython's rule), and
// True < False needs int's comparison.
TypeObj bool_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "bool",
    .basicsize = sizeof(Obj),
    .flags = TYPE_FLAG_INT_SUBCLASS, // not TYPE_FLAG_BASETYPE: bool cannot be subclassed
    .base = &int_type,
    .dealloc = singleton_dealloc,
    .repr = bool_repr,
    .binop =
        {
            [BINOP_AND] = bool_and,
            [BINOP_OR] = bool_or,
            [BINOP_XOR] = bool_xor,
        },
    .is_true = bool_is_true,
    .new_ = bool_new,
};
