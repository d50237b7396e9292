/* dict.c: the insertion-ordered hash table shared by dict objects and the
 * attribute storage of instances (DictTable), and the dict C API. Methods
 * are in dict_methods.c, views and iterators in dictviews.c.
 *
 * Layout (CPython 3.6+'s compact dict): `entries` holds {hash, key, value}
 * in insertion order. A table of more than DICT_SMALL_MAX entries also has
 * an `index`, an open-addressing table of int32 positions into `entries`
 * (-1 empty, -2 dummy left by a deletion), in the same block just before
 * the entries. Probing follows CPython: i = (5*i + perturb + 1) & mask,
 * with perturb >>= 5 each step, so every slot is eventually visited.
 * Smaller tables have no index: scanning up to eight entries, identity
 * first, costs less than hashing into an index, and a small dict or
 * instance saves the index's memory. Deleted entries keep their place (key
 * NULL) until the next resize compacts the array.
 *
 * An instance's table may also use storage its owner placed right after
 * the DictTable struct (`inline_cap` entries): the instance and its usual
 * attributes are then one block. The table moves to a heap block when it
 * outgrows that storage, and back when it shrinks into it again.
 *
 * Comparing keys can run Python code (__eq__) that mutates the table. A
 * lookup that finds the table changed across a comparison starts over, as
 * CPython does, so it never reads freed memory; `version` changes on every
 * mutation for the iterators and caches that need to know. */
#include "dict.h"

#include <string.h>

#include "../memory/gc.h"
#include "../memory/mem.h"
#include "dict_gc.h"
#include "dict_impl.h"
#include "exc.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define IX_EMPTY      (-1)
#define IX_DUMMY      (-2)
#define IX_ERROR      (-3)
#define PERTURB_SHIFT 5
// The smallest index: the first size whose usable entries exceed DICT_SMALL_MAX.
#define MIN_LOG2INDEX 4
// int32 positions: an index of at most 2**31 slots.
#define MAX_LOG2INDEX 31
// A lookup whose comparisons keep mutating the table gives up after this
// many restarts instead of looping forever.
#define MAX_RESTARTS 1000

_Static_assert(DICT_SMALL_MAX < ((2u << MIN_LOG2INDEX) / 3),
               "an index holds more than a small table");

// Bit 0 of `version` marks a watched table (a class dict the attribute
// cache of type.c relies on); a mutation of a watched table invalidates
// that cache. Bit 1 marks a table that has held a key other than an exact
// str since it was last emptied: the collector need not visit keys
// otherwise (strs are atomic), as CPython skips the keys of str-keyed
// dicts. Mutations count in steps of 4 so that the bits survive them.
#define VERSION_WATCHED    1u
#define VERSION_OTHER_KEYS 2u
#define VERSION_FLAGS      (VERSION_WATCHED | VERSION_OTHER_KEYS)

_Static_assert(VERSION_FLAGS == 3u, "dict.h's dicttable_bump_version keeps these bits");

// Versions come from one counter, so that (table, version) never repeats,
// even for a table freed and another made at the same address.
uint64_t dict_version_counter;

void dicttable_watched_changed(void) {
    type_cache_invalidate();
}

static inline void bump_version(DictTable *t) {
    dicttable_bump_version(t);
}

void dicttable_watch(DictTable *t) {
    t->version |= VERSION_WATCHED;
}

// Entries that fit in an index of `nindex` slots (2/3 full at most).
static size_t usable(size_t nindex) {
    return (nindex << 1) / 3;
}

static inline size_t index_size(const DictTable *t) {
    return t->log2index != 0 ? (size_t)1 << t->log2index : 0;
}

// Capacity of `entries`.
static inline size_t table_cap(const DictTable *t) {
    return t->log2index != 0 ? usable(index_size(t)) : t->smallcap;
}

// The index of an indexed table: it precedes the entries in their block.
static inline int32_t *index_of(const DictTable *t) {
    return (int32_t *)t->entries - index_size(t);
}

