/* gc.h: the cycle collector's contract with the rest of Ouro. Container
 * objects carry a GcHead in front of the object; the collector knows objects
 * only through this header and their type's traverse/clear slots. */
#ifndef OURO_GC_H
#define OURO_GC_H

#include "../objects/object.h"

// Lives immediately before every object whose type has TYPE_FLAG_GC.
typedef struct GcHead {
    struct GcHead *next;
    struct GcHead *prev;
    intptr_t gc_refs; // scratch count during a collection
    uint32_t flags;   // GC_FLAG_* below
    uint32_t gen;     // generation index while tracked
} GcHead;

#define GC_FLAG_TRACKED (1u << 0)
#define GC_FLAG_FINALIZED (1u << 1) // __del__ already ran (PEP 442)
#define GC_FLAG_COLLECTING (1u << 2)
#define GC_FLAG_REACHABLE (1u << 3)
#define GC_FLAG_FROZEN (1u << 4)

#define GC_GENERATIONS 3

static inline GcHead *gc_head(const Obj *o) {
    return (GcHead *)((char *)(uintptr_t)o - sizeof(GcHead));
}
static inline Obj *gc_obj(const GcHead *g) {
    return (Obj *)((char *)(uintptr_t)g + sizeof(GcHead));
}

// Links `o` (a GC type's object) into the youngest generation and counts it
// toward the automatic-collection threshold. No-op if already tracked.
void gc_track(Obj *o);

// Unlinks `o`; no-op if not tracked. A dealloc calls this first.
void gc_untrack(Obj *o);

// True when `o` is a tracked container (gc.is_tracked).
bool gc_is_tracked(const Obj *o);

// True when `o`'s finalizer has run (gc.is_finalized).
bool gc_is_finalized(const Obj *o);

// Marks `o` finalized (called by the deallocation path before __del__).
void gc_set_finalized(Obj *o);

// Collects generations 0..`generation` (2 = full). Runs finalizers, then
// clears unreachable cycles. Returns the number of unreachable objects
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
    GcHead gens[GC_GENERATIONS]; // list heads
    int64_t count[GC_GENERATIONS];     // allocations (gen 0) / collections
    int64_t threshold[GC_GENERATIONS]; // 700, 10, 10
    bool enabled;
    bool collecting;
    GcStatsGen stats[GC_GENERATIONS];
    double longest_pause;  // seconds
    int64_t total_collected;
    GcHead permanent;      // gc.freeze()
} GcState;

// Creates the state with CPython's default thresholds. NULL on failure.
GcState *gc_state_new(void);

// Frees the state; every list must be empty (after rt_finalize's last pass).
void gc_state_free(GcState *st);

// Number of tracked objects across all generations (leak reports).
size_t gc_tracked_count(const GcState *st);

#endif
