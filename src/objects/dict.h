/* dict.h: dict, an insertion-ordered hash table (a compact index array plus
 * an entries array, as CPython 3.6+). DictTable is the table alone so that
 * instances can embed their attribute storage without a separate object. */
#ifndef OURO_DICT_H
#define OURO_DICT_H

#include "object.h"

extern TypeObj dict_type;

typedef struct DictEntry {
    int64_t hash;
    Obj *key; // NULL for a deleted entry
    Obj *value;
} DictEntry;

// A table of up to DICT_SMALL_MAX entries has no index: a lookup scans the
// entries, comparing identity first (attribute names are interned strs),
// then hashes. Larger tables index the entries with an open-addressing
// table of int32 positions, stored in one block just before the entries.
#define DICT_SMALL_MAX 8

typedef struct DictTable {
    uint32_t used;     // live entries
    uint32_t nentries; // entries used in `entries` (live + deleted)
    // Indexed tables: index slots not empty (live + dummies). popitem()
    // gives back its entry position but not its index slot, so growth must
    // watch this too, or dummies could take every empty slot and a lookup
    // would never end. Unused by small tables.
    uint32_t filled;
    uint8_t log2index;  // 0: a small table without index; else 1 << log2index index slots
    uint8_t smallcap;   // small tables: the capacity of `entries`
    // Entries that fit in storage placed right after this struct by its
    // owner (an instance allocated with room for its usual attributes),
    // used while the table is small enough; 0 when there is none.
    uint8_t inline_cap;
    uint8_t generation; // changes when entries move (resize): lookups restart
    DictEntry *entries;  // the inline storage, a heap block, or NULL
    uint64_t version; // changes on every mutation (iteration checks, caches)
} DictTable;

typedef struct DictObj {
    Obj head;
    DictTable t;
} DictObj;

bool dict_check(const Obj *o);

// A new empty dict. NULL with MemoryError pending.
NEWREF Obj *dict_new(Vm *vm);

// Borrowed value for `key`; NULL with no exception when absent, NULL with
// an exception pending when hashing or comparing failed.
BORROWED Obj *dict_get_borrow(Vm *vm, Obj *dict, Obj *key);
// Same, for a str key given as C text (no allocation on the lookup path
// when the key exists as an interned string).
BORROWED Obj *dict_get_cstr_borrow(Vm *vm, Obj *dict, const char *key);

// d[key] = value (both borrowed). 0, or -1 with an exception pending
// (TypeError for an unhashable key).
int dict_set(Vm *vm, Obj *dict, Obj *key, Obj *value);
int dict_set_cstr(Vm *vm, Obj *dict, const char *key, Obj *value);

// del d[key]: 0 when deleted, 1 when absent (no exception), -1 on error.
int dict_del(Vm *vm, Obj *dict, Obj *key);

// Number of items.
size_t dict_len(const Obj *dict);

// Iterates: start with *pos = 0; returns true and borrowed key/value while
// items remain. The dict must not change during the walk.
bool dict_next(const Obj *dict, size_t *pos, Obj **key, Obj **value);

// Drops every item (detach, then release). Also the type's clear slot.
void dict_clear(Obj *dict);

// A shallow copy.
NEWREF Obj *dict_copy(Vm *vm, Obj *dict);

// d.update(other) for a dict or an iterable of pairs.
int dict_update(Vm *vm, Obj *dict, Obj *other);

// The same operations on a bare table (instance attribute storage). The
// table starts zeroed (DictTable t = {0}), or zeroed but for `inline_cap`
// when its owner put room for that many entries right after it.
BORROWED Obj *dicttable_get(Vm *vm, DictTable *t, Obj *key);
int dicttable_set(Vm *vm, DictTable *t, Obj *key, Obj *value);
int dicttable_del(Vm *vm, DictTable *t, Obj *key);
bool dicttable_next(const DictTable *t, size_t *pos, Obj **key, Obj **value);
int dicttable_traverse(const DictTable *t, GcVisitFn visit, void *arg);
void dicttable_clear(DictTable *t);          // detach, then release
// Releases every entry and the buffer of a table whose owner is being freed
// (nothing can reach the table any more): cheaper than dicttable_clear,
// which must keep the table consistent while releases run code. The table
// is unusable afterwards.
void dicttable_dispose(DictTable *t);
// Bytes of the buffers it owns, inline storage included.
size_t dicttable_sizeof(const DictTable *t);

