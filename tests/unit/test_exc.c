/* test_exc.c: exception objects and the pending-exception API
 * (objects/exc.c): message formatting, matching through the hierarchy,
 * str() rules, context chaining and the pre-allocated MemoryError. */
#include "support.h"

#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/str.h"
#include "objects/tuple.h"

SUPPORT_SUITE(exc);

// The message of the pending exception, which is cleared.
static void expect_message(const char *text) {
    Obj *e = err_fetch(vm);
    cr_assert_not_null(e);
    Obj *m = exc_message(vm, e);
    cr_assert_not_null(m);
    cr_assert_str_eq(str_cstr(m), text);
    obj_decref(m);
    obj_decref(e);
}

Test(exc, err_raise_formats_printf_and_objects) {
    Obj *s = str_from_cstr(vm, "abc");
    cr_assert_null(err_raise(vm, &exc_ValueError, "bad %d %s %zu %lld %S %R 100%%", 3, "x",
                             (size_t)7, -5LL, s, s));
    cr_assert(err_matches(vm, &exc_ValueError));
    expect_message("bad 3 x 7 -5 abc 'abc' 100%");
    cr_assert_not(err_occurred(vm));
    obj_decref(s);
}

Test(exc, err_raise_precision) {
    err_raise(vm, &exc_TypeError, "%.3s|%c", "abcdef", 'z');
    expect_message("abc|z");
}

Test(exc, err_raise_formats_code_points_through_str_from_vfmt) {
    // %c takes a code point (str_from_vfmt's rule), not a byte.
    err_raise(vm, &exc_ValueError, "[%c%c] %5d", 0xE9, 0x20AC, 42);
    expect_message("[\xc3\xa9\xe2\x82\xac]    42");
}

Test(exc, matches_through_the_hierarchy) {
    err_raise_obj(vm, &exc_KeyError, SMALLINT_FROM(1));
    cr_assert(err_matches(vm, &exc_KeyError));
    cr_assert(err_matches(vm, &exc_LookupError));
    cr_assert(err_matches(vm, &exc_Exception));
    cr_assert(err_matches(vm, &exc_BaseException));
    cr_assert_not(err_matches(vm, &exc_IndexError));
    cr_assert_not(err_matches(vm, &exc_TypeError));
    err_clear(vm);
    cr_assert_not(err_occurred(vm));
    cr_assert_not(err_matches(vm, &exc_Exception));
}

Test(exc, message_rules) {
    Obj *one = tuple_pack1(vm, SMALLINT_FROM(5));
    Obj *two = tuple_pack2(vm, SMALLINT_FROM(1), SMALLINT_FROM(2));
    Obj *k = str_from_cstr(vm, "k");
    Obj *kt = tuple_pack1(vm, k);
    struct {
        TypeObj *type;
        Obj *args;
        const char *text;
    } cases[] = {
        {&exc_ValueError, tuple_empty, ""},
        {&exc_ValueError, one, "5"},
        {&exc_ValueError, two, "(1, 2)"},
        {&exc_KeyError, kt, "'k'"},
        {&exc_KeyError, two, "(1, 2)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Obj *e = exc_new(vm, cases[i].type, cases[i].args);
        cr_assert_not_null(e);
        Obj *m = exc_message(vm, e);
        cr_assert_str_eq(str_cstr(m), cases[i].text);
        obj_decref(m);
        obj_decref(e);
    }
    obj_decref(one);
    obj_decref(two);
    obj_decref(k);
    obj_decref(kt);
}

Test(exc, repr_matches_cpython) {
    Obj *args = tuple_pack1(vm, str_intern_cstr(vm, "division by zero"));
    Obj *e = exc_new(vm, &exc_ZeroDivisionError, args);
    Obj *r = obj_repr(vm, e);
    cr_assert_str_eq(str_cstr(r), "ZeroDivisionError('division by zero')");
    obj_decref(r);
    obj_decref(e);
    obj_decref(args);
    e = exc_new(vm, &exc_ValueError, tuple_empty);
    r = obj_repr(vm, e);
    cr_assert_str_eq(str_cstr(r), "ValueError()");
    obj_decref(r);
    obj_decref(e);
}

Test(exc, given_matches_classes_tuples_and_bad_specs) {
    Obj *e = exc_new(vm, &exc_KeyError, tuple_empty);
    cr_assert_eq(err_given_matches(vm, e, (Obj *)&exc_LookupError), 1);
    cr_assert_eq(err_given_matches(vm, e, (Obj *)&exc_TypeError), 0);
    Obj *spec = tuple_pack2(vm, (Obj *)&exc_TypeError, (Obj *)&exc_KeyError);
    cr_assert_eq(err_given_matches(vm, e, spec), 1);
    cr_assert_eq(err_given_matches(vm, e, SMALLINT_FROM(3)), -1);
    expect_message("catching classes that do not inherit from BaseException is not allowed");
    obj_decref(spec);
    obj_decref(e);
}

Test(exc, context_is_chained_from_the_handled_exception) {
    Obj *handled = exc_new(vm, &exc_KeyError, tuple_empty);
    vm->handled_exc = handled;
    err_raise(vm, &exc_ValueError, "second");
    vm->handled_exc = NULL;
    Obj *e = err_fetch(vm);
    cr_assert_eq(((ExcObj *)e)->context, handled);
    // Raising the handled exception itself again does not loop.
    vm->handled_exc = e;
    err_set(vm, handled);
    vm->handled_exc = NULL;
    Obj *again = err_fetch(vm);
    cr_assert_eq(again, handled);
    cr_assert_eq(((ExcObj *)handled)->context, e);
    cr_assert_null(((ExcObj *)e)->context);
    obj_decref(again);
    obj_decref(e);
    obj_decref(handled);
}

Test(exc, memory_error_is_preallocated) {
    cr_assert_null(err_nomemory(vm));
    cr_assert(err_matches(vm, &exc_MemoryError));
    Obj *e = err_fetch(vm);
    cr_assert_eq(e, vm->memory_error);
    obj_decref(e);
}

Test(exc, fetch_leaves_nothing_pending) {
    err_raise(vm, &exc_RuntimeError, "x");
    Obj *e = err_fetch(vm);
    cr_assert_not_null(e);
    cr_assert_not(err_occurred(vm));
    cr_assert_null(err_fetch(vm));
    obj_decref(e);
}
