/* test_object.c: the generic protocols of objects/object.c and
 * object_num.c: dispatch to type slots, the reflected operator and
 * comparison protocols, and CPython's TypeError messages when a slot is
 * missing. */
#include "support.h"

#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"

SUPPORT_SUITE(object);

static void expect_error(TypeObj *type, const char *text) {
    cr_assert(err_matches(vm, type));
    Obj *e = err_fetch(vm);
    Obj *m = exc_message(vm, e);
    cr_assert_str_eq(str_cstr(m), text);
    obj_decref(m);
    obj_decref(e);
}

static void expect_text(Obj *o, const char *text) {
    if (o == NULL) {
        Obj *e = err_fetch(vm);
        Obj *m = e != NULL ? exc_message(vm, e) : NULL;
        cr_assert_fail("expected %s, got %s: %s", text, e != NULL ? obj_type_name(e) : "no error",
                       m != NULL ? str_cstr(m) : "");
    }
    cr_assert_str_eq(str_cstr(o), text);
    obj_decref(o);
}

Test(object, repr_and_str) {
    expect_text(obj_repr(vm, OBJ_NONE), "None");
    expect_text(obj_str(vm, OBJ_TRUE), "True");
    expect_text(obj_repr(vm, OBJ_NOTIMPL), "NotImplemented");
    expect_text(obj_repr(vm, OBJ_ELLIPSIS), "Ellipsis");
    Obj *s = str_from_cstr(vm, "a");
    expect_text(obj_str(vm, s), "a");
    expect_text(obj_repr(vm, s), "'a'");
    obj_decref(s);
}

Test(object, missing_slots_raise_cpython_messages) {
    Obj *s = str_from_cstr(vm, "x");
    Obj *l = list_new(vm, 0);
    cr_assert_eq(obj_hash(vm, l), -1);
    expect_error(&exc_TypeError, "unhashable type: 'list'");
    cr_assert_null(obj_call0(vm, SMALLINT_FROM(1)));
    expect_error(&exc_TypeError, "'int' object is not callable");
    cr_assert_null(obj_iter(vm, SMALLINT_FROM(1)));
    expect_error(&exc_TypeError, "'int' object is not iterable");
    cr_assert_null(obj_next(vm, SMALLINT_FROM(1)));
    expect_error(&exc_TypeError, "'int' object is not an iterator");
    cr_assert_eq(obj_len(vm, SMALLINT_FROM(1)), -1);
    expect_error(&exc_TypeError, "object of type 'int' has no len()");
    cr_assert_null(obj_getitem(vm, SMALLINT_FROM(1), SMALLINT_FROM(0)));
    expect_error(&exc_TypeError, "'int' object is not subscriptable");
    cr_assert_eq(obj_setitem(vm, tuple_empty, SMALLINT_FROM(0), s), -1);
    expect_error(&exc_TypeError, "'tuple' object does not support item assignment");
    cr_assert_eq(obj_delitem(vm, tuple_empty, SMALLINT_FROM(0)), -1);
    expect_error(&exc_TypeError, "'tuple' object doesn't support item deletion");
    cr_assert_eq(obj_contains(vm, SMALLINT_FROM(1), s), -1);
    expect_error(&exc_TypeError, "argument of type 'int' is not iterable");
    cr_assert_null(obj_getattr(vm, SMALLINT_FROM(1), s));
    expect_error(&exc_AttributeError, "'int' object has no attribute 'x'");
    cr_assert_null(obj_lookup_attr(vm, SMALLINT_FROM(1), s));
    cr_assert_not(err_occurred(vm));
    obj_decref(l);
    obj_decref(s);
}

Test(object, binop_dispatch_and_errors) {
    Obj *s = str_from_cstr(vm, "s");
    Obj *r = obj_binop(vm, SMALLINT_FROM(2), SMALLINT_FROM(3), BINOP_ADD);
    cr_assert_eq(r, SMALLINT_FROM(5));
    cr_assert_null(obj_binop(vm, OBJ_NONE, SMALLINT_FROM(1), BINOP_ADD));
    expect_error(&exc_TypeError, "unsupported operand type(s) for +: 'NoneType' and 'int'");
    cr_assert_null(obj_binop(vm, SMALLINT_FROM(1), s, BINOP_INPLACE + BINOP_SUB));
    expect_error(&exc_TypeError, "unsupported operand type(s) for -=: 'int' and 'str'");
    cr_assert_null(obj_binop(vm, SMALLINT_FROM(1), s, BINOP_POW));
    expect_error(&exc_TypeError, "unsupported operand type(s) for ** or pow(): 'int' and 'str'");
    cr_assert_null(obj_neg(vm, s));
    expect_error(&exc_TypeError, "bad operand type for unary -: 'str'");
    cr_assert_str_eq(obj_binop_symbol(BINOP_FLOORDIV), "//");
    cr_assert_str_eq(obj_binop_symbol(BINOP_INPLACE + BINOP_MATMUL), "@=");
    obj_decref(s);
}

