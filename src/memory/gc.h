/* gc.h: the cycle collector's contract with the rest of Ouro. Container
 * objects carry a GcHead in front of the object; the collector knows objects
 * only through this header and their type's traverse/clear slots. */
#ifndef OURO_GC_H
#define OURO_GC_H

#include "../objects/object.h"

// Lives immediately before every object whose type has TYPE_FLAG_GC: 24
// bytes, two links and one word shared by the flags (low bits) and the
// scratch count (the top 56 bits, so that the collector's hot `gc_refs--`
// is one subtraction from the word). No generation index: a tracked
// object's generation is the list it is on, and nothing asks an object
// which one that is. The scratch count is 0 outside a collection, and
// during one the refcount less the references from inside the collected
// set (gc.c); 56 bits are plenty (a count above 2^55 would need that many pointers in
// memory).
typedef struct GcHead {
    struct GcHead *next;
    struct GcHead *prev;
    uint64_t flags : 7;   // GC_FLAG_* below
    uint64_t spare : 1;   // unused (tuple.c's static empty tuple names 5 fields)
    int64_t gc_refs : 56; // scratch count: 0 outside a collection
} GcHead;

#define GC_FLAG_TRACKED     (1u << 0)
#define GC_FLAG_FINALIZED   (1u << 1) // __del__ already ran (PEP 442)
#define GC_FLAG_COLLECTING  (1u << 2) // in the set being collected, not yet walked
#define GC_FLAG_UNREACHABLE (1u << 5) // in the tentatively unreachable list
#define GC_FLAG_WEAKREFS    (1u << 6) // weak references to it exist (objects/weakref.c)

#define GC_GENERATIONS      3

static inline GcHead *gc_head(const Obj *o) {
    return (GcHead *)((char *)(uintptr_t)o - sizeof(GcHead));
}
static inline BORROWED Obj *gc_obj(const GcHead *g) {
    return (Obj *)((char *)(uintptr_t)g + sizeof(GcHead));
}

// True when weak references to `o` exist, so that its death must clear
// them (checked by the deallocation path; `o` is a heap object).
static inline bool gc_has_weakrefs(const Obj *o) {
    return (o->type->flags & TYPE_FLAG_GC) && (gc_head(o)->flags & GC_FLAG_WEAKREFS) != 0;
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
// since every container's death passes here.
static inline void gc_untrack(Obj *o) {
    if (!gc_has_head(o)) {
        return;
    }
    GcHead *g = gc_head(o);
    if (g->flags & GC_FLAG_TRACKED) {
        g->prev->next = g->next;
        g->next->prev = g->prev;
        g->next = g->prev = NULL; // the collector reads "untracked" from a NULL link
        // Only the finalized bit (PEP 442: once per object) and the weakref
        // bit (a property of the object, not of its tracking) outlive
        // tracking.
        g->flags &= GC_FLAG_FINALIZED | GC_FLAG_WEAKREFS;
    }
}

// The collector's child visitors (gc.c). They are exported, with their
// bodies inline below, so that the traverse functions of the commonest
// containers can recognise them and run the body in their own loop
// (gc_visit_array) instead of making one indirect call per child: the
// two walks of a collection are mostly such calls.
//
// gc_visit_subtract: `arg` points to a uint32_t flag mask that marks the
// members of the set being collected; a member child loses one gc_refs.
// gc_visit_reach: `arg` is a GcReachCtx; a member child not walked yet is
// made a root (and taken back from the unreachable list if it was there).
int gc_visit_subtract(Obj *child, void *arg);
int gc_visit_reach(Obj *child, void *arg);

// What gc_visit_reach needs: the list being walked and the number of
// objects currently in the tentatively unreachable list.
typedef struct GcReachCtx {
    GcHead *set;
    int64_t unreachable;
} GcReachCtx;

// The bodies of gc_visit_subtract and gc_visit_reach, for traverse
// functions that recognise those visitors (`child` may be NULL). Only the
// collector's walks may call them: they change the collector's scratch
// state.
static inline void gc_subtract_child(Obj *child, uint32_t mask) {
    if (gc_has_head(child)) {
        GcHead *g = gc_head(child);
        if (g->flags & mask) {
            g->gc_refs--;
        }
    }
}

static inline void gc_reach_child(Obj *child, GcReachCtx *ctx) {
    if (!gc_has_head(child)) {
        return;
    }
    GcHead *g = gc_head(child);
    if (!(g->flags & GC_FLAG_COLLECTING)) {
        return; // outside the set, or already walked
    }
    if (g->flags & GC_FLAG_UNREACHABLE) {
        // Already judged unreachable: it is not; the walk will reach it
        // again from the end of the set.
        g->flags &= ~(uint32_t)GC_FLAG_UNREACHABLE;
        g->prev->next = g->next;
        g->next->prev = g->prev;
        GcHead *l = ctx->set;
        g->prev = l->prev;
        g->next = l;
        l->prev->next = g;
        l->prev = g;
        g->gc_refs = 1;
        ctx->unreachable--;
    } else if (g->gc_refs == 0) {
        g->gc_refs = 1; // not walked yet; it will be treated as a root
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
        uint32_t mask = *(const uint32_t *)arg;
        for (size_t i = 0; i < n; i++) {
            gc_subtract_child(items[i], mask);
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

// Called at safe points (allocation of a container, calls): runs an
// automatic collection when enabled and a generation's count exceeded
// its threshold.
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
// checks.
static inline void gc_track_new(GcState *st, Obj *o) {
    GcHead *g = gc_head(o), *l = &st->gens[0];
    g->flags = GC_FLAG_TRACKED;
    g->prev = l->prev;
    g->next = l;
    l->prev->next = g;
    l->prev = g;
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
