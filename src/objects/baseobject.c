/* baseobject.c: `object`, the root of every type: allocation of instances,
 * CPython's rules for excess constructor arguments, the default repr, hash
 * and comparison, and the deallocation chain of instances of heap types
 * (subtype_dealloc), which layers the class's attribute table on top of the
 * layout of the nearest built-in base. */
#include <string.h>

#include "../memory/gc.h"
#include "args.h"
#include "dict.h"
#include "dict_gc.h"
#include "exc.h"
#include "instance_gc.h"
#include "intobj.h"
#include "list.h"
#include "module.h"
#include "object_reduce.h"
#include "runtime.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "typeimpl.h"

// ---------------------------------------------------------------------------
// Allocation.
// ---------------------------------------------------------------------------
NEWREF Obj *type_alloc(Vm *vm, TypeObj *type) {
    Obj *o;
    // The instance's usual attributes live in its own block, right after
    // its table (which ends the layout when attr_inline is non-zero).
    size_t ninline = type->attr_inline;
    size_t size = type->basicsize + ninline * sizeof(DictEntry);
    if (type->flags & TYPE_FLAG_GC) {
        o = obj_new_container(vm, type, size);
    } else {
        o = obj_new(vm, type, size);
    }
    if (o != NULL && (type->flags & TYPE_FLAG_HEAPTYPE)) {
        obj_incref((Obj *)type); // released by subtype_dealloc
        if (ninline != 0) {
            // Ready to take attributes: dict.c's view of an inline table.
            DictTable *t = (DictTable *)((char *)o + type->dictoffset);
            t->inline_cap = t->smallcap = (uint8_t)ninline;
            t->entries = (DictEntry *)(t + 1);
        }
    }
    return o;
}

void type_allow_inline_attrs(TypeObj *type) {
    if (type->dictoffset != 0 && type->dictoffset + sizeof(DictTable) == type->basicsize &&
        !type_has_inline_items(type)) {
        type->attr_inline_max = DICT_SMALL_MAX;
    }
}

TypeObj *type_static_base(TypeObj *type) {
    while (type->base != NULL && (type->flags & TYPE_FLAG_HEAPTYPE)) {
        type = type->base;
    }
    return type;
}

bool type_owns_attr_table(TypeObj *type) {
    return type->dictoffset != 0 && type_static_base(type)->dictoffset == 0;
}

// ---------------------------------------------------------------------------
// Where the part a class adds to the layout lives. A class appends its slot
// values and (when its bases have none) an attribute table to the C struct
// of its nearest built-in base; `dictoffset` and the slots' offsets are
// offsets from the object's address in that picture. str and tuple keep
// their text or items inline after the struct, so for their subclasses the
// added part cannot sit at a fixed offset (it would overlap the text):
// it follows the variable part instead, and every offset past the built-in
// struct is shifted by the length of that part (CPython puts the dict at a
// negative offset from the end for the same reason).
// ---------------------------------------------------------------------------
_Static_assert(_Alignof(DictTable) <= TYPE_LAYOUT_ALIGN, "attribute tables align like pointers");

size_t type_tail_size(TypeObj *type) {
    if (!(type->flags & TYPE_FLAG_HEAPTYPE) || !type_has_inline_items(type)) {
        return 0;
    }
    // The added part, plus slack to align it after a variable part of any
    // length.
    return type->basicsize - type_layout_align(type_static_base(type)->basicsize) +
           TYPE_LAYOUT_ALIGN;
}

size_t type_layout_shift(const Obj *o) {
    const TypeObj *t = o->type;
    if (!type_has_inline_items(t) || !(t->flags & TYPE_FLAG_HEAPTYPE)) {
        return 0;
    }
    size_t end;
    if (t->flags & TYPE_FLAG_STR_SUBCLASS) {
        end = offsetof(StrObj, data) + str_size(o) + 1;
    } else {
        end = offsetof(TupleObj, items) + tuple_len(o) * sizeof(Obj *);
    }
    size_t fixed = type_layout_align(type_static_base((TypeObj *)t)->basicsize);
    end = type_layout_align(end);
    return end > fixed ? end - fixed : 0;
}

DictTable *obj_attr_table_moved(Obj *o) {
    return (DictTable *)((char *)o + o->type->dictoffset + type_layout_shift(o));
}

