/* intobj.h: int (arbitrary precision; small values tagged in the pointer,
 * larger ones heap objects holding a GMP mpz_t), bool, float, None,
 * NotImplemented and Ellipsis. */
#ifndef OURO_INTOBJ_H
#define OURO_INTOBJ_H

#include "object.h"

extern TypeObj int_type; // also declared in object.h
extern TypeObj bool_type;
extern TypeObj float_type;
extern TypeObj none_type;
extern TypeObj notimpl_type;
extern TypeObj ellipsis_type;
extern TypeObj complex_type; // complexobj.h has its API

// The immortal singletons.
extern Obj obj_none_s, obj_true_s, obj_false_s, obj_notimpl_s, obj_ellipsis_s;
#define OBJ_NONE     (&obj_none_s)
#define OBJ_TRUE     (&obj_true_s)
#define OBJ_FALSE    (&obj_false_s)
#define OBJ_NOTIMPL  (&obj_notimpl_s)
#define OBJ_ELLIPSIS (&obj_ellipsis_s)

// True or False (immortal, returned as a new reference by convention).
static inline NEWREF Obj *obj_bool(bool b) {
    return b ? OBJ_TRUE : OBJ_FALSE;
}

// True for ints and bools (and int subclasses).
bool int_check(const Obj *o);

// An int for `v`: tagged when it fits, heap (GMP) otherwise. NULL on memory
// exhaustion.
NEWREF Obj *int_from_i64(Vm *vm, int64_t v);
NEWREF Obj *int_from_u64(Vm *vm, uint64_t v);

// Parses an int literal or int(str, base) text (underscores, prefixes with
// base 0, surrounding whitespace). ValueError "invalid literal for int()
// with base 10: 'x'" on bad text. `len` bytes of `s`.
NEWREF Obj *int_from_text(Vm *vm, const char *s, size_t len, int base);

// Converts int `o` to int64; returns 0, or -1 with OverflowError pending
// ("Python int too large to convert to C ssize_t"). TypeError if not an int.
int int_as_i64(Vm *vm, Obj *o, int64_t *out);

// Converts int `o` to a double; OverflowError "int too large to convert to float".
int int_as_double(Vm *vm, Obj *o, double *out);

// The sign of int `o`: -1, 0 or 1.
int int_sign(const Obj *o);

// True or False for a three-way comparison result `c` (<0, 0, >0) under
// `op`: the end of the int and float richcompare slots.
NEWREF Obj *num_cmp_result(int c, CmpOp op);

// Compares int `o` with the double `d` (not NaN) exactly: -1, 0 or 1.
int int_cmp_double(const Obj *o, double d);

// int(d) for a double: truncation toward zero. ValueError "cannot convert
// float NaN to integer", OverflowError "cannot convert float infinity to
// integer".
NEWREF Obj *int_from_double(Vm *vm, double d);

// int's &, | and ^ slots (NotImplemented unless both operands are ints);
// bool_type wraps them to keep bool results for two bools.
NEWREF Obj *int_binop_and(Vm *vm, Obj *a, Obj *b);
NEWREF Obj *int_binop_or(Vm *vm, Obj *a, Obj *b);
NEWREF Obj *int_binop_xor(Vm *vm, Obj *a, Obj *b);

// CPython 3.11's default limit of 4300 digits for conversions between int
// and decimal text (both directions raise ValueError beyond it).
#define INT_MAX_STR_DIGITS 4300

// The limit in force (sys.get_int_max_str_digits); 0 means none.
int64_t int_max_str_digits(void);

// Sets the limit (sys.set_int_max_str_digits): 0, or at least 640 (the
// caller checks).
void int_set_max_str_digits(int64_t n);

// A new float.
NEWREF Obj *float_from_double(Vm *vm, double v);
bool float_check(const Obj *o);
double float_value(const Obj *o);

// Parses float() text ("1.5", " -inf ", "nan", "1e5", underscores allowed
// as in literals). ValueError "could not convert string to float: 'x'".
NEWREF Obj *float_from_text(Vm *vm, const char *s, size_t len);

// The number `o` (int, bool or float) as a double; TypeError otherwise
// ("must be real number, not str").
int num_as_double(Vm *vm, Obj *o, double *out);

// repr() of a double, the shortest text that round-trips (CPython's rules:
// "1.0", "1e+16", "inf", "nan"). Writes a NUL-terminated string into `buf`
// (at least 32 bytes).
void float_format_repr(double v, char *buf, size_t size);

// int(x), float(x) and bool(x) as the constructors compute them.
NEWREF Obj *int_from_obj(Vm *vm, Obj *o);
NEWREF Obj *float_from_obj(Vm *vm, Obj *o);

// A hash for a double that equals the hash of an equal int (CPython's
// numeric hash, modulus 2**61-1).
int64_t float_hash_double(double v);

// hash() of the double `v` held by the object `owner` (a float, or a part
// of a complex): as float_hash_double, but a NaN hashes by the identity of
// `owner` as in CPython 3.10+, so distinct NaNs spread over a dict.
int64_t float_hash_obj(const Obj *owner, double v);

#endif
