/* test_int.c: ints (objects/int.c, int_text.c): tagged small values and
 * GMP-backed big ones, overflow promotion and normalisation, floor
 * division, shifts, hashing, text conversion with CPython's messages. */
#include "support.h"

#include "objects/exc.h"
#include "objects/intimpl.h"
#include "objects/intobj.h"
#include "objects/bytesobj.h"
#include "objects/str.h"
#include "objects/tuple.h"

SUPPORT_SUITE(int);

// The repr of `o` (released) compared with `text`.
static void expect_repr(Obj *o, const char *text) {
    cr_assert_not_null(o, "expected %s, got an exception", text);
    Obj *r = obj_repr(vm, o);
    cr_assert_not_null(r);
    cr_assert_str_eq(str_cstr(r), text);
    obj_decref(r);
    obj_decref(o);
}

// The pending exception is of `type` with message `text`; it is cleared.
static void expect_error(TypeObj *type, const char *text) {
    cr_assert(err_matches(vm, type));
    Obj *e = err_fetch(vm);
    Obj *m = exc_message(vm, e);
    cr_assert_str_eq(str_cstr(m), text);
    obj_decref(m);
    obj_decref(e);
}

static Obj *parse(const char *text, int base) {
    return int_from_text(vm, text, strlen(text), base);
}

Test(int, small_values_are_tagged) {
    Obj *a = int_from_i64(vm, 42);
    cr_assert(OBJ_IS_SMALLINT(a));
    cr_assert_eq(SMALLINT_VALUE(a), 42);
    cr_assert(int_check(a));
    cr_assert(int_check(OBJ_TRUE));
    cr_assert_eq(obj_type(a), &int_type);
}

Test(int, addition_promotes_and_normalises) {
    Obj *max = int_from_i64(vm, SMALLINT_MAX);
    Obj *big = obj_binop(vm, max, SMALLINT_FROM(1), BINOP_ADD);
    cr_assert_not(OBJ_IS_SMALLINT(big));
    Obj *back = obj_binop(vm, big, SMALLINT_FROM(1), BINOP_SUB);
    cr_assert(OBJ_IS_SMALLINT(back), "results that fit are tagged again");
    cr_assert_eq(SMALLINT_VALUE(back), SMALLINT_MAX);
    obj_decref(big);
}

Test(int, big_power_and_repr) {
    expect_repr(obj_binop(vm, SMALLINT_FROM(2), SMALLINT_FROM(100), BINOP_POW),
                "1267650600228229401496703205376");
    expect_repr(obj_binop(vm, SMALLINT_FROM(2), SMALLINT_FROM(-1), BINOP_POW), "0.5");
}

Test(int, floor_division_and_modulo_follow_python_signs) {
    expect_repr(obj_binop(vm, SMALLINT_FROM(-7), SMALLINT_FROM(2), BINOP_FLOORDIV), "-4");
    expect_repr(obj_binop(vm, SMALLINT_FROM(-7), SMALLINT_FROM(2), BINOP_MOD), "1");
    expect_repr(obj_binop(vm, SMALLINT_FROM(7), SMALLINT_FROM(-2), BINOP_MOD), "-1");
    cr_assert_null(obj_binop(vm, SMALLINT_FROM(1), SMALLINT_FROM(0), BINOP_FLOORDIV));
    expect_error(&exc_ZeroDivisionError, "integer division or modulo by zero");
    cr_assert_null(obj_binop(vm, SMALLINT_FROM(1), SMALLINT_FROM(0), BINOP_MOD));
    expect_error(&exc_ZeroDivisionError, "integer modulo by zero");
    cr_assert_null(obj_binop(vm, SMALLINT_FROM(1), SMALLINT_FROM(0), BINOP_TRUEDIV));
    expect_error(&exc_ZeroDivisionError, "division by zero");
}

Test(int, true_division_is_correctly_rounded) {
    Obj *big = parse("100000000000000000000", 10);
    expect_repr(obj_binop(vm, big, SMALLINT_FROM(3), BINOP_TRUEDIV), "3.333333333333333e+19");
    obj_decref(big);
}

Test(int, shifts_and_bitwise_on_negatives) {
    expect_repr(obj_binop(vm, SMALLINT_FROM(1), SMALLINT_FROM(70), BINOP_LSHIFT),
                "1180591620717411303424");
    expect_repr(obj_binop(vm, SMALLINT_FROM(-1), SMALLINT_FROM(5), BINOP_RSHIFT), "-1");
    expect_repr(obj_binop(vm, SMALLINT_FROM(-6), SMALLINT_FROM(3), BINOP_AND), "2");
    expect_repr(obj_invert(vm, SMALLINT_FROM(5)), "-6");
    cr_assert_null(obj_binop(vm, SMALLINT_FROM(1), SMALLINT_FROM(-1), BINOP_LSHIFT));
    expect_error(&exc_ValueError, "negative shift count");
}

