/* unionobj.c: types.UnionType (PEP 604), what `int | None` and
 * `list[int] | str` evaluate to. The union keeps its members flattened and
 * without duplicates, prints as `int | None`, compares equal to a union of
 * the same members in any order, and answers isinstance/issubclass. */
#include "unionobj.h"

#include "../memory/gc.h"
#include "dict.h"
#include "exc.h"
#include "intobj.h"
#include "list.h"
#include "runtime.h"
#include "set.h"
#include "tuple.h"
#include "typeimpl.h"

typedef struct UnionObj {
    Obj head;
    Obj *args; // tuple of the members; None is stored as NoneType
} UnionObj;

// What `|` accepts on either side, as CPython 3.11's is_unionable.
static bool is_unionable(Obj *o) {
    return o == OBJ_NONE || obj_is_instance(o, &type_type) || obj_type(o) == &generic_alias_type ||
           obj_type(o) == &union_type;
}

// Two members are the same when identical, or equal GenericAliases
// (list[int] written twice). 1, 0 or -1.
static int same_member(Vm *vm, Obj *a, Obj *b) {
    if (a == b) {
        return 1;
    }
    if (obj_type(a) == &generic_alias_type && obj_type(b) == &generic_alias_type) {
        return obj_eq(vm, a, b);
    }
    return 0;
}

// Appends `o` (or the members of a union) to `list`, skipping members
// already there. 0 or -1.
static int add_members(Vm *vm, Obj *list, Obj *o) {
    if (obj_type(o) == &union_type) {
        Obj *args = ((UnionObj *)o)->args;
        for (size_t i = 0; i < tuple_len(args); i++) {
            if (add_members(vm, list, tuple_get_borrow(args, i)) < 0) {
                return -1;
            }
        }
        return 0;
    }
    if (o == OBJ_NONE) {
        o = (Obj *)&none_type;
    }
    for (size_t i = 0; i < list_len(list); i++) {
        int rc = same_member(vm, list_get_borrow(list, i), o);
        if (rc != 0) {
            return rc < 0 ? -1 : 0;
        }
    }
    return list_append(vm, list, o);
}

NEWREF Obj *union_or(Vm *vm, Obj *a, Obj *b) {
    if (!is_unionable(a) || !is_unionable(b)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    Obj *list = list_new(vm, 0);
    if (list == NULL) {
        return NULL;
    }
    Obj *res = NULL;
    if (add_members(vm, list, a) < 0 || add_members(vm, list, b) < 0) {
        goto fail;
    }
    if (list_len(list) == 1) {
        res = obj_newref(list_get_borrow(list, 0));
        goto fail; // not a failure: only the list to drop
    }
    Obj *args = list_as_tuple(vm, list);
    if (args == NULL) {
        goto fail;
    }
    UnionObj *u = (UnionObj *)obj_new_container(vm, &union_type, sizeof(UnionObj));
    if (u == NULL) {
        obj_decref(args);
        goto fail;
    }
    u->args = args;
    res = (Obj *)u;
fail:
    obj_decref(list);
    return res;
}

static Obj *union_repr(Vm *vm, Obj *self) {
    Obj *args = ((UnionObj *)self)->args;
    StrBuf b;
    strbuf_init(&b);
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < tuple_len(args); i++) {
        Obj *arg = tuple_get_borrow(args, i);
        if (i > 0) {
            rc = strbuf_append_cstr(&b, " | ");
        }
        if (rc == 0) {
            rc = arg == (Obj *)&none_type ? strbuf_append_cstr(&b, "None")
                                          : galias_append_arg(vm, &b, arg);
        }
    }
    if (rc < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(vm, &b);
}

// Whether every member of `x` is among the members of `y`. 1, 0 or -1.
static int members_within(Vm *vm, Obj *x, Obj *y) {
    for (size_t i = 0; i < tuple_len(x); i++) {
        int found = 0;
        for (size_t j = 0; found == 0 && j < tuple_len(y); j++) {
            found = obj_eq(vm, tuple_get_borrow(x, i), tuple_get_borrow(y, j));
        }
        if (found <= 0) {
            return found;
        }
    }
    return 1;
}

// Equal as sets of members: int | str == str | int.
static Obj *union_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || obj_type(b) != &union_type) {
        return obj_newref(OBJ_NOTIMPL);
    }
    Obj *x = ((UnionObj *)a)->args, *y = ((UnionObj *)b)->args;
    int eq = members_within(vm, x, y);
    if (eq > 0) {
        eq = members_within(vm, y, x);
    }
    if (eq < 0) {
        return NULL;
    }
    return obj_newref(obj_bool(op == CMP_EQ ? eq : !eq));
}

// hash(frozenset(args)), as CPython, so that typing.Optional[int] (which
// hashes that way) and int | None, being equal, hash alike.
static int64_t union_hash(Vm *vm, Obj *self) {
    Obj *args = ((UnionObj *)self)->args;
    Obj *fs = obj_call(vm, (Obj *)&frozenset_type, &args, 1, NULL);
    if (fs == NULL) {
        return -1;
    }
    int64_t h = obj_hash(vm, fs);
    obj_decref(fs);
    return h;
}

static Obj *union_get_args(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(((UnionObj *)self)->args);
}

static const GetSetDef union_getset[] = {
    {"__args__", union_get_args, NULL},
    {NULL, NULL, NULL},
};

// isinstance(x, U) / issubclass(C, U): the builtin asked about each member
// in turn until one matches, as CPython 3.11 does, so a parameterized
// generic raises only when the members before it did not match.
static Obj *member_check(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames,
                         const char *fname) {
    if (nargs != 1 || (kwnames != NULL && tuple_len(kwnames) > 0)) {
        return err_raise(vm, &exc_TypeError, "expected 1 argument, got %zu", nargs);
    }
    Obj *fn = dict_get_borrow(vm, vm->builtins, str_intern_cstr(vm, fname));
    if (fn == NULL) {
        return err_occurred(vm) ? NULL : err_raise(vm, &exc_NameError, "%s", fname);
    }
    Obj *members = ((UnionObj *)self)->args;
    for (size_t i = 0; i < tuple_len(members); i++) {
        Obj *call_args[2] = {args[0], tuple_get_borrow(members, i)};
        Obj *r = obj_call(vm, fn, call_args, 2, NULL);
        if (r == NULL || r != OBJ_FALSE) {
            return r;
        }
        obj_decref(r);
    }
    return obj_newref(OBJ_FALSE);
}

static Obj *union_py_instancecheck(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    return member_check(vm, self, args, nargs, kwnames, "isinstance");
}

static Obj *union_py_subclasscheck(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    return member_check(vm, self, args, nargs, kwnames, "issubclass");
}

static const MethodDef union_methods[] = {
    {"__instancecheck__", union_py_instancecheck, METH_DEFAULT, NULL},
    {"__subclasscheck__", union_py_subclasscheck, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static int union_traverse(Obj *self, GcVisitFn visit, void *arg) {
    return visit(((UnionObj *)self)->args, arg);
}

static void union_dealloc(Obj *self) {
    gc_untrack(self);
    Obj *args = ((UnionObj *)self)->args;
    obj_free(self);
    obj_decref(args);
}

TypeObj union_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "types.UnionType",
    .basicsize = sizeof(UnionObj),
    .flags = TYPE_FLAG_GC,
    .base = &object_type,
    .dealloc = union_dealloc,
    .traverse = union_traverse,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .getattr = obj_generic_getattr,
    .binop = {[BINOP_OR] = union_or},
    .getset = union_getset,
    .methods = union_methods,
};
