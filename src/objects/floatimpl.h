/* floatimpl.h: the private layout of float and the operand conversion of
 * the arithmetic slots, shared by float.c, float_text.c and complex.c, and
 * the float fast paths of the VM's dispatch loop (vm_smallint.h). */
#ifndef OURO_FLOATIMPL_H
#define OURO_FLOATIMPL_H

#include "intobj.h"

typedef struct FloatObj {
    Obj head;
    double value;
} FloatObj;

// Operand conversion for float's arithmetic slots: 1 = `o` (a float or an
// int) converted into `*out`, 0 = not a number float handles (the slot
// returns NotImplemented), -1 = error (OverflowError for a huge int).
int float_operand(Vm *vm, Obj *o, double *out);

// The prologue of a binary arithmetic slot: converts `a` and `b` with
// `convert` (a function shaped like float_operand) into `x` and `y`, or
// returns NotImplemented / NULL from the slot. Expects `vm` in scope.
#define NUM_OPERANDS(convert, a, b, x, y)                                                          \
    do {                                                                                           \
        int ra_ = convert(vm, a, &x);                                                              \
        if (ra_ <= 0) {                                                                            \
            return ra_ < 0 ? NULL : obj_newref(OBJ_NOTIMPL);                                       \
        }                                                                                          \
        int rb_ = convert(vm, b, &y);                                                              \
        if (rb_ <= 0) {                                                                            \
            return rb_ < 0 ? NULL : obj_newref(OBJ_NOTIMPL);                                       \
        }                                                                                          \
    } while (0)

// round(v, ndigits) for a float: the decimal value of `v` rounded half to
// even at `ndigits` places (negative: tens, hundreds, ...), correctly
// rounded back to a double (CPython's round(2.675, 2) == 2.67). 0, or -1
// with OverflowError pending.
int float_round_digits(Vm *vm, double v, int64_t ndigits, double *out);

// float.hex(): "0x1.8000000000000p+1", "-0x0.0p+0", "inf", "nan".
NEWREF Obj *float_hex_text(Vm *vm, double v);

// float.fromhex() text ("0x1.8p1", " -1p4 ", "inf"): 0 with the value in
// `*out`, or -1 with ValueError "invalid hexadecimal floating-point
// string" / OverflowError "hexadecimal value too large to represent as a
// float".
int float_parse_hex(Vm *vm, const char *s, size_t len, double *out);

#endif
