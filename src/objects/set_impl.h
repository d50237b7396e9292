/* set_impl.h: the layout and table helpers of set and frozenset, shared by
 * set.c (table, type slots) and set_methods.c (algebra, methods). */
#ifndef OURO_SET_IMPL_H
#define OURO_SET_IMPL_H

#include "set.h"

#define SET_MINSIZE 8

typedef struct SetEntry {
    Obj *key;     // NULL = never used; setimpl_dummy = deleted
    int64_t hash; // 0 when unused, -1 when deleted
} SetEntry;

typedef struct SetObj {
    Obj head;
    size_t fill;     // active + dummy entries
    size_t used;     // active entries
    size_t mask;     // table size - 1 (a power of two minus one)
    size_t finger;   // where pop() looks next
    SetEntry *table; // `smalltable` or a heap array
    int64_t hash;    // frozenset: cached hash, -1 until computed
    SetEntry smalltable[SET_MINSIZE];
} SetObj;

// The marker stored in deleted slots (never a real key).
extern Obj setimpl_dummy;

// True for frozenset and its subclasses.
bool setimpl_is_frozen(const Obj *o);

// A new empty set of the same base kind as `like` (set or frozenset).
NEWREF Obj *setimpl_new_like(Vm *vm, const Obj *like);

// Adds `key` with a precomputed hash. 0 or -1.
int setimpl_add_hashed(Vm *vm, SetObj *so, Obj *key, int64_t hash);

// Membership with a precomputed hash: 0/1/-1.
int setimpl_contains_hashed(Vm *vm, SetObj *so, Obj *key, int64_t hash);

// Removes `key` with a precomputed hash: 1 removed, 0 absent, -1 error.
int setimpl_discard_hashed(Vm *vm, SetObj *so, Obj *key, int64_t hash);

// Rebuilds the table with more than `minused` slots, dropping dummies.
int setimpl_resize(Vm *vm, SetObj *so, size_t minused);

// Walks active entries: start with *pos = 0.
bool setimpl_next(const SetObj *so, size_t *pos, SetEntry **entry);

// Adds every key of `other` (any iterable; sets and dicts take fast paths).
int setimpl_update(Vm *vm, SetObj *so, Obj *other);

// The methods of set and frozenset, and their operator slots
// (set_methods.c).
extern const MethodDef setimpl_set_methods[];
extern const MethodDef setimpl_frozenset_methods[];
NEWREF Obj *setimpl_or(Vm *vm, Obj *a, Obj *b);
NEWREF Obj *setimpl_and(Vm *vm, Obj *a, Obj *b);
NEWREF Obj *setimpl_sub(Vm *vm, Obj *a, Obj *b);
NEWREF Obj *setimpl_xor(Vm *vm, Obj *a, Obj *b);
NEWREF Obj *setimpl_ior(Vm *vm, Obj *a, Obj *b);
NEWREF Obj *setimpl_iand(Vm *vm, Obj *a, Obj *b);
NEWREF Obj *setimpl_isub(Vm *vm, Obj *a, Obj *b);
NEWREF Obj *setimpl_ixor(Vm *vm, Obj *a, Obj *b);
NEWREF Obj *setimpl_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op);

// The set iterator type (set.c).
extern TypeObj setiter_type;

#endif
