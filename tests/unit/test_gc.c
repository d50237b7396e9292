/* test_gc.c: the cycle collector (memory/gc.c) and object allocation
 * (objects/alloc.c): cycles freed with CPython's counts, automatic
 * collection, tracking, PEP 442 finalizers and resurrection, and freeing
 * of very deep and very long structures without recursion. */
#include "support.h"

#include "memory/gc.h"
#include "objects/alloc.h"
#include "objects/dict.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/str.h"

SUPPORT_SUITE(gc);

// A test container with one reference slot and an optional finalizer.
typedef struct Node {
    Obj head;
    Obj *next;
} Node;

static int finalized;
static Obj *resurrect_into; // a list that the finalizer appends self to

static int node_traverse(Obj *self, GcVisitFn visit, void *arg) {
    Node *n = (Node *)self;
    return n->next != NULL ? visit(n->next, arg) : 0;
}

static void node_clear(Obj *self) {
    Node *n = (Node *)self;
    Obj *next = n->next;
    n->next = NULL;
    obj_xdecref(next);
}

static void node_dealloc(Obj *self) {
    gc_untrack(self);
    node_clear(self);
    obj_free(self);
}

static void node_finalize(Vm *v, Obj *self) {
    finalized++;
    if (resurrect_into != NULL) {
        list_append(v, resurrect_into, self);
    }
}

static TypeObj node_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "Node",
    .basicsize = sizeof(Node),
    .flags = TYPE_FLAG_GC,
    .base = &object_type,
    .dealloc = node_dealloc,
    .traverse = node_traverse,
    .clear = node_clear,
};

static TypeObj fnode_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "FNode",
    .basicsize = sizeof(Node),
    .flags = TYPE_FLAG_GC | TYPE_FLAG_HAS_FINALIZE,
    .base = &object_type,
    .dealloc = node_dealloc,
    .traverse = node_traverse,
    .clear = node_clear,
    .finalize = node_finalize,
};

static Obj *node_new(TypeObj *t, Obj *next) {
    Obj *o = obj_new_container(vm, t, sizeof(Node));
    cr_assert_not_null(o);
    ((Node *)o)->next = next; // steals
    return o;
}

Test(gc, self_referencing_list_is_one) {
    gc_collect(vm, 2);
    size_t live = obj_live_count();
    Obj *l = list_new(vm, 0);
    cr_assert_eq(list_append(vm, l, l), 0);
    obj_decref(l);
    cr_assert_eq(obj_live_count(), live + 1);
    cr_assert_eq(gc_collect(vm, 2), 1);
    cr_assert_eq(obj_live_count(), live);
}

Test(gc, list_dict_cycle_is_two) {
    Obj *key = str_from_cstr(vm, "l"); // created first: not part of the count
    gc_collect(vm, 2);
    size_t live = obj_live_count();
    Obj *l = list_new(vm, 0);
    Obj *d = dict_new(vm);
    cr_assert_eq(list_append(vm, l, d), 0);
    cr_assert_eq(dict_set(vm, d, key, l), 0);
    obj_decref(l);
    obj_decref(d);
    cr_assert_eq(gc_collect(vm, 2), 2);
    cr_assert_eq(obj_live_count(), live);
    obj_decref(key);
}

Test(gc, reachable_objects_survive) {
    Obj *outer = list_new(vm, 0);
    Obj *inner = list_new(vm, 0);
    cr_assert_eq(list_append(vm, inner, inner), 0);
    cr_assert_eq(list_append(vm, outer, inner), 0);
    obj_decref(inner);
    cr_assert_eq(gc_collect(vm, 2), 0);
    cr_assert_eq(list_len(outer), 1);
    cr_assert(gc_is_tracked(inner));
    obj_decref(outer); // leaves the inner self-cycle
    cr_assert_eq(gc_collect(vm, 2), 1);
}

Test(gc, tracking) {
    Obj *l = list_new(vm, 0);
    Obj *s = str_from_cstr(vm, "abc");
    cr_assert(gc_is_tracked(l));
    cr_assert_not(gc_is_tracked(s));
    cr_assert_not(gc_is_tracked(SMALLINT_FROM(1)));
    cr_assert_not(gc_is_tracked(OBJ_NONE));
    obj_decref(l);
    obj_decref(s);
}

