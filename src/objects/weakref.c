/* weakref.c: weak references. A side table maps each referent's address to
 * the doubly linked list of the weak references to it, so objects need no
 * field of their own; the referent's GcHead has a bit (GC_PREV_WEAKREFS)
 * that says the table holds a list for it. The deallocation path and the
 * cycle collector call in here to clear the references and run callbacks.
 * The proxy types are in weakref_proxy.c. */
#include "weakref.h"

#include <stdint.h>

#include "../memory/gc.h"
#include "../memory/mem.h"
#include "args.h"
#include "bytesobj.h"
#include "dict.h"
#include "exc.h"
#include "intobj.h"
#include "list.h"
#include "module.h"
#include "runtime.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "typeimpl.h"

// Types of the upper layers that CPython lets be weakly referenced; only
// their addresses are needed here (objects/ includes nothing from vm/).
extern TypeObj function_type;
extern TypeObj gen_type;
extern TypeObj coro_type;
extern TypeObj asyncgen_type;
extern TypeObj code_type;

// ---------------------------------------------------------------------------
// The side table: open addressing with linear probing, keyed by address.
// It only holds referents that currently have weak references, and is
// freed when the last entry goes, so a program that never uses weakrefs
// pays nothing and the leak check sees no leftovers.
// ---------------------------------------------------------------------------
typedef struct Slot {
    const Obj *key;
    WeakrefObj *head;
} Slot;

static Slot *table;
static size_t table_cap; // a power of two, or 0
static size_t table_used;

static size_t slot_of(const Obj *key) {
    uintptr_t h = (uintptr_t)key >> 4;
    h *= (uintptr_t)0x9E3779B97F4A7C15u;
    return (size_t)(h >> 17) & (table_cap - 1);
}

// The slot holding `key`, or NULL.
static Slot *table_find(const Obj *key) {
    if (table_cap == 0) {
        return NULL;
    }
    for (size_t i = slot_of(key);; i = (i + 1) & (table_cap - 1)) {
        if (table[i].key == key) {
            return &table[i];
        }
        if (table[i].key == NULL) {
            return NULL;
        }
    }
}

static void table_put(Slot *tab, size_t cap, const Obj *key, WeakrefObj *head) {
    size_t mask = cap - 1;
    uintptr_t h = ((uintptr_t)key >> 4) * (uintptr_t)0x9E3779B97F4A7C15u;
    size_t i = (size_t)(h >> 17) & mask;
    while (tab[i].key != NULL) {
        i = (i + 1) & mask;
    }
    tab[i].key = key;
    tab[i].head = head;
}

// Grows the table so that one more entry keeps it at most half full.
// 0, or -1 with MemoryError pending.
static int table_reserve(void) {
    if ((table_used + 1) * 2 <= table_cap) {
        return 0;
    }
    size_t cap = table_cap == 0 ? 16 : table_cap * 2;
    Slot *tab = mem_calloc(cap, sizeof(Slot));
    if (tab == NULL) {
        return -1;
    }
    for (size_t i = 0; i < table_cap; i++) {
        if (table[i].key != NULL) {
            table_put(tab, cap, table[i].key, table[i].head);
        }
    }
    mem_free(table);
    table = tab;
    table_cap = cap;
    return 0;
}

// Removes `s` and shifts the entries after it back into the hole, so that
// probing never needs tombstones.
static void table_remove(Slot *s) {
    size_t mask = table_cap - 1;
    size_t hole = (size_t)(s - table);
    table[hole].key = NULL;
    table_used--;
    for (size_t i = (hole + 1) & mask; table[i].key != NULL; i = (i + 1) & mask) {
        size_t home = slot_of(table[i].key);
        // Move the entry if its home is not cyclically in (hole, i].
        bool stays = hole < i ? (home > hole && home <= i) : (home > hole || home <= i);
        if (!stays) {
            table[hole] = table[i];
            table[i].key = NULL;
            hole = i;
        }
    }
    if (table_used == 0) {
        mem_free(table);
        table = NULL;
        table_cap = 0;
    }
}

// Sets or clears the referent's "has weak references" bit. Statics
// (immortal types) have no GcHead: they never die, so need no bit.
static void set_flag(const Obj *o, bool on) {
    if ((o->type->flags & TYPE_FLAG_GC) && o->refcnt < OBJ_IMMORTAL_REFCNT / 2) {
        gc_set_weakrefs_bit((Obj *)o, on);
    }
}

static WeakrefObj *list_head(const Obj *o) {
    Slot *s = table_find(o);
    return s != NULL ? s->head : NULL;
}

