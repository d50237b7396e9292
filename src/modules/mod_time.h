/* mod_time.h: the `time` module (clocks, sleep, struct_time conversions). */
#ifndef OURO_MOD_TIME_H
#define OURO_MOD_TIME_H

#include "objects/object.h"

// Creates the `time` module and registers it in vm->modules. Returns a
// borrowed reference held by sys.modules, or NULL with an exception pending.
BORROWED Obj *modtime_init(Vm *vm);

#endif