Test(gc, threshold_triggers_automatic_collection) {
    GcState *st = vm->gc;
    gc_collect(vm, 2);
    int64_t before = st->stats[0].collections;
    st->threshold[0] = 10;
    for (int i = 0; i < 100; i++) {
        Obj *l = list_new(vm, 0);
        cr_assert_eq(list_append(vm, l, l), 0);
        obj_decref(l);
    }
    cr_assert_geq(st->stats[0].collections - before, 9);
    cr_assert_leq(st->count[0], 11);
    st->enabled = false;
    int64_t off = st->stats[0].collections;
    for (int i = 0; i < 100; i++) {
        obj_decref(list_new(vm, 0));
        Obj *l = list_new(vm, 0);
        obj_decref(l);
    }
    cr_assert_eq(st->stats[0].collections, off);
    st->enabled = true;
    st->threshold[0] = 700;
}

Test(gc, finalizer_runs_once_then_cycle_is_freed) {
    size_t live = obj_live_count();
    finalized = 0;
    Obj *a = node_new(&fnode_type, NULL);
    ((Node *)a)->next = obj_newref(a); // self cycle
    obj_decref(a);
    cr_assert_eq(gc_collect(vm, 2), 1);
    cr_assert_eq(finalized, 1);
    cr_assert_eq(obj_live_count(), live);
}

Test(gc, resurrected_object_survives_and_is_not_finalized_twice) {
    finalized = 0;
    Obj *keep = list_new(vm, 0);
    resurrect_into = keep;
    Obj *a = node_new(&fnode_type, NULL);
    ((Node *)a)->next = obj_newref(a);
    obj_decref(a);
    // As in CPython 3.11, a resurrected object is not counted as found.
    cr_assert_eq(gc_collect(vm, 2), 0);
    cr_assert_eq(finalized, 1);
    cr_assert_eq(list_len(keep), 1);
    cr_assert_eq(list_get_borrow(keep, 0), a);
    cr_assert(gc_is_finalized(a));
    cr_assert(gc_is_tracked(a));
    resurrect_into = NULL;
    list_clear(keep); // a is garbage again
    cr_assert_eq(gc_collect(vm, 2), 1);
    cr_assert_eq(finalized, 1); // not run again
    obj_decref(keep);
}

Test(gc, finalizer_on_plain_decref) {
    finalized = 0;
    Obj *a = node_new(&fnode_type, NULL);
    obj_decref(a);
    cr_assert_eq(finalized, 1);
}

Test(gc, deeply_nested_list_frees_without_recursion) {
    size_t live = obj_live_count();
    Obj *l = list_new(vm, 0);
    for (int i = 0; i < 1000000; i++) {
        Obj *outer = list_new(vm, 0);
        cr_assert_not_null(outer);
        cr_assert_eq(list_append_steal(vm, outer, l), 0);
        l = outer;
    }
    obj_decref(l);
    cr_assert_eq(obj_live_count(), live);
}

Test(gc, long_chain_frees_without_recursion) {
    size_t live = obj_live_count();
    Obj *head = NULL;
    for (int i = 0; i < 1000000; i++) {
        head = node_new(&node_type, head);
    }
    obj_decref(head);
    cr_assert_eq(obj_live_count(), live);
}

Test(gc, long_cycle_collects_iteratively) {
    Obj *first = node_new(&node_type, NULL);
    Obj *head = obj_newref(first);
    for (int i = 1; i < 200000; i++) {
        head = node_new(&node_type, head);
    }
    ((Node *)first)->next = head; // close the ring (steals our reference)
    obj_decref(first);
    cr_assert_eq(gc_collect(vm, 2), 200000);
}

Test(gc, collect_is_not_reentrant) {
    vm->gc->collecting = true;
    cr_assert_eq(gc_collect(vm, 2), -1);
    vm->gc->collecting = false;
}

Test(gc, freeze_moves_everything_to_permanent) {
    Obj *l = list_new(vm, 0);
    gc_freeze(vm->gc);
    cr_assert_eq(gc_generation_size(vm->gc, 0), 0);
    cr_assert_geq(gc_generation_size(vm->gc, GC_GENERATIONS), 1);
    gc_unfreeze(vm->gc);
    cr_assert_eq(gc_generation_size(vm->gc, GC_GENERATIONS), 0);
    gc_check_heap(vm->gc);
    obj_decref(l);
}

