/* dict_impl.h: helpers shared by the files that implement dict (dict.c,
 * dict_methods.c, dictviews.c) and set. Not for other code. */
#ifndef OURO_DICT_IMPL_H
#define OURO_DICT_IMPL_H

#include "dict.h"

// hash(key) with fast paths for small ints and exact strs; -1 on error.
int64_t dictimpl_hash(Vm *vm, Obj *key);

// Lookup with a precomputed hash: borrowed value, or NULL (exception
// pending only if a comparison failed: check err_occurred).
BORROWED Obj *dictimpl_get_hashed(Vm *vm, DictTable *t, Obj *key, int64_t hash);

// t[key] = value with a precomputed hash. 0 or -1.
int dictimpl_set_hashed(Vm *vm, DictTable *t, Obj *key, int64_t hash, Obj *value);

// Removes `key`: 0 with the value's reference moved to `*value`, 1 when
// absent, -1 on error.
int dictimpl_pop_hashed(Vm *vm, DictTable *t, Obj *key, int64_t hash, Obj **value);

// Detaches live entry `ix`, moving its references to `*key`/`*value` (the
// caller releases them after the table is consistent).
void dictimpl_remove_entry(DictTable *t, int64_t ix, Obj **key, Obj **value);

// Rebuilds `t` compacted with room for `minused` entries. 0 or -1.
int dictimpl_resize(Vm *vm, DictTable *t, size_t minused);

// Tracks `dict` (a dict object) when `key` or `value` can be part of a
// cycle; plain dicts of atoms stay untracked (CPython's MAINTAIN_TRACKING).
// Call after every store into a dict object's table.
void dictimpl_maintain_tracking(Obj *dict, Obj *key, Obj *value);

// Untracks a just-created dict when it is an exact dict (subclass
// instances stay tracked: their attributes may hold anything).
void dictimpl_untrack_new(Obj *dict);

// d.update(iterable of pairs), with CPython's messages for bad elements.
int dictimpl_merge_pairs(Vm *vm, Obj *dst, Obj *iterable);

// The views and iterators (dictviews.c).
extern TypeObj dict_keys_type;
extern TypeObj dict_values_type;
extern TypeObj dict_items_type;
extern TypeObj dict_keyiter_type;
extern TypeObj dict_valueiter_type;
extern TypeObj dict_itemiter_type;
extern TypeObj dict_revkeyiter_type;
extern TypeObj dict_revvalueiter_type;
extern TypeObj dict_revitemiter_type;

// iter(d) / iter(d.keys()) etc. `type` is one of the iterator types above.
NEWREF Obj *dictiter_new(Vm *vm, Obj *dict, TypeObj *type);

// d.keys() / d.values() / d.items(): `type` is one of the view types.
NEWREF Obj *dictview_new(Vm *vm, Obj *dict, TypeObj *type);

#endif
