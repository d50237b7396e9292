/* type.c: `type`, the type of types. Readying the static built-in types
 * (their dicts, MROs and inherited slots), calling a type to make an
 * instance, the attribute protocol of types, and the life cycle of heap
 * types. Class creation itself (type_new_class) is in typenew.c. */
#include <string.h>

#include "../memory/gc.h"
#include "dict.h"
#include "exc.h"
#include "intobj.h"
#include "list.h"
#include "module.h"
#include "set.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "typeimpl.h"
#include "unionobj.h"

// ---------------------------------------------------------------------------
// Small helpers shared by the type system.
// ---------------------------------------------------------------------------
BORROWED Obj *type_intern(Vm *vm, const char *s) {
    return str_intern_cstr(vm, s);
}

const char *type_module_cstr(TypeObj *type) {
    if (type->module != NULL && str_check(type->module)) {
        return str_cstr(type->module);
    }
    return "builtins";
}

const char *type_qualname_cstr(TypeObj *type) {
    if (type->qualname != NULL && str_check(type->qualname)) {
        return str_cstr(type->qualname);
    }
    return type->name;
}

// ---------------------------------------------------------------------------
// Lookup along the MRO.
// ---------------------------------------------------------------------------
// ---------------------------------------------------------------------------
// The attribute cache. Every attribute access, method call and dunder
// dispatch starts with an MRO walk, one dict lookup per class; a direct-
// mapped cache of (type, name) -> value (CPython's type attribute cache)
// turns that into one probe. Entries are validated, never explicitly
// evicted:
//   - a global epoch, bumped whenever a type's dict or MRO is changed or
//     freed by this module (setattr on a class, readying, clearing and
//     freeing types), so no entry outlives what it points into;
//   - every class dict on the MRO of a cached type is watched (dict.c):
//     any mutation of one, also by C code storing into it directly, bumps
//     the epoch too.
// Only interned names are cached: they live for the whole run, so the
// pointer comparison cannot be fooled by a recycled address. Values are
// borrowed from the owner dict, as type_lookup's result always was. An
// entry is 32 bytes, so that the 4096 of them stay in the L2 cache. The
// probe is inline (type.h): a hit costs about ten instructions, which
// matters at call sites that see many classes.
// ---------------------------------------------------------------------------
MCacheEntry type_mcache[TYPE_MCACHE_SIZE];
uint64_t type_cache_epoch = 1;

void type_cache_invalidate(void) {
    type_cache_epoch++;
}

// The uncached walk: the value and the dict it was found in.
static Obj *lookup_walk(Vm *vm, TypeObj *type, Obj *name, Obj **owner) {
    Obj *mro = type->mro;
    if (mro == NULL) {
        // Not readied yet (or cleared by the collector): the base chain.
        for (TypeObj *t = type; t != NULL; t = t->base) {
            if (t->dict != NULL) {
                Obj *v = dict_get_borrow(vm, t->dict, name);
                if (v != NULL || err_occurred(vm)) {
                    *owner = t->dict;
                    return v;
                }
            }
        }
        return NULL;
    }
    size_t n = tuple_len(mro);
    for (size_t i = 0; i < n; i++) {
        Obj *d = ((TypeObj *)tuple_get_borrow(mro, i))->dict;
        if (d == NULL) {
            continue;
        }
        Obj *v = dict_get_borrow(vm, d, name);
        if (v != NULL || err_occurred(vm)) {
            *owner = d;
            return v;
        }
    }
    return NULL;
}

// Watches every class dict on `type`'s MRO, so that a direct mutation of
// any of them (which could shadow or reveal a name) invalidates the cache.
static void watch_mro(TypeObj *type) {
    Obj *mro = type->mro;
    size_t n = tuple_len(mro);
    for (size_t i = 0; i < n; i++) {
        Obj *d = ((TypeObj *)tuple_get_borrow(mro, i))->dict;
        if (d != NULL && dict_check(d)) {
            dicttable_watch(&((DictObj *)d)->t);
        }
    }
}

