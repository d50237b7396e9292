/* methodobj.c: bound methods (a callable with its `self`), and the three
 * descriptor types Python code builds methods with: staticmethod,
 * classmethod and property. */
#include "../memory/gc.h"
#include "../memory/mem.h"
#include "args.h"
#include "dict.h"
#include "exc.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "typeimpl.h"

// ---------------------------------------------------------------------------
// Bound methods.
// ---------------------------------------------------------------------------
NEWREF Obj *method_new(Vm *vm, Obj *func, Obj *self) {
    MethodObj *m = (MethodObj *)obj_new_container(vm, &method_type, sizeof(MethodObj));
    if (m == NULL) {
        return NULL;
    }
    m->func = obj_newref(func);
    m->self = obj_newref(self);
    return (Obj *)m;
}

// Calls func(self, *args): small calls build the argument array on the C
// stack, so calling a bound method allocates nothing.
static Obj *method_call(Vm *vm, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames) {
    MethodObj *m = (MethodObj *)callable;
    size_t nkw = kwnames != NULL ? tuple_len(kwnames) : 0;
    size_t total = nargs + nkw + 1;
    Obj *local[8];
    Obj **argv = local;
    if (total > 8) {
        size_t bytes;
        if (!mem_mul_ok(total, sizeof(Obj *), &bytes)) {
            return err_nomemory(vm);
        }
        argv = mem_alloc(bytes);
        if (argv == NULL) {
            return NULL;
        }
    }
    argv[0] = m->self;
    for (size_t i = 0; i < nargs + nkw; i++) {
        argv[i + 1] = args[i];
    }
    // The method may be dropped by the call (a = a.f; a()): keep its parts.
    Obj *func = obj_newref(m->func), *self = obj_newref(m->self);
    Obj *res = obj_call(vm, func, argv, nargs + 1, kwnames);
    obj_decref(func);
    obj_decref(self);
    if (argv != local) {
        mem_free(argv);
    }
    return res;
}

// The name of a callable for reprs: __qualname__, else __name__, else "?".
static Obj *callable_name(Vm *vm, Obj *func) {
    Obj *n = obj_lookup_attr(vm, func, vm->id.qualname);
    if (n == NULL && !err_occurred(vm)) {
        n = obj_lookup_attr(vm, func, vm->id.name);
    }
    if (n == NULL && !err_occurred(vm)) {
        n = str_from_cstr(vm, "?");
    }
    return n;
}

static Obj *method_repr(Vm *vm, Obj *self) {
    MethodObj *m = (MethodObj *)self;
    Obj *name = callable_name(vm, m->func);
    if (name == NULL) {
        return NULL;
    }
    Obj *res = str_from_fmt(vm, "<bound method %S of %R>", name, m->self);
    obj_decref(name);
    return res;
}

// Attributes of the method type first (__func__, __self__), then those of
// the function (__name__, __doc__, ...).
static Obj *method_getattro(Vm *vm, Obj *self, Obj *name) {
    Obj *attr = type_lookup(vm, &method_type, name);
    if (attr != NULL) {
        TypeObj *at = obj_type(attr);
        if (at->descr_get != NULL) {
            return at->descr_get(vm, attr, self, (Obj *)&method_type);
        }
        return obj_newref(attr);
    }
    if (err_occurred(vm)) {
        return NULL;
    }
    return obj_getattr(vm, ((MethodObj *)self)->func, name);
}

static Obj *method_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || obj_type(b) != &method_type) {
        return obj_newref(OBJ_NOTIMPL);
    }
    MethodObj *x = (MethodObj *)a, *y = (MethodObj *)b;
    int eq = x->self == y->self;
    if (eq) {
        eq = obj_eq(vm, x->func, y->func);
        if (eq < 0) {
            return NULL;
        }
    }
    return obj_newref(obj_bool(op == CMP_EQ ? eq : !eq));
}

static int64_t method_hash(Vm *vm, Obj *self) {
    MethodObj *m = (MethodObj *)self;
    int64_t h = obj_hash(vm, m->func);
    if (h == -1) {
        return -1;
    }
    uint64_t x = (uint64_t)h ^ ((uint64_t)(uintptr_t)m->self >> 4);
    int64_t r = (int64_t)(x >> 1);
    return r == -1 ? -2 : r;
}