// Marks `t` as a class dict the attribute cache of type.c relies on: from
// now on every mutation of `t` also calls type_cache_invalidate().
void dicttable_watch(DictTable *t);

// Position of `key` in `t`'s entries (stable until the table is resized or
// compacted): >= 0, -2 when absent, -1 with an exception pending.
int64_t dicttable_index(Vm *vm, DictTable *t, Obj *key);

// t[key] = value, returning the position of the entry that holds it (valid
// until the next mutation: a __del__ run by the release of a replaced value
// may already have changed the table), or -1 with an exception pending.
int64_t dicttable_store(Vm *vm, DictTable *t, Obj *key, Obj *value);

// What dicttable_probe_str found.
typedef enum DictProbe { DICT_PROBE_ABSENT, DICT_PROBE_FOUND, DICT_PROBE_UNSURE } DictProbe;

// Looks `key`, an exact str whose hash is `hash`, up in `t` by identity,
// without running code: FOUND with *ix set when an entry holds `key`
// itself; ABSENT when `t` is small and no entry has that hash; UNSURE when
// an entry with that hash holds another key, or `t` has an index (then the
// general lookup decides). Attribute names are interned, so instances'
// tables nearly always answer here.
static inline DictProbe dicttable_probe_str(const DictTable *t, const Obj *key, int64_t hash,
                                            size_t *ix) {
    if (t->log2index != 0) {
        return DICT_PROBE_UNSURE;
    }
    for (size_t i = 0; i < t->nentries; i++) {
        const DictEntry *e = &t->entries[i];
        if (e->key == key) {
            *ix = i;
            return DICT_PROBE_FOUND;
        }
        if (e->hash == hash && e->key != NULL) {
            return DICT_PROBE_UNSURE;
        }
    }
    return DICT_PROBE_ABSENT;
}

// The source of DictTable versions, and what a change of a watched table
// does (dict.c); for the inline functions below only.
extern uint64_t dict_version_counter;
void dicttable_watched_changed(void);

// Gives `t` a new version after a mutation (dict.c explains the bits).
// Forced inline: in the VM's long loop GCC left it out of line once.
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void dicttable_bump_version(DictTable *t) {
    dict_version_counter += 4;
    t->version = dict_version_counter | (t->version & 3u);
    if (OURO_UNLIKELY(t->version & 1u)) {
        dicttable_watched_changed();
    }
}

// Replaces the value of live entry `ix` (references handled, version
// bumped, the old value released last). Inline: it is every attribute
// assignment of an existing attribute.
static inline void dicttable_replace_at(DictTable *t, int64_t ix, Obj *value) {
    Obj *old = t->entries[ix].value;
    t->entries[ix].value = obj_newref(value);
    dicttable_bump_version(t);
    obj_decref(old);
}

// Fills the next entry of `t`, which must have room, with new references to
// `key` and `value`; the caller maintains the index and the version.
static inline void dicttable_push_entry(DictTable *t, Obj *key, int64_t hash, Obj *value) {
    DictEntry *e = &t->entries[t->nentries];
    e->hash = hash;
    e->key = obj_newref(key);
    e->value = obj_newref(value);
    t->nentries++;
    t->used++;
}

// t[key] = value for an exact str `key` whose hash is `hash` when that can
// be done without running code or resizing: `t` is a small table with room
// left and no entry with that hash (so not `key` either). Returns true
// when it stored the pair (at position t->nentries - 1 afterwards), false
// when nothing was done and the general path must be taken. Inline: it is
// every attribute a new instance gets in __init__.
static inline bool dicttable_append_str(DictTable *t, Obj *key, int64_t hash, Obj *value) {
    if (t->log2index != 0 || t->nentries >= t->smallcap) {
        return false;
    }
    for (size_t ix = 0; ix < t->nentries; ix++) {
        if (t->entries[ix].hash == hash) {
            return false; // the key itself, or one that needs a comparison
        }
    }
    dicttable_push_entry(t, key, hash, value);
    dicttable_bump_version(t);
    return true;
}

#endif