// The slot values of an instance of a heap type whose nearest built-in
// type is `base`: every pointer-sized field past the base's struct, except
// the attribute table (classes add nothing else). Calls `fn` on the
// address of each; stops at a non-zero result and returns it.
typedef int (*SlotFieldFn)(Obj **field, void *arg);

static int each_slot_field(Obj *self, TypeObj *base, SlotFieldFn fn, void *arg) {
    TypeObj *type = self->type;
    size_t start = type_layout_align(base->basicsize);
    size_t table_lo = type->dictoffset, table_hi = table_lo + sizeof(DictTable);
    // The common case, a class without __slots__: nothing but the table
    // (or nothing at all) was added.
    if (type->basicsize <= start || (table_lo == start && table_hi == type->basicsize)) {
        return 0;
    }
    size_t shift = type_layout_shift(self);
    for (size_t off = start; off + sizeof(Obj *) <= type->basicsize; off += sizeof(Obj *)) {
        if (type->dictoffset != 0 && off >= table_lo && off < table_hi) {
            continue;
        }
        int rc = fn((Obj **)((char *)self + off + shift), arg);
        if (rc != 0) {
            return rc;
        }
    }
    return 0;
}

typedef struct VisitArg {
    GcVisitFn visit;
    void *arg;
} VisitArg;

static int visit_field(Obj **field, void *arg) {
    VisitArg *va = arg;
    return *field != NULL ? va->visit(*field, va->arg) : 0;
}

// Detach, then release: a release may run code that reads the instance.
static int clear_field(Obj **field, void *arg) {
    OURO_UNUSED(arg);
    Obj *v = *field;
    *field = NULL;
    obj_xdecref(v);
    return 0;
}

// ---------------------------------------------------------------------------
// The deallocation chain of heap-type instances (CPython's subtype_dealloc).
//
// An instance of a class is laid out as its nearest built-in base's struct
// (ListObj for `class L(list)`, ExcObj for exceptions, a bare Obj for plain
// classes), followed by the attribute table when the base has none. Freeing
// it therefore happens in layers: this function untracks the object and
// releases what the heap layer added (the attribute table), then hands the
// object to the built-in base's dealloc, which releases the C fields and
// calls obj_free. obj_free reads the *instance's* type to know whether a GC
// header sits in front, so the class must stay alive until then: the
// instance's reference to its class is released last, after the memory is
// gone (the class may be freed by that release).
// ---------------------------------------------------------------------------
// Instances of a class deriving from object alone whose attribute table
// ends the layout (attr_inline_max set: no __slots__ values): the header
// and the table are all there is, so the layers below reduce to these.
static inline bool is_plain_instance(const TypeObj *type) {
    return type->base == &object_type && type->attr_inline_max != 0;
}

void subtype_dealloc(Obj *self) {
    TypeObj *type = self->type;
    if (is_plain_instance(type)) {
        gc_untrack(self);
        // Nothing reaches the instance any more: no need to keep the table
        // consistent while its values go.
        dicttable_dispose((DictTable *)((char *)self + type->dictoffset));
        obj_free(self);
        obj_decref((Obj *)type);
        return;
    }
    TypeObj *base = type_static_base(type);
    if (type->flags & TYPE_FLAG_GC) {
        gc_untrack(self);
    }
    each_slot_field(self, base, clear_field, NULL);
    if (type->dictoffset != 0 && base->dictoffset == 0) {
        // Nothing reaches the instance any more: no need to keep the table
        // consistent while its values go.
        dicttable_dispose(obj_attr_table(self));
    }
    if (base->dealloc != NULL && base != &object_type) {
        base->dealloc(self);
    } else {
        obj_free(self);
    }
    obj_decref((Obj *)type);
}

