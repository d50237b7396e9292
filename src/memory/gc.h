/* gc.h: the cycle collector's contract with the rest of Ouro. Container
 * objects carry a GcHead in front of the object; the collector knows objects
 * only through this header and their type's traverse/clear slots. */
#ifndef OURO_GC_H
#define OURO_GC_H

#include "../objects/object.h"

// Lives immediately before every object whose type has TYPE_FLAG_GC: 16
// bytes, two link words, as CPython's PyGC_Head. Heads are 8-byte aligned,
// so the low three bits of each word are free for flags:
//
//  - `prev`: FINALIZED and WEAKREFS (properties of the object that outlive
//    its tracking) and COLLECTING. Outside a collection the rest is the
//    previous node. During the collector's walks (gc.c) a member of the
//    collected set that is COLLECTING holds its scratch count there
//    instead (gc_refs << GC_REFS_SHIFT: the refcount less the references
//    from inside the set), so the prev links of the set are broken until
//    the walk that finds the reachable objects writes them back; a member
//    of the tentatively unreachable list keeps a real link (its count is 0).
//  - `next`: the next node, and UNREACHABLE while the object is in a
//    collection's unreachable list. 0 exactly when the object is not
//    tracked (no generation list holds it). The two MARKS bits say which
//    full collection last found the object alive from the interpreter's
//    roots (gc.c: "Marking from the roots"): 0, or that collection's
//    value (GC_NEXT_MARK_A or _B, alternating), or both bits for a tuple
//    visited by the running collection's marking.
//
// Nodes on the generation lists never carry UNREACHABLE or COLLECTING, and
// their MARKS are 0 or GcState.mark_last; link updates that can meet a
// collection's own lists keep the neighbours' bits (gc_link_set_next/prev).
typedef struct GcHead {
    uintptr_t next;
    uintptr_t prev;
} GcHead;

#define GC_PREV_FINALIZED   ((uintptr_t)1) // __del__ already ran (PEP 442)
#define GC_PREV_WEAKREFS    ((uintptr_t)2) // weak references to it exist (objects/weakref.c)
#define GC_PREV_COLLECTING  ((uintptr_t)4) // in the set being collected, not yet walked
#define GC_PREV_KEEP        (GC_PREV_FINALIZED | GC_PREV_WEAKREFS)
#define GC_NEXT_UNREACHABLE ((uintptr_t)1) // in the tentatively unreachable list
#define GC_NEXT_MARK_A      ((uintptr_t)2) // alive from the roots (odd marking collections)
#define GC_NEXT_MARK_B      ((uintptr_t)4) // alive from the roots (even marking collections)
#define GC_NEXT_MARKS       (GC_NEXT_MARK_A | GC_NEXT_MARK_B)
#define GC_LINK_BITS        ((uintptr_t)7)
#define GC_REFS_SHIFT       3
#define GC_REFS_ONE         ((uintptr_t)1 << GC_REFS_SHIFT)

#define GC_GENERATIONS      3

static inline GcHead *gc_head(const Obj *o) {
    return (GcHead *)((char *)(uintptr_t)o - sizeof(GcHead));
}
static inline BORROWED Obj *gc_obj(const GcHead *g) {
    return (Obj *)((char *)(uintptr_t)g + sizeof(GcHead));
}

// The neighbours of `g` on its list, without the flag bits.
static inline GcHead *gc_link_next(const GcHead *g) {
    return (GcHead *)(g->next & ~GC_LINK_BITS);
}
static inline GcHead *gc_link_prev(const GcHead *g) {
    return (GcHead *)(g->prev & ~GC_LINK_BITS);
}

// Point `g`'s links at `n` / `p`, keeping `g`'s flag bits.
static inline void gc_link_set_next(GcHead *g, const GcHead *n) {
    g->next = (uintptr_t)n | (g->next & GC_LINK_BITS);
}
static inline void gc_link_set_prev(GcHead *g, const GcHead *p) {
    g->prev = (uintptr_t)p | (g->prev & GC_LINK_BITS);
}

