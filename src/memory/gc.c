/* gc.c: the cycle collector. Tracks container objects in three generations
 * and finds reference cycles that counting alone cannot free, with CPython's
 * trial-deletion algorithm and PEP 442 finalizer semantics. Sits under the
 * object layer: it knows objects only through GcHead and traverse/clear. */
#include "memory/gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "memory/mem.h"
#include "objects/exc.h"
#include "objects/instance_gc.h"
#include "objects/list.h"
#include "objects/runtime.h"
#include "objects/tuple.h"
#include "objects/weakref.h"

// ---------------------------------------------------------------------------
// Doubly linked lists of GcHead with a sentinel head.
// ---------------------------------------------------------------------------
// The helpers keep the flag bits of every word they rewrite (gc.h): they
// also serve the collection's own lists, whose nodes carry UNREACHABLE.
static void ring_init(GcHead *l) {
    l->next = l->prev = (uintptr_t)l;
}

static bool ring_is_empty(const GcHead *l) {
    return gc_link_next(l) == l;
}

// Unlinks `g`, which keeps only its flag bits (so "not tracked" if
// it is not linked again).
static void ring_unlink(GcHead *g) {
    GcHead *p = gc_link_prev(g), *n = gc_link_next(g);
    gc_link_set_next(p, n);
    gc_link_set_prev(n, p);
    g->next &= GC_LINK_BITS;
    g->prev &= GC_LINK_BITS;
}

static void ring_append(GcHead *g, GcHead *l) {
    GcHead *tail = gc_link_prev(l);
    gc_link_set_prev(g, tail);
    gc_link_set_next(g, l);
    gc_link_set_next(tail, g);
    gc_link_set_prev(l, g);
}

static void ring_move(GcHead *g, GcHead *l) {
    ring_unlink(g);
    ring_append(g, l);
}

// Moves the nodes of `l` that come before its node `stop` to the end of
// `to`, in one splice.
static void ring_move_prefix(GcHead *l, GcHead *stop, GcHead *to) {
    if (gc_link_next(l) == stop) {
        return;
    }
    GcHead *first = gc_link_next(l), *last = gc_link_prev(stop), *tail = gc_link_prev(to);
    gc_link_set_prev(first, tail);
    gc_link_set_next(tail, first);
    gc_link_set_next(last, to);
    gc_link_set_prev(to, last);
    gc_link_set_next(l, stop);
    gc_link_set_prev(stop, l);
}

// Appends every node of `from` to `to`; `from` ends empty.
static void ring_merge(GcHead *from, GcHead *to) {
    ring_move_prefix(from, from, to); // the sentinel is the stop
}

static size_t ring_size(const GcHead *l) {
    size_t n = 0;
    for (const GcHead *g = gc_link_next(l); g != l; g = gc_link_next(g)) {
        n++;
    }
    return n;
}

// ---------------------------------------------------------------------------
// State and tracking.
// ---------------------------------------------------------------------------
GcState *gc_state_new(void) {
    GcState *st = mem_calloc(1, sizeof(GcState));
    if (st == NULL) {
        return NULL;
    }
    for (int i = 0; i < GC_GENERATIONS; i++) {
        ring_init(&st->gens[i]);
    }
    ring_init(&st->permanent);
    st->threshold[0] = 700;
    st->threshold[1] = 10;
    st->threshold[2] = 10;
    st->enabled = true;
    return st;
}

void gc_state_free(GcState *st) {
    if (st == NULL) {
        return;
    }
    // Objects still tracked (leaks reported by the runtime) are left alone:
    // unlink them so that a later untrack does not touch freed heads.
    for (int i = 0; i <= GC_GENERATIONS; i++) {
        GcHead *l = i < GC_GENERATIONS ? &st->gens[i] : &st->permanent;
        while (!ring_is_empty(l)) {
            ring_unlink(gc_link_next(l)); // leaves it untracked
        }
    }
    mem_free(st);
}

void gc_track(Obj *o) {
    if (rt_vm == NULL || rt_vm->gc == NULL || !gc_has_head(o)) {
        return;
    }
    GcHead *g = gc_head(o);
    if (g->next != 0) {
        return;
    }
    ring_append(g, &rt_vm->gc->gens[0]);
}

bool gc_is_tracked(const Obj *o) {
    return gc_has_head(o) && gc_head(o)->next != 0;
}

bool gc_is_finalized(const Obj *o) {
    return gc_has_head(o) && (gc_head(o)->prev & GC_PREV_FINALIZED) != 0;
}

void gc_set_finalized(Obj *o) {
    if (gc_has_head(o)) {
        gc_head(o)->prev |= GC_PREV_FINALIZED;
    }
}

