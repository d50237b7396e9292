/* mod_collections_impl.h: what the two files of collections.deque
 * (mod_collections.c: the buffer, methods, repr, comparison and indexing;
 * mod_collections_ops.c: operators and iterators) share. Not for other code. */
#ifndef OURO_MOD_COLLECTIONS_IMPL_H
#define OURO_MOD_COLLECTIONS_IMPL_H

#include "modules/mod_collections.h"

// The items are items[(first + i) & (cap - 1)] for i in [0, len): `cap` is
// 0 (no buffer yet) or a power of two, so the wrap is a mask. `state`
// changes whenever items are added, removed or moved, which is how
// iterators and comparisons notice a deque changed under them (CPython's
// "deque mutated during iteration").
typedef struct DequeObj {
    Obj head;
    Obj **items;
    size_t cap;
    size_t first;
    size_t len;
    int64_t maxlen; // -1 when unbounded
    uint64_t state;
} DequeObj;

#define DEQUE_MIN_CAP 8

static inline Obj **slot(const DequeObj *d, size_t i) {
    return &d->items[(d->first + i) & (d->cap - 1)];
}

static inline bool modcollections_check(const Obj *o) {
    return obj_is_instance((Obj *)o, &deque_type);
}

// Appends `x` at the right end (or the left, `left`), dropping an item
// from the other end when the deque is at its maxlen. Consumes `x`, also on
// failure. 0, or -1 with MemoryError pending.
int modcollections_push_steal(DequeObj *d, STEALS Obj *x, bool left);

// Drops every item (detached first, then released); the type's `clear`.
void modcollections_clear(Obj *self);

// Appends every item of `iterable` at one end (a snapshot when it is the
// deque itself). 0, or -1 with an exception pending.
int modcollections_extend(Vm *vm, DequeObj *d, Obj *iterable, bool left);

// deque.copy(): exact deques directly, subclasses through
// type(self)(self[, maxlen]). NULL with an exception pending.
NEWREF Obj *modcollections_copy(Vm *vm, Obj *self);

// The items as a new list. NULL on MemoryError.
NEWREF Obj *modcollections_as_list(Vm *vm, DequeObj *d);

// The number slots (+, +=, *, *=), iter() and __reversed__ of deque, in
// mod_collections_ops.c. Each returns a new reference (NotImplemented for
// operands that are not ours) or NULL with an exception pending.
NEWREF Obj *modcollections_add(Vm *vm, Obj *a, Obj *b);
NEWREF Obj *modcollections_iadd(Vm *vm, Obj *a, Obj *b);
NEWREF Obj *modcollections_mul(Vm *vm, Obj *a, Obj *b);
NEWREF Obj *modcollections_imul(Vm *vm, Obj *a, Obj *b);
NEWREF Obj *modcollections_iter(Vm *vm, Obj *self);
NEWREF Obj *modcollections_py_reversed(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                       Obj *kwnames);

#endif
