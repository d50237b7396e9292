/* type.h: the type system. `object` and `type`, classes created by `class`
 * statements (heap types with the C3 MRO, slots that dispatch to dunder
 * methods), instances with embedded attribute storage, attribute lookup
 * with descriptors, built-in functions and methods, bound methods,
 * staticmethod, classmethod and property. */
#ifndef OURO_TYPE_H
#define OURO_TYPE_H

#include "dict.h"
#include "object.h"

extern TypeObj builtin_func_type; // built-in function or bound built-in method
extern TypeObj method_descr_type; // a built-in type's method, unbound (list.append)
extern TypeObj method_type;       // bound method of a Python function
extern TypeObj staticmethod_type;
extern TypeObj classmethod_type;
extern TypeObj property_type;
extern TypeObj super_type;
extern TypeObj instancedict_type; // obj.__dict__: a live view of the attribute table
extern TypeObj mappingproxy_type; // C.__dict__: a read-only view of a class dict

// Attribute storage of an instance of a class whose layout is object's.
typedef struct InstanceObj {
    Obj head;
    DictTable attrs;
} InstanceObj;

// Completes a static type: base defaults, MRO, the type's dict built from
// `methods` and `getset`, slots inherited from the base. Idempotent.
// Returns 0, or -1 with an exception pending.
int type_ready(Vm *vm, TypeObj *type);

// type(name, bases, ns) / the end of a class statement: a new heap type
// whose metatype is `meta` (type_type or a subclass of it). `bases` is a
// tuple (empty means (object,)), `ns` the class body's dict (copied, minus
// __qualname__ and __classcell__). Runs the slot fix-up, __set_name__ and
// the parent's __init_subclass__. Raises TypeError as CPython for an
// inconsistent MRO, an unsubclassable base or a layout conflict.
NEWREF Obj *type_new_class(Vm *vm, TypeObj *meta, Obj *name, Obj *bases, Obj *ns);

// The same with the keyword arguments of a class statement
// (`class C(B, flag=1)`), passed on to __init_subclass__: one value in
// `kwvalues` per name in `kwnames` (a tuple of str, or NULL for none).
NEWREF Obj *type_new_class_kw(Vm *vm, TypeObj *meta, Obj *name, Obj *bases, Obj *ns,
                              Obj *const *kwvalues, Obj *kwnames);

// The most derived of `meta` and the types of the items of `bases` (a
// tuple), which must be the metaclass of a class with those bases
// (CPython's _PyType_CalculateMetaclass). Borrowed; NULL with TypeError
// "metaclass conflict: ..." when no candidate derives from all others.
TypeObj *type_calculate_meta(Vm *vm, TypeObj *meta, Obj *bases);

// Invalidates every cached type_lookup result.
void type_cache_invalidate(void);

// Changes whenever cached type_lookup results are invalidated: while it
// keeps its value, type_lookup(type, name) for an interned `name` keeps
// giving the same result. The VM's inline caches compare it. Read only.
extern uint64_t type_cache_epoch;

// The attribute cache of type_lookup (type.c explains its validation): a
// direct-mapped table of (type, interned name) -> borrowed value (NULL for
// a cached absence). For type_lookup below only.
typedef struct MCacheEntry {
    TypeObj *type;
    Obj *name;
    uint64_t epoch;
    Obj *value;
} MCacheEntry;
#define TYPE_MCACHE_BITS 12
#define TYPE_MCACHE_SIZE (1u << TYPE_MCACHE_BITS)
extern MCacheEntry type_mcache[TYPE_MCACHE_SIZE];

static inline MCacheEntry *type_mcache_slot(const TypeObj *type, const Obj *name) {
    uintptr_t h = ((uintptr_t)type >> 3) ^ ((uintptr_t)name >> 4) * 31u;
    return &type_mcache[(h ^ (h >> TYPE_MCACHE_BITS)) & (TYPE_MCACHE_SIZE - 1)];
}

// type_lookup on a cache miss: walks the MRO and fills the cache.
BORROWED Obj *type_lookup_slow(Vm *vm, TypeObj *type, Obj *name);

