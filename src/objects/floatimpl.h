/* floatimpl.h: the private layout of float, shared by float.c and
 * float_text.c only. */
#ifndef OURO_FLOATIMPL_H
#define OURO_FLOATIMPL_H

#include "intobj.h"

typedef struct FloatObj {
    Obj head;
    double value;
} FloatObj;

// round(v, ndigits) for a float: the decimal value of `v` rounded half to
// even at `ndigits` places (negative: tens, hundreds, ...), correctly
// rounded back to a double (CPython's round(2.675, 2) == 2.67). 0, or -1
// with OverflowError pending.
int float_round_digits(Vm *vm, double v, int64_t ndigits, double *out);

#endif
