/* mod_posix.h: the `posix` module, the operating system calls of lib/os.py. */
#ifndef OURO_MOD_POSIX_H
#define OURO_MOD_POSIX_H

#include "objects/object.h"

// Creates the `posix` module and registers it in vm->modules. Returns a
// borrowed reference held by sys.modules, or NULL with an exception pending.
BORROWED Obj *modposix_init(Vm *vm);

#endif
