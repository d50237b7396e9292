/* superobj.c: super, the proxy that continues an attribute lookup past a
 * class in the MRO of an object's type. super(C, obj) is explicit; the
 * zero-argument form asks the VM (through type_super_args_hook) for the
 * __class__ cell and the first argument of the running function. */
#include "../memory/gc.h"
#include "dict.h"
#include "exc.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "typeimpl.h"

SuperArgsHook type_super_args_hook;

typedef struct SuperObj {
    Obj head;
    TypeObj *type;     // the class after which the lookup starts (owned)
    Obj *obj;          // the instance or class bound to (owned), or NULL
    TypeObj *obj_type; // type(obj), or obj itself when it is a class (owned)
} SuperObj;

static Obj *super_alloc(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    return type_alloc(vm, type);
}

// The type whose MRO the lookup walks: type(obj) for an instance of
// `type`, obj itself for a subclass of `type`.
static TypeObj *supercheck(Vm *vm, TypeObj *type, Obj *obj) {
    if (obj_is_instance(obj, &type_type) && type_is_subtype((TypeObj *)obj, type)) {
        return (TypeObj *)obj;
    }
    if (obj_is_instance(obj, type)) {
        return obj_type(obj);
    }
    err_raise(vm, &exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        err_raise(vm, &exc_TypeError, "super() takes no keyword arguments");
        return -1;
    }
    if (nargs > 2) {
        err_raise(vm, &exc_TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
        return -1;
    }
    Obj *type = nargs > 0 ? args[0] : NULL;
    Obj *obj = nargs > 1 ? args[1] : NULL;
    if (nargs == 0) {
        if (type_super_args_hook == NULL) {
            err_raise(vm, &exc_RuntimeError, "super(): no arguments");
            return -1;
        }
        if (type_super_args_hook(vm, &type, &obj) < 0) {
            return -1;
        }
    }
    if (!obj_is_instance(type, &type_type)) {
        err_raise(vm, &exc_TypeError, "super() argument 1 must be a type, not %s",
                  obj_type_name(type));
        return -1;
    }
    if (obj == OBJ_NONE) {
        obj = NULL;
    }
    TypeObj *ot = NULL;
    if (obj != NULL) {
        ot = supercheck(vm, (TypeObj *)type, obj);
        if (ot == NULL) {
            return -1;
        }
    }
    SuperObj *s = (SuperObj *)self;
    obj_replace((Obj **)&s->type, type);
    obj_replace(&s->obj, obj);
    obj_replace((Obj **)&s->obj_type, (Obj *)ot);
    return 0;
}

// Looks `name` up in the MRO of obj_type after `type`, binding what it
// finds to obj; __class__ and unbound supers use the super object itself.
static Obj *super_getattro(Vm *vm, Obj *self, Obj *name) {
    SuperObj *s = (SuperObj *)self;
    TypeObj *start = s->obj_type;
    if (start != NULL && start->mro != NULL && !str_equal(name, vm->id.class_)) {
        Obj *mro = start->mro;
        size_t n = tuple_len(mro), i = 0;
        while (i < n && tuple_get_borrow(mro, i) != (Obj *)s->type) {
            i++;
        }
        for (i++; i < n; i++) {
            TypeObj *c = (TypeObj *)tuple_get_borrow(mro, i);
            Obj *res = c->dict != NULL ? dict_get_borrow(vm, c->dict, name) : NULL;
            if (res == NULL) {
                if (err_occurred(vm)) {
                    return NULL;
                }
                continue;
            }
            TypeObj *rt = obj_type(res);
            if (rt->descr_get == NULL) {
                return obj_newref(res);
            }
            obj_incref(res);
            Obj *inst = s->obj == (Obj *)start ? NULL : s->obj;
            Obj *bound = rt->descr_get(vm, res, inst, (Obj *)start);
            obj_decref(res);
            return bound;
        }
    }
    return obj_generic_getattr(vm, self, name);
}

static Obj *super_repr(Vm *vm, Obj *self) {
    SuperObj *s = (SuperObj *)self;
    const char *tn = s->type != NULL ? s->type->name : "NULL";
    if (s->obj_type != NULL) {
        return str_from_fmt(vm, "<super: <class '%s'>, <%s object>>", tn, s->obj_type->name);
    }
    return str_from_fmt(vm, "<super: <class '%s'>, NULL>", tn);
}

static int super_traverse(Obj *self, GcVisitFn visit, void *arg) {
    SuperObj *s = (SuperObj *)self;
    Obj *refs[3] = {(Obj *)s->type, s->obj, (Obj *)s->obj_type};
    for (int i = 0; i < 3; i++) {
        if (refs[i] != NULL) {
            int rc = visit(refs[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    return 0;
}

static void super_clear(Obj *self) {
    SuperObj *s = (SuperObj *)self;
    Obj *refs[3] = {(Obj *)s->type, s->obj, (Obj *)s->obj_type};
    s->type = NULL;
    s->obj = NULL;
    s->obj_type = NULL;
    for (int i = 0; i < 3; i++) {
        obj_xdecref(refs[i]);
    }
}

static void super_dealloc(Obj *self) {
    gc_untrack(self);
    SuperObj *s = (SuperObj *)self;
    Obj *refs[3] = {(Obj *)s->type, s->obj, (Obj *)s->obj_type};
    obj_free(self);
    for (int i = 0; i < 3; i++) {
        obj_xdecref(refs[i]);
    }
}

static Obj *super_get_thisclass(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    Obj *t = (Obj *)((SuperObj *)self)->type;
    return obj_newref(t != NULL ? t : OBJ_NONE);
}

static Obj *super_get_self(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    Obj *o = ((SuperObj *)self)->obj;
    return obj_newref(o != NULL ? o : OBJ_NONE);
}

static Obj *super_get_self_class(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    Obj *t = (Obj *)((SuperObj *)self)->obj_type;
    return obj_newref(t != NULL ? t : OBJ_NONE);
}

static const GetSetDef super_getset[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {"__self__", super_get_self, NULL},
    {"__self_class__", super_get_self_class, NULL},
    {NULL, NULL, NULL},
};

TypeObj super_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "super",
    .basicsize = sizeof(SuperObj),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .clear = super_clear,
    .repr = super_repr,
    .getattr = super_getattro,
    .new_ = super_alloc,
    .init = super_init,
    .getset = super_getset,
};