// The storage the owner placed after the struct (valid when inline_cap > 0).
static inline DictEntry *inline_store(DictTable *t) {
    return (DictEntry *)(t + 1);
}

static inline bool uses_inline(DictTable *t) {
    return t->inline_cap != 0 && t->entries == inline_store(t);
}

// The heap block holding the entries (and index), or NULL when none.
static void *heap_block(DictTable *t) {
    if (t->entries == NULL || uses_inline(t)) {
        return NULL;
    }
    return t->log2index != 0 ? (void *)index_of(t) : (void *)t->entries;
}

bool dict_check(const Obj *o) {
    TypeObj *t = obj_type(o);
    return t == &dict_type || (t->flags & TYPE_FLAG_DICT_SUBCLASS) != 0;
}

int64_t dictimpl_hash(Vm *vm, Obj *key) {
    if (OBJ_IS_SMALLINT(key)) {
        // Below the modulus 2**61-1 an int hashes to itself (-1 is reserved).
        int64_t v = SMALLINT_VALUE(key);
        if (v > -((int64_t)1 << 60) && v < ((int64_t)1 << 60)) {
            return v == -1 ? -2 : v;
        }
    } else if (key->type == &str_type) {
        return str_hash(key);
    }
    return obj_hash(vm, key);
}

// Keys equal without running Python code: exact strs and identical objects.
static inline bool fast_equal(Obj *a, Obj *b) {
    return a == b || (!OBJ_IS_SMALLINT(a) && !OBJ_IS_SMALLINT(b) && a->type == &str_type &&
                      b->type == &str_type && str_equal(a, b));
}

// Compares the key of live entry `ix` with `key` by ==, which may run
// Python code: 1 equal, 0 not, -1 with an exception pending, 2 when the
// table changed under the comparison so that the lookup must start over.
static int compare_entry(Vm *vm, DictTable *t, int64_t ix, Obj *key) {
    DictEntry *entries = t->entries;
    uint8_t generation = t->generation;
    Obj *k = obj_newref(entries[ix].key);
    int eq = obj_eq(vm, k, key);
    obj_decref(k);
    if (eq < 0) {
        return -1;
    }
    // CPython's test for "the table changed under us": same arrays and the
    // entry still holds the key compared (`generation` catches entries
    // compacted in place). The bounds checks make it memory-safe whatever
    // happened.
    if (t->entries != entries || t->generation != generation || (size_t)ix >= t->nentries ||
        t->entries[ix].key != k) {
        return 2;
    }
    return eq;
}

