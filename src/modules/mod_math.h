/* mod_math.h: what the two halves of the `math` module share: the float
 * functions and the module table in mod_math.c, the exact integer
 * functions (GMP) in mod_math_int.c. */
#ifndef OURO_MOD_MATH_H
#define OURO_MOD_MATH_H

#include <gmp.h>

#include "objects/object.h"

// Creates the `math` module and registers it in vm->modules. Returns a
// borrowed reference held by sys.modules, or NULL with an exception pending.
BORROWED Obj *modmath_init(Vm *vm);

// Raises ValueError("math domain error"). Returns NULL.
NEWREF Obj *modmath_domain_error(Vm *vm);

// A real-number argument as a double, as CPython converts one (float, int,
// __float__, __index__). TypeError "must be real number, not str" otherwise.
// Returns 0 or -1.
int modmath_arg_double(Vm *vm, Obj *o, double *out);

// An integer argument (through __index__) copied into `z` (initialized by
// the caller); also for other modules taking big-int arguments. TypeError
// "'float' object cannot be interpreted as an integer" for non-integers.
// Returns 0 or -1.
int modmath_arg_mpz(Vm *vm, Obj *o, mpz_t z);

// The integer functions of mod_math_int.c (MethodDef signatures):
// prod, factorial, comb, perm, gcd, lcm and isqrt.
NEWREF Obj *modmath_py_prod(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modmath_py_factorial(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modmath_py_comb(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modmath_py_perm(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modmath_py_gcd(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modmath_py_lcm(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modmath_py_isqrt(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

#endif
