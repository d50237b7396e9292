/* test_dict.c: the dict and DictTable C API (objects/dict.h): insertion,
 * lookup, deletion with many keys, insertion order, updates, copies,
 * clearing by detaching, unhashable keys, and tables using storage their
 * owner placed after them. */
#include <stdio.h>

#include "support.h"

#include "memory/gc.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"

SUPPORT_SUITE(dict);

static Obj *I(int64_t v) {
    return int_from_i64(vm, v);
}

Test(dict, set_get_delete_many_keys) {
    Obj *d = dict_new(vm);
    for (int64_t i = 0; i < 5000; i++) {
        cr_assert_eq(dict_set(vm, d, I(i), I(i * 2)), 0);
    }
    cr_assert_eq(dict_len(d), 5000);
    for (int64_t i = 0; i < 5000; i += 2) {
        cr_assert_eq(dict_del(vm, d, I(i)), 0);
    }
    cr_assert_eq(dict_len(d), 2500);
    for (int64_t i = 0; i < 5000; i++) {
        Obj *v = dict_get_borrow(vm, d, I(i));
        if (i % 2 == 0) {
            cr_assert_null(v);
            cr_assert_not(err_occurred(vm));
        } else {
            cr_assert_eq(v, I(i * 2));
        }
    }
    cr_assert_eq(dict_del(vm, d, I(0)), 1); // absent: no exception
    cr_assert_not(err_occurred(vm));
    obj_decref(d);
}

Test(dict, keeps_insertion_order_across_deletes_and_resizes) {
    Obj *d = dict_new(vm);
    for (int64_t i = 100; i > 0; i--) {
        dict_set(vm, d, I(i), OBJ_NONE);
    }
    for (int64_t i = 100; i > 0; i -= 3) {
        dict_del(vm, d, I(i));
    }
    dict_set(vm, d, I(100), OBJ_NONE); // re-inserted: goes last
    size_t pos = 0;
    Obj *k, *v;
    int64_t prev = 1000, n = 0, last = 0;
    while (dict_next(d, &pos, &k, &v)) {
        int64_t x;
        int_as_i64(vm, k, &x);
        if (x != 100) {
            cr_assert_lt(x, prev);
            prev = x;
        }
        last = x;
        n++;
    }
    cr_assert_eq(n, (int64_t)dict_len(d));
    cr_assert_eq(last, 100);
    obj_decref(d);
}

Test(dict, replacing_a_value_keeps_position) {
    Obj *d = dict_new(vm);
    dict_set_cstr(vm, d, "a", I(1));
    dict_set_cstr(vm, d, "b", I(2));
    dict_set_cstr(vm, d, "a", I(3));
    Obj *r = obj_repr(vm, d);
    cr_assert_str_eq(str_cstr(r), "{'a': 3, 'b': 2}");
    obj_decref(r);
    obj_decref(d);
}

Test(dict, cstr_lookup_small_and_large) {
    Obj *d = dict_new(vm);
    char name[16];
    for (int i = 0; i < 40; i++) {
        snprintf(name, sizeof name, "k%d", i);
        dict_set_cstr(vm, d, name, I(i));
        Obj *v = dict_get_cstr_borrow(vm, d, name);
        cr_assert_eq(v, I(i), "lookup of %s with %d keys", name, i + 1);
    }
    cr_assert_null(dict_get_cstr_borrow(vm, d, "missing"));
    obj_decref(d);
}

Test(dict, unhashable_key_raises_type_error) {
    Obj *d = dict_new(vm);
    Obj *l = list_new(vm, 0);
    cr_assert_eq(dict_set(vm, d, l, I(1)), -1);
    cr_assert(err_matches(vm, &exc_TypeError));
    err_clear(vm);
    cr_assert_null(dict_get_borrow(vm, d, l));
    cr_assert(err_occurred(vm));
    err_clear(vm);
    obj_decref(l);
    obj_decref(d);
}

Test(dict, clear_releases_values) {
    Obj *d = dict_new(vm);
    Obj *s = str_from_cstr(vm, "value");
    intptr_t before = s->refcnt;
    dict_set_cstr(vm, d, "x", s);
    dict_set_cstr(vm, d, "y", s);
    cr_assert_eq(s->refcnt, before + 2);
    dict_clear(d);
    cr_assert_eq(s->refcnt, before);
    cr_assert_eq(dict_len(d), 0);
    dict_set_cstr(vm, d, "z", s); // usable after clear
    cr_assert_eq(dict_len(d), 1);
    obj_decref(d);
    obj_decref(s);
}

Test(dict, copy_and_update) {
    Obj *a = dict_new(vm);
    dict_set(vm, a, I(1), I(10));
    dict_set(vm, a, I(2), I(20));
    Obj *b = dict_copy(vm, a);
    dict_set(vm, b, I(3), I(30));
    cr_assert_eq(dict_len(a), 2);
    cr_assert_eq(dict_len(b), 3);
    Obj *pairs = list_new(vm, 0);
    list_append_steal(vm, pairs, tuple_pack2(vm, I(2), I(99)));
    list_append_steal(vm, pairs, tuple_pack2(vm, I(4), I(40)));
    cr_assert_eq(dict_update(vm, a, pairs), 0);
    cr_assert_eq(dict_get_borrow(vm, a, I(2)), I(99));
    cr_assert_eq(dict_update(vm, a, b), 0);
    cr_assert_eq(dict_len(a), 4);
    cr_assert_eq(dict_get_borrow(vm, a, I(2)), I(20));
    obj_decref(pairs);
    obj_decref(b);
    obj_decref(a);
}

