/* modules.h: the modules written in C, created at start-up. */
#ifndef OURO_MODULES_H
#define OURO_MODULES_H

#include "../objects/object.h"

// Adds the built-in functions and types (print, len, range, list, ...) to
// `builtins` (a dict). The VM adds the ones that need frames itself.
// Returns 0, or -1 with an exception pending.
int bi_init(Vm *vm, Obj *builtins);

// Create the `sys` and `gc` modules and register them in vm->modules.
// Return a borrowed reference (held by sys.modules), or NULL on error.
BORROWED Obj *modsys_init(Vm *vm);
BORROWED Obj *modgc_init(Vm *vm);

#endif
