/* dict.c: the insertion-ordered hash table shared by dict objects and the
 * attribute storage of instances (DictTable), and the dict C API. Methods
 * are in dict_methods.c, views and iterators in dictviews.c.
 *
 * Layout (CPython 3.6+'s compact dict): `entries` holds {hash, key, value}
 * in insertion order; `index` is an open-addressing table of positions into
 * `entries` (-1 empty, -2 dummy left by a deletion). Probing follows
 * CPython: i = (5*i + perturb + 1) & mask, with perturb >>= 5 each step, so
 * every slot is eventually visited. Deleted entries keep their place (key
 * NULL) until the next resize compacts the array.
 *
 * Comparing keys can run Python code (__eq__) that mutates the table. A
 * lookup that finds the table changed across a comparison starts over, as
 * CPython does, so it never reads freed memory; `version` changes on every
 * mutation for the iterators and caches that need to know. */
#include "dict.h"

#include <string.h>

#include "../memory/gc.h"
#include "../memory/mem.h"
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
#define MIN_INDEX     8
// A lookup whose comparisons keep mutating the table gives up after this
// many restarts instead of looping forever.
#define MAX_RESTARTS 1000

// Bit 0 of `version` marks a watched table (a class dict the attribute
// cache of type.c relies on); mutations count in steps of 2 so that the bit
// survives them. A mutation of a watched table invalidates that cache.
#define VERSION_WATCHED 1u

// Versions come from one counter, so that (table, version) never repeats,
// even for a table freed and another made at the same address.
static uint64_t version_counter;

static inline void bump_version(DictTable *t) {
    version_counter += 2;
    t->version = version_counter | (t->version & VERSION_WATCHED);
    if (OURO_UNLIKELY(t->version & VERSION_WATCHED)) {
        type_cache_invalidate();
    }
}

void dicttable_watch(DictTable *t) {
    t->version |= VERSION_WATCHED;
}

