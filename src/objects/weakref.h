/* weakref.h: weak references (weakref.ref, weakref.proxy) and the side
 * table that maps a referent to the list of weak references to it. The
 * object header is unchanged: a referent's GcHead carries one bit saying
 * that the table holds a list for it, consulted in the deallocation path
 * and by the cycle collector. */
#ifndef OURO_WEAKREF_H
#define OURO_WEAKREF_H

#include "object.h"

// A weak reference or a proxy. `object` is borrowed: it does not keep the
// referent alive. When the referent dies, `object` becomes NULL and the
// callback (if any) is called with the weak reference.
typedef struct WeakrefObj {
    Obj head;
    Obj *object;             // the referent, NULL once it died
    Obj *callback;           // owned; NULL when none (or already called)
    int64_t hash;            // cached hash of the referent, -1 until computed
    struct WeakrefObj *prev; // neighbours in the referent's list
    struct WeakrefObj *next;
    struct WeakrefObj *queued; // the collector's queue of callbacks to call
} WeakrefObj;

// weakref.ReferenceType (weakref.ref), subclassable (WeakMethod).
extern TypeObj weakref_ref_type;
// weakref.ProxyType and weakref.CallableProxyType (weakref_proxy.c).
extern TypeObj weakref_proxy_type;
extern TypeObj weakref_callable_proxy_type;

// True when `o` is a weak reference or a proxy (subclasses included).
bool weakref_check(const Obj *o);

// True when CPython allows weak references to instances of `type`
// (functions, classes, sets, generators, modules, instances of classes
// unless __slots__ leaves __weakref__ out, ...; not int, str, tuple, list,
// dict, None, ...).
bool weakref_type_allows(TypeObj *type);

// Class creation (typenew.c): when heap type `t` is the first in its base
// chain to give instances a weak reference slot, as CPython decides, adds
// the `__weakref__` attribute (the first weak reference, or None) to its
// dict. 0, or -1 with an exception pending.
int weakref_add_class_attr(Vm *vm, TypeObj *t);

// weakref.ref(obj, callback) for `type` (ref or a subclass): reuses the
// existing callback-less reference of exact type ref when there is one, as
// CPython does. `callback` may be NULL or None. TypeError "cannot create
// weak reference to 'int' object" when the type refuses weak references.
NEWREF Obj *weakref_new(Vm *vm, TypeObj *type, Obj *obj, Obj *callback);

// weakref.proxy(obj, callback): a callable proxy when `obj` is callable.
NEWREF Obj *weakref_proxy_new(Vm *vm, Obj *obj, Obj *callback);

// The referent of `wr` (borrowed), or NULL once it died.
BORROWED Obj *weakref_get_borrow(const Obj *wr);

// weakref.getweakrefcount(obj) and weakref.getweakrefs(obj) (a new list).
size_t weakref_count(const Obj *obj);
NEWREF Obj *weakref_list(Vm *vm, const Obj *obj);

// Deallocation hook (obj_dealloc, after the finalizer): clears every weak
// reference to the dying `obj`, which must have the GC_PREV_WEAKREFS bit,
// and calls their callbacks, newest first. `obj` is untracked first so that
// a collection run by a callback cannot see it.
void weakref_clear_dying(Obj *obj);

// Cycle collector, for each object `obj` found unreachable (CPython's
// handle_weakrefs): clears `obj` itself if it is a weak reference (its
// callback must never run), and clears the weak references to `obj`; those
// that have a callback and are not garbage themselves are queued (with a
// reference) for weakref_gc_run_callbacks. Runs no Python code.
void weakref_gc_clear(Obj *obj);

// Calls the queued callbacks (exceptions are reported as unraisable) and
// releases the queued references.
void weakref_gc_run_callbacks(Vm *vm);

// The lifetime slots of refs and proxies: traverse visits the callback,
// clear detaches the reference and drops its callback, dealloc frees.
int weakref_traverse(Obj *self, GcVisitFn visit, void *arg);
void weakref_clear(Obj *self);
void weakref_dealloc(Obj *self);

// weakref.finalize's exit hook: `fn` (new reference taken; NULL clears)
// is called with no arguments by weakref_run_exit_hook, which the runtime
// calls when the program ends, before modules are torn down (where
// CPython runs atexit callbacks). An exception is reported, not raised.
void weakref_set_exit_hook(Obj *fn);
void weakref_run_exit_hook(Vm *vm);

// ReferenceError "weakly-referenced object no longer exists"; returns NULL.
NEWREF Obj *weakref_dead_error(Vm *vm);

// The repr shared by refs and proxies: "<weakref at 0x...; to 'A' at
// 0x...>" or "<weakref at 0x...; dead>", with `what` in place of weakref.
NEWREF Obj *weakref_repr_as(Vm *vm, Obj *self, const char *what);

#endif
