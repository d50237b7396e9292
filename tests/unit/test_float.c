/* test_float.c: floats (objects/float.c, float_text.c): repr by CPython's
 * rules, parsing, Python's // and % signs, the shared numeric hash,
 * rounding and the format-spec types. */
#include "support.h"

#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/str.h"

SUPPORT_SUITE(float);

static void expect_repr(Obj *o, const char *text) {
    cr_assert_not_null(o, "expected %s, got an exception", text);
    Obj *r = obj_repr(vm, o);
    cr_assert_not_null(r);
    cr_assert_str_eq(str_cstr(r), text);
    obj_decref(r);
    obj_decref(o);
}

static void expect_error(TypeObj *type, const char *text) {
    cr_assert(err_matches(vm, type));
    Obj *e = err_fetch(vm);
    Obj *m = exc_message(vm, e);
    cr_assert_str_eq(str_cstr(m), text);
    obj_decref(m);
    obj_decref(e);
}

static void expect_format_repr(double v, const char *text) {
    char buf[40];
    float_format_repr(v, buf, sizeof buf);
    cr_assert_str_eq(buf, text);
}

Test(float, repr_is_shortest_round_trip) {
    expect_format_repr(1.0, "1.0");
    expect_format_repr(100.0, "100.0");
    expect_format_repr(0.1 + 0.2, "0.30000000000000004");
    expect_format_repr(1e16, "1e+16");
    expect_format_repr(1.5e-5, "1.5e-05");
    expect_format_repr(0.0001, "0.0001");
    expect_format_repr(-0.0, "-0.0");
    expect_format_repr(1.0 / 0.0, "inf");
    expect_format_repr(-1.0 / 0.0, "-inf");
    expect_format_repr(5e-324, "5e-324");
    expect_format_repr(123456789012345678.0, "1.2345678901234568e+17");
}

Test(float, parsing) {
    const char *ok[][2] = {{" 1_0.5 ", "10.5"}, {"-inf", "-inf"},    {"Infinity", "inf"},
                           {"nan", "nan"},      {"1e5", "100000.0"}, {".5", "0.5"}};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        expect_repr(float_from_text(vm, ok[i][0], strlen(ok[i][0])), ok[i][1]);
    }
    cr_assert_null(float_from_text(vm, "1e", 2));
    expect_error(&exc_ValueError, "could not convert string to float: '1e'");
    cr_assert_null(float_from_text(vm, "_1", 2));
    expect_error(&exc_ValueError, "could not convert string to float: '_1'");
}

Test(float, floor_division_and_modulo_signs) {
    Obj *a = float_from_double(vm, -7.0);
    Obj *b = float_from_double(vm, 2.0);
    expect_repr(obj_binop(vm, a, b, BINOP_FLOORDIV), "-4.0");
    expect_repr(obj_binop(vm, a, b, BINOP_MOD), "1.0");
    Obj *z = float_from_double(vm, 0.0);
    cr_assert_null(obj_binop(vm, a, z, BINOP_TRUEDIV));
    expect_error(&exc_ZeroDivisionError, "float division by zero");
    cr_assert_null(obj_binop(vm, a, z, BINOP_FLOORDIV));
    expect_error(&exc_ZeroDivisionError, "float floor division by zero");
    cr_assert_null(obj_binop(vm, a, z, BINOP_MOD));
    expect_error(&exc_ZeroDivisionError, "float modulo");
    cr_assert_null(obj_binop(vm, z, SMALLINT_FROM(-1), BINOP_POW));
    expect_error(&exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    obj_decref(a);
    obj_decref(b);
    obj_decref(z);
}

Test(float, mixed_arithmetic_with_ints) {
    Obj *h = float_from_double(vm, 0.5);
    expect_repr(obj_binop(vm, SMALLINT_FROM(1), h, BINOP_ADD), "1.5");
    expect_repr(obj_binop(vm, h, OBJ_TRUE, BINOP_MUL), "0.5");
    obj_decref(h);
}

Test(float, hash_agrees_with_int) {
    cr_assert_eq(float_hash_double(1.0), 1);
    cr_assert_eq(float_hash_double(-1.0), -2);
    cr_assert_eq(float_hash_double(1.0 / 0.0), 314159);
    cr_assert_eq(float_hash_double(1.5), 1152921504606846977);
    Obj *big = obj_binop(vm, SMALLINT_FROM(2), SMALLINT_FROM(100), BINOP_POW);
    cr_assert_eq(float_hash_double(1267650600228229401496703205376.0), obj_hash(vm, big));
    obj_decref(big);
}

Test(float, comparison_with_ints_is_exact) {
    Obj *f = float_from_double(vm, 9007199254740992.0);
    Obj *i = int_from_i64(vm, 9007199254740993LL);
    cr_assert_eq(obj_richcompare_bool(vm, f, i, CMP_LT), 1);
    cr_assert_eq(obj_richcompare_bool(vm, i, f, CMP_EQ), 0);
    Obj *nan = float_from_double(vm, 0.0 / 0.0);
    cr_assert_eq(obj_richcompare_bool(vm, nan, nan, CMP_EQ), 1, "identity implies equality");
    cr_assert_eq(obj_richcompare_bool(vm, nan, SMALLINT_FROM(1), CMP_LT), 0);
    obj_decref(f);
    obj_decref(i);
    obj_decref(nan);
}

Test(float, num_as_double_rejects_strings) {
    double d;
    Obj *s = str_from_cstr(vm, "x");
    cr_assert_eq(num_as_double(vm, s, &d), -1);
    expect_error(&exc_TypeError, "must be real number, not str");
    cr_assert_eq(num_as_double(vm, OBJ_TRUE, &d), 0);
    cr_assert_eq(d, 1.0);
    obj_decref(s);
}

Test(float, float_from_obj_conversions) {
    expect_repr(float_from_obj(vm, SMALLINT_FROM(7)), "7.0");
    Obj *s = str_from_cstr(vm, " 2.5 ");
    expect_repr(float_from_obj(vm, s), "2.5");
    obj_decref(s);
    cr_assert_null(float_from_obj(vm, OBJ_NONE));
    expect_error(&exc_TypeError,
                 "float() argument must be a string or a real number, not 'NoneType'");
}