BORROWED Obj *type_lookup_slow(Vm *vm, TypeObj *type, Obj *name) {
    MCacheEntry *e = NULL;
    if (!OBJ_IS_SMALLINT(name) && name->type == &str_type && ((StrObj *)name)->is_interned &&
        type->mro != NULL) {
        e = type_mcache_slot(type, name);
    }
    Obj *owner = NULL;
    Obj *v = lookup_walk(vm, type, name, &owner);
    if (e != NULL && (v != NULL ? dict_check(owner) : !err_occurred(vm))) {
        watch_mro(type);
        e->type = type;
        e->name = name;
        e->epoch = type_cache_epoch;
        e->value = v;
    }
    return v;
}

BORROWED Obj *type_lookup_special(Vm *vm, Obj *self, Obj *name) {
    return type_lookup(vm, obj_type(self), name);
}

// ---------------------------------------------------------------------------
// type_ready: completing a static type.
// ---------------------------------------------------------------------------

// Every slot not set by `t` is taken from `b` (CPython's inherit_slots).
// richcompare and hash go together: a type that defines one of them and
// not the other does not inherit the other, so a type defining comparison
// without hashing (list) stays unhashable.
void type_inherit_slots(TypeObj *t, TypeObj *b) {
#define COPY(f)                                                                                    \
    if (t->f == NULL) {                                                                            \
        t->f = b->f;                                                                               \
    }
    COPY(dealloc);
    COPY(repr);
    COPY(str);
    if (t->richcompare == NULL && t->hash == NULL) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    }
    COPY(getattr);
    COPY(setattr);
    COPY(call);
    COPY(iter);
    COPY(iternext);
    COPY(descr_get);
    COPY(descr_set);
    for (int i = 0; i < BINOP_COUNT; i++) {
        COPY(binop[i]);
        COPY(inplace[i]);
    }
    COPY(ternary_pow);
    COPY(neg);
    COPY(pos);
    COPY(invert);
    COPY(absolute);
    COPY(is_true);
    COPY(as_int);
    COPY(as_float);
    COPY(len);
    COPY(getitem);
    COPY(setitem);
    COPY(contains);
    COPY(init);
    COPY(sizeof_);
    COPY(getbuffer);
    COPY(releasebuffer);
    if (t->finalize == NULL && b->finalize != NULL) {
        t->finalize = b->finalize;
        t->flags |= b->flags & TYPE_FLAG_HAS_FINALIZE;
    }
    // The GC flag comes with traverse/clear when the type sets neither.
    if ((b->flags & TYPE_FLAG_GC) && !(t->flags & TYPE_FLAG_GC) && t->traverse == NULL &&
        t->clear == NULL) {
        t->flags |= TYPE_FLAG_GC;
        t->traverse = b->traverse;
        t->clear = b->clear;
    }
    if (t->basicsize == 0) {
        t->basicsize = b->basicsize;
    }
    if (t->dictoffset == 0) {
        t->dictoffset = b->dictoffset;
    }
    t->flags |=
        b->flags & (TYPE_FLAG_INT_SUBCLASS | TYPE_FLAG_STR_SUBCLASS | TYPE_FLAG_LIST_SUBCLASS |
                    TYPE_FLAG_TUPLE_SUBCLASS | TYPE_FLAG_DICT_SUBCLASS | TYPE_FLAG_EXC_SUBCLASS |
                    TYPE_FLAG_TYPE_SUBCLASS);
#undef COPY
}

// __name__ and __module__ of a static type: "mod.Name" names its module.
static int ready_names(Vm *vm, TypeObj *t) {
    const char *dot = strrchr(t->name, '.');
    Obj *name = str_from_cstr(vm, dot != NULL ? dot + 1 : t->name);
    Obj *mod = dot != NULL ? str_from_utf8(vm, t->name, (size_t)(dot - t->name))
                           : obj_newref(str_intern_cstr(vm, "builtins"));
    if (name == NULL || mod == NULL) {
        obj_xdecref(name);
        obj_xdecref(mod);
        return -1;
    }
    t->name_obj = name;
    t->qualname = obj_newref(name);
    t->module = mod;
    return 0;
}

