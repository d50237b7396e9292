/* set.c: the hash table of set and frozenset, and their type objects.
 *
 * The table follows CPython 3.11 exactly so that iteration order matches
 * (print({3, 1, 2}) prints {1, 2, 3}): 8 slots to start, embedded in the
 * object; slot = hash & mask; up to 9 linear probes from there, then a
 * perturbed jump (i = 5*i + 1 + perturb, perturb >>= 5); deleted slots keep
 * a dummy marker; the table grows when fill*5 >= mask*3, to a size above
 * used*4 (used*2 past 50000 entries). The algebra and the methods are in
 * set_methods.c. */
#include "set.h"

#include <string.h>

#include "../memory/gc.h"
#include "../memory/mem.h"
#include "args.h"
#include "dict_impl.h"
#include "exc.h"
#include "intobj.h"
#include "runtime.h"
#include "set_impl.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

// A static object never exposed to Python: only its address matters.
Obj setimpl_dummy = OBJ_HEAD_INIT(&none_type);

bool set_check(const Obj *o) {
    TypeObj *t = obj_type(o);
    if (t == &set_type || t == &frozenset_type) {
        return true;
    }
    return (t->flags & TYPE_FLAG_HEAPTYPE) != 0 &&
           (obj_is_instance((Obj *)o, &set_type) || obj_is_instance((Obj *)o, &frozenset_type));
}

bool setimpl_is_frozen(const Obj *o) {
    TypeObj *t = obj_type(o);
    if (t == &frozenset_type || t == &set_type) {
        return t == &frozenset_type;
    }
    return obj_is_instance((Obj *)o, &frozenset_type);
}

// A new empty set of `type` using its embedded 8-slot table (no separate
// allocation until the set grows).
static Obj *alloc_set(Vm *vm, TypeObj *type) {
    SetObj *so = (SetObj *)type_alloc(vm, type);
    if (so == NULL) {
        return NULL;
    }
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    return (Obj *)so;
}

NEWREF Obj *set_new(Vm *vm, bool frozen) {
    return alloc_set(vm, frozen ? &frozenset_type : &set_type);
}

NEWREF Obj *setimpl_new_like(Vm *vm, const Obj *like) {
    return set_new(vm, setimpl_is_frozen(like));
}

size_t set_len(const Obj *set) {
    return ((const SetObj *)set)->used;
}

