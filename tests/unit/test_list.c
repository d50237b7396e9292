/* test_list.c: the list C API (objects/list.h) and the behaviour of the
 * list type that C callers rely on: growth, clearing by detaching,
 * sorting, slicing through the generic protocol, and the iterator. */
#include <stdio.h>

#include "support.h"

#include "memory/gc.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"

SUPPORT_SUITE(list);

static Obj *int_list(const int64_t *v, size_t n) {
    Obj *l = list_new(vm, 0);
    cr_assert_not_null(l);
    for (size_t i = 0; i < n; i++) {
        cr_assert_eq(list_append_steal(vm, l, int_from_i64(vm, v[i])), 0);
    }
    return l;
}

static int64_t item(Obj *l, size_t i) {
    int64_t v = 0;
    cr_assert_eq(int_as_i64(vm, list_get_borrow(l, i), &v), 0);
    return v;
}

static const char *repr_of(Obj *o) {
    Obj *r = obj_repr(vm, o);
    cr_assert_not_null(r);
    static char buf[256];
    snprintf(buf, sizeof buf, "%s", str_cstr(r));
    obj_decref(r);
    return buf;
}

Test(list, append_grows_and_keeps_order) {
    Obj *l = list_new(vm, 0);
    for (int64_t i = 0; i < 1000; i++) {
        cr_assert_eq(list_append_steal(vm, l, int_from_i64(vm, i)), 0);
    }
    cr_assert_eq(list_len(l), 1000);
    for (size_t i = 0; i < 1000; i++) {
        cr_assert_eq(item(l, i), (int64_t)i);
    }
    cr_assert_geq(((ListObj *)l)->cap, 1000);
    obj_decref(l);
}

Test(list, append_takes_its_own_reference) {
    Obj *s = str_from_cstr(vm, "x");
    intptr_t before = s->refcnt;
    Obj *l = list_new(vm, 0);
    cr_assert_eq(list_append(vm, l, s), 0);
    cr_assert_eq(s->refcnt, before + 1);
    obj_decref(l);
    cr_assert_eq(s->refcnt, before);
    obj_decref(s);
}

Test(list, clear_drops_item_references_and_capacity) {
    Obj *s = str_from_cstr(vm, "held");
    Obj *l = list_new(vm, 0);
    for (int i = 0; i < 50; i++) {
        list_append(vm, l, s);
    }
    intptr_t with_items = s->refcnt;
    size_t big = obj_type(l)->sizeof_(l);
    list_clear(l);
    cr_assert_eq(list_len(l), 0);
    cr_assert_eq(s->refcnt, with_items - 50);
    Obj *empty = list_new(vm, 0);
    cr_assert_eq(obj_type(l)->sizeof_(l), obj_type(empty)->sizeof_(empty));
    cr_assert_lt(obj_type(l)->sizeof_(l), big);
    obj_decref(empty);
    obj_decref(l);
    obj_decref(s);
}

Test(list, new_with_length_is_filled_by_set_steal) {
    Obj *l = list_new(vm, 3);
    for (size_t i = 0; i < 3; i++) {
        list_set_steal(l, i, int_from_i64(vm, (int64_t)i * 10));
    }
    cr_assert_str_eq(repr_of(l), "[0, 10, 20]");
    obj_decref(l);
}

Test(list, sort_is_stable_and_reverse_keeps_stability) {
    int64_t v[] = {5, 3, 9, 1, 3, 7, 0, 2, 8, 6, 4, 1, 9, 5, 3, 2, 7, 1, 0, 8};
    Obj *l = int_list(v, 20);
    cr_assert_eq(list_sort(vm, l, NULL, false), 0);
    for (size_t i = 1; i < 20; i++) {
        cr_assert_leq(item(l, i - 1), item(l, i));
    }
    cr_assert_eq(list_sort(vm, l, NULL, true), 0);
    for (size_t i = 1; i < 20; i++) {
        cr_assert_geq(item(l, i - 1), item(l, i));
    }
    obj_decref(l);
}