// The type's dict: methods, getset descriptors, slot wrappers, __doc__.
static int ready_dict(Vm *vm, TypeObj *t) {
    if (t->dict == NULL) {
        t->dict = dict_new(vm);
        if (t->dict == NULL) {
            return -1;
        }
    }
    for (const MethodDef *m = t->methods; m != NULL && m->name != NULL; m++) {
        Obj *d;
        if (m->flags & METH_STATIC) {
            Obj *f = builtin_func_new(vm, m, NULL);
            d = f != NULL ? staticmethod_new(vm, f) : NULL;
            obj_xdecref(f);
        } else {
            d = method_descr_new(vm, t, m);
        }
        if (d == NULL) {
            return -1;
        }
        int rc = dict_set_cstr(vm, t->dict, m->name, d);
        obj_decref(d);
        if (rc < 0) {
            return -1;
        }
    }
    for (const GetSetDef *g = t->getset; g != NULL && g->name != NULL; g++) {
        Obj *d = getset_descr_new(vm, t, g);
        if (d == NULL) {
            return -1;
        }
        int rc = dict_set_cstr(vm, t->dict, g->name, d);
        obj_decref(d);
        if (rc < 0) {
            return -1;
        }
    }
    if (slotwrap_add_all(vm, t) < 0) {
        return -1;
    }
    // vm->id may not exist yet: the runtime readies types before it.
    Obj *doc = type_intern(vm, "__doc__");
    if (doc == NULL) {
        return -1;
    }
    if (dict_get_borrow(vm, t->dict, doc) == NULL && dict_set(vm, t->dict, doc, OBJ_NONE) < 0) {
        return -1;
    }
    return 0;
}

int type_ready(Vm *vm, TypeObj *t) {
    if (t->flags & TYPE_FLAG_READY) {
        return 0;
    }
    if (t->head.type == NULL) {
        t->head.type = &type_type;
        t->head.refcnt = OBJ_IMMORTAL_REFCNT;
    }
    if (t->base == NULL && t != &object_type) {
        t->base = &object_type;
    }
    TypeObj *b = t->base;
    if (b != NULL && type_ready(vm, b) < 0) {
        return -1;
    }
    if (t->name_obj == NULL && ready_names(vm, t) < 0) {
        return -1;
    }
    // Bases and MRO: static types have single inheritance.
    if (t->bases == NULL) {
        t->bases = b != NULL ? tuple_pack1(vm, (Obj *)b) : obj_newref(tuple_empty);
        if (t->bases == NULL) {
            return -1;
        }
    }
    if (t->mro == NULL) {
        size_t nb = b != NULL ? tuple_len(b->mro) : 0;
        Obj *mro = tuple_new(vm, nb + 1);
        if (mro == NULL) {
            return -1;
        }
        tuple_set_steal(mro, 0, obj_newref((Obj *)t));
        for (size_t i = 0; i < nb; i++) {
            tuple_set_steal(mro, i + 1, obj_newref(tuple_get_borrow(b->mro, i)));
        }
        t->mro = mro;
    }
    // The dict is built before inheritance: slot wrappers describe the slots
    // the type defines itself.
    if (ready_dict(vm, t) < 0) {
        return -1;
    }
    if (b != NULL) {
        if (t->new_ == NULL && b != &object_type) {
            // Static types deriving directly from object without a new_
            // cannot be instantiated from Python; others inherit it.
            t->new_ = b->new_;
        }
        type_inherit_slots(t, b);
    }
    Obj *hash_name = type_intern(vm, "__hash__");
    if (hash_name == NULL) {
        return -1;
    }
    if (t->hash == NULL && dict_get_borrow(vm, t->dict, hash_name) == NULL) {
        if (dict_set(vm, t->dict, hash_name, OBJ_NONE) < 0) {
            return -1;
        }
    }
    t->flags |= TYPE_FLAG_READY;
    t->version++;
    type_cache_invalidate();
    if (t == &object_type) {
        return type_init_types(vm);
    }
    return 0;
}