// True when weak references to `o` exist, so that its death must clear
// them (checked by the deallocation path; `o` is a heap object).
static inline bool gc_has_weakrefs(const Obj *o) {
    return (o->type->flags & TYPE_FLAG_GC) && (gc_head(o)->prev & GC_PREV_WEAKREFS) != 0;
}

// Sets or clears the weak-reference bit of `o`, a heap object of a GC type
// (objects/weakref.c).
static inline void gc_set_weakrefs_bit(Obj *o, bool on) {
    GcHead *g = gc_head(o);
    g->prev = on ? (g->prev | GC_PREV_WEAKREFS) : (g->prev & ~GC_PREV_WEAKREFS);
}

// True while `o` (a heap object of a GC type) is in the unreachable list of
// the running collection: it is garbage (weak reference callbacks of such
// weak references never run).
static inline bool gc_is_unreachable(const Obj *o) {
    return (gc_head(o)->next & GC_NEXT_UNREACHABLE) != 0;
}

// Links `o` (a GC type's object) into the youngest generation. No-op if
// already tracked, or when no collector state exists yet (rt_vm->gc NULL).
// The automatic-collection count (count[0]) is kept by obj_new_container
// and obj_free, as CPython counts allocations, not trackings.
void gc_track(Obj *o);

// True when `o` is a heap object of a GC type, so a GcHead lies before it.
// Statics (immortal types, the empty tuple) have GC types but no header.
static inline bool gc_has_head(const Obj *o) {
    return o != NULL && !OBJ_IS_SMALLINT(o) && (o->type->flags & TYPE_FLAG_GC) != 0 &&
           o->refcnt < OBJ_IMMORTAL_REFCNT / 2;
}

// Unlinks `o`; no-op if not tracked. A dealloc calls this first: inline,
// since every container's death passes here. The object may be on one of
// a collection's own lists (a finalizer can free garbage), so the
// neighbours keep their bits.
static inline void gc_untrack(Obj *o) {
    if (!gc_has_head(o)) {
        return;
    }
    GcHead *g = gc_head(o);
    if (g->next != 0) {
        GcHead *p = gc_link_prev(g), *n = gc_link_next(g);
        gc_link_set_next(p, n);
        gc_link_set_prev(n, p);
        g->next = 0; // the collector reads "untracked" from a 0 link
        // Only the finalized bit (PEP 442: once per object) and the weakref
        // bit (a property of the object, not of its tracking) outlive
        // tracking.
        g->prev &= GC_PREV_KEEP;
    }
}

// The collector's child visitors (gc.c). They are exported, with their
// bodies inline below, so that the traverse functions of the commonest
// containers can recognise them and run the body in their own loop
// (gc_visit_array) instead of making one indirect call per child: the
// two walks of a collection are mostly such calls.
//
// gc_visit_subtract: `arg` points to a uint32_t `fold`, non-zero when the
// set being collected is every tracked object but those whose MARKS equal
// `fold` (1, which no MARKS value equals, when nothing was marked); a
// member child loses one count (when `fold` is set, a member not yet met
// gets its count from its refcount first). gc_visit_reach: `arg` is a
// GcReachCtx; a member child not walked yet is made a root (and taken back
// from the unreachable list if it was there).
int gc_visit_subtract(Obj *child, void *arg);
int gc_visit_reach(Obj *child, void *arg);

// What gc_visit_reach needs: the list being walked and the number of
// objects currently in the tentatively unreachable list.
typedef struct GcReachCtx {
    GcHead *set;
    int64_t unreachable;
} GcReachCtx;

// The scratch state a member of the set gets when the walks first meet it:
// its refcount as the count, and COLLECTING (gc.c explains the walks).
static inline uintptr_t gc_refs_start(const Obj *o, uintptr_t prev) {
    return ((uintptr_t)o->refcnt << GC_REFS_SHIFT) | GC_PREV_COLLECTING | (prev & GC_PREV_KEEP);
}

