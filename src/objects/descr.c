/* descr.c: the objects through which built-in code appears to Python:
 * built-in functions and bound built-in methods (builtin_func), the
 * unbound methods of built-in types (method descriptors, `list.append`)
 * and getset descriptors (`int.real`, `type.__name__`). */
#include "../memory/gc.h"
#include "dict.h"
#include "exc.h"
#include "intobj.h"
#include "module.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "typeimpl.h"

// ---------------------------------------------------------------------------
// builtin_func: a MethodDef with its bound `self` (a module, a type for
// class methods, an instance for bound methods, or NULL). The layout is in
// type.h, for the VM's call fast path.
// ---------------------------------------------------------------------------
NEWREF Obj *builtin_func_new(Vm *vm, const MethodDef *def, Obj *self) {
    BuiltinFuncObj *f =
        (BuiltinFuncObj *)obj_new_container(vm, &builtin_func_type, sizeof(BuiltinFuncObj));
    if (f == NULL) {
        return NULL;
    }
    f->def = def;
    f->self = self;
    obj_xincref(self);
    return (Obj *)f;
}

static Obj *builtin_func_call(Vm *vm, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames) {
    BuiltinFuncObj *f = (BuiltinFuncObj *)callable;
    return f->def->fn(vm, f->self, args, nargs, kwnames);
}

// A function of a module (or unbound) is a "function"; anything else bound
// is a "method of <type> object".
void builtin_func_bind_module(Obj *f, Obj *module) {
    BuiltinFuncObj *b = (BuiltinFuncObj *)f;
    if (b->self == NULL) {
        b->self = obj_newref(module);
    }
}

static bool is_plain_function(const BuiltinFuncObj *f) {
    return f->self == NULL || obj_type(f->self) == &module_type;
}

static Obj *builtin_func_repr(Vm *vm, Obj *self) {
    BuiltinFuncObj *f = (BuiltinFuncObj *)self;
    if (is_plain_function(f)) {
        return str_from_fmt(vm, "<built-in function %s>", f->def->name);
    }
    return str_from_fmt(vm, "<built-in method %s of %s object at %p>", f->def->name,
                        obj_type_name(f->self), (void *)f->self);
}

static int builtin_func_traverse(Obj *self, GcVisitFn visit, void *arg) {
    BuiltinFuncObj *f = (BuiltinFuncObj *)self;
    return f->self != NULL ? visit(f->self, arg) : 0;
}

static void builtin_func_clear(Obj *self) {
    BuiltinFuncObj *f = (BuiltinFuncObj *)self;
    Obj *s = f->self;
    f->self = NULL;
    obj_xdecref(s);
}

static void builtin_func_dealloc(Obj *self) {
    gc_untrack(self);
    Obj *s = ((BuiltinFuncObj *)self)->self;
    obj_free(self);
    obj_xdecref(s);
}

// Equal when they wrap the same definition bound to the same object.
static Obj *builtin_func_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    OURO_UNUSED(vm);
    if ((op != CMP_EQ && op != CMP_NE) || obj_type(b) != &builtin_func_type) {
        return obj_newref(OBJ_NOTIMPL);
    }
    BuiltinFuncObj *x = (BuiltinFuncObj *)a, *y = (BuiltinFuncObj *)b;
    bool eq = x->def == y->def && x->self == y->self;
    return obj_newref(obj_bool(op == CMP_EQ ? eq : !eq));
}

static int64_t builtin_func_hash(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    BuiltinFuncObj *f = (BuiltinFuncObj *)self;
    uint64_t h = (uint64_t)(uintptr_t)f->def * 1000003u ^ (uint64_t)(uintptr_t)f->self;
    return (int64_t)(h >> 2);
}

static Obj *builtin_func_get_name(Vm *vm, Obj *self) {
    return str_from_cstr(vm, ((BuiltinFuncObj *)self)->def->name);
}