Test(int, three_argument_pow) {
    Obj *r = obj_pow(vm, SMALLINT_FROM(3), SMALLINT_FROM(4), SMALLINT_FROM(5));
    expect_repr(r, "1");
    expect_repr(obj_pow(vm, SMALLINT_FROM(2), SMALLINT_FROM(-1), SMALLINT_FROM(7)), "4");
    cr_assert_null(obj_pow(vm, SMALLINT_FROM(2), SMALLINT_FROM(3), SMALLINT_FROM(0)));
    expect_error(&exc_ValueError, "pow() 3rd argument cannot be 0");
}

Test(int, hash_matches_cpython) {
    cr_assert_eq(obj_hash(vm, SMALLINT_FROM(-1)), -2);
    cr_assert_eq(obj_hash(vm, SMALLINT_FROM(5)), 5);
    Obj *p = parse("2305843009213693951", 10); // 2**61 - 1
    cr_assert_eq(obj_hash(vm, p), 0);
    obj_decref(p);
    cr_assert_eq(obj_hash(vm, OBJ_TRUE), 1);
}

Test(int, parsing_with_bases_and_underscores) {
    expect_repr(parse("  -12_3 ", 10), "-123");
    expect_repr(parse("0x1f", 0), "31");
    expect_repr(parse("ff", 16), "255");
    expect_repr(parse("0b_101", 0), "5");
    cr_assert_null(parse("abc", 10));
    expect_error(&exc_ValueError, "invalid literal for int() with base 10: 'abc'");
    cr_assert_null(parse("010", 0));
    expect_error(&exc_ValueError, "invalid literal for int() with base 0: '010'");
    cr_assert_null(parse("1", 1));
    expect_error(&exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
}

Test(int, conversion_limits) {
    Obj *big = parse("99999999999999999999", 10);
    int64_t v;
    cr_assert_eq(int_as_i64(vm, big, &v), -1);
    cr_assert(err_matches(vm, &exc_OverflowError));
    err_clear(vm);
    double d;
    cr_assert_eq(int_as_double(vm, big, &d), 0);
    cr_assert_eq(d, 1e20);
    obj_decref(big);
    cr_assert_eq(int_sign(SMALLINT_FROM(-3)), -1);
}

Test(int, from_double_truncates_and_rejects_nan) {
    expect_repr(int_from_double(vm, -3.9), "-3");
    expect_repr(int_from_double(vm, 1e20), "100000000000000000000");
    cr_assert_null(int_from_double(vm, 0.0 / 0.0));
    expect_error(&exc_ValueError, "cannot convert float NaN to integer");
}

Test(int, comparison_with_floats_is_exact) {
    Obj *big = parse("9007199254740993", 10); // 2**53 + 1
    cr_assert_eq(int_cmp_double(big, 9007199254740992.0), 1);
    cr_assert_eq(int_cmp_double(SMALLINT_FROM(3), 3.5), -1);
    cr_assert_eq(int_cmp_double(SMALLINT_FROM(3), 1.0 / 0.0), -1);
    obj_decref(big);
}

Test(int, str_conversion_digit_limit) {
    Obj *big = obj_binop(vm, SMALLINT_FROM(10), SMALLINT_FROM(5000), BINOP_POW);
    cr_assert_null(obj_str(vm, big));
    expect_error(&exc_ValueError, "Exceeds the limit (4300 digits) for integer string "
                                  "conversion; use sys.set_int_max_str_digits() to increase "
                                  "the limit");
    obj_decref(big);
}

Test(int, bools_are_ints) {
    expect_repr(obj_binop(vm, OBJ_TRUE, OBJ_TRUE, BINOP_ADD), "2");
    expect_repr(obj_binop(vm, OBJ_TRUE, OBJ_FALSE, BINOP_OR), "True");
    expect_repr(obj_binop(vm, OBJ_TRUE, SMALLINT_FROM(3), BINOP_AND), "1");
}

Test(int, to_bytes_and_from_bytes_round_trip) {
    Obj *n = int_from_i64(vm, -129);
    Obj *little = str_from_cstr(vm, "little");
    Obj *kw = NULL;
    Obj *args[3] = {SMALLINT_FROM(2), little, OBJ_TRUE};
    // Positional length and byteorder; signed given as a keyword.
    Obj *names = tuple_pack1(vm, str_intern_cstr(vm, "signed"));
    Obj *b = int_py_to_bytes(vm, n, args, 2, names);
    cr_assert_not_null(b);
    cr_assert_eq(bytes_len(b), 2);
    cr_assert_eq((unsigned char)bytes_data(b)[0], 0x7F);
    cr_assert_eq((unsigned char)bytes_data(b)[1], 0xFF);
    Obj *back_args[3] = {b, little, OBJ_TRUE};
    Obj *back = int_py_from_bytes(vm, (Obj *)&int_type, back_args, 2, names);
    int64_t v;
    cr_assert_eq(int_as_i64(vm, back, &v), 0);
    cr_assert_eq(v, -129);
    Obj *small[2] = {SMALLINT_FROM(1), little};
    cr_assert_null(int_py_to_bytes(vm, n, small, 2, kw));
    cr_assert(err_matches(vm, &exc_OverflowError));
    obj_decref(err_fetch(vm));
    obj_decref(back);
    obj_decref(b);
    obj_decref(names);
    obj_decref(little);
    obj_decref(n);
}