size_t gc_generation_size(const GcState *st, int gen) {
    return ring_size(gen < GC_GENERATIONS ? &st->gens[gen] : &st->permanent);
}

size_t gc_tracked_count(const GcState *st) {
    size_t n = 0;
    for (int i = 0; i <= GC_GENERATIONS; i++) {
        n += gc_generation_size(st, i);
    }
    return n;
}

void gc_freeze(GcState *st) {
    for (int i = 0; i < GC_GENERATIONS; i++) {
        ring_merge(&st->gens[i], &st->permanent);
    }
    st->count[0] = 0; // CPython 3.11 resets only the youngest count
}

void gc_unfreeze(GcState *st) {
    ring_merge(&st->permanent, &st->gens[GC_GENERATIONS - 1]);
}

void gc_check_heap(const GcState *st) {
#ifndef NDEBUG
    for (int i = 0; i <= GC_GENERATIONS; i++) {
        const GcHead *l = i < GC_GENERATIONS ? &st->gens[i] : &st->permanent;
        for (const GcHead *g = gc_link_next(l); g != l; g = gc_link_next(g)) {
            const Obj *o = gc_obj(g);
            if (gc_link_prev(gc_link_next(g)) != g || gc_link_next(gc_link_prev(g)) != g ||
                o->refcnt <= 0 || !(o->type->flags & TYPE_FLAG_GC) ||
                (g->next & GC_NEXT_UNREACHABLE) != 0 || (g->prev & GC_PREV_COLLECTING) != 0 ||
                ((g->next & GC_NEXT_MARKS) != 0 && (g->next & GC_NEXT_MARKS) != st->mark_last)) {
                fprintf(stderr, "gc_check_heap: broken object %p (%s) in generation %d\n",
                        (const void *)o, o->type->name ? o->type->name : "?", i);
                abort();
            }
        }
    }
#else
    OURO_UNUSED(st);
#endif
}

/* ---------------------------------------------------------------------------
 * The cycle pass.
 *
 * Reference counting frees an object when nothing refers to it; objects that
 * refer to each other in a cycle keep each other's counts above zero forever.
 * The collector finds them without knowing any roots (no stack scan, no list
 * of globals), by CPython's "trial deletion":
 *
 *  1. update_refs: copy every object's refcount into its header's gc_refs
 *     and flag it COLLECTING (the set under examination: the generation
 *     collected plus all younger ones, merged into one list). The count
 *     lives in the `prev` link word (gc.h), as in CPython: the set's prev
 *     links are broken until step 3 writes them back, so nothing may
 *     unlink a member of the set in between (no code runs there).
 *
 *  2. subtract_refs: for every object in the set, visit its children with
 *     the type's traverse; each child that is itself in the set loses one
 *     gc_refs. Afterwards gc_refs counts only references coming from
 *     OUTSIDE the set: from C locals, the VM stack, older generations,
 *     untracked objects. An object with gc_refs > 0 is therefore certainly
 *     alive (a root); gc_refs == 0 means "maybe garbage". A full
 *     collection folds step 1 into this walk (split_unreachable says how).
 *
 *  3. move_unreachable: walk the set in order. An object with gc_refs > 0 is
 *     reachable: traverse it, and give each child in the set gc_refs = 1
 *     (if the child was already moved to the tentatively-unreachable list,
 *     move it back to the end of the set so the walk reaches it again).
 *     An object with gc_refs == 0 is moved to the unreachable list, where it
 *     stays unless a reachable object later names it. The walk appends to
 *     the list it walks, so it is an iterative graph search: no recursion,
 *     no extra memory, O(objects + references). The walk goes forward
 *     through `next` links only and remembers the last object it kept: a
 *     reachable object gets that link back in place of its count once
 *     walked (which clears COLLECTING: no child visit can change it any
 *     more), so the survivors need no further pass and are at rest
 *     again; the unreachable list keeps real links (its members' counts
 *     are 0) and flags UNREACHABLE in `next`. The survivors are spliced onto
 *     the older generation as they are, and tuples of atomic values are
 *     untracked during the walk (CPython's untrack_tuples, in list order).
 *
 *  Everything left in `unreachable` can only be reached from itself: it is
 *  cyclic garbage. Its size is gc.collect()'s return value.
 *
 *  4. Finalizers (PEP 442): each unreachable object whose type has a
 *     finalizer (__del__) that has not run yet is flagged FINALIZED and
 *     finalized, while we hold a reference so that it cannot be freed in
 *     the middle. A finalizer may store a reference to garbage somewhere
 *     reachable (resurrection), so steps 1-3 run again on the unreachable
 *     set alone; whatever is now referenced from outside survives and joins
 *     the older generation, with its FINALIZED bit set so __del__ never
 *     runs twice.
 *
 *  5. delete_garbage: take a reference to every object left, call each
 *     type's `clear` (which drops the references that make the cycles),
 *     then release our references: the counts fall to zero and ordinary
 *     deallocation frees everything. Holding the references while clearing
 *     guarantees that no object is freed while another's clear is running.
 *
 * Survivors of a collection move one generation up. Young objects die
 * young, so generation 0 is collected often (every `threshold[0]` net
 * container allocations), generation 1 every `threshold[1]` collections
 * of generation 0, and generation 2 every `threshold[2]` collections of
 * generation 1, if enough new long-lived objects appeared since the last
 * full pass (CPython's 25% rule, which keeps building a large structure
 * from becoming quadratic).
 * ------------------------------------------------------------------------- */

