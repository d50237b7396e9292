/* tuple.h: tuple, an immutable array of references. The empty tuple is an
 * immortal singleton. */
#ifndef OURO_TUPLE_H
#define OURO_TUPLE_H

#include "object.h"

extern TypeObj tuple_type;

typedef struct TupleObj {
    Obj head;
    size_t len;
    int64_t hash_cache; // unused by CPython semantics; reserved
    Obj *items[];
} TupleObj;

bool tuple_check(const Obj *o);

// A new tuple with `len` NULL slots that the caller fills with
// tuple_set_steal before anything else sees it. `len` 0 returns the empty
// tuple. NULL with MemoryError pending.
NEWREF Obj *tuple_new(Vm *vm, size_t len);

void tuple_set_steal(Obj *tuple, size_t i, STEALS Obj *item);

// New tuples from borrowed items.
NEWREF Obj *tuple_pack(Vm *vm, size_t n, Obj *const *items);
NEWREF Obj *tuple_pack1(Vm *vm, Obj *a);
NEWREF Obj *tuple_pack2(Vm *vm, Obj *a, Obj *b);
// A 2-tuple that consumes both references, also on failure.
NEWREF Obj *tuple_pack2_steal(Vm *vm, STEALS Obj *a, STEALS Obj *b);

static inline BORROWED Obj *tuple_get_borrow(const Obj *t, size_t i) {
    return ((const TupleObj *)t)->items[i];
}
static inline size_t tuple_len(const Obj *t) {
    return ((const TupleObj *)t)->len;
}

// tuple(iterable).
NEWREF Obj *tuple_from_iterable(Vm *vm, Obj *iterable);

// Untracks `t` when none of its items can be part of a cycle (CPython's
// lazy untracking); called by the collector.
void tuple_maybe_untrack(Obj *t);

// The immortal empty tuple.
extern Obj *tuple_empty;

#endif