// The flags live in the low bits of the two link words; the scratch count
// of a collection takes the prev word's upper bits and leaves the bits
// that outlive tracking alone.
Test(gc, header_is_16_bytes_and_holds_big_counts) {
    cr_assert_eq(sizeof(GcHead), 16);
    Obj *l = list_new(vm, 0);
    GcHead *g = gc_head(l);
    cr_assert_neq(g->next, 0); // tracked
    cr_assert_eq(g->next & GC_LINK_BITS, 0);
    cr_assert_eq(g->prev & GC_LINK_BITS, 0);
    GcHead h = {0, GC_PREV_WEAKREFS | GC_PREV_FINALIZED};
    h.prev |= ((uintptr_t)1 << 50) << GC_REFS_SHIFT;
    h.prev -= GC_REFS_ONE;
    cr_assert_eq(h.prev >> GC_REFS_SHIFT, ((uintptr_t)1 << 50) - 1);
    cr_assert_eq(h.prev & GC_PREV_KEEP, GC_PREV_WEAKREFS | GC_PREV_FINALIZED);
    gc_untrack(l);
    cr_assert_eq(g->next, 0);
    gc_track(l);
    cr_assert_neq(g->next, 0);
    gc_check_heap(vm->gc);
    obj_decref(l);
}

Test(gc, survivors_move_up_with_no_scratch_flags) {
    gc_collect(vm, 2);
    Obj *l = list_new(vm, 0);
    Obj *inner = list_new(vm, 0);
    cr_assert_eq(list_append(vm, l, inner), 0);
    obj_decref(inner);
    cr_assert_eq(gc_generation_size(vm->gc, 0), 2);
    cr_assert_eq(gc_collect(vm, 0), 0);
    cr_assert_eq(gc_generation_size(vm->gc, 0), 0);
    cr_assert_eq(gc_generation_size(vm->gc, 1), 2);
    cr_assert_eq(gc_head(l)->next & GC_LINK_BITS, 0);
    cr_assert_eq(gc_head(l)->prev & GC_LINK_BITS, 0);
    cr_assert_eq(gc_head(inner)->next & GC_LINK_BITS, 0);
    cr_assert_eq(gc_head(inner)->prev & GC_LINK_BITS, 0);
    gc_check_heap(vm->gc);
    cr_assert_eq(gc_collect(vm, 1), 0);
    cr_assert_eq(gc_generation_size(vm->gc, 2), gc_tracked_count(vm->gc));
    obj_decref(l);
}

Test(gc, garbage_without_finalizer_is_counted_once) {
    gc_collect(vm, 2);
    size_t live = obj_live_count();
    Obj *a = node_new(&node_type, NULL);
    Obj *b = node_new(&node_type, obj_newref(a));
    ((Node *)a)->next = obj_newref(b);
    obj_decref(a);
    obj_decref(b);
    cr_assert_eq(gc_collect(vm, 0), 2);
    cr_assert_eq(obj_live_count(), live);
    gc_check_heap(vm->gc);
}

// Outside a collection the prev word is a real link without COLLECTING: a
// full collection with nothing frozen gives each object its count when it
// first meets it, so young, full and frozen collections must all leave
// every survivor so, whatever its kind.
Test(gc, collections_leave_every_link_real) {
    Obj *l = list_new(vm, 0);
    Obj *inner = list_new(vm, 0);
    cr_assert_eq(list_append(vm, l, inner), 0);
    cr_assert_eq(list_append(vm, inner, l), 0); // a live cycle, held by `l`
    Obj *a = node_new(&node_type, NULL);
    Obj *b = node_new(&node_type, obj_newref(a));
    ((Node *)a)->next = obj_newref(b);
    obj_decref(a);
    obj_decref(b); // a garbage cycle
    cr_assert_eq(gc_collect(vm, 0), 2);
    cr_assert_eq(gc_head(l)->prev & GC_PREV_COLLECTING, 0);
    cr_assert_eq(gc_head(inner)->prev & GC_PREV_COLLECTING, 0);
    gc_check_heap(vm->gc);
    cr_assert_geq(gc_collect(vm, 2), 0);
    cr_assert_eq(gc_head(l)->prev & GC_LINK_BITS, 0);
    cr_assert_eq(gc_head(l)->next & GC_LINK_BITS, 0);
    gc_check_heap(vm->gc);
    gc_freeze(vm->gc); // a full collection with a permanent generation
    Obj *c = list_new(vm, 0);
    cr_assert_eq(gc_collect(vm, 2), 0);
    cr_assert_eq(gc_head(c)->prev & GC_PREV_COLLECTING, 0);
    gc_unfreeze(vm->gc);
    cr_assert_eq(gc_collect(vm, 2), 0);
    gc_check_heap(vm->gc);
    obj_decref(c);
    obj_decref(inner);
    obj_decref(l); // the cycle stays for the fixture's final collection
}

