/* complexobj.h: the complex number type (a pair of doubles), built by
 * complex(), by imaginary literals (`2j`) and by float ** fractional on a
 * negative base. */
#ifndef OURO_COMPLEXOBJ_H
#define OURO_COMPLEXOBJ_H

#include "object.h"

extern TypeObj complex_type;

// A new complex `real` + `imag`j. The compiler builds the literal `2j` as
// complex_new(vm, 0.0, 2.0). NULL with MemoryError pending on exhaustion.
NEWREF Obj *complex_new(Vm *vm, double real, double imag);

// True for complex and its subclasses.
bool complex_check(const Obj *o);

// a ** b for the complex numbers `ar`+`ai`j and `br`+`bi`j, as CPython's
// complex power (float ** fractional on a negative base uses it).
// ZeroDivisionError "0.0 to a negative or complex power", OverflowError
// "complex exponentiation".
NEWREF Obj *complex_pow_parts(Vm *vm, double ar, double ai, double br, double bi);

#endif