// Unlinks `wr` from its referent's list and marks it dead. The callback
// stays (the caller decides whether it runs).
static void detach(WeakrefObj *wr) {
    Obj *o = wr->object;
    if (o == NULL) {
        return;
    }
    wr->object = NULL;
    if (wr->next != NULL) {
        wr->next->prev = wr->prev;
    }
    if (wr->prev != NULL) {
        wr->prev->next = wr->next;
    } else {
        Slot *s = table_find(o);
        if (wr->next != NULL) {
            s->head = wr->next;
        } else {
            table_remove(s);
            set_flag(o, false);
        }
    }
    wr->prev = wr->next = NULL;
}

// Links `wr` (to `o`) after `prev`, or at the head when `prev` is NULL.
// 0, or -1 with MemoryError pending (nothing linked).
static int attach(WeakrefObj *wr, Obj *o, WeakrefObj *prev) {
    Slot *s = table_find(o);
    if (s == NULL) {
        if (table_reserve() < 0) {
            return -1;
        }
        table_put(table, table_cap, o, NULL);
        table_used++;
        s = table_find(o);
        set_flag(o, true);
    }
    wr->object = o;
    if (prev == NULL) {
        wr->prev = NULL;
        wr->next = s->head;
        if (s->head != NULL) {
            s->head->prev = wr;
        }
        s->head = wr;
    } else {
        wr->prev = prev;
        wr->next = prev->next;
        if (prev->next != NULL) {
            prev->next->prev = wr;
        }
        prev->next = wr;
    }
    return 0;
}

// ---------------------------------------------------------------------------
// Which objects may be weakly referenced.
// ---------------------------------------------------------------------------

// True when heap type `t` itself gives its instances a weakref slot: it has
// no __slots__ of its own, or its __slots__ name __weakref__.
static bool adds_weakref_slot(Vm *vm, TypeObj *t) {
    Obj *key = str_intern_cstr(vm, "__slots__");
    Obj *slots = key != NULL ? dict_get_borrow(vm, t->dict, key) : NULL;
    if (slots == NULL) {
        err_clear(vm);
        return true;
    }
    if (str_check(slots)) {
        return str_equal_cstr(slots, "__weakref__");
    }
    Obj *name = str_intern_cstr(vm, "__weakref__");
    int rc = name != NULL ? obj_contains(vm, slots, name) : -1;
    if (rc < 0) {
        err_clear(vm);
    }
    return rc == 1;
}

// True when the built-in base of `t` keeps a variable number of items
// inline (CPython's nonzero tp_itemsize: int, tuple, bytes): CPython gives
// their subclasses no weak reference slot, even without __slots__.
static bool has_inline_items(TypeObj *t) {
    while (t->base != NULL && (t->flags & TYPE_FLAG_HEAPTYPE)) {
        t = t->base;
    }
    return t == &bytes_type || (t->flags & (TYPE_FLAG_INT_SUBCLASS | TYPE_FLAG_TUPLE_SUBCLASS));
}

bool weakref_type_allows(TypeObj *type) {
    static TypeObj *const allowed[] = {
        &type_type, &function_type, &method_type,   &builtin_func_type, &set_type,  &frozenset_type,
        &gen_type,  &coro_type,     &asyncgen_type, &module_type,       &code_type,
    };
    TypeObj *t = type;
    bool inline_items = (t->flags & TYPE_FLAG_HEAPTYPE) && has_inline_items(t);
    while (t != NULL && (t->flags & TYPE_FLAG_HEAPTYPE)) {
        if (!inline_items && adds_weakref_slot(rt_vm, t)) {
            return true;
        }
        t = t->base;
    }
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++) {
        if (t == allowed[i]) {
            return true;
        }
    }
    // Types defined elsewhere (a module's, like collections.deque) say so
    // with a flag; the weak-reference mark lives in the GC header.
    return t != NULL && (t->flags & TYPE_FLAG_WEAKREFABLE) && (t->flags & TYPE_FLAG_GC);
}

// The `__weakref__` attribute of instances: the first weak reference to
// the object, or None.
static Obj *get_weakref_attr(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    WeakrefObj *head = list_head(self);
    return obj_newref(head != NULL ? (Obj *)head : OBJ_NONE);
}

static const GetSetDef weakref_attr_def = {"__weakref__", get_weakref_attr, NULL};

