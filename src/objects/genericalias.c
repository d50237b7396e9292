/* genericalias.c: types.GenericAlias, what `list[int]` evaluates to. Type
 * hints are evaluated at run time (annotated assignments, annotations of
 * functions), so subscripting the built-in generic classes must work; the
 * alias records its origin and arguments, prints as `list[int]` and calls
 * through to the origin. */
#include <string.h>

#include "../memory/gc.h"
#include "exc.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "typeimpl.h"
#include "unionobj.h"

typedef struct AliasObj {
    Obj head;
    Obj *origin; // the class subscripted
    Obj *args;   // tuple of the arguments
} AliasObj;

NEWREF Obj *generic_alias_new(Vm *vm, Obj *origin, Obj *item) {
    Obj *args = tuple_check(item) ? obj_newref(item) : tuple_pack1(vm, item);
    if (args == NULL) {
        return NULL;
    }
    AliasObj *a = (AliasObj *)obj_new_container(vm, &generic_alias_type, sizeof(AliasObj));
    if (a == NULL) {
        obj_decref(args);
        return NULL;
    }
    a->origin = obj_newref(origin);
    a->args = args;
    return (Obj *)a;
}

int galias_append_arg(Vm *vm, StrBuf *b, Obj *arg) {
    if (arg == OBJ_ELLIPSIS) {
        return strbuf_append_cstr(b, "...");
    }
    if (obj_is_instance(arg, &type_type)) {
        TypeObj *t = (TypeObj *)arg;
        const char *mod = type_module_cstr(t);
        if (strcmp(mod, "builtins") != 0 &&
            (strbuf_append_cstr(b, mod) < 0 || strbuf_append_char(b, '.') < 0)) {
            return -1;
        }
        return strbuf_append_cstr(b, type_qualname_cstr(t));
    }
    Obj *r = obj_repr(vm, arg);
    if (r == NULL) {
        return -1;
    }
    int rc = strbuf_append_str(b, r);
    obj_decref(r);
    return rc;
}

static Obj *alias_repr(Vm *vm, Obj *self) {
    AliasObj *a = (AliasObj *)self;
    StrBuf b;
    strbuf_init(&b);
    int rc = galias_append_arg(vm, &b, a->origin);
    rc = rc < 0 ? rc : strbuf_append_char(&b, '[');
    for (size_t i = 0; rc == 0 && i < tuple_len(a->args); i++) {
        if (i > 0) {
            rc = strbuf_append_cstr(&b, ", ");
        }
        rc = rc < 0 ? rc : galias_append_arg(vm, &b, tuple_get_borrow(a->args, i));
    }
    if (rc == 0 && tuple_len(a->args) == 0) {
        rc = strbuf_append_cstr(&b, "()");
    }
    rc = rc < 0 ? rc : strbuf_append_char(&b, ']');
    if (rc < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(vm, &b);
}

// types.GenericAlias(origin, args): what subscripting builds, made by hand.
static Obj *alias_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(type);
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "GenericAlias() takes no keyword arguments");
    }
    if (nargs != 2) {
        return err_raise(vm, &exc_TypeError, "GenericAlias expected 2 arguments, got %zu", nargs);
    }
    return generic_alias_new(vm, args[0], args[1]);
}

// list[int](...) builds a list.
static Obj *alias_call(Vm *vm, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames) {
    return obj_call(vm, ((AliasObj *)callable)->origin, args, nargs, kwnames);
}

static Obj *alias_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || obj_type(b) != &generic_alias_type) {
        return obj_newref(OBJ_NOTIMPL);
    }
    AliasObj *x = (AliasObj *)a, *y = (AliasObj *)b;
    int eq = x->origin == y->origin;
    if (eq) {
        eq = obj_eq(vm, x->args, y->args);
        if (eq < 0) {
            return NULL;
        }
    }
    return obj_newref(obj_bool(op == CMP_EQ ? eq : !eq));
}

static int64_t alias_hash(Vm *vm, Obj *self) {
    AliasObj *a = (AliasObj *)self;
    int64_t h = obj_hash(vm, a->args);
    if (h == -1) {
        return -1;
    }
    int64_t r = (int64_t)(((uint64_t)h ^ ((uintptr_t)a->origin >> 4)) >> 1);
    return r == -1 ? -2 : r;
}

static Obj *alias_get_origin(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(((AliasObj *)self)->origin);
}

static Obj *alias_get_args(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(((AliasObj *)self)->args);
}

static const GetSetDef alias_getset[] = {
    {"__origin__", alias_get_origin, NULL},
    {"__args__", alias_get_args, NULL},
    {NULL, NULL, NULL},
};

// isinstance(x, list[int]) and issubclass(C, list[int]) are refused.
static Obj *alias_py_instancecheck(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    return err_raise(vm, &exc_TypeError,
                     "isinstance() argument 2 cannot be a parameterized generic");
}

static Obj *alias_py_subclasscheck(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    return err_raise(vm, &exc_TypeError,
                     "issubclass() argument 2 cannot be a parameterized generic");
}

// __mro_entries__(bases) (PEP 560): class C(list[int]) derives from list.
static Obj *alias_py_mro_entries(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (nargs != 1 || (kwnames != NULL && tuple_len(kwnames) > 0)) {
        return err_raise(vm, &exc_TypeError,
                         "__mro_entries__() takes exactly one argument (%zu given)", nargs);
    }
    return tuple_pack1(vm, ((AliasObj *)self)->origin);
}

static const MethodDef alias_methods[] = {
    {"__mro_entries__", alias_py_mro_entries, METH_DEFAULT, NULL},
    {"__instancecheck__", alias_py_instancecheck, METH_DEFAULT, NULL},
    {"__subclasscheck__", alias_py_subclasscheck, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static int alias_traverse(Obj *self, GcVisitFn visit, void *arg) {
    AliasObj *a = (AliasObj *)self;
    int rc = visit(a->origin, arg);
    return rc != 0 ? rc : visit(a->args, arg);
}

static void alias_dealloc(Obj *self) {
    gc_untrack(self);
    AliasObj *a = (AliasObj *)self;
    Obj *o = a->origin, *args = a->args;
    obj_free(self);
    obj_decref(o);
    obj_decref(args);
}

TypeObj generic_alias_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "types.GenericAlias",
    .basicsize = sizeof(AliasObj),
    .flags = TYPE_FLAG_GC,
    .dealloc = alias_dealloc,
    .traverse = alias_traverse,
    .repr = alias_repr,
    .hash = alias_hash,
    .richcompare = alias_richcompare,
    .call = alias_call,
    .new_ = alias_new,
    .binop = {[BINOP_OR] = union_or}, // list[int] | None
    .getset = alias_getset,
    .methods = alias_methods,
};