// The bodies of gc_visit_subtract and gc_visit_reach, for traverse
// functions that recognise those visitors (`child` may be NULL). Only the
// collector's walks may call them: they change the collector's scratch
// state.
static inline void gc_subtract_child(Obj *child, uint32_t fold) {
    if (gc_has_head(child)) {
        GcHead *g = gc_head(child);
        if (g->prev & GC_PREV_COLLECTING) {
            g->prev -= GC_REFS_ONE;
        } else if (fold && g->next != 0 && (g->next & GC_NEXT_MARKS) != fold) {
            g->prev = gc_refs_start(child, g->prev) - GC_REFS_ONE;
        }
    }
}

static inline void gc_reach_child(Obj *child, GcReachCtx *ctx) {
    if (!gc_has_head(child)) {
        return;
    }
    GcHead *g = gc_head(child);
    uintptr_t pv = g->prev;
    if (!(pv & GC_PREV_COLLECTING)) {
        return; // outside the set, or already walked
    }
    if (pv < GC_REFS_ONE) {
        // A count of 0 and no real link (a member of the unreachable list
        // has one, never below GC_REFS_ONE): not walked yet, it will be
        // treated as a root.
        g->prev = pv + GC_REFS_ONE;
    } else if (g->next & GC_NEXT_UNREACHABLE) {
        // Already judged unreachable: it is not; the walk will reach it
        // again from the end of the set. The unreachable list keeps real
        // links; the set's tail is its sentinel's prev.
        GcHead *p = gc_link_prev(g), *n = gc_link_next(g);
        gc_link_set_next(p, n);
        gc_link_set_prev(n, p);
        GcHead *l = ctx->set, *tail = (GcHead *)l->prev;
        tail->next = (uintptr_t)g;
        g->next = (uintptr_t)l;
        l->prev = (uintptr_t)g;
        g->prev = GC_REFS_ONE | GC_PREV_COLLECTING | (pv & GC_PREV_KEEP);
        ctx->unreachable--;
    }
}

// gc_visit_array's path for other visitors, kept out of line so that the
// inline paths need no saved registers: calls `visit` on each non-NULL
// item; returns the first non-zero result, or 0.
int gc_visit_array_calls(Obj *const *items, size_t n, GcVisitFn visit, void *arg);

// Visits the `n` references of `items` (NULL entries skipped), as the
// traverse of a container whose references are one array does: the
// collector's visitors run inline, any other visitor is called per item.
// Returns the first non-zero result of `visit`, or 0.
static inline int gc_visit_array(Obj *const *items, size_t n, GcVisitFn visit, void *arg) {
    if (visit == gc_visit_subtract) {
        uint32_t fold = *(const uint32_t *)arg;
        for (size_t i = 0; i < n; i++) {
            gc_subtract_child(items[i], fold);
        }
        return 0;
    }
    if (visit == gc_visit_reach) {
        for (size_t i = 0; i < n; i++) {
            gc_reach_child(items[i], arg);
        }
        return 0;
    }
    return gc_visit_array_calls(items, n, visit, arg);
}

// True when `o` is a tracked container (gc.is_tracked).
bool gc_is_tracked(const Obj *o);

// True when `o`'s finalizer has run (gc.is_finalized).
bool gc_is_finalized(const Obj *o);

// Marks `o` finalized (called by the deallocation path before __del__).
void gc_set_finalized(Obj *o);

// Collects generations 0..`generation` (2 = full). Runs finalizers, then
// clears unreachable cycles. Does not trim the C heap (gc.collect() does). Returns the number of unreachable objects
// found (gc.collect()'s value), or -1 if a collection is already running.
int64_t gc_collect(Vm *vm, int generation);