Test(object, comparisons) {
    Obj *s = str_from_cstr(vm, "s");
    cr_assert_eq(obj_richcompare_bool(vm, SMALLINT_FROM(1), SMALLINT_FROM(2), CMP_LT), 1);
    cr_assert_eq(obj_richcompare_bool(vm, SMALLINT_FROM(1), s, CMP_EQ), 0);
    cr_assert_eq(obj_richcompare_bool(vm, SMALLINT_FROM(1), s, CMP_NE), 1);
    cr_assert_eq(obj_richcompare_bool(vm, SMALLINT_FROM(1), s, CMP_LT), -1);
    expect_error(&exc_TypeError, "'<' not supported between instances of 'int' and 'str'");
    cr_assert_eq(obj_eq(vm, OBJ_TRUE, SMALLINT_FROM(1)), 1);
    obj_decref(s);
}

Test(object, truth) {
    Obj *e = str_from_cstr(vm, "");
    cr_assert_eq(obj_is_true(vm, e), 0);
    cr_assert_eq(obj_is_true(vm, OBJ_NONE), 0);
    cr_assert_eq(obj_is_true(vm, SMALLINT_FROM(0)), 0);
    cr_assert_eq(obj_is_true(vm, SMALLINT_FROM(-1)), 1);
    cr_assert_eq(obj_is_true(vm, tuple_empty), 0);
    obj_decref(e);
}

Test(object, index_and_ssize) {
    int64_t v;
    cr_assert_eq(obj_as_ssize(vm, OBJ_TRUE, &v), 0);
    cr_assert_eq(v, 1);
    Obj *f = float_from_double(vm, 1.5);
    cr_assert_null(obj_index(vm, f));
    expect_error(&exc_TypeError, "'float' object cannot be interpreted as an integer");
    obj_decref(f);
}

Test(object, subtyping_and_names) {
    cr_assert(type_is_subtype(&bool_type, &int_type));
    cr_assert(type_is_subtype(&int_type, &object_type));
    cr_assert_not(type_is_subtype(&int_type, &bool_type));
    cr_assert(obj_is_instance(OBJ_TRUE, &int_type));
    cr_assert_str_eq(obj_type_name(SMALLINT_FROM(3)), "int");
    cr_assert_str_eq(obj_type_name(OBJ_NONE), "NoneType");
}

Test(object, repr_enter_detects_recursion) {
    Obj *l = list_new(vm, 0);
    cr_assert_eq(obj_repr_enter(vm, l), 0);
    cr_assert_eq(obj_repr_enter(vm, l), 1);
    obj_repr_leave(vm, l);
    cr_assert_eq(obj_repr_enter(vm, l), 0);
    obj_repr_leave(vm, l);
    obj_decref(l);
}

Test(object, deep_nesting_frees_without_recursion) {
    Obj *l = list_new(vm, 0);
    for (int i = 0; i < 200000; i++) {
        Obj *outer = list_new(vm, 0);
        list_append_steal(vm, outer, l);
        l = outer;
    }
    obj_decref(l); // the trashcan keeps the C stack flat
}

Test(object, contains_falls_back_to_iteration) {
    Obj *l = list_new(vm, 0);
    list_append(vm, l, SMALLINT_FROM(3));
    cr_assert_eq(obj_contains(vm, l, SMALLINT_FROM(3)), 1);
    cr_assert_eq(obj_contains(vm, l, SMALLINT_FROM(4)), 0);
    Obj *s = str_from_cstr(vm, "hello");
    Obj *sub = str_from_cstr(vm, "ell");
    cr_assert_eq(obj_contains(vm, s, sub), 1);
    obj_decref(l);
    obj_decref(s);
    obj_decref(sub);
}