static Obj *builtin_func_get_qualname(Vm *vm, Obj *self) {
    BuiltinFuncObj *f = (BuiltinFuncObj *)self;
    if (is_plain_function(f)) {
        return str_from_cstr(vm, f->def->name);
    }
    TypeObj *t = obj_is_instance(f->self, &type_type) ? (TypeObj *)f->self : obj_type(f->self);
    return str_from_fmt(vm, "%s.%s", type_qualname_cstr(t), f->def->name);
}

static Obj *builtin_func_get_self(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    Obj *s = ((BuiltinFuncObj *)self)->self;
    return obj_newref(s != NULL ? s : OBJ_NONE);
}

static Obj *builtin_func_get_doc(Vm *vm, Obj *self) {
    const char *doc = ((BuiltinFuncObj *)self)->def->doc;
    return doc != NULL ? str_from_cstr(vm, doc) : obj_newref(OBJ_NONE);
}

static Obj *builtin_func_get_module(Vm *vm, Obj *self) {
    Obj *s = ((BuiltinFuncObj *)self)->self;
    if (s != NULL && obj_type(s) == &module_type) {
        Obj *name = dict_get_borrow(vm, module_dict(s), vm->id.name);
        if (name != NULL) {
            return obj_newref(name);
        }
    }
    return obj_newref(OBJ_NONE);
}

static const GetSetDef builtin_func_getset[] = {
    {"__name__", builtin_func_get_name, NULL},
    {"__qualname__", builtin_func_get_qualname, NULL},
    {"__self__", builtin_func_get_self, NULL},
    {"__doc__", builtin_func_get_doc, NULL},
    {"__module__", builtin_func_get_module, NULL},
    {NULL, NULL, NULL},
};

TypeObj builtin_func_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "builtin_function_or_method",
    .basicsize = sizeof(BuiltinFuncObj),
    .flags = TYPE_FLAG_GC,
    .dealloc = builtin_func_dealloc,
    .traverse = builtin_func_traverse,
    .clear = builtin_func_clear,
    .repr = builtin_func_repr,
    .hash = builtin_func_hash,
    .richcompare = builtin_func_richcompare,
    .call = builtin_func_call,
    .getset = builtin_func_getset,
};

