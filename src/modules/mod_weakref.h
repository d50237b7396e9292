/* mod_weakref.h: the `_weakref` module, the C half of lib/weakref.py: ref,
 * proxy, getweakrefcount, getweakrefs and the three weak reference types. */
#ifndef OURO_MOD_WEAKREF_H
#define OURO_MOD_WEAKREF_H

#include "objects/object.h"

// Creates the `_weakref` module and registers it in vm->modules. Returns a
// borrowed reference held by sys.modules, or NULL with an exception pending.
BORROWED Obj *modweakref_init(Vm *vm);

#endif