// subtype_traverse for every case but a plain instance met by the
// collector, out of line so that that case needs no saved registers.
static __attribute__((noinline)) int traverse_layers(Obj *self, GcVisitFn visit, void *arg) {
    TypeObj *type = self->type;
    if (is_plain_instance(type)) {
        int rc = dicttable_traverse((DictTable *)((char *)self + type->dictoffset), visit, arg);
        return rc != 0 ? rc : visit((Obj *)type, arg);
    }
    TypeObj *base = type_static_base(type);
    VisitArg va = {visit, arg};
    int rc = each_slot_field(self, base, visit_field, &va);
    if (rc != 0) {
        return rc;
    }
    if (type->dictoffset != 0 && base->dictoffset == 0) {
        rc = dicttable_traverse(obj_attr_table(self), visit, arg);
        if (rc != 0) {
            return rc;
        }
    }
    // The instance owns a reference to its class (a heap type).
    rc = visit((Obj *)type, arg);
    if (rc != 0) {
        return rc;
    }
    if (base->traverse != NULL) {
        return base->traverse(self, visit, arg);
    }
    return 0;
}

int subtype_traverse(Obj *self, GcVisitFn visit, void *arg) {
    // The collector's walks over a plain instance, with the visitors
    // inline; any other visitor gets dicttable_traverse's order
    // (gc.get_referents), through traverse_layers.
    if (visit == gc_visit_subtract || visit == gc_visit_reach) {
        const DictTable *t = instance_plain_table(self);
        if (t != NULL) {
            if (visit == gc_visit_subtract) {
                instance_walk_subtract(self, t, *(const uint32_t *)arg);
            } else {
                instance_walk_reach(self, t, arg);
            }
            return 0;
        }
    }
    return traverse_layers(self, visit, arg);
}

void subtype_clear(Obj *self) {
    TypeObj *type = self->type;
    if (is_plain_instance(type)) {
        dicttable_clear((DictTable *)((char *)self + type->dictoffset));
        return;
    }
    TypeObj *base = type_static_base(type);
    each_slot_field(self, base, clear_field, NULL);
    if (type->dictoffset != 0 && base->dictoffset == 0) {
        dicttable_clear(obj_attr_table(self));
    }
    if (base->clear != NULL) {
        base->clear(self);
    }
}

// ---------------------------------------------------------------------------
// object.__new__ / object.__init__ and their excess-argument rules: extra
// arguments are an error in __new__ only when __init__ is not overridden
// (or __new__ is), and in __init__ only when __new__ is not overridden (or
// __init__ is), so that a class overriding just one of them may take
// arguments.
// ---------------------------------------------------------------------------
static bool has_excess_args(size_t nargs, Obj *kwnames) {
    return nargs > 0 || (kwnames != NULL && tuple_len(kwnames) > 0);
}

Obj *base_object_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (has_excess_args(nargs, kwnames)) {
        if (type->new_ != base_object_new) {
            return err_raise(
                vm, &exc_TypeError,
                "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (type->init == base_object_init) {
            return err_raise(vm, &exc_TypeError, "%s() takes no arguments", type->name);
        }
    }
    return type_alloc(vm, type);
}

int base_object_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (has_excess_args(nargs, kwnames)) {
        TypeObj *type = obj_type(self);
        if (type->init != base_object_init) {
            err_raise(vm, &exc_TypeError,
                      "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->new_ == base_object_new) {
            err_raise(vm, &exc_TypeError,
                      "%s.__init__() takes exactly one argument (the instance to initialize)",
                      type->name);
            return -1;
        }
    }
    return 0;
}

static void object_dealloc(Obj *self) {
    obj_free(self);
}

// ---------------------------------------------------------------------------
// repr, str, hash, comparison.
// ---------------------------------------------------------------------------
static Obj *object_repr(Vm *vm, Obj *self) {
    TypeObj *t = obj_type(self);
    const char *mod = type_module_cstr(t);
    if (mod != NULL && strcmp(mod, "builtins") != 0) {
        return str_from_fmt(vm, "<%s.%s object at %p>", mod, type_qualname_cstr(t), (void *)self);
    }
    return str_from_fmt(vm, "<%s object at %p>", type_qualname_cstr(t), (void *)self);
}

// str() defaults to the type's repr (which may be a subclass's __repr__).
static Obj *object_str(Vm *vm, Obj *self) {
    return obj_repr(vm, self);
}