int type_add_functions(Vm *vm, Obj *dict, const MethodDef *defs, Obj *self) {
    for (const MethodDef *d = defs; d != NULL && d->name != NULL; d++) {
        Obj *f = builtin_func_new(vm, d, self);
        if (f == NULL) {
            return -1;
        }
        int rc = dict_set_cstr(vm, dict, d->name, f);
        obj_decref(f);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

// ---------------------------------------------------------------------------
// method_descr: `list.append`. Looked up through an instance it binds into
// a builtin_func; called directly it takes self as its first argument. A
// METH_CLASS definition binds to the class instead (dict.fromkeys).
// ---------------------------------------------------------------------------
NEWREF Obj *method_descr_new(Vm *vm, TypeObj *type, const MethodDef *def) {
    // A METH_CLASS definition gets its own descriptor type, as in CPython:
    // the method-call fast paths that pass the instance as the first
    // argument recognise method_descr_type only.
    TypeObj *dt = (def->flags & METH_CLASS) ? &classmethod_descr_type : &method_descr_type;
    MethodDescrObj *d = (MethodDescrObj *)obj_new(vm, dt, sizeof(MethodDescrObj));
    if (d == NULL) {
        return NULL;
    }
    d->objclass = type;
    d->def = def;
    return (Obj *)d;
}

static Obj *method_descr_get(Vm *vm, Obj *self, Obj *obj, Obj *type) {
    MethodDescrObj *d = (MethodDescrObj *)self;
    OURO_UNUSED(type);
    if (obj == NULL) {
        return obj_newref(self);
    }
    if (!obj_is_instance(obj, d->objclass)) {
        return err_raise(vm, &exc_TypeError,
                         "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                         d->def->name, d->objclass->name, obj_type_name(obj));
    }
    return builtin_func_new(vm, d->def, obj);
}

static Obj *method_descr_call(Vm *vm, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames) {
    MethodDescrObj *d = (MethodDescrObj *)callable;
    if (nargs == 0) {
        return err_raise(vm, &exc_TypeError, "unbound method %s.%s() needs an argument",
                         d->objclass->name, d->def->name);
    }
    Obj *self = args[0];
    // (An exact instance, the usual case, needs no walk of the MRO.)
    if (obj_type(self) != d->objclass && !obj_is_instance(self, d->objclass)) {
        return err_raise(vm, &exc_TypeError,
                         "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                         d->def->name, d->objclass->name, obj_type_name(self));
    }
    return d->def->fn(vm, self, args + 1, nargs - 1, kwnames);
}

static Obj *method_descr_repr(Vm *vm, Obj *self) {
    MethodDescrObj *d = (MethodDescrObj *)self;
    return str_from_fmt(vm, "<method '%s' of '%s' objects>", d->def->name, d->objclass->name);
}

static Obj *method_descr_get_name(Vm *vm, Obj *self) {
    return str_from_cstr(vm, ((MethodDescrObj *)self)->def->name);
}

static Obj *method_descr_get_qualname(Vm *vm, Obj *self) {
    MethodDescrObj *d = (MethodDescrObj *)self;
    return str_from_fmt(vm, "%s.%s", d->objclass->name, d->def->name);
}

static Obj *method_descr_get_objclass(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref((Obj *)((MethodDescrObj *)self)->objclass);
}

static Obj *method_descr_get_doc(Vm *vm, Obj *self) {
    const char *doc = ((MethodDescrObj *)self)->def->doc;
    return doc != NULL ? str_from_cstr(vm, doc) : obj_newref(OBJ_NONE);
}

static const GetSetDef method_descr_getset[] = {
    {"__name__", method_descr_get_name, NULL},
    {"__qualname__", method_descr_get_qualname, NULL},
    {"__objclass__", method_descr_get_objclass, NULL},
    {"__doc__", method_descr_get_doc, NULL},
    {NULL, NULL, NULL},
};

static void plain_dealloc(Obj *self) {
    obj_free(self);
}

TypeObj method_descr_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescrObj),
    .dealloc = plain_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getset = method_descr_getset,
};

// ---------------------------------------------------------------------------
// classmethod_descriptor: a METH_CLASS method of a built-in type
// (dict.fromkeys). It binds to the class, also when reached through an
// instance ({}.fromkeys binds to type({})); called directly it takes the
// class as its first argument.
// ---------------------------------------------------------------------------
static Obj *classmethod_descr_get(Vm *vm, Obj *self, Obj *obj, Obj *type) {
    MethodDescrObj *d = (MethodDescrObj *)self;
    Obj *cls = type != NULL ? type : (Obj *)obj_type(obj);
    if (!obj_is_instance(cls, &type_type)) {
        return err_raise(vm, &exc_TypeError,
                         "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                         d->def->name, d->objclass->name, obj_type_name(cls));
    }
    if (!type_is_subtype((TypeObj *)cls, d->objclass)) {
        return err_raise(vm, &exc_TypeError,
                         "descriptor '%s' requires a subtype of '%s' but received '%s'",
                         d->def->name, d->objclass->name, ((TypeObj *)cls)->name);
    }
    return builtin_func_new(vm, d->def, cls);
}

static Obj *classmethod_descr_call(Vm *vm, Obj *callable, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    MethodDescrObj *d = (MethodDescrObj *)callable;
    if (nargs == 0) {
        return err_raise(vm, &exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                         d->def->name, d->objclass->name);
    }
    // Bound with the first argument as the class (obj NULL): an instance
    // there is refused, as CPython's classmethoddescr_call does.
    Obj *bound = classmethod_descr_get(vm, callable, NULL, args[0]);
    if (bound == NULL) {
        return NULL;
    }
    Obj *res = obj_call(vm, bound, args + 1, nargs - 1, kwnames);
    obj_decref(bound);
    return res;
}

TypeObj classmethod_descr_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescrObj),
    .dealloc = plain_dealloc,
    .repr = method_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .getset = method_descr_getset,
};

// ---------------------------------------------------------------------------
// getset descriptors: data descriptors calling a GetSetDef's C functions.
// ---------------------------------------------------------------------------
typedef struct GetSetDescrObj {
    Obj head;
    TypeObj *objclass; // static: not counted
    const GetSetDef *def;
} GetSetDescrObj;

NEWREF Obj *getset_descr_new(Vm *vm, TypeObj *type, const GetSetDef *def) {
    GetSetDescrObj *d = (GetSetDescrObj *)obj_new(vm, &getset_descr_type, sizeof(GetSetDescrObj));
    if (d == NULL) {
        return NULL;
    }
    d->objclass = type;
    d->def = def;
    return (Obj *)d;
}

static int check_getset_obj(Vm *vm, GetSetDescrObj *d, Obj *obj) {
    if (!obj_is_instance(obj, d->objclass)) {
        err_raise(vm, &exc_TypeError,
                  "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
                  d->objclass->name, obj_type_name(obj));
        return -1;
    }
    return 0;
}

static Obj *getset_descr_get(Vm *vm, Obj *self, Obj *obj, Obj *type) {
    OURO_UNUSED(type);
    GetSetDescrObj *d = (GetSetDescrObj *)self;
    if (obj == NULL) {
        return obj_newref(self);
    }
    if (check_getset_obj(vm, d, obj) < 0) {
        return NULL;
    }
    if (d->def->get == NULL) {
        return err_raise(vm, &exc_AttributeError, "attribute '%s' of '%s' objects is not readable",
                         d->def->name, d->objclass->name);
    }
    return d->def->get(vm, obj);
}

static int getset_descr_set(Vm *vm, Obj *self, Obj *obj, Obj *value) {
    GetSetDescrObj *d = (GetSetDescrObj *)self;
    if (check_getset_obj(vm, d, obj) < 0) {
        return -1;
    }
    if (d->def->set == NULL) {
        err_raise(vm, &exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                  d->def->name, d->objclass->name);
        return -1;
    }
    return d->def->set(vm, obj, value);
}

static Obj *getset_descr_repr(Vm *vm, Obj *self) {
    GetSetDescrObj *d = (GetSetDescrObj *)self;
    return str_from_fmt(vm, "<attribute '%s' of '%s' objects>", d->def->name, d->objclass->name);
}

static Obj *getset_descr_get_name(Vm *vm, Obj *self) {
    return str_from_cstr(vm, ((GetSetDescrObj *)self)->def->name);
}

static Obj *getset_descr_get_objclass(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref((Obj *)((GetSetDescrObj *)self)->objclass);
}

static const GetSetDef getset_descr_getset[] = {
    {"__name__", getset_descr_get_name, NULL},
    {"__objclass__", getset_descr_get_objclass, NULL},
    {NULL, NULL, NULL},
};

TypeObj getset_descr_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObj),
    .dealloc = plain_dealloc,
    .repr = getset_descr_repr,
    .descr_get = getset_descr_get,
    .descr_set = getset_descr_set,
    .getset = getset_descr_getset,
};