static int method_traverse(Obj *self, GcVisitFn visit, void *arg) {
    MethodObj *m = (MethodObj *)self;
    int rc = visit(m->func, arg);
    return rc != 0 ? rc : visit(m->self, arg);
}

static void method_dealloc(Obj *self) {
    MethodObj *m = (MethodObj *)self;
    gc_untrack(self);
    Obj *func = m->func, *s = m->self;
    obj_free(self);
    obj_decref(func);
    obj_decref(s);
}

static Obj *method_get_func(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(((MethodObj *)self)->func);
}

static Obj *method_get_self(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(((MethodObj *)self)->self);
}

static Obj *method_get_doc(Vm *vm, Obj *self) {
    return obj_getattr(vm, ((MethodObj *)self)->func, vm->id.doc);
}

static const GetSetDef method_getset[] = {
    {"__func__", method_get_func, NULL},
    {"__self__", method_get_self, NULL},
    {"__doc__", method_get_doc, NULL},
    {NULL, NULL, NULL},
};

// types.MethodType(func, obj).
static Obj *method_tp_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(type);
    if (args_check(vm, "method", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    if (obj_type(args[0])->call == NULL) {
        return err_raise(vm, &exc_TypeError, "first argument must be callable");
    }
    if (args[1] == OBJ_NONE) {
        return err_raise(vm, &exc_TypeError, "instance must not be None");
    }
    return method_new(vm, args[0], args[1]);
}

TypeObj method_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "method",
    .basicsize = sizeof(MethodObj),
    .flags = TYPE_FLAG_GC,
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattro,
    .call = method_call,
    .new_ = method_tp_new,
    .getset = method_getset,
};

// ---------------------------------------------------------------------------
// staticmethod and classmethod: one wrapped callable each. Instances are
// allocated by new_ and filled by init, so that subclasses work. Since 3.10
// they have attributes, and staticmethod(f) / classmethod(f) copy f's
// __module__, __name__, __qualname__, __doc__ and __annotations__ into
// them (as functools.wraps does).
// ---------------------------------------------------------------------------
typedef struct WrapMethObj {
    Obj head;
    Obj *callable;   // NULL until init ran
    DictTable attrs; // instance attributes; the types' dictoffset points here
} WrapMethObj;

// Copies the naming attributes of `callable` that it has into `w`.
static int wrapmeth_copy_names(Vm *vm, WrapMethObj *w, Obj *callable) {
    static const char *const names[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                        "__annotations__"};
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        Obj *key = type_intern(vm, names[i]);
        Obj *v = key != NULL ? obj_lookup_attr(vm, callable, key) : NULL;
        if (v == NULL) {
            if (err_occurred(vm)) {
                return -1;
            }
            continue;
        }
        int rc = dicttable_set(vm, &w->attrs, key, v);
        obj_decref(v);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

static Obj *wrapmeth_alloc(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    return type_alloc(vm, type);
}

static int wrapmeth_init_common(Vm *vm, Obj *self, const char *name, Obj *const *args, size_t nargs,
                                Obj *kwnames) {
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        err_raise(vm, &exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        err_raise(vm, &exc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
        return -1;
    }
    obj_replace(&((WrapMethObj *)self)->callable, args[0]);
    return wrapmeth_copy_names(vm, (WrapMethObj *)self, args[0]);
}

static int staticmethod_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return wrapmeth_init_common(vm, self, "staticmethod", args, nargs, kwnames);
}

static int classmethod_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return wrapmeth_init_common(vm, self, "classmethod", args, nargs, kwnames);
}

static Obj *wrapmeth_make(Vm *vm, TypeObj *type, Obj *callable) {
    WrapMethObj *w = (WrapMethObj *)type_alloc(vm, type);
    if (w != NULL) {
        w->callable = obj_newref(callable);
    }
    return (Obj *)w;
}

NEWREF Obj *staticmethod_new(Vm *vm, Obj *callable) {
    return wrapmeth_make(vm, &staticmethod_type, callable);
}

NEWREF Obj *classmethod_new(Vm *vm, Obj *callable) {
    return wrapmeth_make(vm, &classmethod_type, callable);
}