// Identity hash: the address with its always-zero low bits rotated away,
// as CPython's _Py_HashPointer.
static int64_t object_hash(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    uintptr_t p = (uintptr_t)self;
    uint64_t h = (uint64_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    int64_t r = (int64_t)(h >> 1); // keep it non-negative, never -1
    return r;
}

// object's comparison: == is identity, != inverts the type's own == (so a
// class defining only __eq__ gets a consistent !=), the rest are
// NotImplemented.
static Obj *object_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if (op == CMP_EQ) {
        return obj_newref(a == b ? OBJ_TRUE : OBJ_NOTIMPL);
    }
    if (op == CMP_NE) {
        TypeObj *t = obj_type(a);
        if (t->richcompare == NULL) {
            return obj_newref(OBJ_NOTIMPL);
        }
        Obj *res = t->richcompare(vm, a, b, CMP_EQ);
        if (res == NULL || res == OBJ_NOTIMPL) {
            return res;
        }
        int truth = obj_is_true(vm, res);
        obj_decref(res);
        if (truth < 0) {
            return NULL;
        }
        return obj_newref(obj_bool(!truth));
    }
    return obj_newref(OBJ_NOTIMPL);
}

// ---------------------------------------------------------------------------
// Attributes of every object: __class__ and __dict__.
// ---------------------------------------------------------------------------
static Obj *object_get_class(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref((Obj *)obj_type(self));
}

// Assigning __class__ is allowed between heap types whose instances have
// the same layout (CPython's compatible_for_assignment, simplified).
static int object_set_class(Vm *vm, Obj *self, Obj *value) {
    if (value == NULL) {
        err_raise(vm, &exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!obj_is_instance(value, &type_type)) {
        err_raise(vm, &exc_TypeError, "__class__ must be set to a class, not '%s' object",
                  obj_type_name(value));
        return -1;
    }
    TypeObj *old = obj_type(self), *new = (TypeObj *)value;
    if (!(old->flags & TYPE_FLAG_HEAPTYPE) || !(new->flags &TYPE_FLAG_HEAPTYPE)) {
        err_raise(vm, &exc_TypeError,
                  "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (type_static_base(old) != type_static_base(new) || old->basicsize != new->basicsize ||
        old->dictoffset != new->dictoffset) {
        err_raise(vm, &exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                  type_qualname_cstr(new), type_qualname_cstr(old));
        return -1;
    }
    obj_incref(value);
    self->type = new;
    obj_decref((Obj *)old);
    return 0;
}

// __dict__ is a live view of the embedded attribute table (attrview.c).
Obj *obj_dict_get(Vm *vm, Obj *self) {
    if (obj_attr_table(self) == NULL) {
        return err_raise(vm, &exc_AttributeError, "'%s' object has no attribute '__dict__'",
                         obj_type_name(self));
    }
    return instancedict_new(vm, self);
}

// obj.__dict__ = mapping replaces every attribute.
int obj_dict_set(Vm *vm, Obj *self, Obj *value) {
    DictTable *t = obj_attr_table(self);
    if (t == NULL) {
        err_raise(vm, &exc_AttributeError, "'%s' object has no attribute '__dict__'",
                  obj_type_name(self));
        return -1;
    }
    if (value != NULL && obj_type(value) == &instancedict_type) {
        // o.__dict__ = other.__dict__: copy through a snapshot dict.
        Obj *snap = attrview_snapshot(vm, value);
        if (snap == NULL) {
            return -1;
        }
        int rc = obj_dict_set(vm, self, snap);
        obj_decref(snap);
        return rc;
    }
    if (value == NULL || !dict_check(value)) {
        err_raise(vm, &exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                  value == NULL ? "NoneType" : obj_type_name(value));
        return -1;
    }
    obj_incref(value); // the new mapping may be reachable only from the old table
    dicttable_clear(t);
    size_t pos = 0;
    Obj *k, *v;
    int rc = 0;
    while (rc == 0 && dict_next(value, &pos, &k, &v)) {
        rc = dicttable_set(vm, t, k, v);
    }
    obj_decref(value);
    return rc;
}

// ---------------------------------------------------------------------------
// Methods.
// ---------------------------------------------------------------------------
static Obj *object_py_init_subclass(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                    Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                         type_qualname_cstr((TypeObj *)self));
    }
    if (nargs > 0) {
        return err_raise(vm, &exc_TypeError,
                         "%s.__init_subclass__() takes no arguments (%zu given)",
                         type_qualname_cstr((TypeObj *)self), nargs);
    }
    return obj_newref(OBJ_NONE);
}

