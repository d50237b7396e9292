/* typeimpl.h: internals shared by the files of the type system (type.c,
 * typenew.c, typeslots.c, slotwrap.c, baseobject.c, attr.c, descr.c,
 * methodobj.c). Not for use outside them: the public contract is type.h. */
#ifndef OURO_TYPEIMPL_H
#define OURO_TYPEIMPL_H

#include "type.h"

// The `new_`/`init` slots of `object`; object.__new__ and object.__init__
// compare a type's slots with these to decide which one complains about
// excess arguments (CPython's rule).
NEWREF Obj *base_object_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames);
int base_object_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

// The nearest type along `type`'s `base` chain that is not a heap type
// (object at worst). Its dealloc/traverse/clear handle the C layout.
TypeObj *type_static_base(TypeObj *type);

// True when `type` (a heap type) added the attribute table to the layout
// itself, so that its dealloc/traverse/clear must handle it (as opposed to
// a built-in base such as BaseException embedding one).
bool type_owns_attr_table(TypeObj *type);

// Lets instances of the new heap type `type` keep attributes inline (sets
// attr_inline_max) when its attribute table ends its layout and no
// variable part follows its struct.
void type_allow_inline_attrs(TypeObj *type);

// Instance layouts are built of pointer-aligned pieces: slot values and
// the attribute table (baseobject.c, typenew.c).
#define TYPE_LAYOUT_ALIGN sizeof(Obj *)

// `n` rounded up to TYPE_LAYOUT_ALIGN.
static inline size_t type_layout_align(size_t n) {
    return (n + TYPE_LAYOUT_ALIGN - 1) / TYPE_LAYOUT_ALIGN * TYPE_LAYOUT_ALIGN;
}

// True for str, tuple and their subclasses, whose instances keep a
// variable part inline after the C struct.
static inline bool type_has_inline_items(const TypeObj *type) {
    return (type->flags & (TYPE_FLAG_STR_SUBCLASS | TYPE_FLAG_TUPLE_SUBCLASS)) != 0;
}

// How far the part a class added to the layout of `o` (slots, attribute
// table) is moved past its nominal offsets: the length of the variable
// part of a str or tuple subclass instance, 0 for other objects.
size_t type_layout_shift(const Obj *o);

// Copies every slot `t` leaves NULL from `b` (type.c), with CPython's
// rules: richcompare and hash only together, GC with traverse/clear.
void type_inherit_slots(TypeObj *t, TypeObj *b);

// The dealloc/traverse/clear slots of heap types (CPython's subtype_*).
void subtype_dealloc(Obj *self);
int subtype_traverse(Obj *self, GcVisitFn visit, void *arg);
void subtype_clear(Obj *self);

// Recomputes the slots of heap type `type` from the dunder methods found
// along its MRO (typeslots.c). Called at class creation and whenever a
// dunder attribute of the class is set or deleted.
void typeslots_fixup(Vm *vm, TypeObj *type);

// The registry of live heap types (typeslots.c): a class registers when
// created and leaves in its dealloc. After a dunder of `t` changes,
// typeslots_fixup_subclasses re-runs the fix-up of every subclass.
// typeslots_subclasses is type.__subclasses__(): a list of the live direct
// subclasses of `t`, in creation order modulo removals.
int typeslots_register(TypeObj *t);
void typeslots_unregister(TypeObj *t);
void typeslots_fixup_subclasses(Vm *vm, TypeObj *t);
NEWREF Obj *typeslots_subclasses(Vm *vm, TypeObj *t);

// Drops the interned operator names typeslots.c keeps (at tear-down).
void typeslots_release_names(void);

// Adds a wrapper descriptor (`int.__add__`, `object.__init__`, ...) to the
// dict of static type `type` for each slot the type defines itself, and
// `__new__` as a built-in bound to the type. Names already present in the
// dict are left alone. 0 or -1 (slotwrap.c).
int slotwrap_add_all(Vm *vm, TypeObj *type);

// The type of the descriptors slotwrap_add_all creates.
extern TypeObj wrapper_descr_type;
// The type of getset descriptors (`int.real`, `type.__name__`).
extern TypeObj getset_descr_type;

// The type of METH_CLASS methods of built-in types (dict.fromkeys), which
// bind to the class also when reached through an instance (descr.c).
extern TypeObj classmethod_descr_type;
// The type of the descriptors of __slots__ names (descr.c).
extern TypeObj member_descr_type;

// A member descriptor for slot `name` of heap type `type`, whose value is
// stored at `offset` of its instances (descr.c).
NEWREF Obj *member_descr_new(Vm *vm, TypeObj *type, Obj *name, size_t offset);

// A getset descriptor for `def` of `type` (descr.c).
NEWREF Obj *getset_descr_new(Vm *vm, TypeObj *type, const GetSetDef *def);
// A method descriptor for `def` of `type` (descr.c): a classmethod
// descriptor when `def` has METH_CLASS.
NEWREF Obj *method_descr_new(Vm *vm, TypeObj *type, const MethodDef *def);

// A dict with the contents of an instancedict or mappingproxy (attrview.c).
NEWREF Obj *attrview_snapshot(Vm *vm, Obj *view);

// types.GenericAlias: `origin[item]` for the built-in generic classes
// (genericalias.c). `item` may be a tuple of arguments.
extern TypeObj generic_alias_type;
NEWREF Obj *generic_alias_new(Vm *vm, Obj *origin, Obj *item);

// staticmethod(callable) / classmethod(callable) (methodobj.c).
NEWREF Obj *staticmethod_new(Vm *vm, Obj *callable);
NEWREF Obj *classmethod_new(Vm *vm, Obj *callable);
// The callable a staticmethod or classmethod wraps (borrowed).
BORROWED Obj *staticmethod_func_borrow(Obj *sm);

// "<class 'int'>"-style qualified name pieces of a type: its module as C
// text ("builtins" for static types) and its qualname (borrowed str, or
// NULL for a static type not readied yet).
const char *type_module_cstr(TypeObj *type);
const char *type_qualname_cstr(TypeObj *type);

// The identifier `s` as an interned str (borrowed), for names not in vm->id.
BORROWED Obj *type_intern(Vm *vm, const char *s);

#endif