// Places a key known to be absent into a table without dummies.
static void insert_clean(SetEntry *table, size_t mask, Obj *key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        if (table[i].key == NULL) {
            table[i] = (SetEntry){key, hash};
            return;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 1; j <= LINEAR_PROBES; j++) {
                if (table[i + j].key == NULL) {
                    table[i + j] = (SetEntry){key, hash};
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Rebuilds the table with more than `minused` slots; no Python code runs.
int setimpl_resize(Vm *vm, SetObj *so, size_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        if (newsize > (SIZE_MAX >> 6)) {
            err_nomemory(vm);
            return -1;
        }
        newsize <<= 1;
    }
    SetEntry *oldtable = so->table;
    size_t oldsize = so->mask + 1;
    SetEntry small_copy[SET_MINSIZE];
    if (oldtable == so->smalltable) {
        memcpy(small_copy, so->smalltable, sizeof small_copy);
        oldtable = small_copy;
    }
    SetEntry *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
    } else {
        newtable = mem_calloc(newsize, sizeof(SetEntry));
        if (newtable == NULL) {
            return -1;
        }
    }
    if (newtable == so->smalltable) {
        memset(so->smalltable, 0, sizeof so->smalltable);
    }
    so->mask = newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (size_t k = 0; k < oldsize; k++) {
        SetEntry *e = &oldtable[k];
        if (e->key != NULL && e->key != &setimpl_dummy) {
            insert_clean(newtable, so->mask, e->key, e->hash);
        }
    }
    if (oldtable != small_copy) {
        mem_free(oldtable);
    }
    return 0;
}

// Finds `key`: returns its entry, or the unused entry that ends its probe
// sequence; NULL with an exception pending on a failed comparison. A
// comparison that changes the set restarts the search. When `freeslot` is
// given it receives the last dummy passed on the way (NULL if none), the
// slot an insertion reuses, as CPython does (so iteration orders match).
static SetEntry *lookkey(Vm *vm, SetObj *so, Obj *key, int64_t hash, SetEntry **freeslot) {
    int restarts = 0;
restart:;
    size_t mask = so->mask;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    if (freeslot != NULL) {
        *freeslot = NULL;
    }
    for (;;) {
        SetEntry *e = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == NULL) {
                return e;
            }
            if (e->hash == -1 && freeslot != NULL) {
                *freeslot = e; // the last dummy passed, as CPython's set_add_entry
            }
            if (e->hash == hash) {
                Obj *start = e->key;
                if (start == key) {
                    return e;
                }
                if (!OBJ_IS_SMALLINT(start) && !OBJ_IS_SMALLINT(key) && start->type == &str_type &&
                    key->type == &str_type) {
                    if (str_equal(start, key)) {
                        return e;
                    }
                } else {
                    SetEntry *table = so->table;
                    obj_incref(start);
                    int eq = obj_eq(vm, start, key);
                    obj_decref(start);
                    if (eq < 0) {
                        return NULL;
                    }
                    if (table != so->table || e->key != start || so->mask != mask) {
                        // Changed under us: start over (a bounded number
                        // of times, so that a hostile __eq__ cannot hang).
                        if (++restarts > 1000) {
                            err_raise(vm, &exc_RuntimeError, "set changed size during lookup");
                            return NULL;
                        }
                        goto restart;
                    }
                    if (eq > 0) {
                        return e;
                    }
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Inserts `key` unless an equal key is present. A dummy passed on the
// probe is reused (fill unchanged); a never-used slot raises fill, and the
// table grows once it is 60% full, as CPython's set_add_entry.
int setimpl_add_hashed(Vm *vm, SetObj *so, Obj *key, int64_t hash) {
    SetEntry *freeslot;
    SetEntry *e = lookkey(vm, so, key, hash, &freeslot);
    if (e == NULL) {
        return -1;
    }
    if (e->key != NULL) {
        return 0; // already present
    }
    if (freeslot != NULL) {
        // Reusing a dummy does not change `fill`.
        freeslot->key = obj_newref(key);
        freeslot->hash = hash;
        so->used++;
        return 0;
    }
    e->key = obj_newref(key);
    e->hash = hash;
    so->fill++;
    so->used++;
    if (so->fill * 5 < so->mask * 3) {
        return 0;
    }
    return setimpl_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

int setimpl_contains_hashed(Vm *vm, SetObj *so, Obj *key, int64_t hash) {
    SetEntry *e = lookkey(vm, so, key, hash, NULL);
    if (e == NULL) {
        return -1;
    }
    return e->key != NULL;
}

// The slot becomes a dummy so that probe sequences through it still work;
// the key is released after the table is consistent.
int setimpl_discard_hashed(Vm *vm, SetObj *so, Obj *key, int64_t hash) {
    SetEntry *e = lookkey(vm, so, key, hash, NULL);
    if (e == NULL) {
        return -1;
    }
    if (e->key == NULL) {
        return 0;
    }
    Obj *old = e->key;
    e->key = &setimpl_dummy;
    e->hash = -1;
    so->used--;
    obj_decref(old);
    return 1;
}

bool setimpl_next(const SetObj *so, size_t *pos, SetEntry **entry) {
    while (*pos <= so->mask) {
        SetEntry *e = &so->table[(*pos)++];
        if (e->key != NULL && e->key != &setimpl_dummy) {
            *entry = e;
            return true;
        }
    }
    return false;
}

// The hash of a key; a set used as a key is looked up as a frozenset (so
// that `{1} in {frozenset({1})}` works, as in CPython). `*tmp` receives
// the frozenset made for that, for the caller to release.
static int64_t key_hash(Vm *vm, Obj *key, Obj **tmp) {
    *tmp = NULL;
    int64_t h = dictimpl_hash(vm, key);
    if (h != -1 || !set_check(key) || setimpl_is_frozen(key) || !err_matches(vm, &exc_TypeError)) {
        return h;
    }
    err_clear(vm);
    *tmp = set_from_iterable(vm, key, true);
    if (*tmp == NULL) {
        return -1;
    }
    return obj_hash(vm, *tmp);
}

int set_add(Vm *vm, Obj *set, Obj *key) {
    int64_t hash = dictimpl_hash(vm, key);
    if (hash == -1) {
        return -1;
    }
    return setimpl_add_hashed(vm, (SetObj *)set, key, hash);
}

int set_contains(Vm *vm, Obj *set, Obj *key) {
    Obj *tmp;
    int64_t hash = key_hash(vm, key, &tmp);
    int rc = hash == -1 ? -1 : setimpl_contains_hashed(vm, (SetObj *)set, tmp ? tmp : key, hash);
    obj_xdecref(tmp);
    return rc;
}

int set_discard(Vm *vm, Obj *set, Obj *key) {
    Obj *tmp;
    int64_t hash = key_hash(vm, key, &tmp);
    int rc = hash == -1 ? -1 : setimpl_discard_hashed(vm, (SetObj *)set, tmp ? tmp : key, hash);
    obj_xdecref(tmp);
    return rc;
}

// The embedded small table is copied aside because resetting the set
// reuses it; keys are released only after the set is empty and valid.
void set_clear(Obj *set) {
    SetObj *so = (SetObj *)set;
    SetEntry *table = so->table;
    size_t size = so->mask + 1;
    SetEntry small_copy[SET_MINSIZE];
    if (table == so->smalltable) {
        memcpy(small_copy, so->smalltable, sizeof small_copy);
        table = small_copy;
    }
    // Detach: the set is empty and consistent before any key is released.
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1; // the pop finger is kept, as CPython does
    for (size_t k = 0; k < size; k++) {
        if (table[k].key != NULL && table[k].key != &setimpl_dummy) {
            obj_decref(table[k].key);
        }
    }
    if (table != small_copy) {
        mem_free(table);
    }
}

// Copies `other`'s entries into the empty set `so` (same hashes, no
// comparisons needed), keeping CPython's resulting order.
static int merge_set(Vm *vm, SetObj *so, SetObj *other) {
    if (other == so || other->used == 0) {
        return 0;
    }
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        setimpl_resize(vm, so, (so->used + other->used) * 2) < 0) {
        return -1;
    }
    if (so->fill == 0 && so->mask == other->mask) {
        for (size_t k = 0; k <= other->mask; k++) {
            SetEntry *e = &other->table[k];
            if (e->key != NULL && e->key != &setimpl_dummy) {
                so->table[k] = (SetEntry){obj_newref(e->key), e->hash};
            }
        }
        so->fill = so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        for (size_t k = 0; k <= other->mask; k++) {
            SetEntry *e = &other->table[k];
            if (e->key != NULL && e->key != &setimpl_dummy) {
                insert_clean(so->table, so->mask, obj_newref(e->key), e->hash);
            }
        }
        so->fill = so->used = other->used;
        return 0;
    }
    // General case: keys may compare equal to present ones.
    size_t pos = 0;
    SetEntry *e;
    while (setimpl_next(other, &pos, &e)) {
        Obj *key = obj_newref(e->key);
        int rc = setimpl_add_hashed(vm, so, key, e->hash);
        obj_decref(key);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

// Sets and dicts reuse their stored hashes; other iterables are hashed
// key by key.
int setimpl_update(Vm *vm, SetObj *so, Obj *other) {
    if (set_check(other)) {
        return merge_set(vm, so, (SetObj *)other);
    }
    if (obj_type(other) == &dict_type) { // CPython: exact dicts only
        size_t pos = 0;
        Obj *key;
        DictTable *t = &((DictObj *)other)->t;
        while (pos < t->nentries) {
            DictEntry *de = &t->entries[pos++];
            if (de->key == NULL) {
                continue;
            }
            key = obj_newref(de->key);
            int rc = setimpl_add_hashed(vm, so, key, de->hash);
            obj_decref(key);
            if (rc < 0) {
                return -1;
            }
        }
        return 0;
    }
    Obj *it = obj_iter(vm, other);
    if (it == NULL) {
        return -1;
    }
    Obj *key;
    int rc = 0;
    while (rc == 0 && (key = obj_next(vm, it)) != NULL) {
        rc = set_add(vm, (Obj *)so, key);
        obj_decref(key);
    }
    obj_decref(it);
    return rc < 0 || err_occurred(vm) ? -1 : 0;
}

NEWREF Obj *set_from_iterable(Vm *vm, Obj *iterable, bool frozen) {
    Obj *s = set_new(vm, frozen);
    if (s != NULL && setimpl_update(vm, (SetObj *)s, iterable) < 0) {
        obj_decref(s);
        return NULL;
    }
    return s;
}

// ---------------------------------------------------------------------------
// Type slots shared by set and frozenset.
// ---------------------------------------------------------------------------

static void set_dealloc(Obj *self) {
    gc_untrack(self);
    set_clear(self);
    obj_free(self);
}

static int set_traverse(Obj *self, GcVisitFn visit, void *arg) {
    const SetObj *so = (const SetObj *)self;
    size_t pos = 0;
    SetEntry *e;
    while (setimpl_next(so, &pos, &e)) {
        int rc = visit(e->key, arg);
        if (rc != 0) {
            return rc;
        }
    }
    return 0;
}

static size_t set_sizeof(Obj *self) {
    const SetObj *so = (const SetObj *)self;
    size_t n = obj_type(self)->basicsize;
    if (so->table != so->smalltable) {
        n += (so->mask + 1) * sizeof(SetEntry);
    }
    return n;
}

// "{1, 2}", "set()", "frozenset({1})", "MySet({1})".
static Obj *set_repr(Vm *vm, Obj *self) {
    SetObj *so = (SetObj *)self;
    const char *name = obj_type_name(self);
    bool plain = obj_type(self) == &set_type;
    if (so->used == 0) {
        return str_from_fmt(vm, "%s()", name);
    }
    int rc = obj_repr_enter(vm, self);
    if (rc != 0) {
        return rc > 0 ? str_from_fmt(vm, "%s(...)", name) : NULL;
    }
    Obj *res = NULL;
    // Snapshot the keys: a repr may run code that changes the set.
    Obj *keys = tuple_new(vm, so->used);
    if (keys == NULL) {
        goto done;
    }
    size_t pos = 0, n = 0;
    SetEntry *e;
    while (setimpl_next(so, &pos, &e)) {
        tuple_set_steal(keys, n++, obj_newref(e->key));
    }
    StrBuf b;
    strbuf_init(&b);
    if (!plain && (strbuf_append_cstr(&b, name) < 0 || strbuf_append_char(&b, '(') < 0)) {
        goto fail;
    }
    if (strbuf_append_char(&b, '{') < 0) {
        goto fail;
    }
    for (size_t k = 0; k < n; k++) {
        Obj *r = obj_repr(vm, tuple_get_borrow(keys, k));
        if (r == NULL) {
            goto fail;
        }
        rc = (k > 0 ? strbuf_append(&b, ", ", 2) : 0) < 0 ? -1 : strbuf_append_str(&b, r);
        obj_decref(r);
        if (rc < 0) {
            goto fail;
        }
    }
    if (strbuf_append_cstr(&b, plain ? "}" : "})") < 0) {
        goto fail;
    }
    res = strbuf_finish(vm, &b);
    goto done;
fail:
    strbuf_free(&b);
done:
    obj_xdecref(keys);
    obj_repr_leave(vm, self);
    return res;
}

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

// CPython 3.11's frozenset hash (order-independent), so values match.
static int64_t frozenset_hash(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    SetObj *so = (SetObj *)self;
    if (so->hash != -1) {
        return so->hash;
    }
    uint64_t hash = 0;
    size_t pos = 0;
    SetEntry *e;
    while (setimpl_next(so, &pos, &e)) {
        hash ^= shuffle_bits((uint64_t)e->hash);
    }
    hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) {
        hash = 590923713ULL;
    }
    so->hash = (int64_t)hash;
    return so->hash;
}

static int64_t set_len_slot(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return (int64_t)set_len(self);
}

// ---------------------------------------------------------------------------
// Iterator.
// ---------------------------------------------------------------------------

typedef struct SetIterObj {
    Obj head;
    Obj *set;    // NULL once exhausted
    size_t used; // size when iteration started
    size_t pos;
    size_t left;
} SetIterObj;

// Like dict iterators: the size at the start is remembered, and a change
// raises "Set changed size during iteration".
static Obj *set_iter(Vm *vm, Obj *self) {
    SetIterObj *it = (SetIterObj *)obj_new_container(vm, &setiter_type, sizeof(SetIterObj));
    if (it == NULL) {
        return NULL;
    }
    it->set = obj_newref(self);
    it->used = it->left = set_len(self);
    return (Obj *)it;
}

static void setiter_clear(Obj *self) {
    SetIterObj *it = (SetIterObj *)self;
    Obj *s = it->set;
    it->set = NULL;
    obj_xdecref(s);
}

static void setiter_dealloc(Obj *self) {
    gc_untrack(self);
    setiter_clear(self);
    obj_free(self);
}

static int setiter_traverse(Obj *self, GcVisitFn visit, void *arg) {
    Obj *s = ((SetIterObj *)self)->set;
    return s != NULL ? visit(s, arg) : 0;
}

static Obj *setiter_next(Vm *vm, Obj *self) {
    SetIterObj *it = (SetIterObj *)self;
    if (it->set == NULL) {
        return NULL;
    }
    SetObj *so = (SetObj *)it->set;
    if (so->used != it->used) {
        it->used = (size_t)-1;
        return err_raise(vm, &exc_RuntimeError, "Set changed size during iteration");
    }
    SetEntry *e;
    if (it->left == 0 || !setimpl_next(so, &it->pos, &e)) {
        setiter_clear(self);
        return NULL;
    }
    it->left--;
    return obj_newref(e->key);
}

static Obj *iter_self(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(self);
}

// What is left, or 0 once exhausted or after the set changed size.
static Obj *setiter_py_length_hint(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__length_hint__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    SetIterObj *it = (SetIterObj *)self;
    bool live = it->set != NULL && it->used == ((SetObj *)it->set)->used;
    return int_from_u64(vm, live ? it->left : 0);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_py_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

TypeObj setiter_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "set_iterator",
    .base = &object_type, // usable before the runtime readies it
    .basicsize = sizeof(SetIterObj),
    .flags = TYPE_FLAG_GC,
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .clear = setiter_clear,
    .iter = iter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

// ---------------------------------------------------------------------------
// Construction.
// ---------------------------------------------------------------------------

static Obj *set_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    return alloc_set(vm, type);
}

// set.__init__ replaces the contents, so set.__init__(s, x) re-fills s.
static int set_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        err_raise(vm, &exc_TypeError, "set() takes no keyword arguments");
        return -1;
    }
    if (args_check(vm, "set", nargs, NULL, 0, 1) < 0) {
        return -1;
    }
    set_clear(self);
    return nargs == 1 ? setimpl_update(vm, (SetObj *)self, args[0]) : 0;
}

// frozenset(fs) of an exact frozenset is fs itself (immutable).
static Obj *frozenset_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "frozenset() takes no keyword arguments");
    }
    if (args_check(vm, "frozenset", nargs, NULL, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1 && type == &frozenset_type && obj_type(args[0]) == &frozenset_type) {
        return obj_newref(args[0]);
    }
    Obj *s = alloc_set(vm, type);
    if (s != NULL && nargs == 1 && setimpl_update(vm, (SetObj *)s, args[0]) < 0) {
        obj_decref(s);
        return NULL;
    }
    return s;
}

static int set_contains_slot(Vm *vm, Obj *self, Obj *key) {
    return set_contains(vm, self, key);
}

// The slots set and frozenset share; set adds the in-place operators and
// __init__, frozenset its hash.
#define SET_TYPE_COMMON(pyname)                                                                    \
    .head = OBJ_HEAD_INIT(&type_type), .name = pyname, .basicsize = sizeof(SetObj),                \
    .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE, .dealloc = set_dealloc, .traverse = set_traverse,  \
    .clear = set_clear, .repr = set_repr, .richcompare = setimpl_richcompare, .iter = set_iter,    \
    .len = set_len_slot, .contains = set_contains_slot, .sizeof_ = set_sizeof

#define SET_BINOPS                                                                                 \
    {                                                                                              \
        [BINOP_OR] = setimpl_or, [BINOP_AND] = setimpl_and, [BINOP_SUB] = setimpl_sub,             \
        [BINOP_XOR] = setimpl_xor                                                                  \
    }

TypeObj set_type = {
    SET_TYPE_COMMON("set"),
    .binop = SET_BINOPS,
    .inplace = {[BINOP_OR] = setimpl_ior,
                [BINOP_AND] = setimpl_iand,
                [BINOP_SUB] = setimpl_isub,
                [BINOP_XOR] = setimpl_ixor},
    .new_ = set_new_py,
    .init = set_init,
    .methods = setimpl_set_methods,
};

TypeObj frozenset_type = {
    SET_TYPE_COMMON("frozenset"),
    .binop = SET_BINOPS,
    .hash = frozenset_hash,
    .new_ = frozenset_new_py,
    .methods = setimpl_frozenset_methods,
};