// Looks `name` up in the dicts along `type`'s MRO, without descriptor
// calls. Borrowed result; NULL without an exception when absent. Results
// for interned names are cached (see type.c); code that changes a type's
// dict or MRO other than through setattr on the class must call
// type_cache_invalidate(). Only cacheable names are ever stored, so a
// match needs no other test.
static inline BORROWED Obj *type_lookup(Vm *vm, TypeObj *type, Obj *name) {
    if (!OBJ_IS_SMALLINT(name)) {
        const MCacheEntry *e = type_mcache_slot(type, name);
        if (e->name == name && e->type == type && e->epoch == type_cache_epoch) {
            return e->value;
        }
    }
    return type_lookup_slow(vm, type, name);
}

// The default attribute protocol (object.__getattribute__ and
// object.__setattr__): data descriptors on the type, then the instance's
// attributes, then other class attributes (binding functions). Missing
// attributes raise AttributeError "'C' object has no attribute 'x'";
// setattr returns 0 or -1 (`value` NULL deletes).
NEWREF Obj *obj_generic_getattr(Vm *vm, Obj *o, Obj *name);
int obj_generic_setattr(Vm *vm, Obj *o, Obj *name, Obj *value);

// The attribute table of an instance of a str or tuple subclass, which
// follows its variable part (baseobject.c); for obj_attr_table.
DictTable *obj_attr_table_moved(Obj *o);

// The embedded attribute table of `o`, or NULL when its type has none.
static inline DictTable *obj_attr_table(Obj *o) {
    if (OBJ_IS_SMALLINT(o) || o->type->dictoffset == 0) {
        return NULL;
    }
    if (OURO_UNLIKELY(o->type->flags & (TYPE_FLAG_STR_SUBCLASS | TYPE_FLAG_TUPLE_SUBCLASS))) {
        return obj_attr_table_moved(o);
    }
    return (DictTable *)((char *)o + o->type->dictoffset);
}

// The `__dict__` attribute of objects with an attribute table (instances
// of classes, functions, exceptions, static/class methods): a live view of
// the table; setting it replaces every attribute. CPython's `object` has no
// `__dict__`, so the types that have one list these in their getset.
NEWREF Obj *obj_dict_get(Vm *vm, Obj *self);
int obj_dict_set(Vm *vm, Obj *self, Obj *value);

// object.__dir__: the names of `o`'s attributes, unsorted: its attribute
// table (or a module's dict), then every dict along its type's MRO (for a
// class, its own MRO). A new list, or NULL with an exception pending.
NEWREF Obj *obj_dir(Vm *vm, Obj *o);

// A built-in function or bound built-in method (descr.c): calling it calls
// def->fn with `self`. The layout is public so that the VM can call `fn`
// directly.
typedef struct BuiltinFuncObj {
    Obj head;
    const MethodDef *def;
    Obj *self; // owned, or NULL
} BuiltinFuncObj;

// A method of a built-in type, unbound (descr.c): called with an instance
// of `objclass` as its first argument, it calls def->fn with that `self`.
// Public for the same reason.
typedef struct MethodDescrObj {
    Obj head;
    TypeObj *objclass; // the defining type (static: not counted)
    const MethodDef *def;
} MethodDescrObj;

// A bound method: calling it calls `func` with `self` prepended.
NEWREF Obj *method_new(Vm *vm, Obj *func, Obj *self);

// A built-in function object for `def` bound to `self` (may be NULL).
NEWREF Obj *builtin_func_new(Vm *vm, const MethodDef *def, Obj *self);

// Gives builtin function `f` its module as __self__ when it has none (the
// builtins are made before the builtins module exists). Takes a reference
// to `module`.
void builtin_func_bind_module(Obj *f, Obj *module);

// Adds every function of `defs` (NULL-terminated) to `dict`, bound to
// `self` (a module, or NULL). 0 or -1.
int type_add_functions(Vm *vm, Obj *dict, const MethodDef *defs, Obj *self);

// Looks a special method up on the type of `self` (never the instance),
// as the slots of classes do. Borrowed; NULL without an exception when
// absent.
BORROWED Obj *type_lookup_special(Vm *vm, Obj *self, Obj *name);