int type_init_types(Vm *vm) {
    TypeObj *types[] = {&type_type,         &wrapper_descr_type, &getset_descr_type,
                        &method_descr_type, &builtin_func_type,  &method_type,
                        &staticmethod_type, &classmethod_type,   &property_type,
                        &module_type,       &super_type,         &instancedict_type,
                        &mappingproxy_type, &generic_alias_type, &classmethod_descr_type,
                        &member_descr_type};
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        if (type_ready(vm, types[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

void type_clear_static(TypeObj *t) {
    if (t == &object_type) {
        typeslots_release_names();
        // Types readied by type_init_types that the runtime's own list may
        // not name: released with object (clearing twice is harmless).
        TypeObj *extra[] = {&instancedict_type, &mappingproxy_type, &generic_alias_type,
                            &classmethod_descr_type, &member_descr_type};
        for (size_t i = 0; i < sizeof(extra) / sizeof(extra[0]); i++) {
            if (extra[i]->dict != NULL) {
                dict_clear(extra[i]->dict);
            }
            type_clear_static(extra[i]);
        }
    }
    type_cache_invalidate();
    Obj *fields[6] = {t->dict, t->bases, t->mro, t->name_obj, t->qualname, t->module};
    t->dict = t->bases = t->mro = t->name_obj = t->qualname = t->module = NULL;
    t->flags &= ~TYPE_FLAG_READY;
    for (int i = 0; i < 6; i++) {
        obj_xdecref(fields[i]);
    }
}

// ---------------------------------------------------------------------------
// Calling a type: type(x), type(name, bases, ns), and instance creation.
// ---------------------------------------------------------------------------
static Obj *type_call(Vm *vm, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames) {
    TypeObj *type = (TypeObj *)callable;
    bool has_kw = kwnames != NULL && tuple_len(kwnames) > 0;
    if (type == &type_type && nargs == 1 && !has_kw) {
        return obj_newref((Obj *)obj_type(args[0]));
    }
    if (type->new_ == NULL) {
        return err_raise(vm, &exc_TypeError, "cannot create '%s' instances", type->name);
    }
    Obj *obj;
    if (type->new_ == base_object_new && type->init != base_object_init) {
        // Instances of most classes: object.__new__ with __init__
        // overridden accepts any arguments, and allocates an instance of
        // `type` itself, which __init__ then receives.
        obj = type_alloc(vm, type);
        if (obj == NULL) {
            return NULL;
        }
    } else {
        obj = type->new_(vm, type, args, nargs, kwnames);
        if (obj == NULL) {
            return NULL;
        }
        // __init__ runs only when __new__ returned an instance of the type.
        if (!obj_is_instance(obj, type)) {
            return obj;
        }
    }
    TypeObj *t = obj_type(obj);
    if (t->init != NULL && t->init(vm, obj, args, nargs, kwnames) < 0) {
        obj_decref(obj);
        return NULL;
    }
    return obj;
}

TypeObj *type_calculate_meta(Vm *vm, TypeObj *meta, Obj *bases) {
    TypeObj *winner = meta;
    for (size_t i = 0; i < tuple_len(bases); i++) {
        TypeObj *t = obj_type(tuple_get_borrow(bases, i));
        if (type_is_subtype(winner, t)) {
            continue;
        }
        if (type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        err_raise(vm, &exc_TypeError,
                  "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                  "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

// type.__new__(meta, name, bases, ns).
// Keywords go to __init_subclass__ (class C(B, flag=1) with a metaclass).
static Obj *type_new(Vm *vm, TypeObj *meta, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs != 3) {
        return err_raise(vm, &exc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                         obj_type_name(args[0]));
    }
    if (!tuple_check(args[1])) {
        return err_raise(vm, &exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                         obj_type_name(args[1]));
    }
    if (!dict_check(args[2])) {
        return err_raise(vm, &exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                         obj_type_name(args[2]));
    }
    // The most derived metaclass builds the class (CPython's rule), so
    // type('X', (Base,), {}) with a Base of a custom metaclass gets it.
    TypeObj *winner = type_calculate_meta(vm, meta, args[1]);
    if (winner == NULL) {
        return NULL;
    }
    if (winner != meta && winner->new_ != type_new) {
        return winner->new_(vm, winner, args, nargs, kwnames);
    }
    bool has_kw = kwnames != NULL && tuple_len(kwnames) > 0;
    return type_new_class_kw(vm, winner, args[0], args[1], args[2], has_kw ? args + 3 : NULL,
                             has_kw ? kwnames : NULL);
}

static int type_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    OURO_UNUSED(kwnames);
    if (nargs != 1 && nargs != 3) {
        err_raise(vm, &exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

// C[item]: the class's __class_getitem__ (an implicit classmethod).
static Obj *type_getitem(Vm *vm, Obj *self, Obj *key) {
    Obj *name = type_intern(vm, "__class_getitem__");
    Obj *f = name != NULL ? type_lookup(vm, (TypeObj *)self, name) : NULL;
    if (f == NULL) {
        if (err_occurred(vm)) {
            return NULL;
        }
        TypeObj *t = (TypeObj *)self;
        if (t == &list_type || t == &dict_type || t == &tuple_type || t == &set_type ||
            t == &frozenset_type || t == &type_type) {
            return generic_alias_new(vm, self, key);
        }
        return err_raise(vm, &exc_TypeError, "type '%s' is not subscriptable", t->name);
    }
    obj_incref(f);
    Obj *bound =
        obj_type(f)->descr_get != NULL ? obj_type(f)->descr_get(vm, f, NULL, self) : obj_newref(f);
    obj_decref(f);
    if (bound == NULL) {
        return NULL;
    }
    Obj *res = obj_call1(vm, bound, key);
    obj_decref(bound);
    return res;
}

// Classes are not iterable (the getitem slot above must not make them so
// through the old sequence protocol).
static Obj *type_iter(Vm *vm, Obj *self) {
    OURO_UNUSED(self);
    return err_raise(vm, &exc_TypeError, "'type' object is not iterable");
}

static int type_contains(Vm *vm, Obj *self, Obj *item) {
    OURO_UNUSED(self);
    OURO_UNUSED(item);
    err_raise(vm, &exc_TypeError, "argument of type 'type' is not iterable");
    return -1;
}

// ---------------------------------------------------------------------------
// Attributes of types.
// ---------------------------------------------------------------------------
NEWREF Obj *type_getattro(Vm *vm, Obj *self, Obj *name) {
    TypeObj *type = (TypeObj *)self;
    TypeObj *meta = obj_type(self);
    Obj *meta_attr = type_lookup(vm, meta, name);
    Obj *res = NULL;
    if (meta_attr != NULL) {
        TypeObj *mt = obj_type(meta_attr);
        if (mt->descr_get != NULL && mt->descr_set != NULL) {
            obj_incref(meta_attr);
            res = mt->descr_get(vm, meta_attr, self, (Obj *)meta);
            obj_decref(meta_attr);
            return res;
        }
    }
    Obj *attr = type_lookup(vm, type, name);
    if (attr != NULL) {
        TypeObj *at = obj_type(attr);
        obj_incref(attr); // the descriptor call may replace the class attribute
        if (at->descr_get != NULL) {
            res = at->descr_get(vm, attr, NULL, self);
            obj_decref(attr);
            return res;
        }
        return attr;
    }
    if (meta_attr != NULL) {
        TypeObj *mt = obj_type(meta_attr);
        obj_incref(meta_attr);
        if (mt->descr_get != NULL) {
            res = mt->descr_get(vm, meta_attr, self, (Obj *)meta);
            obj_decref(meta_attr);
            return res;
        }
        return meta_attr;
    }
    if (err_occurred(vm)) {
        return NULL;
    }
    return err_raise(vm, &exc_AttributeError, "type object '%s' has no attribute '%s'", type->name,
                     str_cstr(name));
}

static bool is_dunder(Obj *name) {
    size_t n = str_size(name);
    const char *s = str_cstr(name);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

static int type_setattro(Vm *vm, Obj *self, Obj *name, Obj *value) {
    TypeObj *type = (TypeObj *)self;
    if (!(type->flags & TYPE_FLAG_HEAPTYPE)) {
        err_raise(vm, &exc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                  str_cstr(name), type->name);
        return -1;
    }
    Obj *meta_attr = type_lookup(vm, obj_type(self), name);
    if (meta_attr != NULL && obj_type(meta_attr)->descr_set != NULL) {
        obj_incref(meta_attr);
        int rc = obj_type(meta_attr)->descr_set(vm, meta_attr, self, value);
        obj_decref(meta_attr);
        return rc;
    }
    if (value != NULL) {
        if (dict_set(vm, type->dict, name, value) < 0) {
            return -1;
        }
        // A metaclass's own __module__ (a plain str in its dict) hides the
        // __module__ descriptor of type, so the write lands here: the repr
        // reads the cached copy, which must follow.
        if (str_equal(name, vm->id.module)) {
            obj_replace(&type->module, value);
        }
    } else {
        int rc = dict_del(vm, type->dict, name);
        if (rc < 0) {
            return -1;
        }
        if (rc == 1) {
            err_raise(vm, &exc_AttributeError, "type object '%s' has no attribute '%s'", type->name,
                      str_cstr(name));
            return -1;
        }
    }
    type->version++;
    type_cache_invalidate();
    if (is_dunder(name)) {
        typeslots_fixup(vm, type);
        typeslots_fixup_subclasses(vm, type);
    }
    return 0;
}

// ---------------------------------------------------------------------------
// repr and the getset attributes of types.
// ---------------------------------------------------------------------------
static Obj *type_repr(Vm *vm, Obj *self) {
    TypeObj *t = (TypeObj *)self;
    const char *mod = type_module_cstr(t);
    if (strcmp(mod, "builtins") != 0) {
        return str_from_fmt(vm, "<class '%s.%s'>", mod, type_qualname_cstr(t));
    }
    return str_from_fmt(vm, "<class '%s'>", type_qualname_cstr(t));
}

static Obj *type_get_name(Vm *vm, Obj *self) {
    TypeObj *t = (TypeObj *)self;
    if (t->name_obj != NULL) {
        return obj_newref(t->name_obj);
    }
    return str_from_cstr(vm, t->name);
}

static int check_heap_set(Vm *vm, TypeObj *t, const char *attr, Obj *value) {
    if (!(t->flags & TYPE_FLAG_HEAPTYPE)) {
        err_raise(vm, &exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr,
                  t->name);
        return -1;
    }
    if (value == NULL) {
        err_raise(vm, &exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr,
                  t->name);
        return -1;
    }
    if (!str_check(value)) {
        err_raise(vm, &exc_TypeError, "can only assign string to %s.%s, not '%s'", t->name, attr,
                  obj_type_name(value));
        return -1;
    }
    return 0;
}

static int type_set_name(Vm *vm, Obj *self, Obj *value) {
    TypeObj *t = (TypeObj *)self;
    if (check_heap_set(vm, t, "__name__", value) < 0) {
        return -1;
    }
    Obj *old = t->name_obj;
    t->name_obj = obj_newref(value);
    t->name = str_cstr(value);
    obj_xdecref(old);
    return 0;
}

static Obj *type_get_qualname(Vm *vm, Obj *self) {
    TypeObj *t = (TypeObj *)self;
    if (t->qualname != NULL) {
        return obj_newref(t->qualname);
    }
    return type_get_name(vm, self);
}

static int type_set_qualname(Vm *vm, Obj *self, Obj *value) {
    TypeObj *t = (TypeObj *)self;
    if (check_heap_set(vm, t, "__qualname__", value) < 0) {
        return -1;
    }
    obj_replace(&t->qualname, value);
    return 0;
}

static Obj *type_get_module(Vm *vm, Obj *self) {
    TypeObj *t = (TypeObj *)self;
    if (t->flags & TYPE_FLAG_HEAPTYPE) {
        Obj *m = dict_get_borrow(vm, t->dict, vm->id.module);
        if (m != NULL) {
            return obj_newref(m);
        }
        if (err_occurred(vm)) {
            return NULL;
        }
        return err_raise(vm, &exc_AttributeError, "__module__");
    }
    if (t->module != NULL) {
        return obj_newref(t->module);
    }
    return str_from_cstr(vm, "builtins");
}

static int type_set_module(Vm *vm, Obj *self, Obj *value) {
    TypeObj *t = (TypeObj *)self;
    if (!(t->flags & TYPE_FLAG_HEAPTYPE)) {
        err_raise(vm, &exc_TypeError, "cannot set '__module__' attribute of immutable type '%s'",
                  t->name);
        return -1;
    }
    if (value == NULL) {
        err_raise(vm, &exc_TypeError, "cannot delete '__module__' attribute of immutable type '%s'",
                  t->name);
        return -1;
    }
    if (dict_set(vm, t->dict, vm->id.module, value) < 0) {
        return -1;
    }
    obj_replace(&t->module, value);
    t->version++;
    type_cache_invalidate();
    return 0;
}

static Obj *type_get_bases(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    Obj *b = ((TypeObj *)self)->bases;
    return obj_newref(b != NULL ? b : tuple_empty);
}

static Obj *type_get_base(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    TypeObj *b = ((TypeObj *)self)->base;
    return obj_newref(b != NULL ? (Obj *)b : OBJ_NONE);
}

static Obj *type_get_mro(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    Obj *m = ((TypeObj *)self)->mro;
    return obj_newref(m != NULL ? m : OBJ_NONE);
}

// A read-only view of the class dict: writes must go through setattr so
// that the slots and the version follow.
static Obj *type_get_dict(Vm *vm, Obj *self) {
    TypeObj *t = (TypeObj *)self;
    if (t->dict == NULL) {
        Obj *empty = dict_new(vm);
        Obj *res = empty != NULL ? mappingproxy_new(vm, empty) : NULL;
        obj_xdecref(empty);
        return res;
    }
    return mappingproxy_new(vm, t->dict);
}

static Obj *type_get_doc(Vm *vm, Obj *self) {
    TypeObj *t = (TypeObj *)self;
    Obj *d = t->dict != NULL ? dict_get_borrow(vm, t->dict, vm->id.doc) : NULL;
    if (d == NULL) {
        return err_occurred(vm) ? NULL : obj_newref(OBJ_NONE);
    }
    TypeObj *dt = obj_type(d);
    if (dt->descr_get != NULL) {
        return dt->descr_get(vm, d, NULL, self);
    }
    return obj_newref(d);
}

static int type_set_doc(Vm *vm, Obj *self, Obj *value) {
    TypeObj *t = (TypeObj *)self;
    if (!(t->flags & TYPE_FLAG_HEAPTYPE)) {
        err_raise(vm, &exc_TypeError, "cannot set '__doc__' attribute of immutable type '%s'",
                  t->name);
        return -1;
    }
    int rc = value != NULL ? dict_set(vm, t->dict, vm->id.doc, value)
                           : dict_del(vm, t->dict, vm->id.doc);
    t->version++;
    type_cache_invalidate();
    return rc < 0 ? -1 : 0;
}

static const GetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__doc__", type_get_doc, type_set_doc},
    {NULL, NULL, NULL},
};

// type.mro(): the MRO as a list.
static Obj *type_py_mro(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (nargs > 0 || (kwnames != NULL && tuple_len(kwnames) > 0)) {
        return err_raise(vm, &exc_TypeError, "mro() takes no arguments (%zu given)", nargs);
    }
    Obj *mro = ((TypeObj *)self)->mro;
    Obj *l = list_new(vm, 0);
    if (l == NULL || mro == NULL) {
        return l;
    }
    for (size_t i = 0; i < tuple_len(mro); i++) {
        if (list_append(vm, l, tuple_get_borrow(mro, i)) < 0) {
            obj_decref(l);
            return NULL;
        }
    }
    return l;
}

// type.__prepare__(name, bases, **kw): the namespace of a class body.
static Obj *type_py_prepare(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    return dict_new(vm);
}

static Obj *type_py_instancecheck(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs != 1 || kwnames != NULL) {
        return err_raise(vm, &exc_TypeError,
                         "__instancecheck__() takes exactly one argument (%zu given)", nargs);
    }
    return obj_newref(obj_bool(obj_is_instance(args[0], (TypeObj *)self)));
}

static Obj *type_py_subclasscheck(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs != 1 || kwnames != NULL) {
        return err_raise(vm, &exc_TypeError,
                         "__subclasscheck__() takes exactly one argument (%zu given)", nargs);
    }
    if (!obj_is_instance(args[0], &type_type)) {
        return err_raise(vm, &exc_TypeError, "issubclass() arg 1 must be a class");
    }
    return obj_newref(obj_bool(type_is_subtype((TypeObj *)args[0], (TypeObj *)self)));
}

static Obj *type_py_subclasses(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (nargs > 0 || (kwnames != NULL && tuple_len(kwnames) > 0)) {
        return err_raise(vm, &exc_TypeError, "__subclasses__() takes no arguments (%zu given)",
                         nargs);
    }
    return typeslots_subclasses(vm, (TypeObj *)self);
}

static const MethodDef type_methods[] = {
    {"__subclasses__", type_py_subclasses, METH_DEFAULT, "Return a list of immediate subclasses."},
    {"mro", type_py_mro, METH_DEFAULT, "Return a type's method resolution order."},
    {"__prepare__", type_py_prepare, METH_CLASS, "Create the namespace for the class statement"},
    {"__instancecheck__", type_py_instancecheck, METH_DEFAULT,
     "Check if an object is an instance."},
    {"__subclasscheck__", type_py_subclasscheck, METH_DEFAULT, "Check if a class is a subclass."},
    {NULL, NULL, 0, NULL},
};

// ---------------------------------------------------------------------------
// Life cycle of heap types. Static types are immortal and never reach here.
// A heap type owns its dict, bases, MRO (which contains the type itself:
// every class is in a cycle, found by the collector), names, a reference to
// and its layout base.
// ---------------------------------------------------------------------------
static int type_traverse(Obj *self, GcVisitFn visit, void *arg) {
    TypeObj *t = (TypeObj *)self;
    if (!(t->flags & TYPE_FLAG_HEAPTYPE)) {
        return 0;
    }
    Obj *refs[7] = {t->dict, t->bases, t->mro, t->name_obj, t->qualname, t->module, (Obj *)t->base};
    for (int i = 0; i < 7; i++) {
        if (refs[i] != NULL) {
            int rc = visit(refs[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    return 0; // a heap metatype is visited by subtype_traverse
}

// Drops the dict and the MRO, which is where cycles go through. The base,
// bases and names stay until dealloc: instances being freed in the same
// collection still need their class's layout chain and name.
static void type_clear(Obj *self) {
    TypeObj *t = (TypeObj *)self;
    if (!(t->flags & TYPE_FLAG_HEAPTYPE)) {
        return;
    }
    Obj *dict = t->dict, *mro = t->mro;
    t->dict = NULL;
    t->mro = NULL;
    t->version++;
    type_cache_invalidate();
    obj_xdecref(dict);
    obj_xdecref(mro);
}

// The metatype reference of a class whose metatype is a heap type is
// released by subtype_dealloc, which chains to this function.
static void type_dealloc(Obj *self) {
    TypeObj *t = (TypeObj *)self;
    gc_untrack(self);
    type_cache_invalidate();
    typeslots_unregister(t);
    Obj *refs[8] = {t->dict,     t->bases,  t->mro,         t->name_obj,
                    t->qualname, t->module, (Obj *)t->base, t->weaklist};
    t->dict = t->bases = t->mro = t->name_obj = t->qualname = t->module = t->weaklist = NULL;
    t->base = NULL;
    obj_free(self);
    for (int i = 0; i < 8; i++) {
        obj_xdecref(refs[i]);
    }
}

// Types hash and compare by identity (object's slots, inherited).
TypeObj type_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "type",
    .basicsize = sizeof(TypeObj),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE | TYPE_FLAG_TYPE_SUBCLASS,
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
    .repr = type_repr,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .call = type_call,
    .iter = type_iter,
    .getitem = type_getitem,
    .contains = type_contains,
    .binop = {[BINOP_OR] = union_or}, // int | None (PEP 604)
    .new_ = type_new,
    .init = type_init,
    .methods = type_methods,
    .getset = type_getset,
};
