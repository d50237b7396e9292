/* mod_traceback.h: `_traceback`, the interpreter's own traceback printer
 * and entries, for lib/traceback.py. */
#ifndef OURO_MOD_TRACEBACK_H
#define OURO_MOD_TRACEBACK_H

#include "objects/object.h"

// Creates the `_traceback` module and registers it in vm->modules. Returns
// a borrowed reference held by sys.modules, or NULL with an exception
// pending.
BORROWED Obj *modtraceback_init(Vm *vm);

#endif