Test(dict, update_with_bad_element_reports_its_length) {
    Obj *d = dict_new(vm);
    Obj *bad = list_new(vm, 0);
    list_append_steal(vm, bad, tuple_pack1(vm, I(1)));
    cr_assert_eq(dict_update(vm, d, bad), -1);
    cr_assert(err_matches(vm, &exc_ValueError));
    Obj *exc = err_fetch(vm);
    Obj *msg = exc_message(vm, exc);
    cr_assert_str_eq(str_cstr(msg),
                     "dictionary update sequence element #0 has length 1; 2 is required");
    obj_decref(msg);
    obj_decref(exc);
    obj_decref(bad);
    obj_decref(d);
}

Test(dict, bare_table_for_attributes) {
    DictTable t = {0};
    Obj *k = str_from_cstr(vm, "attr");
    cr_assert_eq(dicttable_set(vm, &t, k, I(5)), 0);
    cr_assert_eq(dicttable_get(vm, &t, k), I(5));
    cr_assert_gt(dicttable_sizeof(&t), 0);
    cr_assert_eq(dicttable_del(vm, &t, k), 0);
    cr_assert_null(dicttable_get(vm, &t, k));
    cr_assert_eq(dicttable_del(vm, &t, k), 1);
    dicttable_set(vm, &t, k, I(6));
    dicttable_clear(&t);
    cr_assert_eq(t.used, 0);
    cr_assert_eq(dicttable_sizeof(&t), 0);
    obj_decref(k);
}

Test(dict, tracked_only_when_holding_containers) {
    Obj *d = dict_new(vm);
    cr_assert_not(gc_is_tracked(d));
    dict_set_cstr(vm, d, "n", I(1));
    cr_assert_not(gc_is_tracked(d));
    Obj *l = list_new(vm, 0);
    dict_set_cstr(vm, d, "l", l);
    cr_assert(gc_is_tracked(d));
    Obj *c = dict_copy(vm, d);
    cr_assert(gc_is_tracked(c));
    obj_decref(c);
    obj_decref(l);
    obj_decref(d);
}

// A table with owner-provided storage after it, as instances have.
typedef struct InlineTable {
    DictTable t;
    DictEntry room[2];
} InlineTable;

Test(dict, inline_storage_spills_and_returns) {
    InlineTable it = {0};
    it.t.inline_cap = 2;
    Obj *k[4];
    for (int i = 0; i < 4; i++) {
        char name[8];
        snprintf(name, sizeof name, "k%d", i);
        k[i] = str_intern_cstr(vm, name);
    }
    dicttable_set(vm, &it.t, k[0], I(0));
    dicttable_set(vm, &it.t, k[1], I(1));
    cr_assert_eq(it.t.entries, it.room); // fits inline
    cr_assert_eq(dicttable_sizeof(&it.t), 2 * sizeof(DictEntry));
    dicttable_set(vm, &it.t, k[2], I(2));
    cr_assert_neq(it.t.entries, it.room); // spilled to a heap block
    cr_assert_gt(dicttable_sizeof(&it.t), 2 * sizeof(DictEntry));
    dicttable_del(vm, &it.t, k[0]);
    dicttable_del(vm, &it.t, k[1]);
    dicttable_clear(&it.t);
    dicttable_set(vm, &it.t, k[3], I(3));
    cr_assert_eq(it.t.entries, it.room); // back inline after the clear
    cr_assert_eq(dicttable_get(vm, &it.t, k[3]), I(3));
    dicttable_dispose(&it.t);
    cr_assert_eq(it.t.used, 0);
}

Test(dict, probe_and_append_str_decide_without_code) {
    InlineTable it = {0};
    it.t.inline_cap = it.t.smallcap = 2;
    it.t.entries = it.room;
    Obj *a = str_intern_cstr(vm, "alpha"), *b = str_intern_cstr(vm, "beta");
    Obj *a2 = str_from_cstr(vm, "alpha"); // equal to `a`, another object
    size_t ix;
    cr_assert_eq(dicttable_probe_str(&it.t, a, str_hash(a), &ix), DICT_PROBE_ABSENT);
    cr_assert(dicttable_append_str(&it.t, a, str_hash(a), I(1)));
    cr_assert_eq(dicttable_probe_str(&it.t, a, str_hash(a), &ix), DICT_PROBE_FOUND);
    cr_assert_eq(ix, 0);
    cr_assert_eq(dicttable_probe_str(&it.t, a2, str_hash(a2), &ix), DICT_PROBE_UNSURE);
    cr_assert_not(dicttable_append_str(&it.t, a2, str_hash(a2), I(2))); // would duplicate
    cr_assert(dicttable_append_str(&it.t, b, str_hash(b), I(2)));
    cr_assert_not(dicttable_append_str(&it.t, a2, str_hash(a2), I(3))); // full
    cr_assert_eq(dicttable_get(vm, &it.t, a2), I(1));
    dicttable_clear(&it.t);
    obj_decref(a2);
}
