/* test_float.c: floats (objects/float.c, float_text.c): repr by CPython's
 * rules, parsing, Python's // and % signs, the shared numeric hash,
 * rounding and the format-spec types; float.hex / fromhex, and the complex
 * type (objects/complex.c), which shares float's text and hash helpers. */
#include <math.h>

#include "support.h"

#include "objects/complexobj.h"
#include "objects/exc.h"
#include "objects/floatimpl.h"
#include "objects/fmtspec.h"
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

Test(float, nan_hashes_by_identity) {
    Obj *a = float_from_double(vm, 0.0 / 0.0);
    Obj *b = float_from_double(vm, 0.0 / 0.0);
    cr_assert_eq(obj_hash(vm, a), obj_hash(vm, a));
    cr_assert_neq(obj_hash(vm, a), obj_hash(vm, b));
    cr_assert_eq(float_hash_obj(a, 2.5), float_hash_double(2.5));
    obj_decref(a);
    obj_decref(b);
}

Test(float, hex_text_and_back) {
    const double vals[] = {1.0, -0.75, 5e-324, 1.7976931348623157e308, 0.1, -0.0};
    const char *texts[] = {"0x1.0000000000000p+0",    "-0x1.8000000000000p-1",
                           "0x0.0000000000001p-1022", "0x1.fffffffffffffp+1023",
                           "0x1.999999999999ap-4",    "-0x0.0p+0"};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        Obj *t = float_hex_text(vm, vals[i]);
        cr_assert_str_eq(str_cstr(t), texts[i]);
        double back;
        cr_assert_eq(float_parse_hex(vm, str_cstr(t), str_size(t), &back), 0);
        cr_assert(back == vals[i] && signbit(back) == signbit(vals[i]));
        obj_decref(t);
    }
    double v;
    cr_assert_eq(float_parse_hex(vm, " 1p4 ", 5, &v), 0);
    cr_assert(v == 16.0);
    cr_assert_eq(float_parse_hex(vm, "0x", 2, &v), -1);
    expect_error(&exc_ValueError, "invalid hexadecimal floating-point string");
    cr_assert_eq(float_parse_hex(vm, "0x1p5000", 8, &v), -1);
    expect_error(&exc_OverflowError, "hexadecimal value too large to represent as a float");
}

Test(float, zero_text_for_the_z_flag) {
    cr_assert(fmtspec_is_zero_text("0.000"));
    cr_assert(fmtspec_is_zero_text("0e+05"));
    cr_assert(fmtspec_is_zero_text("0.0%"));
    cr_assert_not(fmtspec_is_zero_text("0.001"));
    cr_assert_not(fmtspec_is_zero_text("1e-05"));
}

Test(float, complex_new_and_repr) {
    expect_repr(complex_new(vm, 1.0, 2.0), "(1+2j)");
    expect_repr(complex_new(vm, 0.0, -3.5), "-3.5j");
    expect_repr(complex_new(vm, -0.0, -1.0), "(-0-1j)");
    expect_repr(complex_new(vm, 0.0 / 0.0, 1.0 / 0.0), "(nan+infj)");
    Obj *z = complex_new(vm, 2.0, 0.0);
    cr_assert(complex_check(z));
    cr_assert_eq(obj_hash(vm, z), 2);
    cr_assert_eq(obj_richcompare_bool(vm, z, SMALLINT_FROM(2), CMP_EQ), 1);
    cr_assert_null(obj_richcompare(vm, z, z, CMP_LT));
    expect_error(&exc_TypeError, "'<' not supported between instances of 'complex' and 'complex'");
    Obj *zero = complex_new(vm, 0.0, 0.0);
    cr_assert_null(obj_binop(vm, z, zero, BINOP_TRUEDIV));
    expect_error(&exc_ZeroDivisionError, "complex division by zero");
    obj_decref(z);
    obj_decref(zero);
}

Test(float, complex_power_and_negative_float_base) {
    expect_repr(complex_pow_parts(vm, 0.0, 1.0, 2.0, 0.0), "(-1+0j)");
    expect_repr(complex_pow_parts(vm, 1.0, 2.0, -1.0, 0.0), "(0.2-0.4j)");
    cr_assert_null(complex_pow_parts(vm, 0.0, 0.0, -1.0, 0.0));
    expect_error(&exc_ZeroDivisionError, "0.0 to a negative or complex power");
    Obj *base = float_from_double(vm, -8.0);
    Obj *third = float_from_double(vm, 1.0 / 3.0);
    expect_repr(obj_binop(vm, base, third, BINOP_POW), "(1.0000000000000002+1.7320508075688772j)");
    obj_decref(base);
    obj_decref(third);
}