int weakref_add_class_attr(Vm *vm, TypeObj *t) {
    if (has_inline_items(t) || !adds_weakref_slot(vm, t) ||
        (t->base != NULL && weakref_type_allows(t->base))) {
        return 0;
    }
    Obj *d = getset_descr_new(vm, t, &weakref_attr_def);
    int rc = d != NULL ? dict_set_cstr(vm, t->dict, "__weakref__", d) : -1;
    obj_xdecref(d);
    // CPython adds a missing __doc__ (None) after the descriptors, so it
    // comes last in the class's __dict__: move it there.
    Obj *key = rc == 0 ? str_intern_cstr(vm, "__doc__") : NULL;
    if (key != NULL && dict_get_borrow(vm, t->dict, key) == OBJ_NONE) {
        rc = dict_del(vm, t->dict, key) < 0 || dict_set(vm, t->dict, key, OBJ_NONE) < 0 ? -1 : 0;
    }
    return rc;
}

bool weakref_check(const Obj *o) {
    TypeObj *t = obj_type(o);
    return type_is_subtype(t, &weakref_ref_type) || t == &weakref_proxy_type ||
           t == &weakref_callable_proxy_type;
}

// ---------------------------------------------------------------------------
// Creation, shared by ref and proxy.
// ---------------------------------------------------------------------------

// The reusable callback-less ref and proxy at the head of `o`'s list
// (CPython keeps them there: ref first, then a proxy).
static void basic_refs(const Obj *o, WeakrefObj **ref, WeakrefObj **proxy) {
    WeakrefObj *h = list_head(o);
    *ref = *proxy = NULL;
    if (h != NULL && h->head.type == &weakref_ref_type && h->callback == NULL) {
        *ref = h;
        h = h->next;
    }
    if (h != NULL && h->callback == NULL &&
        (h->head.type == &weakref_proxy_type || h->head.type == &weakref_callable_proxy_type)) {
        *proxy = h;
    }
}

// Allocates a weak reference of `type` to `obj` and links it where CPython
// would: basic refs at the head, a basic proxy after them, the others
// after both (so the newest callback runs first).
static Obj *make_ref(Vm *vm, TypeObj *type, Obj *obj, Obj *callback, bool basic_proxy) {
    if (!weakref_type_allows(obj_type(obj))) {
        return err_raise(vm, &exc_TypeError, "cannot create weak reference to '%s' object",
                         obj_type_name(obj));
    }
    WeakrefObj *ref, *proxy;
    basic_refs(obj, &ref, &proxy);
    bool is_basic = callback == NULL && type == &weakref_ref_type;
    if (is_basic && ref != NULL) {
        return obj_newref((Obj *)ref);
    }
    if (basic_proxy && proxy != NULL) {
        return obj_newref((Obj *)proxy);
    }
    Obj *self = type_alloc(vm, type);
    if (self == NULL) {
        return NULL;
    }
    WeakrefObj *wr = (WeakrefObj *)self;
    wr->hash = -1;
    // The allocation may have run a collection that freed `obj`'s other
    // weak references: look again.
    basic_refs(obj, &ref, &proxy);
    WeakrefObj *prev = is_basic ? NULL : basic_proxy ? ref : (proxy != NULL ? proxy : ref);
    if (attach(wr, obj, prev) < 0) {
        obj_decref(self);
        return NULL;
    }
    wr->callback = callback != NULL ? obj_newref(callback) : NULL;
    return self;
}

NEWREF Obj *weakref_new(Vm *vm, TypeObj *type, Obj *obj, Obj *callback) {
    if (callback == OBJ_NONE) {
        callback = NULL;
    }
    return make_ref(vm, type, obj, callback, false);
}

NEWREF Obj *weakref_proxy_new(Vm *vm, Obj *obj, Obj *callback) {
    if (callback == OBJ_NONE) {
        callback = NULL;
    }
    TypeObj *type =
        obj_type(obj)->call != NULL ? &weakref_callable_proxy_type : &weakref_proxy_type;
    return make_ref(vm, type, obj, callback, callback == NULL);
}

BORROWED Obj *weakref_get_borrow(const Obj *wr) {
    return ((const WeakrefObj *)wr)->object;
}

size_t weakref_count(const Obj *obj) {
    size_t n = 0;
    if (OBJ_IS_SMALLINT(obj)) {
        return 0;
    }
    for (WeakrefObj *w = list_head(obj); w != NULL; w = w->next) {
        n++;
    }
    return n;
}