// The references that are certainly alive while the interpreter runs
// Python code (modules, the running frames' locals): calls `visit` on each
// (NULLs skipped by the caller's function). Supplied by the gc module.
typedef void (*GcRootsFn)(Vm *vm, GcVisitFn visit, void *arg);

// gc_collect for an explicit gc.collect(): a full collection first marks
// everything reachable from `roots` as alive, in one walk, and examines
// only the rest by trial deletion (gc.c explains why the result is the
// same). `roots` may be NULL (plain gc_collect, as the interpreter's
// tear-down uses).
int64_t gc_collect_from_roots(Vm *vm, int generation, GcRootsFn roots);

// Called at safe points (allocation of a container, calls): runs an
// automatic collection when enabled and a generation's count exceeded
// its threshold (a full one marks from GcState.roots first).
void gc_maybe_collect(Vm *vm);

typedef struct GcStatsGen {
    int64_t collections;
    int64_t collected;
    int64_t uncollectable;
} GcStatsGen;

// Collector state, owned by the Vm (vm->gc).
typedef struct GcState {
    GcHead gens[GC_GENERATIONS];       // list heads
    int64_t count[GC_GENERATIONS];     // allocations (gen 0) / collections
    int64_t threshold[GC_GENERATIONS]; // 700, 10, 10
    bool enabled;
    bool collecting;
    GcStatsGen stats[GC_GENERATIONS];
    double longest_pause; // seconds
    double total_pause;   // seconds, all collections
    int64_t total_collected;
    GcHead permanent; // gc.freeze()
    // CPython's guard against quadratic full collections: a full automatic
    // collection runs only when the objects that reached the oldest
    // generation since the last full one exceed 25% of those it held then.
    int64_t long_lived_total;
    int64_t long_lived_pending;
    // MARKS value of the last full collection that marked from the roots
    // (0 before the first); the next one uses the other value.
    uintptr_t mark_last;
    // The roots automatic full collections mark from (the gc module sets
    // it when it is created); NULL: trial deletion alone.
    GcRootsFn roots;
} GcState;

// Creates the state with CPython's default thresholds. NULL on failure.
GcState *gc_state_new(void);

// Frees the state; every list must be empty (after rt_finalize's last pass).
void gc_state_free(GcState *st);

// Number of tracked objects across all generations (leak reports).
size_t gc_tracked_count(const GcState *st);

// Number of objects in generation `gen` (0..2), or in the permanent
// generation when `gen` is GC_GENERATIONS.
size_t gc_generation_size(const GcState *st, int gen);

// gc.freeze(): moves every tracked object to the permanent generation,
// which collections ignore. gc.unfreeze() moves them back to the oldest.
// Both only splice lists: O(1), as in CPython.
void gc_freeze(GcState *st);
void gc_unfreeze(GcState *st);

// -X memstats: when `on`, gc_exit_report prints. Set by the command line
// before the runtime starts.
void gc_set_exit_report(bool on);

// Links the new container `o` (just allocated by obj_new_container, not
// tracked, with a zeroed head) into generation 0 of `st`, without gc_track's
// checks. Generation lists carry no link bits, so plain stores do.
static inline void gc_track_new(GcState *st, Obj *o) {
    GcHead *g = gc_head(o), *l = &st->gens[0];
    GcHead *tail = (GcHead *)l->prev;
    g->prev = (uintptr_t)tail;
    g->next = (uintptr_t)l;
    tail->next = (uintptr_t)g;
    l->prev = (uintptr_t)g;
}

// Prints, when -X memstats is on, the heap and collector statistics on
// stderr: peak heap bytes, blocks and bytes still in use, collections,
// objects collected and uncollectable per generation, the longest and the
// total pause. Called by the runtime's tear-down.
void gc_exit_report(const GcState *st);

// Debug check of the lists (links consistent, flags, refcount > 0 for
// every tracked object), like CPython's validate_list. Aborts with a
// message on a broken invariant; a no-op in release builds.
void gc_check_heap(const GcState *st);

#endif