// Position in `entries` of `key`, IX_EMPTY when absent, IX_ERROR with an
// exception pending when a comparison failed.
static __attribute__((noinline)) int64_t lookup_general(Vm *vm, DictTable *t, Obj *key, int64_t hash) {
    int restarts = 0;
    int rc;
restart:
    if (t->log2index == 0) {
        for (size_t ix = 0; ix < t->nentries; ix++) {
            DictEntry *e = &t->entries[ix];
            if (e->key == key) {
                return (int64_t)ix;
            }
            if (e->hash == hash && e->key != NULL) {
                if (fast_equal(e->key, key)) {
                    return (int64_t)ix;
                }
                if ((rc = compare_entry(vm, t, (int64_t)ix, key)) == 1) {
                    return (int64_t)ix;
                }
                if (rc != 0) {
                    goto changed;
                }
            }
        }
        return IX_EMPTY;
    }
    size_t mask = index_size(t) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    const int32_t *index = index_of(t);
    for (;;) {
        int64_t ix = index[i];
        if (ix == IX_EMPTY) {
            return IX_EMPTY;
        }
        if (ix >= 0) {
            DictEntry *e = &t->entries[ix];
            if (e->key == key) {
                return ix;
            }
            if (e->hash == hash) {
                if (fast_equal(e->key, key)) {
                    return ix;
                }
                if ((rc = compare_entry(vm, t, ix, key)) == 1) {
                    return ix;
                }
                if (rc != 0) {
                    goto changed;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
changed:
    // A comparison failed, or saw the table change.
    if (rc < 0) {
        return IX_ERROR;
    }
    if (++restarts > MAX_RESTARTS) {
        err_raise(vm, &exc_RuntimeError, "dictionary changed during lookup");
        return IX_ERROR;
    }
    goto restart;
}

// lookup_general for an exact str key in an indexed table (a dict of
// words): comparing two exact strs runs no code and cannot fail, so the
// probe needs no restart logic, and is inline. A candidate of another
// type with the same hash goes to the general path.
static inline int64_t lookup(Vm *vm, DictTable *t, Obj *key, int64_t hash) {
    if (t->log2index == 0 || OBJ_IS_SMALLINT(key) || key->type != &str_type) {
        return lookup_general(vm, t, key, hash);
    }
    size_t mask = index_size(t) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    const int32_t *index = index_of(t);
    for (;;) {
        int64_t ix = index[i];
        if (ix == IX_EMPTY) {
            return IX_EMPTY;
        }
        if (ix >= 0) {
            const DictEntry *e = &t->entries[ix];
            if (e->key == key) {
                return ix;
            }
            if (e->hash == hash) {
                if (OBJ_IS_SMALLINT(e->key) || e->key->type != &str_type) {
                    return lookup_general(vm, t, key, hash);
                }
                if (str_equal(e->key, key)) {
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// The first index slot for `hash` that holds no entry (empty or dummy).
static size_t free_slot(const DictTable *t, int64_t hash) {
    size_t mask = index_size(t) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    const int32_t *index = index_of(t);
    while (index[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// Copies the live entries of `t` in order to `dst` (which may be
// t->entries itself: entries only move down) and returns their number.
static size_t compact_into(const DictTable *t, DictEntry *dst) {
    size_t n = 0;
    for (size_t k = 0; k < t->nentries; k++) {
        if (t->entries[k].key != NULL) {
            dst[n++] = t->entries[k];
        }
    }
    return n;
}

// Rebuilds `t` as a small table with room for `minused` (at most
// DICT_SMALL_MAX) entries: in its inline storage when they fit there, else
// in a heap block of 4 or DICT_SMALL_MAX entries.
static int resize_small(Vm *vm, DictTable *t, size_t minused) {
    OURO_UNUSED(vm); // mem_alloc raises MemoryError itself
    void *old = heap_block(t);
    DictEntry *entries;
    size_t cap;
    if (minused <= t->inline_cap) {
        entries = inline_store(t);
        cap = t->inline_cap;
    } else {
        cap = minused <= 4 ? 4 : DICT_SMALL_MAX;
        entries = mem_alloc(cap * sizeof(DictEntry));
        if (entries == NULL) {
            return -1;
        }
    }
    size_t n = t->entries != NULL ? compact_into(t, entries) : 0;
    if (old != NULL && (void *)entries != old) {
        mem_free(old);
    }
    t->entries = entries;
    t->log2index = 0;
    t->smallcap = (uint8_t)cap;
    t->nentries = (uint32_t)n;
    t->filled = 0;
    t->generation++;
    return 0;
}

// Rebuilds the table with room for at least `minused` entries: a fresh
// index when they are more than DICT_SMALL_MAX, and live entries compacted
// in order. No Python code runs.
int dictimpl_resize(Vm *vm, DictTable *t, size_t minused) {
    if (minused <= DICT_SMALL_MAX) {
        return resize_small(vm, t, minused);
    }
    unsigned log2 = MIN_LOG2INDEX;
    while (usable((size_t)1 << log2) < minused) {
        if (log2 >= MAX_LOG2INDEX) {
            err_nomemory(vm);
            return -1;
        }
        log2++;
    }
    size_t nindex = (size_t)1 << log2, cap = usable(nindex);
    // One block: the index, then the entries (instances and small dicts
    // need no index, so this is the only block of a large table).
    int32_t *index = mem_alloc(nindex * sizeof(int32_t) + cap * sizeof(DictEntry));
    if (index == NULL) {
        return -1;
    }
    DictEntry *entries = (DictEntry *)(index + nindex);
    memset(index, 0xff, nindex * sizeof(int32_t)); // all IX_EMPTY
    void *old = heap_block(t);
    size_t n = t->entries != NULL ? compact_into(t, entries) : 0;
    mem_free(old);
    t->entries = entries;
    t->log2index = (uint8_t)log2;
    t->smallcap = 0;
    t->nentries = (uint32_t)n;
    t->filled = (uint32_t)n;
    t->generation++;
    for (size_t k = 0; k < n; k++) {
        index[free_slot(t, entries[k].hash)] = (int32_t)k;
    }
    return 0;
}

BORROWED Obj *dictimpl_get_hashed(Vm *vm, DictTable *t, Obj *key, int64_t hash) {
    int64_t ix = lookup(vm, t, key, hash);
    return ix >= 0 ? t->entries[ix].value : NULL;
}

// Makes room for one more entry. A full small table with deleted entries
// is compacted where it is; otherwise tables grow as CPython's (an index
// of about 3x the live entries), small ones one step at a time.
static int make_room(Vm *vm, DictTable *t) {
    size_t cap = table_cap(t);
    if (t->nentries < cap && (t->log2index == 0 || t->filled < cap)) {
        return 0;
    }
    size_t want;
    if (t->log2index == 0) {
        want = t->used < cap ? cap : t->used + 1;
        if (want > DICT_SMALL_MAX) {
            want = t->used * 2 + 1;
        }
    } else {
        want = t->used * 2 + 1;
    }
    return dictimpl_resize(vm, t, want);
}

// t[key] = value: the position of the entry that holds it, or -1.
static int64_t set_hashed(Vm *vm, DictTable *t, Obj *key, int64_t hash, Obj *value) {
    int64_t ix = lookup(vm, t, key, hash);
    if (ix == IX_ERROR) {
        return -1;
    }
    if (ix >= 0) {
        dicttable_replace_at(t, ix, value);
        return ix;
    }
    if (make_room(vm, t) < 0) {
        return -1;
    }
    if (t->log2index != 0) {
        int32_t *index = index_of(t);
        size_t slot = free_slot(t, hash);
        if (index[slot] == IX_EMPTY) {
            t->filled++;
        }
        index[slot] = (int32_t)t->nentries;
    }
    dicttable_push_entry(t, key, hash, value);
    if (OBJ_IS_SMALLINT(key) || key->type != &str_type) {
        t->version |= VERSION_OTHER_KEYS;
    }
    bump_version(t);
    return (int64_t)t->nentries - 1;
}

int dictimpl_set_hashed(Vm *vm, DictTable *t, Obj *key, int64_t hash, Obj *value) {
    return set_hashed(vm, t, key, hash, value) < 0 ? -1 : 0;
}

// Index slot that points at entry `ix` (which must be live).
static size_t slot_of(const DictTable *t, int64_t hash, int64_t ix) {
    size_t mask = index_size(t) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    const int32_t *index = index_of(t);
    while (index[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

void dictimpl_remove_entry(DictTable *t, int64_t ix, Obj **key, Obj **value) {
    DictEntry *e = &t->entries[ix];
    if (t->log2index != 0) {
        index_of(t)[slot_of(t, e->hash, ix)] = IX_DUMMY;
    }
    *key = e->key;
    *value = e->value;
    e->key = NULL;
    e->value = NULL;
    t->used--;
    bump_version(t);
}

int dictimpl_pop_hashed(Vm *vm, DictTable *t, Obj *key, int64_t hash, Obj **value) {
    int64_t ix = lookup(vm, t, key, hash);
    if (ix == IX_ERROR) {
        return -1;
    }
    if (ix < 0) {
        return 1;
    }
    Obj *k;
    dictimpl_remove_entry(t, ix, &k, value);
    obj_decref(k);
    return 0;
}

// ---------------------------------------------------------------------------
// DictTable API (instance attribute storage).
// ---------------------------------------------------------------------------

BORROWED Obj *dicttable_get(Vm *vm, DictTable *t, Obj *key) {
    if (!OBJ_IS_SMALLINT(key) && key->type == &str_type && ((StrObj *)key)->hash != -1) {
        size_t ix;
        switch (dicttable_probe_str(t, key, ((StrObj *)key)->hash, &ix)) {
            case DICT_PROBE_FOUND:
                return t->entries[ix].value;
            case DICT_PROBE_ABSENT:
                return NULL;
            case DICT_PROBE_UNSURE:
                break;
        }
    }
    int64_t hash = dictimpl_hash(vm, key);
    if (hash == -1) {
        return NULL;
    }
    return dictimpl_get_hashed(vm, t, key, hash);
}

int64_t dicttable_index(Vm *vm, DictTable *t, Obj *key) {
    if (!OBJ_IS_SMALLINT(key) && key->type == &str_type && ((StrObj *)key)->hash != -1) {
        size_t ix;
        switch (dicttable_probe_str(t, key, ((StrObj *)key)->hash, &ix)) {
            case DICT_PROBE_FOUND:
                return (int64_t)ix;
            case DICT_PROBE_ABSENT:
                return -2;
            case DICT_PROBE_UNSURE:
                break;
        }
    }
    int64_t hash = dictimpl_hash(vm, key);
    if (hash == -1) {
        return -1;
    }
    int64_t ix = lookup(vm, t, key, hash);
    return ix >= 0 ? ix : (ix == IX_EMPTY ? -2 : -1);
}

int64_t dicttable_store(Vm *vm, DictTable *t, Obj *key, Obj *value) {
    int64_t hash = dictimpl_hash(vm, key);
    if (hash == -1) {
        return -1;
    }
    return set_hashed(vm, t, key, hash, value);
}

int dicttable_set(Vm *vm, DictTable *t, Obj *key, Obj *value) {
    int64_t hash = dictimpl_hash(vm, key);
    if (hash == -1) {
        return -1;
    }
    return dictimpl_set_hashed(vm, t, key, hash, value);
}

int dicttable_del(Vm *vm, DictTable *t, Obj *key) {
    int64_t hash = dictimpl_hash(vm, key);
    if (hash == -1) {
        return -1;
    }
    Obj *value;
    int rc = dictimpl_pop_hashed(vm, t, key, hash, &value);
    if (rc == 0) {
        obj_decref(value);
    }
    return rc;
}

bool dicttable_next(const DictTable *t, size_t *pos, Obj **key, Obj **value) {
    while (*pos < t->nentries) {
        const DictEntry *e = &t->entries[(*pos)++];
        if (e->key != NULL) {
            *key = e->key;
            if (value != NULL) {
                *value = e->value;
            }
            return true;
        }
    }
    return false;
}

_Static_assert(VERSION_OTHER_KEYS == DICT_VERSION_OTHER_KEYS, "dict_gc.h reads this bit");

int dicttable_traverse(const DictTable *t, GcVisitFn visit, void *arg) {
    if (dicttable_collector_walk(t, visit, arg)) {
        return 0;
    }
    bool keys_too = (t->version & VERSION_OTHER_KEYS) != 0;
    for (size_t k = 0; k < t->nentries; k++) { // `entries` may be NULL when empty
        const DictEntry *e = &t->entries[k];
        if (e->key != NULL) {
            // CPython's order: the value, then the key (gc.get_referents).
            int rc = visit(e->value, arg);
            if (rc == 0 && keys_too) {
                rc = visit(e->key, arg);
            }
            if (rc != 0) {
                return rc;
            }
        }
    }
    return 0;
}

// Empties `t`, keeping its inline storage for later use.
static void reset(DictTable *t) {
    t->version &= ~(uint64_t)VERSION_OTHER_KEYS;
    t->entries = NULL;
    t->used = t->nentries = t->filled = 0;
    t->log2index = t->smallcap = 0;
    t->generation++;
    bump_version(t);
}

void dicttable_clear(DictTable *t) {
    if (uses_inline(t)) {
        // The storage stays with the owner, so the references are moved
        // out of it before any is released: a release may run code that
        // stores new attributes there.
        Obj *refs[2 * DICT_SMALL_MAX]; // inline storage holds a small table
        size_t n = 0;
        for (size_t k = 0; k < t->nentries; k++) {
            if (t->entries[k].key != NULL) {
                refs[n++] = t->entries[k].key;
                refs[n++] = t->entries[k].value;
            }
        }
        reset(t);
        while (n > 0) {
            obj_decref(refs[--n]);
        }
        return;
    }
    DictEntry *entries = t->entries;
    size_t n = t->nentries;
    void *block = heap_block(t);
    reset(t);
    for (size_t k = 0; k < n; k++) {
        if (entries[k].key != NULL) {
            obj_decref(entries[k].key);
            obj_decref(entries[k].value);
        }
    }
    mem_free(block);
}

void dicttable_dispose(DictTable *t) {
    for (size_t k = 0; k < t->nentries; k++) { // `entries` may be NULL when empty
        const DictEntry *e = &t->entries[k];
        if (e->key != NULL) {
            obj_decref(e->key);
            obj_decref(e->value);
        }
    }
    mem_free(heap_block(t));
    t->entries = NULL;
    t->used = t->nentries = 0;
}

size_t dicttable_sizeof(const DictTable *t) {
    size_t heap = 0;
    if (!uses_inline((DictTable *)t)) {
        heap = index_size(t) * sizeof(int32_t) + table_cap(t) * sizeof(DictEntry);
    }
    return heap + t->inline_cap * sizeof(DictEntry);
}

// ---------------------------------------------------------------------------
// dict C API.
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// Tracking (CPython's MAINTAIN_TRACKING): a plain dict starts untracked and
// becomes tracked by the collector only once it holds a key or value that
// can be part of a cycle. Dicts of atoms (ints, strs, ...) cost the
// collector nothing, and gc.is_tracked({}) is False as in CPython.
// ---------------------------------------------------------------------------

// True when `o` may be tracked: a GC object, except an untracked tuple.
static bool may_be_tracked(const Obj *o) {
    if (!type_obj_is_gc(o)) {
        return false;
    }
    return o->type != &tuple_type || gc_is_tracked(o);
}

void dictimpl_maintain_tracking(Obj *dict, Obj *key, Obj *value) {
    if ((may_be_tracked(key) || may_be_tracked(value)) && !gc_is_tracked(dict)) {
        gc_track(dict);
    }
}

void dictimpl_untrack_new(Obj *dict) {
    if (obj_type(dict) == &dict_type) {
        gc_untrack(dict);
    }
}

NEWREF Obj *dict_new(Vm *vm) {
    Obj *d = obj_new_container(vm, &dict_type, sizeof(DictObj));
    if (d != NULL) {
        gc_untrack(d);
    }
    return d;
}

BORROWED Obj *dict_get_borrow(Vm *vm, Obj *dict, Obj *key) {
    return dicttable_get(vm, &((DictObj *)dict)->t, key);
}

// True when live entry `e` has a str key with text `key` (`len` bytes, hash `hash`).
static bool cstr_matches(const DictEntry *e, int64_t hash, const char *key, size_t len) {
    return e->hash == hash && !OBJ_IS_SMALLINT(e->key) && str_check(e->key) &&
           str_size(e->key) == len && memcmp(str_cstr(e->key), key, len) == 0;
}

// Probes with the hash a str of this text would have and compares text
// directly: no allocation, and no Python code runs (only str keys can
// match, which is what callers of the C-text API want).
BORROWED Obj *dict_get_cstr_borrow(Vm *vm, Obj *dict, const char *key) {
    OURO_UNUSED(vm);
    const DictTable *t = &((DictObj *)dict)->t;
    if (t->used == 0) {
        return NULL;
    }
    size_t len = strlen(key);
    int64_t hash = str_hash_bytes(key, len);
    if (t->log2index == 0) {
        for (size_t ix = 0; ix < t->nentries; ix++) {
            const DictEntry *e = &t->entries[ix];
            if (e->key != NULL && cstr_matches(e, hash, key, len)) {
                return e->value;
            }
        }
        return NULL;
    }
    size_t mask = index_size(t) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    const int32_t *index = index_of(t);
    for (;;) {
        int64_t ix = index[i];
        if (ix == IX_EMPTY) {
            return NULL;
        }
        if (ix >= 0 && cstr_matches(&t->entries[ix], hash, key, len)) {
            return t->entries[ix].value;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

int dict_set(Vm *vm, Obj *dict, Obj *key, Obj *value) {
    if (dicttable_set(vm, &((DictObj *)dict)->t, key, value) < 0) {
        return -1;
    }
    dictimpl_maintain_tracking(dict, key, value);
    return 0;
}

int dict_set_cstr(Vm *vm, Obj *dict, const char *key, Obj *value) {
    Obj *k = str_intern_cstr(vm, key);
    if (k == NULL) {
        return -1;
    }
    return dict_set(vm, dict, k, value);
}

int dict_del(Vm *vm, Obj *dict, Obj *key) {
    return dicttable_del(vm, &((DictObj *)dict)->t, key);
}

size_t dict_len(const Obj *dict) {
    return ((const DictObj *)dict)->t.used;
}

bool dict_next(const Obj *dict, size_t *pos, Obj **key, Obj **value) {
    return dicttable_next(&((const DictObj *)dict)->t, pos, key, value);
}

void dict_clear(Obj *dict) {
    dicttable_clear(&((DictObj *)dict)->t);
}

// Copies `src`'s table into the empty table `dst` (no Python code runs:
// hashes are reused and keys are known distinct).
static int copy_table(Vm *vm, DictTable *dst, const DictTable *src) {
    if (src->used == 0) {
        return 0;
    }
    if (dictimpl_resize(vm, dst, src->used) < 0) {
        return -1;
    }
    for (size_t k = 0; k < src->nentries; k++) {
        const DictEntry *e = &src->entries[k];
        if (e->key == NULL) {
            continue;
        }
        DictEntry *d = &dst->entries[dst->nentries];
        d->hash = e->hash;
        d->key = obj_newref(e->key);
        d->value = obj_newref(e->value);
        if (dst->log2index != 0) {
            index_of(dst)[free_slot(dst, e->hash)] = (int32_t)dst->nentries;
            dst->filled++;
        }
        dst->nentries++;
        dst->used++;
    }
    dst->version |= src->version & VERSION_OTHER_KEYS;
    bump_version(dst);
    return 0;
}

NEWREF Obj *dict_copy(Vm *vm, Obj *dict) {
    Obj *res = dict_new(vm);
    if (res == NULL) {
        return NULL;
    }
    if (copy_table(vm, &((DictObj *)res)->t, &((DictObj *)dict)->t) < 0) {
        obj_decref(res);
        return NULL;
    }
    if (gc_is_tracked(dict)) {
        gc_track(res);
    }
    return res;
}

// Merges dict `src` into `dst`. Setting may run __eq__, which may change
// `src`: the walk re-reads the bounds and holds each pair while storing it.
static int merge_dict(Vm *vm, Obj *dst, Obj *src) {
    DictTable *s = &((DictObj *)src)->t;
    DictTable *d = &((DictObj *)dst)->t;
    if (dst == src || s->used == 0) {
        return 0;
    }
    if (d->used == 0 && obj_type(dst) == &dict_type) {
        if (copy_table(vm, d, s) < 0) {
            return -1;
        }
        if (gc_is_tracked(src)) {
            gc_track(dst);
        }
        return 0;
    }
    for (size_t k = 0; k < s->nentries; k++) {
        DictEntry *e = &s->entries[k];
        if (e->key == NULL) {
            continue;
        }
        Obj *key = obj_newref(e->key), *value = obj_newref(e->value);
        int rc = dictimpl_set_hashed(vm, d, key, e->hash, value);
        if (rc == 0) {
            dictimpl_maintain_tracking(dst, key, value);
        }
        obj_decref(key);
        obj_decref(value);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

// Merges a mapping that has keys(): d[k] = other[k] for k in other.keys().
static int merge_mapping(Vm *vm, Obj *dst, Obj *src, Obj *keys_meth) {
    Obj *keys = obj_call0(vm, keys_meth);
    if (keys == NULL) {
        return -1;
    }
    Obj *it = obj_iter(vm, keys);
    obj_decref(keys);
    if (it == NULL) {
        return -1;
    }
    Obj *key;
    int rc = 0;
    while (rc == 0 && (key = obj_next(vm, it)) != NULL) {
        Obj *value = obj_getitem(vm, src, key);
        rc = value == NULL ? -1 : dict_set(vm, dst, key, value);
        obj_xdecref(value);
        obj_decref(key);
    }
    obj_decref(it);
    return rc < 0 || err_occurred(vm) ? -1 : 0;
}

// Stores one (key, value) element of an update sequence.
static int merge_pair(Vm *vm, Obj *dst, Obj *item, size_t n) {
    Obj *pair = NULL;
    int rc = -1;
    if (obj_type(item) == &tuple_type) {
        pair = obj_newref(item);
    } else {
        pair = tuple_from_iterable(vm, item);
        if (pair == NULL) {
            if (err_matches(vm, &exc_TypeError)) {
                err_clear(vm);
                err_raise(vm, &exc_TypeError,
                          "cannot convert dictionary update sequence element #%zu to a sequence",
                          n);
            }
            return -1;
        }
    }
    if (tuple_len(pair) != 2) {
        err_raise(vm, &exc_ValueError,
                  "dictionary update sequence element #%zu has length %zu; 2 is required", n,
                  tuple_len(pair));
    } else {
        rc = dict_set(vm, dst, tuple_get_borrow(pair, 0), tuple_get_borrow(pair, 1));
    }
    obj_decref(pair);
    return rc;
}

int dictimpl_merge_pairs(Vm *vm, Obj *dst, Obj *iterable) {
    Obj *it = obj_iter(vm, iterable);
    if (it == NULL) {
        return -1;
    }
    Obj *item;
    int rc = 0;
    for (size_t n = 0; rc == 0 && (item = obj_next(vm, it)) != NULL; n++) {
        rc = merge_pair(vm, dst, item, n);
        obj_decref(item);
    }
    obj_decref(it);
    return rc < 0 || err_occurred(vm) ? -1 : 0;
}

int dict_update(Vm *vm, Obj *dict, Obj *other) {
    // A dict subclass that overrides __iter__ goes through keys(), as in
    // CPython's dict_merge.
    if (dict_check(other) && obj_type(other)->iter == dict_type.iter) {
        return merge_dict(vm, dict, other);
    }
    Obj *keys = obj_lookup_attr(vm, other, str_intern_cstr(vm, "keys"));
    if (keys != NULL) {
        int rc = merge_mapping(vm, dict, other, keys);
        obj_decref(keys);
        return rc;
    }
    if (err_occurred(vm)) {
        return -1;
    }
    return dictimpl_merge_pairs(vm, dict, other);
}