NEWREF Obj *weakref_list(Vm *vm, const Obj *obj) {
    Obj *l = list_new(vm, 0);
    if (l == NULL || OBJ_IS_SMALLINT(obj)) {
        return l;
    }
    for (WeakrefObj *w = list_head(obj); w != NULL; w = w->next) {
        if (list_append(vm, l, (Obj *)w) < 0) {
            obj_decref(l);
            return NULL;
        }
    }
    return l;
}

NEWREF Obj *weakref_dead_error(Vm *vm) {
    return err_raise(vm, &exc_ReferenceError, "weakly-referenced object no longer exists");
}

// ---------------------------------------------------------------------------
// Death of a referent.
// ---------------------------------------------------------------------------

// Calls `callback(wr)` (`callback()` when `wr` is NULL) with any exception being propagated set aside; an
// exception from the callback is reported, as CPython does.
static void call_callback(Vm *vm, Obj *callback, Obj *wr) {
    if (vm == NULL) {
        return;
    }
    Obj *saved = vm->exc;
    vm->exc = NULL;
    Obj *res = wr != NULL ? obj_call1(vm, callback, wr) : obj_call0(vm, callback);
    if (res == NULL) {
        err_write_unraisable(vm, callback);
    }
    obj_xdecref(res);
    vm->exc = saved;
}

void weakref_clear_dying(Obj *obj) {
    // A callback may allocate and so collect: the dying object (count 0)
    // must not be in the collector's lists by then.
    gc_untrack(obj);
    // Detach everything first, keeping a reference to each weakref with a
    // callback, so that no callback can see another live reference to obj.
    WeakrefObj *pending = NULL;
    WeakrefObj *w;
    while ((w = list_head(obj)) != NULL) {
        detach(w);
        if (w->callback != NULL) {
            obj_incref((Obj *)w);
            w->queued = pending;
            pending = w;
        }
    }
    // `pending` is in reverse list order; CPython calls in list order.
    WeakrefObj *ordered = NULL;
    while (pending != NULL) {
        WeakrefObj *next = pending->queued;
        pending->queued = ordered;
        ordered = pending;
        pending = next;
    }
    while (ordered != NULL) {
        w = ordered;
        ordered = w->queued;
        w->queued = NULL;
        Obj *cb = w->callback;
        w->callback = NULL; // CPython drops it: __callback__ is None after
        call_callback(rt_vm, cb, (Obj *)w);
        obj_decref(cb);
        obj_decref((Obj *)w);
    }
}

// Queue of the collector's callbacks, linked through `queued`, kept in the
// order they were found.
static WeakrefObj *gc_queue_head;
static WeakrefObj *gc_queue_tail;

void weakref_gc_clear(Obj *obj) {
    if (weakref_check(obj)) {
        // A weak reference in the garbage: its callback must never run, or
        // it could see objects already cleared.
        detach((WeakrefObj *)obj);
    }
    if (!gc_has_weakrefs(obj)) {
        return;
    }
    WeakrefObj *w;
    while ((w = list_head(obj)) != NULL) {
        detach(w);
        if (w->callback == NULL || gc_is_unreachable((Obj *)w)) {
            continue;
        }
        obj_incref((Obj *)w);
        w->queued = NULL;
        if (gc_queue_tail != NULL) {
            gc_queue_tail->queued = w;
        } else {
            gc_queue_head = w;
        }
        gc_queue_tail = w;
    }
}

void weakref_gc_run_callbacks(Vm *vm) {
    while (gc_queue_head != NULL) {
        WeakrefObj *w = gc_queue_head;
        gc_queue_head = w->queued;
        if (gc_queue_head == NULL) {
            gc_queue_tail = NULL;
        }
        w->queued = NULL;
        // Unlike a death by reference counting, CPython's collector leaves
        // the callback on the weak reference (__callback__ stays set).
        Obj *cb = w->callback;
        if (cb != NULL) {
            obj_incref(cb);
            call_callback(vm, cb, (Obj *)w);
            obj_decref(cb);
        }
        obj_decref((Obj *)w);
    }
}

static Obj *exit_hook;

void weakref_set_exit_hook(Obj *fn) {
    obj_replace(&exit_hook, fn);
}

void weakref_run_exit_hook(Vm *vm) {
    Obj *fn = exit_hook;
    exit_hook = NULL;
    if (fn != NULL) {
        call_callback(vm, fn, NULL);
        obj_decref(fn);
    }
}

// ---------------------------------------------------------------------------
// The ref type.
// ---------------------------------------------------------------------------