BORROWED Obj *staticmethod_func_borrow(Obj *sm) {
    return ((WrapMethObj *)sm)->callable;
}

static int wrapmeth_uninit(Vm *vm, WrapMethObj *w) {
    if (w->callable == NULL) {
        err_raise(vm, &exc_RuntimeError, "uninitialized %s object", obj_type_name((Obj *)w));
        return -1;
    }
    return 0;
}

static Obj *staticmethod_get(Vm *vm, Obj *self, Obj *obj, Obj *type) {
    OURO_UNUSED(obj);
    OURO_UNUSED(type);
    WrapMethObj *w = (WrapMethObj *)self;
    return wrapmeth_uninit(vm, w) < 0 ? NULL : obj_newref(w->callable);
}

// Since 3.10 a staticmethod object is callable itself.
static Obj *staticmethod_call(Vm *vm, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames) {
    WrapMethObj *w = (WrapMethObj *)callable;
    if (wrapmeth_uninit(vm, w) < 0) {
        return NULL;
    }
    return obj_call(vm, w->callable, args, nargs, kwnames);
}

static Obj *classmethod_get(Vm *vm, Obj *self, Obj *obj, Obj *type) {
    WrapMethObj *w = (WrapMethObj *)self;
    if (wrapmeth_uninit(vm, w) < 0) {
        return NULL;
    }
    if (type == NULL) {
        type = (Obj *)obj_type(obj);
    }
    return method_new(vm, w->callable, type);
}

static Obj *wrapmeth_repr(Vm *vm, Obj *self) {
    WrapMethObj *w = (WrapMethObj *)self;
    if (w->callable == NULL) {
        return str_from_fmt(vm, "<%s(NULL)>", obj_type_name(self));
    }
    return str_from_fmt(vm, "<%s(%R)>", obj_type_name(self), w->callable);
}

static int wrapmeth_traverse(Obj *self, GcVisitFn visit, void *arg) {
    WrapMethObj *w = (WrapMethObj *)self;
    int rc = w->callable != NULL ? visit(w->callable, arg) : 0;
    return rc != 0 ? rc : dicttable_traverse(&w->attrs, visit, arg);
}

static void wrapmeth_clear(Obj *self) {
    WrapMethObj *w = (WrapMethObj *)self;
    Obj *c = w->callable;
    w->callable = NULL;
    obj_xdecref(c);
    dicttable_clear(&w->attrs);
}

static void wrapmeth_dealloc(Obj *self) {
    gc_untrack(self);
    WrapMethObj *w = (WrapMethObj *)self;
    Obj *c = w->callable;
    w->callable = NULL;
    dicttable_clear(&w->attrs);
    obj_free(self);
    obj_xdecref(c);
}

static Obj *wrapmeth_get_func(Vm *vm, Obj *self) {
    WrapMethObj *w = (WrapMethObj *)self;
    return wrapmeth_uninit(vm, w) < 0 ? NULL : obj_newref(w->callable);
}

static const GetSetDef wrapmeth_getset[] = {
    {"__func__", wrapmeth_get_func, NULL},
    {"__wrapped__", wrapmeth_get_func, NULL},
    {"__dict__", obj_dict_get, obj_dict_set},
    {NULL, NULL, NULL},
};

TypeObj staticmethod_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "staticmethod",
    .basicsize = sizeof(WrapMethObj),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .dealloc = wrapmeth_dealloc,
    .traverse = wrapmeth_traverse,
    .clear = wrapmeth_clear,
    .repr = wrapmeth_repr,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .new_ = wrapmeth_alloc,
    .init = staticmethod_init,
    .getset = wrapmeth_getset,
    .dictoffset = offsetof(WrapMethObj, attrs),
};

TypeObj classmethod_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "classmethod",
    .basicsize = sizeof(WrapMethObj),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .dealloc = wrapmeth_dealloc,
    .traverse = wrapmeth_traverse,
    .clear = wrapmeth_clear,
    .repr = wrapmeth_repr,
    .descr_get = classmethod_get,
    .new_ = wrapmeth_alloc,
    .init = classmethod_init,
    .getset = wrapmeth_getset,
    .dictoffset = offsetof(WrapMethObj, attrs),
};