// A bound method object (method_type): `func` called with `self` prepended.
typedef struct MethodObj {
    Obj head;
    Obj *func;
    Obj *self;
} MethodObj;

// obj.__dict__ for an object with an attribute table: a live, writable
// view of the table (reads, item assignment, update, pop, setdefault,
// clear; keys/values/items/get/copy act on a snapshot). NULL on error.
NEWREF Obj *instancedict_new(Vm *vm, Obj *instance);

// A read-only view of `dict` (types.MappingProxyType), used for C.__dict__.
NEWREF Obj *mappingproxy_new(Vm *vm, Obj *dict);

// Allocates a zeroed instance of `type`: type->basicsize bytes, plus room
// for type->attr_inline attribute entries after its table; a GC
// container (tracked) when the type has TYPE_FLAG_GC. For a heap type it
// also takes the reference to the class that every instance owns (the heap
// type's dealloc releases it). Built-in types that can be subclassed (list,
// dict, BaseException, ...) must allocate with this in their new_, so that
// a subclass instance gets the subclass's size (room for the attribute
// table) and its class reference. NULL with MemoryError pending.
NEWREF Obj *type_alloc(Vm *vm, TypeObj *type);

// Notes that an instance of heap type `type` holds `nattrs` attributes, so
// that instances allocated from now on have room for that many in their
// own block (up to type->attr_inline_max; CPython's shared keys serve the
// same purpose). Called where attributes are added.
static inline void type_note_attrs(TypeObj *type, size_t nattrs) {
    if (OURO_UNLIKELY(nattrs > type->attr_inline && type->attr_inline < type->attr_inline_max)) {
        type->attr_inline =
            (uint16_t)(nattrs < type->attr_inline_max ? nattrs : type->attr_inline_max);
    }
}

// Extra bytes to allocate past the variable part (text or items) of an
// instance of `type` when its built-in base keeps that part inline (str,
// tuple): room for what a class adds (slot values, attribute table), which
// follows the variable part. 0 for the built-in types themselves. The
// room must be zero-filled.
size_t type_tail_size(TypeObj *type);

// True when `o` carries a GC header. Static TypeObjs are instances of the
// GC type `type` but have no header (they are never tracked), so code that
// reaches gc_head() of an arbitrary object must ask this (CPython's
// tp_is_gc for types); gc.c's test of immortality is equivalent.
static inline bool type_obj_is_gc(const Obj *o) {
    if (OBJ_IS_SMALLINT(o) || !(o->type->flags & TYPE_FLAG_GC)) {
        return false;
    }
    if (o->type->flags & TYPE_FLAG_TYPE_SUBCLASS) {
        return (((const TypeObj *)o)->flags & TYPE_FLAG_HEAPTYPE) != 0;
    }
    return true;
}

// Zero-argument super(): fills *type (the class of the __class__ cell) and
// *obj (the first argument of the running function), both borrowed, or
// returns -1 with RuntimeError pending ("super(): no arguments",
// "super(): __class__ cell not found"). The VM sets this hook at start-up
// (objects/ cannot see frames); while it is NULL, super() with no
// arguments raises RuntimeError.
typedef int (*SuperArgsHook)(Vm *vm, Obj **type, Obj **obj);
extern SuperArgsHook type_super_args_hook;

// Readies the types of the type system (object, type, the descriptor and
// method types, module). type_ready(&object_type) calls it, so readying
// any type first readies these. 0 or -1.
int type_init_types(Vm *vm);

// Drops the references a static type acquired in type_ready (dict, MRO,
// bases, names), for the runtime's tear-down; the type is unusable after.
// Called for object_type it also releases the type system's own tables
// (interned operator names, and the types readied by type_init_types that
// the runtime's list may not name).
void type_clear_static(TypeObj *type);

// type.__getattribute__: data descriptors of the metatype, then `type`s MRO
// dicts (descriptors bound with obj NULL), then other metatype attributes.
NEWREF Obj *type_getattro(Vm *vm, Obj *type, Obj *name);

#endif