static Obj *ref_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "ref() takes no keyword arguments");
    }
    if (nargs < 1) {
        return err_raise(vm, &exc_TypeError, "__new__ expected at least 1 argument, got 0");
    }
    if (nargs > 2) {
        return err_raise(vm, &exc_TypeError, "__new__ expected at most 2 arguments, got %zu",
                         nargs);
    }
    return weakref_new(vm, type, args[0], nargs == 2 ? args[1] : NULL);
}

// ref.__init__ accepts what __new__ accepted (subclasses pass their own).
static int ref_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(vm);
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    return 0;
}

static Obj *ref_call(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "weakref() takes no keyword arguments");
    }
    if (nargs > 0) {
        return err_raise(vm, &exc_TypeError, "weakref expected 0 arguments, got %zu", nargs);
    }
    Obj *o = ((WeakrefObj *)self)->object;
    return obj_newref(o != NULL ? o : OBJ_NONE);
}

static int64_t ref_hash(Vm *vm, Obj *self) {
    WeakrefObj *wr = (WeakrefObj *)self;
    if (wr->hash != -1) {
        return wr->hash;
    }
    if (wr->object == NULL) {
        err_raise(vm, &exc_TypeError, "weak object has gone away");
        return -1;
    }
    Obj *o = obj_newref(wr->object);
    wr->hash = obj_hash(vm, o);
    obj_decref(o);
    return wr->hash;
}

// Two live references compare their referents; otherwise identity.
static Obj *ref_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !type_is_subtype(obj_type(a), &weakref_ref_type) ||
        !type_is_subtype(obj_type(b), &weakref_ref_type)) {
        return obj_newref(OBJ_NOTIMPL);
    }
    Obj *x = ((WeakrefObj *)a)->object, *y = ((WeakrefObj *)b)->object;
    if (x == NULL || y == NULL) {
        bool same = a == b;
        return obj_newref(obj_bool(op == CMP_EQ ? same : !same));
    }
    obj_incref(x);
    obj_incref(y);
    Obj *res = obj_richcompare(vm, x, y, op);
    obj_decref(x);
    obj_decref(y);
    return res;
}

NEWREF Obj *weakref_repr_as(Vm *vm, Obj *self, const char *what) {
    Obj *o = ((WeakrefObj *)self)->object;
    if (o == NULL) {
        return str_from_fmt(vm, "<%s at %p; dead>", what, (void *)self);
    }
    obj_incref(o);
    Obj *name = obj_lookup_attr(vm, o, vm->id.name);
    Obj *res = NULL;
    if (name == NULL && err_occurred(vm)) {
        goto done;
    }
    if (name != NULL && str_check(name)) {
        res = str_from_fmt(vm, "<%s at %p; to '%s' at %p (%S)>", what, (void *)self,
                           obj_type(o)->name, (void *)o, name);
    } else {
        res = str_from_fmt(vm, "<%s at %p; to '%s' at %p>", what, (void *)self, obj_type(o)->name,
                           (void *)o);
    }
done:
    obj_xdecref(name);
    obj_decref(o);
    return res;
}

static Obj *ref_repr(Vm *vm, Obj *self) {
    return weakref_repr_as(vm, self, "weakref");
}

static Obj *ref_get_callback(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    Obj *cb = ((WeakrefObj *)self)->callback;
    return obj_newref(cb != NULL ? cb : OBJ_NONE);
}

static const GetSetDef ref_getset[] = {
    {"__callback__", ref_get_callback, NULL},
    {NULL, NULL, NULL},
};

int weakref_traverse(Obj *self, GcVisitFn visit, void *arg) {
    Obj *cb = ((WeakrefObj *)self)->callback;
    return cb != NULL ? visit(cb, arg) : 0;
}

// Also the `clear` slot of the proxies: a cleared weak reference is dead.
void weakref_clear(Obj *self) {
    WeakrefObj *wr = (WeakrefObj *)self;
    detach(wr);
    Obj *cb = wr->callback;
    wr->callback = NULL;
    obj_xdecref(cb);
}

void weakref_dealloc(Obj *self) {
    gc_untrack(self);
    WeakrefObj *wr = (WeakrefObj *)self;
    detach(wr);
    Obj *cb = wr->callback;
    obj_free(self);
    obj_xdecref(cb);
}

TypeObj weakref_ref_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(WeakrefObj),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE,
    .dealloc = weakref_dealloc,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .repr = ref_repr,
    .hash = ref_hash,
    .richcompare = ref_richcompare,
    .call = ref_call,
    .new_ = ref_new,
    .init = ref_init,
    .getset = ref_getset,
};
