/* typenew.c: class creation (type_new_class), the end of a `class`
 * statement and of type(name, bases, ns): base checks, the instance layout,
 * the C3 method resolution order, the class dict, slot fix-up, and the
 * __set_name__ / __init_subclass__ hooks. */
#include "../memory/mem.h"
#include "bytesobj.h"
#include "dict.h"
#include "exc.h"
#include "intobj.h"
#include "list.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "typeimpl.h"
#include "weakref.h"

// The globals of the running frame (vm/vm.h), declared here because
// objects/ does not include vm/: only the link depends on the VM.
BORROWED Obj *vm_current_globals(Vm *vm);

// ---------------------------------------------------------------------------
// Layout. Each built-in type fixes a C struct; a class adds only the
// attribute table. The "solid base" of a type is the most derived type in
// its chain that changed the struct. All bases' solid bases must lie on one
// chain, and the base with the most derived one gives the layout (CPython's
// best_base): class C(list, dict) is refused, class C(ValueError, KeyError)
// is fine because both share BaseException's struct.
// ---------------------------------------------------------------------------
// Bytes of the instance variables of `t`: its size without an attribute
// table a class appended (a table does not conflict with anything).
static size_t ivars_size(TypeObj *t) {
    return t->basicsize - (type_owns_attr_table(t) ? sizeof(DictTable) : 0);
}

static TypeObj *solid_base(TypeObj *t) {
    if (t->base == NULL) {
        return t;
    }
    TypeObj *sb = solid_base(t->base);
    if (ivars_size(t) != ivars_size(t->base)) {
        return t;
    }
    return sb;
}

