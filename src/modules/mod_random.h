/* mod_random.h: the `random` module (CPython's Mersenne Twister and the
 * algorithms of its random.py, so that seeded sequences match). */
#ifndef OURO_MOD_RANDOM_H
#define OURO_MOD_RANDOM_H

#include "objects/object.h"

// Creates the `random` module and registers it in vm->modules. Returns a
// borrowed reference held by sys.modules, or NULL with an exception pending.
BORROWED Obj *modrandom_init(Vm *vm);

// random.Random and random.SystemRandom (static types, readied on import).
extern TypeObj random_type;
extern TypeObj sysrandom_type;

#endif
