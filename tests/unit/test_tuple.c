/* test_tuple.c: the tuple C API (objects/tuple.h): packing, the immortal
 * empty tuple, hash values equal to CPython 3.11's, comparisons and lazy
 * untracking. */
#include <stdio.h>

#include "support.h"

#include "memory/gc.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/list_impl.h"
#include "objects/str.h"
#include "objects/tuple.h"

SUPPORT_SUITE(tuple);

static const char *repr_of(Obj *o) {
    Obj *r = obj_repr(vm, o);
    cr_assert_not_null(r);
    static char buf[256];
    snprintf(buf, sizeof buf, "%s", str_cstr(r));
    obj_decref(r);
    return buf;
}

Test(tuple, empty_tuple_is_a_singleton) {
    Obj *a = tuple_new(vm, 0);
    Obj *b = tuple_pack(vm, 0, NULL);
    cr_assert_eq(a, tuple_empty);
    cr_assert_eq(b, tuple_empty);
    cr_assert_str_eq(repr_of(a), "()");
    obj_decref(a);
    obj_decref(b);
}

Test(tuple, repr_of_one_and_two_items) {
    Obj *one = tuple_pack1(vm, SMALLINT_FROM(1));
    Obj *two = tuple_pack2(vm, SMALLINT_FROM(1), one);
    cr_assert_str_eq(repr_of(one), "(1,)");
    cr_assert_str_eq(repr_of(two), "(1, (1,))");
    obj_decref(two);
    obj_decref(one);
}

// Values printed by CPython 3.11: hash((1, 2)), hash(()), hash((1,)),
// hash(((1, 2), 1)).
Test(tuple, hash_matches_cpython) {
    Obj *t12 = tuple_pack2(vm, SMALLINT_FROM(1), SMALLINT_FROM(2));
    cr_assert_eq(obj_hash(vm, t12), -3550055125485641917LL);
    cr_assert_eq(obj_hash(vm, tuple_empty), 5740354900026072187LL);
    Obj *t1 = tuple_pack1(vm, SMALLINT_FROM(1));
    cr_assert_eq(obj_hash(vm, t1), -6644214454873602895LL);
    Obj *nested = tuple_pack2(vm, t12, SMALLINT_FROM(1));
    cr_assert_eq(obj_hash(vm, nested), 5097555410246538937LL);
    obj_decref(nested);
    obj_decref(t1);
    obj_decref(t12);
}

Test(tuple, hash_of_unhashable_item_fails) {
    Obj *l = list_new(vm, 0);
    Obj *t = tuple_pack1(vm, l);
    cr_assert_eq(obj_hash(vm, t), -1);
    cr_assert(err_matches(vm, &exc_TypeError));
    err_clear(vm);
    obj_decref(t);
    obj_decref(l);
}

Test(tuple, pack2_steal_consumes_references) {
    Obj *a = str_from_cstr(vm, "a");
    intptr_t before = a->refcnt;
    obj_incref(a);
    Obj *t = tuple_pack2_steal(vm, a, SMALLINT_FROM(3));
    cr_assert_eq(a->refcnt, before + 1);
    obj_decref(t);
    cr_assert_eq(a->refcnt, before);
    obj_decref(a);
}

Test(tuple, comparisons_are_lexicographic) {
    Obj *a = tuple_pack2(vm, SMALLINT_FROM(1), SMALLINT_FROM(2));
    Obj *b = tuple_pack2(vm, SMALLINT_FROM(1), SMALLINT_FROM(3));
    Obj *c = tuple_pack1(vm, SMALLINT_FROM(1));
    cr_assert_eq(obj_richcompare_bool(vm, a, b, CMP_LT), 1);
    cr_assert_eq(obj_richcompare_bool(vm, c, a, CMP_LT), 1);
    cr_assert_eq(obj_richcompare_bool(vm, a, a, CMP_EQ), 1);
    cr_assert_eq(obj_richcompare_bool(vm, a, b, CMP_EQ), 0);
    obj_decref(a);
    obj_decref(b);
    obj_decref(c);
}

Test(tuple, maybe_untrack_only_for_atomic_items) {
    Obj *s = str_from_cstr(vm, "x");
    Obj *atoms = tuple_pack2(vm, SMALLINT_FROM(1), s);
    cr_assert(gc_is_tracked(atoms));
    tuple_maybe_untrack(atoms);
    cr_assert_not(gc_is_tracked(atoms));
    Obj *l = list_new(vm, 0);
    Obj *holder = tuple_pack1(vm, l);
    tuple_maybe_untrack(holder);
    cr_assert(gc_is_tracked(holder));
    obj_decref(holder);
    obj_decref(l);
    obj_decref(atoms);
    obj_decref(s);
}

Test(tuple, from_iterable_of_list) {
    Obj *l = list_new(vm, 0);
    list_append(vm, l, SMALLINT_FROM(7));
    Obj *t = tuple_from_iterable(vm, l);
    cr_assert_eq(tuple_len(t), 1);
    cr_assert_eq(tuple_get_borrow(t, 0), SMALLINT_FROM(7));
    Obj *same = tuple_from_iterable(vm, t);
    cr_assert_eq(same, t);
    obj_decref(same);
    obj_decref(t);
    obj_decref(l);
}

// The helpers tuple shares with list (list_impl.h) work on any item array.
Test(tuple, shared_items_repr_and_compare) {
    Obj *raw[3] = {SMALLINT_FROM(1), SMALLINT_FROM(2), SMALLINT_FROM(3)};
    Obj **items = raw;
    size_t n3 = 3, n2 = 2, n0 = 0;
    Obj *t = tuple_pack(vm, 3, raw);
    Obj *r = listimpl_items_repr(vm, t, &items, &n3, "<", ">");
    cr_assert_str_eq(str_cstr(r), "<1, 2, 3>");
    obj_decref(r);
    r = listimpl_items_repr(vm, t, &items, &n0, "<", ">");
    cr_assert_str_eq(str_cstr(r), "<>");
    obj_decref(r);
    obj_decref(t);
    Obj *lt = listimpl_items_compare(vm, &items, &n2, &items, &n3, CMP_LT);
    Obj *eq = listimpl_items_compare(vm, &items, &n2, &items, &n3, CMP_EQ);
    Obj *ge = listimpl_items_compare(vm, &items, &n3, &items, &n3, CMP_GE);
    cr_assert_eq(lt, OBJ_TRUE);
    cr_assert_eq(eq, OBJ_FALSE);
    cr_assert_eq(ge, OBJ_TRUE);
}
