/* func.c: function and cell objects. A function is the pairing of a code
 * object with the globals (and closure cells) it runs in; calling one binds
 * the arguments into a fresh frame (call.c). Cells box a variable shared by
 * a function and the functions nested in it. */
#include "func.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../compile/code.h"
#include "../memory/gc.h"
#include "../objects/alloc.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "call.h"

NEWREF Obj *func_new(Vm *vm, Obj *code, Obj *globals) {
    Obj *module = dict_get_borrow(vm, globals, vm->id.name);
    if (module == NULL && err_occurred(vm)) {
        return NULL;
    }
    return func_new_in(vm, code, globals, module != NULL ? module : OBJ_NONE, NULL);
}

ObjFreeList func_freelists[FUNC_FREELISTS] = {
    {NULL, 0, sizeof(FuncObj)},
    {NULL, 0, sizeof(FuncObj) + sizeof(Obj *)},
    {NULL, 0, sizeof(FuncObj) + 2 * sizeof(Obj *)},
    {NULL, 0, sizeof(FuncObj) + 3 * sizeof(Obj *)},
};
ObjFreeList cell_freelist = {NULL, 0, sizeof(CellObj)};

static int func_traverse(Obj *self, GcVisitFn visit, void *arg) {
    FuncObj *f = (FuncObj *)self;
    Obj *refs[] = {f->code,   f->globals,  f->builtins,   f->name,    f->qualname,   f->doc,
                   f->module, f->defaults, f->kwdefaults, f->closure, f->annotations};
    for (size_t i = 0; i < sizeof(refs) / sizeof(refs[0]); i++) {
        if (refs[i] != NULL) {
            int rc = visit(refs[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    // The cells, unless the closure tuple holds them (it was visited).
    for (size_t i = 0, n = f->closure == NULL ? func_ncells(self) : 0; i < n; i++) {
        if (f->cells[i] != NULL) {
            int rc = visit(f->cells[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    return dicttable_traverse(&f->attrs, visit, arg);
}

// Releases the closure: the tuple (which owns the cells) or the cells the
// function owns. One reference at a time, rereading the state after each
// release: a finalizer run by it may read __closure__ and so move the
// remaining cells into a new tuple.
static void drop_closure(FuncObj *f) {
    size_t n = func_ncells((Obj *)f);
    for (;;) {
        Obj *old = f->closure;
        if (old != NULL) {
            f->closure = NULL;
            for (size_t i = 0; i < n; i++) {
                f->cells[i] = NULL; // borrowed from the tuple
            }
        } else {
            size_t i = 0;
            while (i < n && f->cells[i] == NULL) {
                i++;
            }
            if (i == n) {
                return;
            }
            old = f->cells[i];
            f->cells[i] = NULL;
        }
        obj_decref(old);
    }
}

// Drops every reference that may be part of a cycle; each slot is detached
// before its release so that a finalizer sees a consistent function.
static void func_clear(Obj *self) {
    FuncObj *f = (FuncObj *)self;
    Obj **slots[] = {&f->globals,  &f->builtins,   &f->doc,        &f->module,
                     &f->defaults, &f->kwdefaults, &f->annotations};
    for (size_t i = 0; i < sizeof(slots) / sizeof(slots[0]); i++) {
        Obj *old = *slots[i];
        *slots[i] = NULL;
        obj_xdecref(old);
    }
    drop_closure(f);
    dicttable_clear(&f->attrs);
}

// A function whose closure tuple was never made: CPython would have had
// that tuple, and would count it among the garbage.
static int64_t func_gc_inner_count(const Obj *self) {
    return ((const FuncObj *)self)->closure == NULL && func_ncells(self) > 0;
}

static void func_dealloc(Obj *self) {
    // Closures die as often as they are made (one per call of the function
    // that makes them), so this is straight-line code rather than
    // func_clear: once untracked, nothing can reach the function, and no
    // field needs detaching before its release. func_clear may have run
    // already (the collector), hence the x-forms.
    FuncObj *f = (FuncObj *)self;
    gc_untrack(self);
    obj_xdecref(f->globals);
    obj_xdecref(f->builtins);
    obj_xdecref(f->doc);
    obj_xdecref(f->module);
    obj_xdecref(f->defaults);
    obj_xdecref(f->kwdefaults);
    if (f->closure != NULL) {
        obj_decref(f->closure); // it owns the cells
    } else {
        for (size_t i = 0, n = func_ncells(self); i < n; i++) {
            obj_xdecref(f->cells[i]);
        }
    }
    obj_xdecref(f->annotations);
    if (f->attrs.entries != NULL) {
        dicttable_clear(&f->attrs);
    }
    size_t ncells = func_ncells(self); // read before the code goes
    obj_xdecref(f->code);
    obj_xdecref(f->name);
    obj_xdecref(f->qualname);
    if (ncells < FUNC_FREELISTS) {
        obj_free_container_to_list(self, &func_freelists[ncells]);
    } else {
        obj_free(self);
    }
}

static Obj *func_repr(Vm *vm, Obj *self) {
    return str_from_fmt(vm, "<function %S at %p>", ((FuncObj *)self)->qualname, (void *)self);
}

// Functions are non-data descriptors: looked up through an instance they
// become bound methods (LOAD_METHOD avoids that allocation for calls).
static Obj *func_descr_get(Vm *vm, Obj *self, Obj *obj, Obj *type) {
    OURO_UNUSED(type);
    if (obj == NULL || obj == OBJ_NONE) {
        return obj_newref(self);
    }
    return method_new(vm, self, obj);
}

// Calls that come through obj_call (from C code such as repr() or sorted())
// report the recursion limit as CPython's C call path does.
static Obj *func_call_slot(Vm *vm, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (OURO_UNLIKELY(++vm->c_depth + vm->recursion_depth > vm->recursion_limit)) {
        vm->c_depth--;
        return err_raise(vm, &exc_RecursionError,
                         "maximum recursion depth exceeded while calling a Python object");
    }
    Obj *r = call_function(vm, callable, args, nargs, kwnames);
    vm->c_depth--;
    return r;
}

// --- Attributes -----------------------------------------------------------

#define FUNC_GETTER(field)                                                                         \
    static Obj *func_get_##field(Vm *vm, Obj *self) {                                              \
        OURO_UNUSED(vm);                                                                           \
        Obj *v = ((FuncObj *)self)->field;                                                         \
        return obj_newref(v != NULL ? v : OBJ_NONE);                                               \
    }
FUNC_GETTER(name)
FUNC_GETTER(qualname)
FUNC_GETTER(doc)
FUNC_GETTER(module)
FUNC_GETTER(defaults)
FUNC_GETTER(kwdefaults)
FUNC_GETTER(code)
FUNC_GETTER(globals)
#undef FUNC_GETTER

NEWREF Obj *func_closure_tuple(Vm *vm, Obj *func) {
    FuncObj *f = (FuncObj *)func;
    size_t n = func_ncells(func);
    if (f->closure == NULL && n > 0) {
        Obj *t = tuple_new(vm, n);
        if (t == NULL) {
            return NULL;
        }
        // The function's references move into the tuple; `cells` keeps
        // borrowed copies for the frames. A cell the collector cleared
        // reads back as None (only a finalizer could see that function).
        for (size_t i = 0; i < n; i++) {
            tuple_set_steal(t, i, f->cells[i] != NULL ? f->cells[i] : obj_newref(OBJ_NONE));
        }
        f->closure = t;
    }
    return obj_newref(f->closure != NULL ? f->closure : OBJ_NONE);
}

static Obj *func_get_annotations(Vm *vm, Obj *self) {
    FuncObj *f = (FuncObj *)self;
    if (f->annotations == NULL) {
        f->annotations = dict_new(vm);
        if (f->annotations == NULL) {
            return NULL;
        }
    }
    return obj_newref(f->annotations);
}

static int set_str_attr(Vm *vm, Obj **slot, Obj *value, const char *what) {
    if (value == NULL || !str_check(value)) {
        err_raise(vm, &exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    obj_replace(slot, value);
    return 0;
}

static int func_set_name(Vm *vm, Obj *self, Obj *value) {
    return set_str_attr(vm, &((FuncObj *)self)->name, value, "__name__");
}

static int func_set_qualname(Vm *vm, Obj *self, Obj *value) {
    return set_str_attr(vm, &((FuncObj *)self)->qualname, value, "__qualname__");
}

static int func_set_doc(Vm *vm, Obj *self, Obj *value) {
    OURO_UNUSED(vm);
    obj_replace(&((FuncObj *)self)->doc, value != NULL ? value : OBJ_NONE);
    return 0;
}

static int func_set_module(Vm *vm, Obj *self, Obj *value) {
    OURO_UNUSED(vm);
    obj_replace(&((FuncObj *)self)->module, value != NULL ? value : OBJ_NONE);
    return 0;
}

static int func_set_defaults(Vm *vm, Obj *self, Obj *value) {
    if (value == OBJ_NONE) {
        value = NULL;
    }
    if (value != NULL && !tuple_check(value)) {
        err_raise(vm, &exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    obj_replace(&((FuncObj *)self)->defaults, value);
    return 0;
}

// A dict attribute that None or del drops (NULL reads back as None for
// __kwdefaults__, as a fresh empty dict for __annotations__).
static int set_dict_attr(Vm *vm, Obj **slot, Obj *value, const char *what) {
    if (value == OBJ_NONE) {
        value = NULL;
    }
    if (value != NULL && !dict_check(value)) {
        err_raise(vm, &exc_TypeError, "%s must be set to a dict object", what);
        return -1;
    }
    obj_replace(slot, value);
    return 0;
}

static int func_set_kwdefaults(Vm *vm, Obj *self, Obj *value) {
    return set_dict_attr(vm, &((FuncObj *)self)->kwdefaults, value, "__kwdefaults__");
}

static int func_set_annotations(Vm *vm, Obj *self, Obj *value) {
    return set_dict_attr(vm, &((FuncObj *)self)->annotations, value, "__annotations__");
}

static const GetSetDef func_getset[] = {
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__doc__", func_get_doc, func_set_doc},
    {"__module__", func_get_module, func_set_module},
    {"__defaults__", func_get_defaults, func_set_defaults},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults},
    {"__code__", func_get_code, NULL},
    {"__globals__", func_get_globals, NULL},
    {"__closure__", func_closure_tuple, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations},
    {"__dict__", obj_dict_get, obj_dict_set},
    {NULL, NULL, NULL},
};

static size_t func_sizeof(Obj *self) {
    return sizeof(FuncObj) + func_ncells(self) * sizeof(Obj *) +
           dicttable_sizeof(&((FuncObj *)self)->attrs);
}

TypeObj function_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "function",
    .basicsize = sizeof(FuncObj),
    .flags = TYPE_FLAG_GC,
    .dealloc = func_dealloc,
    .traverse = func_traverse,
    .clear = func_clear,
    .gc_inner_count = func_gc_inner_count,
    .repr = func_repr,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .call = func_call_slot,
    .descr_get = func_descr_get,
    .sizeof_ = func_sizeof,
    .getset = func_getset,
    .dictoffset = offsetof(FuncObj, attrs),
};

// --- Cells ------------------------------------------------------------------

static int cell_traverse(Obj *self, GcVisitFn visit, void *arg) {
    Obj *ref = ((CellObj *)self)->ref;
    return ref != NULL ? visit(ref, arg) : 0;
}

static void cell_clear(Obj *self) {
    CellObj *c = (CellObj *)self;
    Obj *old = c->ref;
    c->ref = NULL;
    obj_xdecref(old);
}

static void cell_dealloc(Obj *self) {
    gc_untrack(self);
    cell_clear(self);
    obj_free_container_to_list(self, &cell_freelist);
}

static Obj *cell_repr(Vm *vm, Obj *self) {
    Obj *ref = ((CellObj *)self)->ref;
    if (ref == NULL) {
        return str_from_fmt(vm, "<cell at %p: empty>", (void *)self);
    }
    return str_from_fmt(vm, "<cell at %p: %s object at %p>", (void *)self, obj_type_name(ref),
                        (void *)ref);
}

static Obj *cell_get_contents(Vm *vm, Obj *self) {
    Obj *ref = ((CellObj *)self)->ref;
    if (ref == NULL) {
        return err_raise(vm, &exc_ValueError, "Cell is empty");
    }
    return obj_newref(ref);
}

static int cell_set_contents(Vm *vm, Obj *self, Obj *value) {
    OURO_UNUSED(vm);
    cell_set(self, value);
    return 0;
}

static const GetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

TypeObj cell_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "cell",
    .basicsize = sizeof(CellObj),
    .flags = TYPE_FLAG_GC,
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .repr = cell_repr,
    .getattr = obj_generic_getattr,
    .getset = cell_getset,
};
