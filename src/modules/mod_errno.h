/* mod_errno.h: the `errno` module (the error codes of <errno.h>). */
#ifndef OURO_MOD_ERRNO_H
#define OURO_MOD_ERRNO_H

#include "objects/object.h"

// Creates the `errno` module (one int per code, and the dict `errorcode`
// from code to name) and registers it in vm->modules. Returns a borrowed
// reference held by sys.modules, or NULL with an exception pending.
BORROWED Obj *moderrno_init(Vm *vm);

#endif
