/* mod_cmath.h: the `cmath` module, mathematical functions for complex
 * numbers with CPython 3.11's algorithms, branch cuts and errors. */
#ifndef OURO_MOD_CMATH_H
#define OURO_MOD_CMATH_H

#include "objects/object.h"

// Creates the `cmath` module and registers it in vm->modules. Returns a
// borrowed reference held by sys.modules, or NULL with an exception pending.
BORROWED Obj *modcmath_init(Vm *vm);

#endif