// Entries that fit in an index of `nindex` slots (2/3 full at most).
static size_t usable(size_t nindex) {
    return (nindex << 1) / 3;
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

// Position in `entries` of `key`, IX_EMPTY when absent, IX_ERROR with an
// exception pending when a comparison failed.
static int64_t lookup(Vm *vm, DictTable *t, Obj *key, int64_t hash) {
    int restarts = 0;
restart:
    if (t->nindex == 0) {
        return IX_EMPTY;
    }
    size_t mask = t->nindex - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int64_t ix = t->index[i];
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
                DictEntry *entries = t->entries;
                Obj *k = obj_newref(e->key);
                int eq = obj_eq(vm, k, key);
                obj_decref(k);
                if (eq < 0) {
                    return IX_ERROR;
                }
                // CPython's test for "the table changed under us": same
                // arrays and the entry still holds the key compared. The
                // bounds checks make it memory-safe whatever happened.
                if (t->entries != entries || t->nindex != mask + 1 || (size_t)ix >= t->nentries ||
                    t->entries[ix].key != k) {
                    if (++restarts > MAX_RESTARTS) {
                        err_raise(vm, &exc_RuntimeError, "dictionary changed during lookup");
                        return IX_ERROR;
                    }
                    goto restart;
                }
                if (eq > 0) {
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
    size_t mask = t->nindex - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (t->index[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// Rebuilds the table with room for at least `minused` entries: a fresh
// index, and live entries compacted in order. No Python code runs.
int dictimpl_resize(Vm *vm, DictTable *t, size_t minused) {
    size_t nindex = MIN_INDEX;
    while (usable(nindex) < minused) {
        if (nindex > (SIZE_MAX >> 5)) {
            err_nomemory(vm);
            return -1;
        }
        nindex <<= 1;
    }
    size_t cap = usable(nindex);
    // One block: the entries, then the index (half the allocations of two
    // blocks: instances get their table on their first attribute). The
    // sizes cannot overflow: nindex is at most SIZE_MAX >> 5.
    DictEntry *entries = mem_alloc(cap * sizeof(DictEntry) + nindex * sizeof(int64_t));
    if (entries == NULL) {
        return -1;
    }
    int64_t *index = (int64_t *)(entries + cap);
    memset(index, 0xff, nindex * sizeof(int64_t)); // all IX_EMPTY
    size_t n = 0;
    for (size_t k = 0; k < t->nentries; k++) {
        if (t->entries[k].key != NULL) {
            entries[n++] = t->entries[k];
        }
    }
    mem_free(t->entries); // with the index
    t->index = index;
    t->entries = entries;
    t->nindex = nindex;
    t->cap = cap;
    t->nentries = n;
    t->filled = n;
    for (size_t k = 0; k < n; k++) {
        index[free_slot(t, entries[k].hash)] = (int64_t)k;
    }
    return 0;
}

BORROWED Obj *dictimpl_get_hashed(Vm *vm, DictTable *t, Obj *key, int64_t hash) {
    int64_t ix = lookup(vm, t, key, hash);
    return ix >= 0 ? t->entries[ix].value : NULL;
}

// t[key] = value: the position of the entry that holds it, or -1.
static int64_t set_hashed(Vm *vm, DictTable *t, Obj *key, int64_t hash, Obj *value) {
    int64_t ix = lookup(vm, t, key, hash);
    if (ix == IX_ERROR) {
        return -1;
    }
    if (ix >= 0) {
        Obj *old = t->entries[ix].value;
        t->entries[ix].value = obj_newref(value);
        bump_version(t);
        obj_decref(old);
        return ix;
    }
    // CPython's growth: an index of about 3x the live entries.
    if ((t->nentries >= t->cap || t->filled >= t->cap) &&
        dictimpl_resize(vm, t, t->used * 2 + 1) < 0) {
        return -1;
    }
    size_t slot = free_slot(t, hash);
    if (t->index[slot] == IX_EMPTY) {
        t->filled++;
    }
    DictEntry *e = &t->entries[t->nentries];
    e->hash = hash;
    e->key = obj_newref(key);
    e->value = obj_newref(value);
    t->index[slot] = (int64_t)t->nentries;
    t->nentries++;
    t->used++;
    bump_version(t);
    return (int64_t)t->nentries - 1;
}

int dictimpl_set_hashed(Vm *vm, DictTable *t, Obj *key, int64_t hash, Obj *value) {
    return set_hashed(vm, t, key, hash, value) < 0 ? -1 : 0;
}

// Index slot that points at entry `ix` (which must be live).
static size_t slot_of(const DictTable *t, int64_t hash, int64_t ix) {
    size_t mask = t->nindex - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (t->index[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

void dictimpl_remove_entry(DictTable *t, int64_t ix, Obj **key, Obj **value) {
    DictEntry *e = &t->entries[ix];
    t->index[slot_of(t, e->hash, ix)] = IX_DUMMY;
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
    int64_t hash = dictimpl_hash(vm, key);
    if (hash == -1) {
        return NULL;
    }
    return dictimpl_get_hashed(vm, t, key, hash);
}

int64_t dicttable_index(Vm *vm, DictTable *t, Obj *key) {
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

void dicttable_replace_at(DictTable *t, int64_t ix, Obj *value) {
    Obj *old = t->entries[ix].value;
    t->entries[ix].value = obj_newref(value);
    bump_version(t);
    obj_decref(old);
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

int dicttable_traverse(const DictTable *t, GcVisitFn visit, void *arg) {
    for (size_t k = 0; k < t->nentries; k++) {
        const DictEntry *e = &t->entries[k];
        if (e->key != NULL) {
            int rc = visit(e->key, arg);
            if (rc == 0) {
                rc = visit(e->value, arg);
            }
            if (rc != 0) {
                return rc;
            }
        }
    }
    return 0;
}

void dicttable_clear(DictTable *t) {
    DictEntry *entries = t->entries;
    size_t n = t->nentries;
    t->index = NULL; // freed with the entries
    t->entries = NULL;
    t->used = t->nentries = t->cap = t->nindex = t->filled = 0;
    bump_version(t);
    for (size_t k = 0; k < n; k++) {
        if (entries[k].key != NULL) {
            obj_decref(entries[k].key);
            obj_decref(entries[k].value);
        }
    }
    mem_free(entries);
}

size_t dicttable_sizeof(const DictTable *t) {
    return t->nindex * sizeof(int64_t) + t->cap * sizeof(DictEntry);
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
    if (!gc_is_tracked(dict) && (may_be_tracked(key) || may_be_tracked(value))) {
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

// Probes with the hash a str of this text would have and compares text
// directly: no allocation, and no Python code runs (only str keys can
// match, which is what callers of the C-text API want).
BORROWED Obj *dict_get_cstr_borrow(Vm *vm, Obj *dict, const char *key) {
    OURO_UNUSED(vm);
    const DictTable *t = &((DictObj *)dict)->t;
    if (t->nindex == 0) {
        return NULL;
    }
    size_t len = strlen(key);
    int64_t hash = str_hash_bytes(key, len);
    size_t mask = t->nindex - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int64_t ix = t->index[i];
        if (ix == IX_EMPTY) {
            return NULL;
        }
        if (ix >= 0) {
            const DictEntry *e = &t->entries[ix];
            if (e->hash == hash && !OBJ_IS_SMALLINT(e->key) && str_check(e->key) &&
                str_size(e->key) == len && memcmp(str_cstr(e->key), key, len) == 0) {
                return e->value;
            }
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
        dst->index[free_slot(dst, e->hash)] = (int64_t)dst->nentries;
        dst->nentries++;
        dst->filled++;
        dst->used++;
    }
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