// ---------------------------------------------------------------------------
// member descriptors: one per name in a class's __slots__, reading and
// writing a value stored in the instance at `offset` (an offset in the
// nominal layout, see type_layout_shift). NULL in the instance means unset.
// The descriptor owns its class, which it names in messages.
// ---------------------------------------------------------------------------
typedef struct MemberDescrObj {
    Obj head;
    TypeObj *objclass; // owned
    Obj *name;         // str, owned
    size_t offset;
} MemberDescrObj;

NEWREF Obj *member_descr_new(Vm *vm, TypeObj *type, Obj *name, size_t offset) {
    MemberDescrObj *d =
        (MemberDescrObj *)obj_new_container(vm, &member_descr_type, sizeof(MemberDescrObj));
    if (d == NULL) {
        return NULL;
    }
    d->objclass = (TypeObj *)obj_newref((Obj *)type);
    d->name = obj_newref(name);
    d->offset = offset;
    return (Obj *)d;
}

// The field of `obj` that `d` describes, or NULL with TypeError pending
// when `obj` is not an instance of the descriptor's class.
static Obj **member_field(Vm *vm, MemberDescrObj *d, Obj *obj) {
    if (!obj_is_instance(obj, d->objclass)) {
        err_raise(vm, &exc_TypeError,
                  "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  str_cstr(d->name), d->objclass->name, obj_type_name(obj));
        return NULL;
    }
    return (Obj **)((char *)obj + d->offset + type_layout_shift(obj));
}

static Obj *member_descr_get(Vm *vm, Obj *self, Obj *obj, Obj *type) {
    OURO_UNUSED(type);
    MemberDescrObj *d = (MemberDescrObj *)self;
    if (obj == NULL) {
        return obj_newref(self);
    }
    Obj **field = member_field(vm, d, obj);
    if (field == NULL) {
        return NULL;
    }
    if (*field == NULL) {
        return err_raise(vm, &exc_AttributeError, "'%s' object has no attribute '%s'",
                         obj_type_name(obj), str_cstr(d->name));
    }
    return obj_newref(*field);
}

static int member_descr_set(Vm *vm, Obj *self, Obj *obj, Obj *value) {
    MemberDescrObj *d = (MemberDescrObj *)self;
    Obj **field = member_field(vm, d, obj);
    if (field == NULL) {
        return -1;
    }
    if (value == NULL && *field == NULL) {
        err_raise(vm, &exc_AttributeError, "%s", str_cstr(d->name));
        return -1;
    }
    obj_replace(field, value);
    return 0;
}

static Obj *member_descr_repr(Vm *vm, Obj *self) {
    MemberDescrObj *d = (MemberDescrObj *)self;
    return str_from_fmt(vm, "<member '%s' of '%s' objects>", str_cstr(d->name), d->objclass->name);
}

static int member_descr_traverse(Obj *self, GcVisitFn visit, void *arg) {
    MemberDescrObj *d = (MemberDescrObj *)self;
    return d->objclass != NULL ? visit((Obj *)d->objclass, arg) : 0;
}

// Only the class reference can be part of a cycle (class -> dict ->
// descriptor -> class); the name stays for messages.
static void member_descr_clear(Obj *self) {
    MemberDescrObj *d = (MemberDescrObj *)self;
    Obj *t = (Obj *)d->objclass;
    d->objclass = NULL;
    obj_xdecref(t);
}

static void member_descr_dealloc(Obj *self) {
    MemberDescrObj *d = (MemberDescrObj *)self;
    gc_untrack(self);
    Obj *t = (Obj *)d->objclass, *name = d->name;
    obj_free(self);
    obj_xdecref(t);
    obj_decref(name);
}

static Obj *member_descr_get_name(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(((MemberDescrObj *)self)->name);
}

static Obj *member_descr_get_objclass(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    TypeObj *t = ((MemberDescrObj *)self)->objclass;
    return obj_newref(t != NULL ? (Obj *)t : OBJ_NONE);
}

static Obj *member_descr_get_qualname(Vm *vm, Obj *self) {
    MemberDescrObj *d = (MemberDescrObj *)self;
    return str_from_fmt(vm, "%s.%s", type_qualname_cstr(d->objclass), str_cstr(d->name));
}

static const GetSetDef member_descr_getset[] = {
    {"__name__", member_descr_get_name, NULL},
    {"__qualname__", member_descr_get_qualname, NULL},
    {"__objclass__", member_descr_get_objclass, NULL},
    {NULL, NULL, NULL},
};

TypeObj member_descr_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescrObj),
    .flags = TYPE_FLAG_GC,
    .dealloc = member_descr_dealloc,
    .traverse = member_descr_traverse,
    .clear = member_descr_clear,
    .repr = member_descr_repr,
    .descr_get = member_descr_get,
    .descr_set = member_descr_set,
    .getset = member_descr_getset,
};