static Obj *object_py_sizeof(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (nargs > 0 || kwnames != NULL) {
        return err_raise(vm, &exc_TypeError, "__sizeof__() takes no arguments (%zu given)", nargs);
    }
    TypeObj *t = obj_type(self);
    size_t size;
    if (t->sizeof_ != NULL) {
        size = t->sizeof_(self);
        // A built-in base's sizeof_ knows its own struct only.
        if (t->flags & TYPE_FLAG_HEAPTYPE) {
            size += t->basicsize - type_static_base(t)->basicsize;
        }
    } else {
        size = t->basicsize;
    }
    DictTable *tab = obj_attr_table(self);
    if (tab != NULL && type_owns_attr_table(t)) {
        size += dicttable_sizeof(tab);
    }
    return int_from_u64(vm, size);
}

// format(obj, spec): str(obj) for an empty spec, TypeError otherwise.
static Obj *object_py_format(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs != 1 || kwnames != NULL) {
        return err_raise(vm, &exc_TypeError, "__format__() takes exactly one argument (%zu given)",
                         nargs);
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "__format__() argument must be str, not %s",
                         obj_type_name(args[0]));
    }
    if (str_size(args[0]) > 0) {
        return err_raise(vm, &exc_TypeError, "unsupported format string passed to %s.__format__",
                         obj_type_name(self));
    }
    return obj_str(vm, self);
}

// Adds the keys of `dict` (a dict) to the set `names`.
static int add_keys(Vm *vm, Obj *names, Obj *dict) {
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(dict, &pos, &k, &v)) {
        if (set_add(vm, names, k) < 0) {
            return -1;
        }
    }
    return 0;
}

NEWREF Obj *obj_dir(Vm *vm, Obj *o) {
    Obj *names = set_new(vm, false);
    if (names == NULL) {
        return NULL;
    }
    int rc = 0;
    bool is_type = obj_is_instance(o, &type_type);
    DictTable *attrs = is_type ? NULL : obj_attr_table(o);
    if (obj_type(o) == &module_type) {
        rc = add_keys(vm, names, module_dict(o));
    } else if (attrs != NULL) {
        size_t pos = 0;
        Obj *k, *v;
        while (rc == 0 && dicttable_next(attrs, &pos, &k, &v)) {
            rc = set_add(vm, names, k);
        }
    }
    if (rc == 0 && obj_type(o) != &module_type) {
        TypeObj *t = is_type ? (TypeObj *)o : obj_type(o);
        for (size_t i = 0; rc == 0 && t->mro != NULL && i < tuple_len(t->mro); i++) {
            TypeObj *base = (TypeObj *)tuple_get_borrow(t->mro, i);
            if (base->dict != NULL) {
                rc = add_keys(vm, names, base->dict);
            }
        }
    }
    Obj *res = rc < 0 ? NULL : list_from_iterable(vm, names);
    obj_decref(names);
    return res;
}

static Obj *object_py_dir(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__dir__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return obj_dir(vm, self);
}

// object.__subclasshook__: no opinion, so issubclass goes on as usual.
static Obj *object_py_subclasshook(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(vm);
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    return obj_newref(OBJ_NOTIMPL);
}

static const MethodDef object_methods[] = {
    {"__dir__", object_py_dir, METH_DEFAULT, "Default dir() implementation."},
    {"__subclasshook__", object_py_subclasshook, METH_CLASS,
     "Abstract classes can override this to customize issubclass()."},
    {"__init_subclass__", object_py_init_subclass, METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__sizeof__", object_py_sizeof, METH_DEFAULT, "Size of object in memory, in bytes."},
    {"__format__", object_py_format, METH_DEFAULT, "Default object formatter."},
    {"__reduce_ex__", reduce_py_reduce_ex, METH_DEFAULT, "Helper for pickle."},
    {"__reduce__", reduce_py_reduce, METH_DEFAULT, "Helper for pickle."},
    {"__getstate__", reduce_py_getstate, METH_DEFAULT, "Helper for pickle."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL, NULL, NULL},
};

TypeObj object_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "object",
    .basicsize = sizeof(Obj),
    .flags = TYPE_FLAG_BASETYPE,
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .new_ = base_object_new,
    .init = base_object_init,
    .methods = object_methods,
    .getset = object_getset,
};
