/* builtins_async.h: the built-in functions of asynchronous iteration,
 * aiter() and anext(). */
#ifndef OURO_BUILTINS_ASYNC_H
#define OURO_BUILTINS_ASYNC_H

#include "../objects/runtime.h"

// Adds aiter and anext to `builtins` (a dict). 0 or -1.
int basync_init(Vm *vm, Obj *builtins);

#endif