// The roots of gc_collect_from_roots below: `root_obj` alone, if set.
static Obj *root_obj;
static void one_root(Vm *v, GcVisitFn visit, void *arg) {
    OURO_UNUSED(v);
    if (root_obj != NULL) {
        visit(root_obj, arg);
    }
}

// A full collection from roots moves what they reach out of the set, with
// that collection's MARKS (alternating between two values), and judges the
// rest by trial deletion: a garbage cycle that refers to a marked object
// is still found, and one that is no longer reachable from the roots is
// found once dropped.
Test(gc, collect_from_roots_marks_then_judges_the_rest) {
    gc_collect(vm, 2);
    size_t live = obj_live_count();
    Obj *root = list_new(vm, 0);
    Obj *a = node_new(&node_type, NULL);
    Obj *b = node_new(&node_type, obj_newref(a));
    ((Node *)a)->next = obj_newref(b);
    cr_assert_eq(list_append(vm, root, a), 0);
    obj_decref(a);
    obj_decref(b); // a live cycle, held by `root`
    Obj *c = list_new(vm, 0);
    Obj *d = node_new(&node_type, obj_newref(c));
    cr_assert_eq(list_append(vm, c, d), 0);
    cr_assert_eq(list_append(vm, c, root), 0);
    cr_assert_eq(list_append(vm, root, d), 0);
    obj_decref(c);
    obj_decref(d); // a live cycle too, and `c` refers back to `root`
    root_obj = root;
    cr_assert_eq(gc_collect_from_roots(vm, 2, one_root), 0);
    uintptr_t m1 = gc_head(root)->next & GC_NEXT_MARKS;
    cr_assert_neq(m1, 0);
    cr_assert_eq(gc_head(b)->next & GC_NEXT_MARKS, m1);
    cr_assert_eq(gc_head(c)->next & GC_NEXT_MARKS, m1);
    gc_check_heap(vm->gc);
    list_clear(root); // both cycles are garbage now; `c` still names `root`
    cr_assert_eq(gc_collect_from_roots(vm, 2, one_root), 4);
    uintptr_t m2 = gc_head(root)->next & GC_NEXT_MARKS;
    cr_assert(m2 != 0 && m2 != m1);
    gc_check_heap(vm->gc);
    Obj *e = node_new(&node_type, NULL);
    ((Node *)e)->next = obj_newref(e);
    cr_assert_eq(list_append(vm, root, e), 0);
    obj_decref(e);
    root_obj = NULL;
    obj_decref(root); // leaves the self-cycle `e`: found without roots
    cr_assert_eq(gc_collect_from_roots(vm, 2, one_root), 1);
    cr_assert_eq(obj_live_count(), live);
    gc_check_heap(vm->gc);
}

// Counts its calls; stops the walk (returns 7) at the object `stop_at`.
static int visits;
static Obj *stop_at;
static int count_visit(Obj *child, void *arg) {
    OURO_UNUSED(arg);
    visits++;
    return child == stop_at ? 7 : 0;
}

// gc_visit_array runs the collector's visitors inline and calls any other
// visitor per item: NULL items are skipped, the first non-zero result ends
// the walk and is returned.
Test(gc, visit_array_calls_other_visitors_per_item) {
    Obj *a = list_new(vm, 0);
    Obj *b = list_new(vm, 0);
    Obj *items[4] = {a, NULL, b, a};
    visits = 0;
    stop_at = NULL;
    cr_assert_eq(gc_visit_array(items, 4, count_visit, NULL), 0);
    cr_assert_eq(visits, 3);
    visits = 0;
    stop_at = b;
    cr_assert_eq(gc_visit_array(items, 4, count_visit, NULL), 7);
    cr_assert_eq(visits, 2);
    cr_assert_eq(gc_visit_array_calls(items, 4, count_visit, NULL), 7);
    obj_decref(a);
    obj_decref(b);
}