static TypeObj *best_base(Vm *vm, Obj *bases) {
    TypeObj *winner = NULL, *base = NULL;
    for (size_t i = 0; i < tuple_len(bases); i++) {
        TypeObj *b = (TypeObj *)tuple_get_borrow(bases, i);
        TypeObj *cand = solid_base(b);
        if (winner == NULL) {
            winner = cand;
            base = b;
        } else if (type_is_subtype(winner, cand)) {
            // the current winner already has this layout
        } else if (type_is_subtype(cand, winner)) {
            winner = cand;
            base = b;
        } else {
            err_raise(vm, &exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

// Every base must be a subclassable type, named once.
static int check_bases(Vm *vm, Obj *bases) {
    size_t n = tuple_len(bases);
    for (size_t i = 0; i < n; i++) {
        Obj *b = tuple_get_borrow(bases, i);
        if (!obj_is_instance(b, &type_type)) {
            err_raise(vm, &exc_TypeError, "bases must be types");
            return -1;
        }
        TypeObj *bt = (TypeObj *)b;
        if (!(bt->flags & TYPE_FLAG_BASETYPE)) {
            err_raise(vm, &exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return -1;
        }
        for (size_t j = 0; j < i; j++) {
            if (tuple_get_borrow(bases, j) == b) {
                err_raise(vm, &exc_TypeError, "duplicate base class %s", bt->name);
                return -1;
            }
        }
    }
    return 0;
}

// ---------------------------------------------------------------------------
// C3 linearisation. The MRO of a class is the class followed by the merge
// of its bases' MROs and the list of bases: repeatedly take the first head
// of a sequence that appears in no sequence's tail, and drop it from every
// sequence it heads. When no head qualifies the hierarchy is inconsistent
// and the error names the remaining heads, as CPython does.
// ---------------------------------------------------------------------------
typedef struct Seq {
    Obj *items; // a tuple (a base's MRO, or the bases)
    size_t pos; // first item not merged yet
} Seq;

static bool in_tail(const Seq *seqs, size_t nseqs, Obj *cand) {
    for (size_t i = 0; i < nseqs; i++) {
        size_t n = tuple_len(seqs[i].items);
        for (size_t j = seqs[i].pos + 1; j < n; j++) {
            if (tuple_get_borrow(seqs[i].items, j) == cand) {
                return true;
            }
        }
    }
    return false;
}

static void mro_error(Vm *vm, const Seq *seqs, size_t nseqs) {
    StrBuf b;
    strbuf_init(&b);
    Obj *seen[64];
    size_t nseen = 0;
    int rc = 0;
    for (size_t i = 0; i < nseqs && rc == 0; i++) {
        if (seqs[i].pos >= tuple_len(seqs[i].items)) {
            continue;
        }
        Obj *h = tuple_get_borrow(seqs[i].items, seqs[i].pos);
        bool dup = false;
        for (size_t j = 0; j < nseen; j++) {
            dup = dup || seen[j] == h;
        }
        if (dup || nseen == 64) {
            continue;
        }
        seen[nseen] = h;
        if (nseen++ > 0) {
            rc = strbuf_append_cstr(&b, ", ");
        }
        if (rc == 0) {
            rc = strbuf_append_cstr(&b, ((TypeObj *)h)->name);
        }
    }
    if (rc == 0 && strbuf_append_char(&b, '\0') == 0) {
        err_raise(vm, &exc_TypeError,
                  "Cannot create a consistent method resolution\norder (MRO) for bases %s", b.data);
    }
    strbuf_free(&b);
}

static Obj *compute_mro(Vm *vm, TypeObj *type, Obj *bases) {
    size_t nb = tuple_len(bases), nseqs = nb + 1, total = 1;
    Seq *seqs = mem_alloc(nseqs * sizeof(Seq));
    Obj **out = NULL;
    Obj *res = NULL;
    if (seqs == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < nb; i++) {
        seqs[i].items = ((TypeObj *)tuple_get_borrow(bases, i))->mro;
        seqs[i].pos = 0;
        total += tuple_len(seqs[i].items);
    }
    seqs[nb].items = bases;
    seqs[nb].pos = 0;
    out = mem_alloc(total * sizeof(Obj *));
    if (out == NULL) {
        goto done;
    }
    size_t nout = 0;
    out[nout++] = (Obj *)type;
    for (;;) {
        Obj *cand = NULL;
        bool empty = true;
        for (size_t i = 0; i < nseqs && cand == NULL; i++) {
            if (seqs[i].pos >= tuple_len(seqs[i].items)) {
                continue;
            }
            empty = false;
            Obj *h = tuple_get_borrow(seqs[i].items, seqs[i].pos);
            if (!in_tail(seqs, nseqs, h)) {
                cand = h;
            }
        }
        if (empty) {
            break;
        }
        if (cand == NULL) {
            mro_error(vm, seqs, nseqs);
            goto done;
        }
        out[nout++] = cand;
        for (size_t i = 0; i < nseqs; i++) {
            if (seqs[i].pos < tuple_len(seqs[i].items) &&
                tuple_get_borrow(seqs[i].items, seqs[i].pos) == cand) {
                seqs[i].pos++;
            }
        }
    }
    res = tuple_pack(vm, nout, out);
done:
    mem_free(out);
    mem_free(seqs);
    return res;
}

// ---------------------------------------------------------------------------
// The class dict.
// ---------------------------------------------------------------------------

// Wraps a plain function stored under `name` in staticmethod/classmethod
// (CPython makes __new__ an implicit staticmethod, __init_subclass__ and
// __class_getitem__ implicit classmethods).
static int wrap_implicit(Vm *vm, Obj *dict, const char *name, bool is_static) {
    Obj *key = type_intern(vm, name);
    if (key == NULL) {
        return -1;
    }
    Obj *f = dict_get_borrow(vm, dict, key);
    if (f == NULL || obj_type(f)->descr_get == NULL || obj_type(f) == &staticmethod_type ||
        obj_type(f) == &classmethod_type) {
        return err_occurred(vm) ? -1 : 0;
    }
    // Only Python functions are wrapped: built-ins already bind correctly.
    if (obj_type(f) == &builtin_func_type || obj_type(f) == &method_descr_type ||
        obj_type(f) == &classmethod_descr_type) {
        return 0;
    }
    Obj *w = is_static ? staticmethod_new(vm, f) : classmethod_new(vm, f);
    if (w == NULL) {
        return -1;
    }
    int rc = dict_set(vm, dict, key, w);
    obj_decref(w);
    return rc;
}

// Copies `ns` into the new type's dict and takes __qualname__, __module__
// and __doc__ from it; drops __classcell__ (read by __build_class__).
static int fill_dict(Vm *vm, TypeObj *t, Obj *name, Obj *ns) {
    t->dict = dict_copy(vm, ns);
    if (t->dict == NULL) {
        return -1;
    }
    Obj *qn = dict_get_borrow(vm, t->dict, vm->id.qualname);
    if (qn != NULL) {
        if (!str_check(qn)) {
            err_raise(vm, &exc_TypeError, "type __qualname__ must be a str, not %s",
                      obj_type_name(qn));
            return -1;
        }
        t->qualname = obj_newref(qn);
        if (dict_del(vm, t->dict, vm->id.qualname) < 0) {
            return -1;
        }
    } else {
        t->qualname = obj_newref(name);
    }
    Obj *cell = type_intern(vm, "__classcell__");
    if (cell == NULL || dict_del(vm, t->dict, cell) < 0) {
        return -1;
    }
    Obj *mod = dict_get_borrow(vm, t->dict, vm->id.module);
    if (mod == NULL) {
        // type(name, bases, ns) outside a class statement: the caller's
        // module, as CPython takes it from the calling frame's globals.
        Obj *globals = vm_current_globals(vm);
        mod = globals != NULL ? dict_get_borrow(vm, globals, vm->id.name) : NULL;
        if (mod != NULL && dict_set(vm, t->dict, vm->id.module, mod) < 0) {
            return -1;
        }
    }
    if (mod != NULL) {
        t->module = obj_newref(mod);
    }
    if (dict_get_borrow(vm, t->dict, vm->id.doc) == NULL &&
        dict_set(vm, t->dict, vm->id.doc, OBJ_NONE) < 0) {
        return -1;
    }
    // Defining __eq__ without __hash__ makes instances unhashable.
    if (dict_get_borrow(vm, t->dict, vm->id.eq) != NULL &&
        dict_get_borrow(vm, t->dict, vm->id.hash) == NULL &&
        dict_set(vm, t->dict, vm->id.hash, OBJ_NONE) < 0) {
        return -1;
    }
    if (wrap_implicit(vm, t->dict, "__new__", true) < 0 ||
        wrap_implicit(vm, t->dict, "__init_subclass__", false) < 0 ||
        wrap_implicit(vm, t->dict, "__class_getitem__", false) < 0) {
        return -1;
    }
    return err_occurred(vm) ? -1 : 0;
}

// ---------------------------------------------------------------------------
// Hooks run once the class exists.
// ---------------------------------------------------------------------------

// Replaces the pending exception of a failed __set_name__ with CPython
// 3.11's RuntimeError, the original as its __cause__.
static void set_name_error(Vm *vm, Obj *value, Obj *key, TypeObj *t) {
    Obj *cause = err_fetch(vm);
    err_raise(vm, &exc_RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'",
              obj_type_name(value), key, t->name);
    if (cause != NULL && vm->exc != NULL && obj_is_instance(vm->exc, &exc_BaseException)) {
        ExcObj *e = (ExcObj *)vm->exc;
        Obj *old = e->cause;
        e->cause = cause; // the reference fetched above
        e->suppress_context = true;
        obj_xdecref(old);
    } else {
        obj_xdecref(cause);
    }
}

// value.__set_name__(type, key) for every attribute that defines it. The
// dict is walked over a copy: a hook may change the class.
static int call_set_names(Vm *vm, TypeObj *t) {
    Obj *snap = dict_copy(vm, t->dict);
    if (snap == NULL) {
        return -1;
    }
    Obj *hook_name = type_intern(vm, "__set_name__");
    size_t pos = 0;
    Obj *k, *v;
    int rc = hook_name != NULL ? 0 : -1;
    while (rc == 0 && dict_next(snap, &pos, &k, &v)) {
        if (type_lookup(vm, obj_type(v), hook_name) == NULL) {
            rc = err_occurred(vm) ? -1 : 0;
            continue;
        }
        Obj *args[2] = {(Obj *)t, k};
        Obj *res = obj_call_method(vm, v, "__set_name__", args, 2);
        if (res == NULL) {
            set_name_error(vm, v, k, t);
            rc = -1;
        }
        obj_xdecref(res);
    }
    obj_decref(snap);
    return rc;
}

// super(type, type).__init_subclass__(**kwargs): the first definition
// after the new class in its MRO, bound to the new class.
static int call_init_subclass(Vm *vm, TypeObj *t, Obj *const *kwvalues, Obj *kwnames) {
    Obj *name = type_intern(vm, "__init_subclass__");
    if (name == NULL) {
        return -1;
    }
    Obj *mro = t->mro;
    for (size_t i = 1; i < tuple_len(mro); i++) {
        TypeObj *b = (TypeObj *)tuple_get_borrow(mro, i);
        Obj *f = b->dict != NULL ? dict_get_borrow(vm, b->dict, name) : NULL;
        if (f == NULL) {
            if (err_occurred(vm)) {
                return -1;
            }
            continue;
        }
        obj_incref(f);
        Obj *bound = f;
        if (obj_type(f)->descr_get != NULL) {
            bound = obj_type(f)->descr_get(vm, f, NULL, (Obj *)t);
            obj_decref(f);
            if (bound == NULL) {
                return -1;
            }
        }
        Obj *res = obj_call(vm, bound, kwvalues, 0, kwnames);
        obj_decref(bound);
        if (res == NULL) {
            return -1;
        }
        obj_decref(res);
        return 0;
    }
    return 0;
}

// ---------------------------------------------------------------------------
// type_new_class.
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// __slots__. A class that names its attributes in __slots__ stores their
// values in the instance, one pointer each past its base's layout, served
// by member descriptors in the class dict; its instances get no attribute
// table unless "__dict__" is among the names (or a base has one).
// ---------------------------------------------------------------------------
static bool is_identifier(Obj *s) {
    const unsigned char *p = (const unsigned char *)str_cstr(s);
    size_t n = str_size(s);
    if (n == 0 || (p[0] >= '0' && p[0] <= '9')) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (!(c == '_' || c >= 0x80 || (c >= '0' && c <= '9') ||
              ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) {
            return false;
        }
    }
    return true;
}

// `name` as the compiler spells it inside class `cls`: __x becomes _cls__x
// (leading underscores of the class name dropped), dunder names stay.
static Obj *mangle(Vm *vm, Obj *cls, Obj *name) {
    const char *n = str_cstr(name), *c = str_cstr(cls);
    size_t len = str_size(name);
    if (len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_')) {
        return obj_newref(name);
    }
    while (*c == '_') {
        c++;
    }
    if (*c == '\0') {
        return obj_newref(name);
    }
    return str_from_fmt(vm, "_%s%s", c, n);
}

// The names of `slots` (a str, or an iterable of str) as a list.
static Obj *slot_names(Vm *vm, Obj *slots) {
    Obj *src = str_check(slots) ? tuple_pack1(vm, slots) : obj_newref(slots);
    Obj *list = src != NULL ? list_from_iterable(vm, src) : NULL;
    obj_xdecref(src);
    for (size_t i = 0; list != NULL && i < list_len(list); i++) {
        Obj *item = list_get_borrow(list, i);
        if (!str_check(item)) {
            err_raise(vm, &exc_TypeError, "__slots__ items must be strings, not '%s'",
                      obj_type_name(item));
        } else if (!is_identifier(item)) {
            err_raise(vm, &exc_TypeError, "__slots__ must be identifiers");
        } else {
            continue;
        }
        obj_decref(list);
        return NULL;
    }
    return list;
}

// The mangled forms of the slot names of `names` (__dict__ and __weakref__
// left out) as a new list, after checking that none is also a class
// variable.
static Obj *member_keys(Vm *vm, TypeObj *t, Obj *names) {
    Obj *keys = list_new(vm, 0);
    if (keys == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < list_len(names); i++) {
        Obj *name = list_get_borrow(names, i);
        if (str_equal_cstr(name, "__dict__") || str_equal_cstr(name, "__weakref__")) {
            continue;
        }
        Obj *key = mangle(vm, t->name_obj, name);
        if (key == NULL) {
            goto fail;
        }
        if (dict_get_borrow(vm, t->dict, key) != NULL || err_occurred(vm)) {
            if (!err_occurred(vm)) {
                err_raise(vm, &exc_ValueError, "%R in __slots__ conflicts with class variable",
                          name);
            }
            obj_decref(key);
            goto fail;
        }
        if (list_append_steal(vm, keys, key) < 0) {
            goto fail;
        }
    }
    return keys;
fail:
    obj_decref(keys);
    return NULL;
}

// Adds a member descriptor to `t`'s dict for each slot name of `names`,
// at consecutive offsets from *off (advanced). A repeated name takes two
// places, the later one served, as in CPython.
static int add_members(Vm *vm, TypeObj *t, Obj *names, size_t *off) {
    Obj *keys = member_keys(vm, t, names);
    int rc = keys != NULL ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < list_len(keys); i++) {
        Obj *key = list_get_borrow(keys, i);
        Obj *d = member_descr_new(vm, t, key, *off);
        rc = d != NULL ? dict_set(vm, t->dict, key, d) : -1;
        obj_xdecref(d);
        *off += sizeof(Obj *);
    }
    obj_xdecref(keys);
    return rc;
}

// Counts the value slots of `names`, and whether __dict__ is asked for
// (refused when a base already gives instances a table).
static int count_slots(Vm *vm, TypeObj *base, Obj *names, size_t *nslots, bool *add_dict) {
    for (size_t i = 0; i < list_len(names); i++) {
        Obj *name = list_get_borrow(names, i);
        if (str_equal_cstr(name, "__dict__")) {
            if (base->dictoffset != 0 || *add_dict) {
                err_raise(vm, &exc_TypeError, "__dict__ slot disallowed: we already got one");
                return -1;
            }
            *add_dict = true;
        } else if (!str_equal_cstr(name, "__weakref__")) {
            (*nslots)++;
        }
    }
    // CPython's int, tuple and bytes keep their digits, items or octets
    // inline and take no slot values (str takes them: its subclasses store
    // text apart there).
    if (*nslots > 0 && ((base->flags & (TYPE_FLAG_INT_SUBCLASS | TYPE_FLAG_TUPLE_SUBCLASS)) ||
                        type_is_subtype(base, &bytes_type))) {
        err_raise(vm, &exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                  base->name);
        return -1;
    }
    return 0;
}

// Size and attribute-table position of the instances of `t`, whose layout
// base is `base`, and the member descriptors of its __slots__. Without
// __slots__ the instances get an attribute table when the base has none.
// The `__dict__` attribute of a class whose instances gained an attribute
// table that no base describes (CPython's subtype_dict): put in the
// class's own dict, before __weakref__ and __doc__, as CPython orders them.
static const GetSetDef dict_attr_def = {"__dict__", obj_dict_get, obj_dict_set};

static int add_dict_attr(Vm *vm, TypeObj *t) {
    if (t->dictoffset == 0) {
        return 0;
    }
    Obj *key = str_intern_cstr(vm, "__dict__");
    if (key == NULL) {
        return -1;
    }
    if (type_lookup(vm, t->base, key) != NULL || dict_get_borrow(vm, t->dict, key) != NULL) {
        return 0;
    }
    if (err_occurred(vm)) {
        return -1;
    }
    Obj *d = getset_descr_new(vm, t, &dict_attr_def);
    int rc = d != NULL ? dict_set(vm, t->dict, key, d) : -1;
    obj_xdecref(d);
    return rc;
}

// 0 or -1.
static int set_layout(Vm *vm, TypeObj *t, TypeObj *base) {
    Obj *key = type_intern(vm, "__slots__");
    Obj *slots = key != NULL ? dict_get_borrow(vm, t->dict, key) : NULL;
    size_t nslots = 0;
    bool add_dict = slots == NULL;
    t->dictoffset = base->dictoffset;
    t->basicsize = base->basicsize;
    if (slots != NULL) {
        Obj *names = slot_names(vm, slots);
        int rc = names != NULL ? count_slots(vm, base, names, &nslots, &add_dict) : -1;
        size_t off = type_layout_align(base->basicsize);
        if (rc == 0 && nslots > 0) {
            rc = add_members(vm, t, names, &off);
            t->basicsize = off;
        }
        obj_xdecref(names);
        if (rc < 0) {
            return -1;
        }
    } else if (err_occurred(vm)) {
        return -1;
    }
    if (add_dict && base->dictoffset == 0) {
        t->dictoffset = type_layout_align(t->basicsize);
        t->basicsize = t->dictoffset + sizeof(DictTable);
    }
    return 0;
}

NEWREF Obj *type_new_class(Vm *vm, TypeObj *meta, Obj *name, Obj *bases, Obj *ns) {
    return type_new_class_kw(vm, meta, name, bases, ns, NULL, NULL);
}

NEWREF Obj *type_new_class_kw(Vm *vm, TypeObj *meta, Obj *name, Obj *bases, Obj *ns,
                              Obj *const *kwvalues, Obj *kwnames) {
    Obj *own_bases = NULL;
    TypeObj *t = NULL;
    if (tuple_len(bases) == 0) {
        own_bases = tuple_pack1(vm, (Obj *)&object_type);
    } else {
        own_bases = obj_newref(bases);
    }
    if (own_bases == NULL || check_bases(vm, own_bases) < 0) {
        goto fail;
    }
    TypeObj *base = best_base(vm, own_bases);
    if (base == NULL) {
        goto fail;
    }
    t = (TypeObj *)type_alloc(vm, meta);
    if (t == NULL) {
        goto fail;
    }
    t->flags = TYPE_FLAG_HEAPTYPE | TYPE_FLAG_GC | TYPE_FLAG_BASETYPE;
    if (typeslots_register(t) < 0) {
        goto fail;
    }
    t->name_obj = obj_newref(name);
    t->name = str_cstr(name);
    t->bases = own_bases;
    own_bases = NULL;
    t->base = (TypeObj *)obj_newref((Obj *)base);
    t->mro = compute_mro(vm, t, t->bases);
    if (t->mro == NULL || fill_dict(vm, t, name, ns) < 0 || set_layout(vm, t, base) < 0 ||
        add_dict_attr(vm, t) < 0 || weakref_add_class_attr(vm, t) < 0) {
        goto fail;
    }
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    t->new_ = base->new_;
    type_inherit_slots(t, base);
    typeslots_fixup(vm, t);
    t->flags |= TYPE_FLAG_READY;
    type_allow_inline_attrs(t);
    t->version++;
    type_cache_invalidate();
    if (call_set_names(vm, t) < 0 || call_init_subclass(vm, t, kwvalues, kwnames) < 0) {
        goto fail;
    }
    return (Obj *)t;
fail:
    obj_xdecref(own_bases);
    obj_xdecref((Obj *)t);
    return NULL;
}