Test(list, sort_of_mixed_types_raises_type_error_and_keeps_items) {
    Obj *l = list_new(vm, 0);
    list_append_steal(vm, l, int_from_i64(vm, 1));
    list_append_steal(vm, l, str_from_cstr(vm, "a"));
    cr_assert_eq(list_sort(vm, l, NULL, false), -1);
    cr_assert(err_matches(vm, &exc_TypeError));
    err_clear(vm);
    cr_assert_eq(list_len(l), 2);
    obj_decref(l);
}

Test(list, from_iterable_and_as_tuple) {
    Obj *r = range_new(vm, SMALLINT_FROM(0), SMALLINT_FROM(5), NULL);
    Obj *l = list_from_iterable(vm, r);
    cr_assert_not_null(l);
    cr_assert_str_eq(repr_of(l), "[0, 1, 2, 3, 4]");
    Obj *t = list_as_tuple(vm, l);
    cr_assert_str_eq(repr_of(t), "(0, 1, 2, 3, 4)");
    obj_decref(t);
    obj_decref(l);
    obj_decref(r);
}

Test(list, extend_with_itself_doubles) {
    int64_t v[] = {1, 2};
    Obj *l = int_list(v, 2);
    cr_assert_eq(list_extend(vm, l, l), 0);
    cr_assert_str_eq(repr_of(l), "[1, 2, 1, 2]");
    obj_decref(l);
}

Test(list, repr_of_self_containing_list) {
    Obj *l = list_new(vm, 0);
    list_append(vm, l, l);
    cr_assert_str_eq(repr_of(l), "[[...]]");
    list_clear(l); // break the cycle
    obj_decref(l);
}

Test(list, negative_index_and_out_of_range) {
    int64_t v[] = {1, 2, 3};
    Obj *l = int_list(v, 3);
    Obj *x = obj_getitem(vm, l, SMALLINT_FROM(-1));
    cr_assert_eq(x, SMALLINT_FROM(3));
    cr_assert_null(obj_getitem(vm, l, SMALLINT_FROM(3)));
    cr_assert(err_matches(vm, &exc_IndexError));
    err_clear(vm);
    obj_decref(l);
}

Test(list, slice_assignment_and_deletion) {
    int64_t v[] = {0, 1, 2, 3, 4, 5};
    Obj *l = int_list(v, 6);
    Obj *sl = slice_new(vm, OBJ_NONE, OBJ_NONE, SMALLINT_FROM(2));
    cr_assert_eq(obj_delitem(vm, l, sl), 0);
    cr_assert_str_eq(repr_of(l), "[1, 3, 5]");
    Obj *sl2 = slice_new(vm, SMALLINT_FROM(1), SMALLINT_FROM(2), OBJ_NONE);
    int64_t w[] = {7, 8, 9};
    Obj *src = int_list(w, 3);
    cr_assert_eq(obj_setitem(vm, l, sl2, src), 0);
    cr_assert_str_eq(repr_of(l), "[1, 7, 8, 9, 5]");
    obj_decref(src);
    obj_decref(sl2);
    obj_decref(sl);
    obj_decref(l);
}

Test(list, iterator_walks_and_stops) {
    int64_t v[] = {4, 5};
    Obj *l = int_list(v, 2);
    Obj *it = obj_iter(vm, l);
    cr_assert_not_null(it);
    cr_assert_eq(obj_next(vm, it), SMALLINT_FROM(4));
    cr_assert_eq(obj_next(vm, it), SMALLINT_FROM(5));
    cr_assert_null(obj_next(vm, it));
    cr_assert_not(err_occurred(vm));
    obj_decref(it);
    obj_decref(l);
}

Test(list, repeat_overflow_is_memory_error) {
    int64_t v[] = {0};
    Obj *l = int_list(v, 1);
    Obj *n = int_from_i64(vm, (int64_t)1 << 62);
    cr_assert_null(obj_binop(vm, l, n, BINOP_MUL));
    cr_assert(err_matches(vm, &exc_MemoryError));
    err_clear(vm);
    obj_decref(n);
    obj_decref(l);
}

Test(list, lists_are_tracked_containers) {
    Obj *l = list_new(vm, 0);
    cr_assert(gc_is_tracked(l));
    obj_decref(l);
}
