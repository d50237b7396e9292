/* type.h: the type system. `object` and `type`, classes created by `class`
 * statements (heap types with the C3 MRO, slots that dispatch to dunder
 * methods), instances with embedded attribute storage, attribute lookup
 * with descriptors, built-in functions and methods, bound methods,
 * staticmethod, classmethod and property. */
#ifndef OURO_TYPE_H
#define OURO_TYPE_H

#include "dict.h"
#include "object.h"

extern TypeObj builtin_func_type;   // built-in function or bound built-in method
extern TypeObj method_descr_type;   // a built-in type's method, unbound (list.append)
extern TypeObj method_type;         // bound method of a Python function
extern TypeObj staticmethod_type;
extern TypeObj classmethod_type;
extern TypeObj property_type;

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
// with metatype `meta` (type_type for now). `bases` is a tuple (empty means
// (object,)), `ns` the class body's dict (copied). Raises TypeError for an
// inconsistent MRO or an unsubclassable base, as CPython.
NEWREF Obj *type_new_class(Vm *vm, TypeObj *meta, Obj *name, Obj *bases, Obj *ns);

// Looks `name` up in the dicts along `type`'s MRO, without descriptor
// calls. Borrowed result; NULL without an exception when absent.
BORROWED Obj *type_lookup(Vm *vm, TypeObj *type, Obj *name);

// The default attribute protocol (object.__getattribute__ and
// object.__setattr__): data descriptors on the type, then the instance's
// attributes, then other class attributes (binding functions).
NEWREF Obj *obj_generic_getattr(Vm *vm, Obj *o, Obj *name);
int obj_generic_setattr(Vm *vm, Obj *o, Obj *name, Obj *value);

// The embedded attribute table of `o`, or NULL when its type has none.
DictTable *obj_attr_table(Obj *o);

// A bound method: calling it calls `func` with `self` prepended.
NEWREF Obj *method_new(Vm *vm, Obj *func, Obj *self);

// A built-in function object for `def` bound to `self` (may be NULL).
NEWREF Obj *builtin_func_new(Vm *vm, const MethodDef *def, Obj *self);

// Adds every function of `defs` (NULL-terminated) to `dict`, bound to
// `self` (a module, or NULL). 0 or -1.
int type_add_functions(Vm *vm, Obj *dict, const MethodDef *defs, Obj *self);

// The functions a heap type's slots use to find a dunder method on the
// type, or NULL (borrowed).
BORROWED Obj *type_lookup_special(Vm *vm, Obj *self, Obj *name);

#endif