// Child visitors of the walks (bodies in gc.h). The members of the set are
// flagged COLLECTING, or, when the set is every tracked object, TRACKED:
// subtract_refs passes the mask.
int gc_visit_subtract(Obj *child, void *arg) {
    gc_subtract_child(child, *(const uint32_t *)arg);
    return 0;
}

int gc_visit_reach(Obj *child, void *arg) {
    gc_reach_child(child, arg);
    return 0;
}

int gc_visit_array_calls(Obj *const *items, size_t n, GcVisitFn visit, void *arg) {
    for (size_t i = 0; i < n; i++) {
        if (items[i] != NULL) {
            int rc = visit(items[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    return 0;
}

static void traverse(Obj *o, GcVisitFn visit, void *arg) {
    TypeObj *t = o->type;
    if (t->traverse != NULL) {
        t->traverse(o, visit, arg);
    }
}

// The items of `o`, a list or a tuple, and their number.
static inline Obj *const *array_items(const Obj *o, size_t *n) {
    if (o->type == &list_type) {
        *n = ((const ListObj *)o)->len;
        return ((const ListObj *)o)->items;
    }
    *n = ((const TupleObj *)o)->len;
    return ((const TupleObj *)o)->items;
}

// The two walks' visits of `o`'s children. Lists, tuples and plain
// instances, the commonest containers, are walked here, saving the
// indirect call and the traverse's tests of which visitor it got (in their
// traverse's order); the array tests, one comparison each, come first.
// Every other type goes through its traverse.
static inline void walk_subtract(Obj *o, uint32_t *whole) {
    const TypeObj *t = o->type;
    if (t == &list_type || t == &tuple_type) {
        size_t n;
        Obj *const *items = array_items(o, &n);
        for (size_t i = 0; i < n; i++) {
            gc_subtract_child(items[i], *whole);
        }
        return;
    }
    const DictTable *dt = instance_plain_table(o);
    if (dt != NULL) {
        instance_walk_subtract(o, dt, *whole);
        return;
    }
    traverse(o, gc_visit_subtract, whole);
}

static inline void walk_reach(Obj *o, GcReachCtx *ctx) {
    const TypeObj *t = o->type;
    if (t == &list_type || t == &tuple_type) {
        size_t n;
        Obj *const *items = array_items(o, &n);
        for (size_t i = 0; i < n; i++) {
            gc_reach_child(items[i], ctx);
        }
        return;
    }
    const DictTable *dt = instance_plain_table(o);
    if (dt != NULL) {
        instance_walk_reach(o, dt, ctx);
        return;
    }
    traverse(o, gc_visit_reach, ctx);
}

/* ---------------------------------------------------------------------------
 * Marking from the roots (explicit full collections).
 *
 * Trial deletion walks every object of the set twice (subtract, then
 * reach), and on a large live heap both walks mostly wait on memory. But
 * most of a full collection's objects are usually reachable from
 * references the interpreter itself holds: the modules, and the locals of
 * the running frames. Whatever is reachable from those is certainly alive,
 * so the full collection that gc.collect() asks for first walks the graph
 * from them (CPython 3.14 does the same), moving each object it reaches
 * from the set to a list of its own, and runs steps 1-3 on what is left:
 * one walk over the live heap instead of two.
 *
 * The answer is the same: a marked object is alive, so not garbage (nothing
 * alive refers to garbage, so garbage is never marked); and trial deletion
 * on the rest is exact, because it counts every reference from outside its
 * set as external, one from a marked object as one from a C local. Marking
 * less (a stack that could not grow, a root not offered) only leaves more
 * to trial deletion.
 *
 * A moved object's MARKS are this collection's value, which alternates
 * between two so that the previous marking's values need no pass to
 * clear: every object that is not moved leaves the collection with MARKS
 * 0 (the reach walk clears them; new objects start at 0), so none carries
 * the next collection's value. Tuples stay in the set, with both bits as
 * "visited", so that the reach walk still untracks the tuples of atoms in
 * list order (CPython's untrack_tuples), unless they hold a tracked
 * container other than a tuple: those stay tracked anyway, and move. The
 * subtract walk tells the members of the set by their MARKS not being this
 * collection's value (its `fold`).
 *
 * The walk is depth-first, from an explicit stack of objects, and the
 * survivors keep the order it met them, the order the next full collection
 * meets them again: objects met in list order move as runs, one splice
 * each. A list's items are a span on a second stack, taken one
 * at a time: a list of a million items needs no stack of a million
 * pointers, and the objects a few items ahead can be prefetched.
 * ------------------------------------------------------------------------- */

// Items ahead of the one being marked whose objects are prefetched.
#define MARK_PREFETCH 8

// Lists up to this length push their items (those that need marking)
// directly; longer ones push a span.
#define MARK_SPAN_MIN 16

typedef struct MarkSpan {
    Obj *const *next;
    Obj *const *end;
} MarkSpan;

typedef struct MarkState {
    Obj **objs; // objects to mark, the next on top
    size_t nobjs, objcap;
    MarkSpan *spans; // item arrays still to take objects from
    size_t nspans, spancap;
    uintptr_t mark; // this collection's MARKS value
    GcHead *alive;  // the list marked objects move to
    int64_t moved;
    // Marked objects still in the set, adjacent there from `run_first` to
    // `run_last`, waiting to move to `alive` in one splice (NULL: none).
    GcHead *run_first, *run_last;
} MarkState;

// Doubles the array `*buf` of `*cap` elements of `size` bytes; false when
// memory is refused (no exception: the caller turned the hook off).
static bool mark_grow(void **buf, size_t *cap, size_t size) {
    size_t n = *cap != 0 ? *cap * 2 : 256, bytes;
    if (!mem_mul_ok(n, size, &bytes)) {
        return false;
    }
    void *p = mem_realloc(*buf, bytes);
    if (p == NULL) {
        return false;
    }
    *buf = p;
    *cap = n;
    return true;
}

// True when `g`'s object is tracked and this marking has not visited it:
// its MARKS are 0 or the last marking's (the other value), not this one's
// nor both bits.
static inline bool mark_unvisited(const GcHead *g, uintptr_t mark) {
    return g->next != 0 && (g->next & mark) == 0;
}

static inline bool mark_wanted(const Obj *o, uintptr_t mark) {
    return gc_has_head(o) && mark_unvisited(gc_head(o), mark);
}

static inline void mark_push(MarkState *ms, Obj *o) {
    if (!mark_wanted(o, ms->mark)) {
        return;
    }
    if (ms->nobjs == ms->objcap && !mark_grow((void **)&ms->objs, &ms->objcap, sizeof(Obj *))) {
        return; // left unmarked: trial deletion will judge it
    }
    ms->objs[ms->nobjs++] = o;
}

static int mark_visit(Obj *child, void *arg) {
    mark_push(arg, child);
    return 0;
}

static void mark_push_span(MarkState *ms, Obj *const *items, size_t n) {
    if (n == 0) {
        return;
    }
    if (ms->nspans == ms->spancap &&
        !mark_grow((void **)&ms->spans, &ms->spancap, sizeof(MarkSpan))) {
        return;
    }
    ms->spans[ms->nspans].next = items;
    ms->spans[ms->nspans].end = items + n;
    ms->nspans++;
}

// True when the tuple `o` holds a tracked container other than a tuple:
// the reach walk, which untracks only tuples, would leave it tracked, so
// it may move like any object.
static bool tuple_stays_tracked(const Obj *o) {
    const TupleObj *tp = (const TupleObj *)o;
    for (size_t i = 0, n = tp->len; i < n; i++) {
        const Obj *item = tp->items[i];
        if (gc_has_head(item) && item->type != &tuple_type && gc_head(item)->next != 0) {
            return true;
        }
    }
    return false;
}

// Moves the pending run of marked objects from the set to the end of the
// alive list, in one splice (their own links stay as they are).
static void mark_flush_run(MarkState *ms) {
    GcHead *first = ms->run_first, *last = ms->run_last;
    if (first == NULL) {
        return;
    }
    GcHead *p = gc_link_prev(first), *n = gc_link_next(last);
    gc_link_set_next(p, n);
    gc_link_set_prev(n, p);
    GcHead *l = ms->alive, *tail = gc_link_prev(l);
    gc_link_set_next(tail, first);
    gc_link_set_prev(first, tail);
    last->next = (uintptr_t)l | ms->mark;
    l->prev = (uintptr_t)last;
    ms->run_first = ms->run_last = NULL;
}

// Marks `o`, which has a GcHead, if it is tracked and not visited yet (it
// may have been pushed twice): moves it to the alive list (a tuple stays)
// and queues its children.
static void mark_one(MarkState *ms, Obj *o) {
    GcHead *g = gc_head(o);
    if (!mark_unvisited(g, ms->mark)) {
        return;
    }
    const TypeObj *t = o->type;
    if (t == &tuple_type && !tuple_stays_tracked(o)) {
        g->next |= GC_NEXT_MARKS;
        traverse(o, mark_visit, ms);
        return;
    }
    // The object joins the pending run when it follows it in the set, as
    // it does when the walk meets the heap in the order of the last
    // marking (the order it left the objects in): then moving costs
    // nothing per object. Otherwise the run moves and a new one starts.
    // The set's links are all real here (no count yet).
    g->next = (g->next & ~GC_NEXT_MARKS) | ms->mark;
    ms->moved++;
    if (ms->run_last != NULL && gc_link_next(ms->run_last) == g) {
        ms->run_last = g;
    } else {
        mark_flush_run(ms);
        ms->run_first = ms->run_last = g;
    }
    if (t == &list_type) {
        const ListObj *lo = (const ListObj *)o;
        Obj *const *items = lo->items;
        size_t n = lo->len;
        if (n > MARK_SPAN_MIN) {
            mark_push_span(ms, items, n);
            return;
        }
        // Pushed in reverse, so that they are marked in order.
        while (n > 0) {
            mark_push(ms, items[--n]);
        }
        return;
    }
    const DictTable *dt = instance_plain_table(o);
    if (dt != NULL) {
        const DictEntry *entries = dt->entries;
        for (size_t k = 0, nk = dt->nentries; k < nk; k++) {
            if (entries[k].key != NULL) {
                mark_push(ms, entries[k].value);
            }
        }
        // The class: a heap type (subtype_traverse), so it has a head.
        if (mark_unvisited(gc_head((const Obj *)t), ms->mark)) {
            mark_push(ms, (Obj *)t);
        }
        return;
    }
    traverse(o, mark_visit, ms);
}

// Moves every object of the set reachable from `roots` to `alive` with
// MARKS `mark` (tuples stay, visited); returns the number moved. The set
// is every tracked object (a full collection, nothing frozen).
static int64_t mark_from_roots(Vm *vm, GcRootsFn roots, GcHead *alive, uintptr_t mark) {
    MarkState ms = {.mark = mark, .alive = alive};
    // A refused stack only marks less: no MemoryError, and none of the
    // hook's work (which can release objects) in the middle of the walk.
    MemOomHook hook = mem_set_oom_hook(NULL);
    roots(vm, mark_visit, &ms);
    for (;;) {
        Obj *o;
        if (ms.nobjs > 0) {
            o = ms.objs[--ms.nobjs]; // mark_push checked that it has a head
        } else if (ms.nspans > 0) {
            MarkSpan *sp = &ms.spans[ms.nspans - 1];
            o = *sp->next++;
            if (sp->end - sp->next > MARK_PREFETCH) {
                Obj *ahead = sp->next[MARK_PREFETCH];
                if (ahead != NULL && !OBJ_IS_SMALLINT(ahead)) {
                    __builtin_prefetch(gc_head(ahead));
                }
            } else if (sp->next == sp->end) {
                ms.nspans--;
            }
            if (!gc_has_head(o)) {
                continue; // an atom, or a static object
            }
        } else {
            break;
        }
        mark_one(&ms, o);
    }
    mark_flush_run(&ms);
    mem_set_oom_hook(hook);
    mem_free(ms.objs);
    mem_free(ms.spans);
    return ms.moved;
}

// Untracks the tuple `g` during step 3 if it holds only atoms (CPython's
// untrack_tuples, done in the walk instead of a pass of its own). `g` has
// its real prev link back, but its successor may still hold a count where
// its prev link belongs, which the unlink would overwrite: it is put back.
// Returns true when `g` was untracked.
static bool untrack_walked_tuple(GcHead *g, GcHead *set) {
    GcHead *n = gc_link_next(g);
    uintptr_t n_prev = n->prev;
    tuple_maybe_untrack(gc_obj(g));
    if (g->next != 0) {
        return false;
    }
    if (n != set) {
        n->prev = n_prev; // the set's sentinel instead keeps the new tail
    }
    return true;
}

// Steps 1-3 on `set`: moves the members that only the set itself references
// to `unreachable` (flagged COLLECTING, and UNREACHABLE in `next`). The
// members left in `set` are reachable and at rest again (real links, no
// scratch bit). Returns the number of objects moved to `unreachable`;
// `*survivors` receives the number left.
//
// A non-zero `fold` says that `set` holds every tracked object but those
// whose MARKS equal `fold` (a full collection with nothing frozen; 1 when
// nothing was marked): then step 1 is not a walk of its own. A member gets
// its count from its refcount when the subtract walk first meets it, as a
// child or in its own turn (COLLECTING says it has one); the visits count
// the internal references down, in any order. Being tracked and not
// marked is being in the set. The survivors leave with MARKS 0.
static int64_t split_unreachable(GcHead *set, GcHead *unreachable, int64_t *survivors,
                                 uint32_t fold) {
    uint32_t whole = fold;
    if (fold) {
        for (GcHead *g = gc_link_next(set); g != set; g = gc_link_next(g)) {
            Obj *o = gc_obj(g);
            if (!(g->prev & GC_PREV_COLLECTING)) {
                g->prev = gc_refs_start(o, g->prev);
            }
            walk_subtract(o, &whole);
        }
    } else {
        for (GcHead *g = gc_link_next(set); g != set; g = gc_link_next(g)) {
            if (g->next & GC_NEXT_UNREACHABLE) {
                g->next &= ~GC_NEXT_UNREACHABLE; // a second pass over the garbage
            }
            g->prev = gc_refs_start(gc_obj(g), g->prev);
        }
        for (GcHead *g = gc_link_next(set); g != set; g = gc_link_next(g)) {
            walk_subtract(gc_obj(g), &whole);
        }
    }
    GcReachCtx ctx = {set, 0};
    int64_t kept = 0;
    GcHead *prev = set; // the last member kept, whose links are real again
    GcHead *g = gc_link_next(set);
    while (g != set) {
        Obj *o = gc_obj(g);
        if (g->prev >= GC_REFS_ONE) {
            walk_reach(o, &ctx);
            g->prev = (uintptr_t)prev | (g->prev & GC_PREV_KEEP);
            g->next &= ~GC_NEXT_MARKS;
            if (o->type == &tuple_type && untrack_walked_tuple(g, set)) {
                g = gc_link_next(prev);
                continue;
            }
            kept++;
            prev = g;
        } else {
            // Into `unreachable`, whose links stay real; `prev`'s next
            // skips it (the set's prev links are rebuilt as it goes).
            prev->next = (uintptr_t)gc_link_next(g);
            GcHead *tail = gc_link_prev(unreachable);
            gc_link_set_next(tail, g);
            g->prev = (uintptr_t)tail | (g->prev & (GC_PREV_KEEP | GC_PREV_COLLECTING));
            g->next = (uintptr_t)unreachable | GC_NEXT_UNREACHABLE;
            unreachable->prev = (uintptr_t)g;
            ctx.unreachable++;
        }
        g = gc_link_next(prev);
    }
    set->prev = (uintptr_t)prev;
    *survivors = kept;
    return ctx.unreachable;
}

// Before any finalizer can see the garbage (CPython's handle_weakrefs):
// every weak reference to an unreachable object is cleared, and weak
// references that are garbage themselves are cleared too, so that no
// callback can reach a half-cleared object. Then the callbacks of the
// cleared weak references that are still alive run.
//
// Only a weak reference itself, or an object weak references point to
// (its WEAKREFS bit), needs weakref_gc_clear: lists, tuples, dicts and
// plain instances (a class deriving from object alone, whose layout the
// walks already rely on), most garbage, are skipped without its subtype
// test.
static void handle_weakrefs(Vm *vm, GcHead *unreachable) {
    for (GcHead *g = gc_link_next(unreachable); g != unreachable; g = gc_link_next(g)) {
        Obj *o = gc_obj(g);
        const TypeObj *t = o->type;
        if (!(g->prev & GC_PREV_WEAKREFS) &&
            (t == &list_type || t == &tuple_type || t == &dict_type ||
             (t->traverse == subtype_traverse && t->base == &object_type))) {
            continue;
        }
        weakref_gc_clear(o);
    }
    weakref_gc_run_callbacks(vm);
}

// True when `g`'s object has a finalizer that has not run yet.
static inline bool finalizer_pending(const GcHead *g) {
    const TypeObj *t = gc_obj(g)->type;
    return (t->flags & TYPE_FLAG_HAS_FINALIZE) && t->finalize != NULL &&
           !(g->prev & GC_PREV_FINALIZED);
}

// Step 4: runs the pending finalizers of `unreachable`; false when there
// was none (then no Python code ran, nothing can have been resurrected).
// Each object is moved to `seen` before its finalizer runs, because a
// finalizer can free or untrack other members of the list; the objects
// before the first pending finalizer move in one splice.
static bool finalize_garbage(Vm *vm, GcHead *unreachable) {
    GcHead *first = gc_link_next(unreachable);
    while (first != unreachable && !finalizer_pending(first)) {
        first = gc_link_next(first);
    }
    if (first == unreachable) {
        return false;
    }
    GcHead seen;
    ring_init(&seen);
    ring_move_prefix(unreachable, first, &seen);
    while (!ring_is_empty(unreachable)) {
        GcHead *g = gc_link_next(unreachable);
        ring_move(g, &seen);
        Obj *o = gc_obj(g);
        TypeObj *t = o->type;
        if (finalizer_pending(g)) {
            g->prev |= GC_PREV_FINALIZED;
            obj_incref(o);
            Obj *saved = vm->exc;
            vm->exc = NULL;
            t->finalize(vm, o);
            if (vm->exc != NULL) {
                err_write_unraisable(vm, o);
            }
            vm->exc = saved;
            obj_decref(o);
        }
    }
    ring_merge(&seen, unreachable);
    return true;
}

// Step 5: clears the garbage in `unreachable`; survivors (objects whose
// clear did not break every reference) move to `old`. Returns what CPython
// would count beyond the objects on `unreachable` (TypeObj.gc_inner_count),
// read before anything is cleared.
static int64_t delete_garbage(GcHead *unreachable, GcHead *old) {
    int64_t inner = 0;
    for (GcHead *g = gc_link_next(unreachable); g != unreachable; g = gc_link_next(g)) {
        Obj *o = gc_obj(g);
        obj_incref(o);
        if (OURO_UNLIKELY(o->type->gc_inner_count != NULL)) {
            inner += o->type->gc_inner_count(o);
        }
    }
    GcHead cleared;
    ring_init(&cleared);
    while (!ring_is_empty(unreachable)) {
        GcHead *g = gc_link_next(unreachable);
        ring_move(g, &cleared);
        Obj *o = gc_obj(g);
        if (o->type->clear != NULL) {
            o->type->clear(o);
        }
    }
    while (!ring_is_empty(&cleared)) {
        GcHead *g = gc_link_next(&cleared);
        ring_unlink(g);
        g->next = 0;             // drops UNREACHABLE
        g->prev &= GC_PREV_KEEP; // drops COLLECTING
        ring_append(g, old);
        obj_decref(gc_obj(g)); // usually frees it (and unlinks it from `old`)
    }
    return inner;
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void print_start(const GcState *st, int generation) {
    fprintf(stderr, "gc: collecting generation %d...\n", generation);
    fprintf(stderr, "gc: objects in each generation: %zu %zu %zu\n", ring_size(&st->gens[0]),
            ring_size(&st->gens[1]), ring_size(&st->gens[2]));
    fprintf(stderr, "gc: objects in permanent generation: %zu\n", ring_size(&st->permanent));
}

// The collection proper, with the state's `collecting` flag already set.
static int64_t collect(Vm *vm, GcState *st, int generation, GcRootsFn roots) {
    double start = now_seconds();
    if (vm->options.gc_stats) {
        fflush(stdout);
        print_start(st, generation);
    }
    if (generation + 1 < GC_GENERATIONS) {
        st->count[generation + 1]++;
    }
    for (int i = 0; i <= generation; i++) {
        st->count[i] = 0;
    }
    // The set: the collected generation and every younger one, in a local
    // list so that objects created by finalizers land in generation 0,
    // outside the set.
    GcHead set, unreachable;
    ring_init(&set);
    ring_init(&unreachable);
    for (int i = 0; i <= generation; i++) {
        ring_merge(&st->gens[i], &set);
    }
    int dest_gen = generation + 1 < GC_GENERATIONS ? generation + 1 : generation;
    GcHead *old = &st->gens[dest_gen];

    int64_t survivors = 0, resurrected = 0;
    // A full collection with nothing frozen examines every tracked object,
    // less what marking from the roots finds alive.
    uint32_t fold = generation == GC_GENERATIONS - 1 && ring_is_empty(&st->permanent);
    GcHead alive;
    ring_init(&alive);
    int64_t marked = 0;
    if (fold && roots != NULL) {
        uintptr_t mark = st->mark_last == GC_NEXT_MARK_A ? GC_NEXT_MARK_B : GC_NEXT_MARK_A;
        marked = mark_from_roots(vm, roots, &alive, mark);
        st->mark_last = mark;
        fold = (uint32_t)mark;
    }
    int64_t found = split_unreachable(&set, &unreachable, &survivors, fold);
    survivors += marked;
    if (generation == GC_GENERATIONS - 2) {
        st->long_lived_pending += survivors;
    }
    ring_merge(&alive, old);
    ring_merge(&set, old);

    if (found > 0) {
        handle_weakrefs(vm, &unreachable);
        if (finalize_garbage(vm, &unreachable)) {
            // Resurrected objects are reachable again: recompute (PEP 442).
            // CPython 3.11 counts what is still unreachable after finalizers
            // ran: resurrected objects, and those they keep alive, are not
            // found. Without a finalizer no Python code that could reach
            // the garbage ran (weak reference callbacks only see live
            // objects), so the first answer stands and this walk is saved.
            GcHead garbage;
            ring_init(&garbage);
            found = split_unreachable(&unreachable, &garbage, &resurrected, 0);
            ring_merge(&unreachable, old);
            ring_merge(&garbage, &unreachable);
        }
        found += delete_garbage(&unreachable, old);
    }
    if (generation == GC_GENERATIONS - 1) {
        // The oldest generation's size, counted by the walks rather than by
        // one more pass over it (objects that survived their own clear, a
        // rare case, are left out of this heuristic's count).
        st->long_lived_pending = 0;
        st->long_lived_total = survivors + resurrected;
    }

    st->stats[generation].collections++;
    st->stats[generation].collected += found;
    st->total_collected += found;
    double elapsed = now_seconds() - start;
    st->total_pause += elapsed;
    if (elapsed > st->longest_pause) {
        st->longest_pause = elapsed;
    }
    if (vm->options.gc_stats) {
        fprintf(stderr, "gc: done, %lld unreachable, 0 uncollectable, %.4fs elapsed\n",
                (long long)found, elapsed);
    }
    return found;
}

int64_t gc_collect(Vm *vm, int generation) {
    return gc_collect_from_roots(vm, generation, NULL);
}

int64_t gc_collect_from_roots(Vm *vm, int generation, GcRootsFn roots) {
    GcState *st = vm->gc;
    if (st == NULL || st->collecting) {
        return -1;
    }
    if (generation < 0) {
        generation = 0;
    }
    if (generation >= GC_GENERATIONS) {
        generation = GC_GENERATIONS - 1;
    }
    st->collecting = true;
    int64_t found = collect(vm, st, generation, roots);
    st->collecting = false;
    return found;
}

void gc_maybe_collect(Vm *vm) {
    GcState *st = vm != NULL ? vm->gc : NULL;
    if (st == NULL || !st->enabled || st->collecting || st->threshold[0] == 0 ||
        st->count[0] <= st->threshold[0]) {
        return;
    }
    for (int i = GC_GENERATIONS - 1; i >= 0; i--) {
        if (st->count[i] > st->threshold[i]) {
            if (i == GC_GENERATIONS - 1 && st->long_lived_pending < st->long_lived_total / 4) {
                continue;
            }
            // An automatic collection must not disturb an exception that
            // the code around the allocation is propagating.
            Obj *saved = vm->exc;
            vm->exc = NULL;
            gc_collect_from_roots(vm, i, st->roots);
            if (vm->exc != NULL) {
                err_write_unraisable(vm, NULL);
            }
            vm->exc = saved;
            break;
        }
    }
}

// ---------------------------------------------------------------------------
// -X memstats.
// ---------------------------------------------------------------------------
static bool exit_report;

void gc_set_exit_report(bool on) {
    exit_report = on;
}

void gc_exit_report(const GcState *st) {
    if (!exit_report || st == NULL) {
        return;
    }
    MemStats m = mem_stats();
    fflush(stdout);
    fprintf(stderr,
            "ouro: memstats: peak heap %zu bytes; in use %zu bytes in %zu blocks; "
            "%zu allocations\n",
            m.peak_bytes, m.bytes_in_use, m.blocks_in_use, m.total_allocs);
    int64_t collections = 0, uncollectable = 0;
    for (int i = 0; i < GC_GENERATIONS; i++) {
        const GcStatsGen *g = &st->stats[i];
        fprintf(stderr,
                "ouro: memstats: generation %d: %lld collections, %lld collected, "
                "%lld uncollectable\n",
                i, (long long)g->collections, (long long)g->collected, (long long)g->uncollectable);
        collections += g->collections;
        uncollectable += g->uncollectable;
    }
    fprintf(stderr,
            "ouro: memstats: %lld collections, %lld objects collected, %lld uncollectable; "
            "longest pause %.6fs, total pause %.6fs\n",
            (long long)collections, (long long)st->total_collected, (long long)uncollectable,
            st->longest_pause, st->total_pause);
}
