/* test_set.c: the set C API (objects/set.h) and set algebra through the
 * operators: membership, discard, CPython's iteration order for small
 * ints, frozenset hashes equal to CPython 3.11's. */
#include <stdio.h>

#include "support.h"

#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"

SUPPORT_SUITE(set);

static Obj *set_of(const int64_t *v, size_t n, bool frozen) {
    Obj *s = set_new(vm, frozen);
    cr_assert_not_null(s);
    for (size_t i = 0; i < n; i++) {
        cr_assert_eq(set_add(vm, s, SMALLINT_FROM(v[i])), 0);
    }
    return s;
}

static const char *repr_of(Obj *o) {
    Obj *r = obj_repr(vm, o);
    cr_assert_not_null(r);
    static char buf[256];
    snprintf(buf, sizeof buf, "%s", str_cstr(r));
    obj_decref(r);
    return buf;
}

Test(set, add_contains_discard) {
    Obj *s = set_new(vm, false);
    for (int64_t i = 0; i < 1000; i++) {
        set_add(vm, s, SMALLINT_FROM(i));
        set_add(vm, s, SMALLINT_FROM(i)); // duplicates ignored
    }
    cr_assert_eq(set_len(s), 1000);
    cr_assert_eq(set_contains(vm, s, SMALLINT_FROM(999)), 1);
    cr_assert_eq(set_contains(vm, s, SMALLINT_FROM(1000)), 0);
    cr_assert_eq(set_discard(vm, s, SMALLINT_FROM(5)), 1);
    cr_assert_eq(set_discard(vm, s, SMALLINT_FROM(5)), 0);
    cr_assert_eq(set_len(s), 999);
    set_clear(s);
    cr_assert_eq(set_len(s), 0);
    obj_decref(s);
}

Test(set, small_int_order_matches_cpython) {
    int64_t v[] = {3, 1, 2};
    Obj *s = set_of(v, 3, false);
    cr_assert_str_eq(repr_of(s), "{1, 2, 3}");
    int64_t w[] = {10, 7, 100, -1, 5};
    Obj *t = set_of(w, 5, false);
    cr_assert_str_eq(repr_of(t), "{100, 5, 7, 10, -1}");
    obj_decref(t);
    obj_decref(s);
}

Test(set, empty_reprs) {
    Obj *s = set_new(vm, false), *f = set_new(vm, true);
    cr_assert_str_eq(repr_of(s), "set()");
    cr_assert_str_eq(repr_of(f), "frozenset()");
    obj_decref(s);
    obj_decref(f);
}

Test(set, algebra_through_operators) {
    int64_t a[] = {1, 2, 3}, b[] = {2, 3, 4};
    Obj *x = set_of(a, 3, false), *y = set_of(b, 3, false);
    Obj *u = obj_binop(vm, x, y, BINOP_OR);
    Obj *i = obj_binop(vm, x, y, BINOP_AND);
    Obj *d = obj_binop(vm, x, y, BINOP_SUB);
    Obj *s = obj_binop(vm, x, y, BINOP_XOR);
    cr_assert_str_eq(repr_of(u), "{1, 2, 3, 4}");
    cr_assert_str_eq(repr_of(i), "{2, 3}");
    cr_assert_str_eq(repr_of(d), "{1}");
    cr_assert_str_eq(repr_of(s), "{1, 4}");
    cr_assert_eq(obj_richcompare_bool(vm, i, x, CMP_LT), 1);
    cr_assert_eq(obj_richcompare_bool(vm, x, x, CMP_LE), 1);
    cr_assert_eq(obj_richcompare_bool(vm, x, y, CMP_EQ), 0);
    obj_decref(u);
    obj_decref(i);
    obj_decref(d);
    obj_decref(s);
    obj_decref(x);
    obj_decref(y);
}

// Values printed by CPython 3.11: hash(frozenset()), hash(frozenset({1, 2})).
Test(set, frozenset_hash_matches_cpython) {
    Obj *e = set_new(vm, true);
    cr_assert_eq(obj_hash(vm, e), 133146708735736LL);
    int64_t v[] = {1, 2};
    Obj *f = set_of(v, 2, true);
    cr_assert_eq(obj_hash(vm, f), -1826646154956904602LL);
    obj_decref(f);
    obj_decref(e);
}

Test(set, set_is_unhashable) {
    Obj *s = set_new(vm, false);
    cr_assert_eq(obj_hash(vm, s), -1);
    cr_assert(err_matches(vm, &exc_TypeError));
    err_clear(vm);
    obj_decref(s);
}

Test(set, set_key_is_found_as_frozenset) {
    int64_t v[] = {1};
    Obj *inner = set_of(v, 1, true);
    Obj *outer = set_new(vm, false);
    set_add(vm, outer, inner);
    Obj *probe = set_of(v, 1, false);
    cr_assert_eq(set_contains(vm, outer, probe), 1);
    obj_decref(probe);
    obj_decref(outer);
    obj_decref(inner);
}

Test(set, from_iterable_with_duplicates) {
    Obj *l = list_new(vm, 0);
    for (int i = 0; i < 10; i++) {
        list_append(vm, l, SMALLINT_FROM(i % 3));
    }
    Obj *s = set_from_iterable(vm, l, false);
    cr_assert_eq(set_len(s), 3);
    cr_assert(set_check(s));
    obj_decref(s);
    obj_decref(l);
}
