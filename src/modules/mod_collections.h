/* mod_collections.h: the `_collections` module: collections.deque written
 * in C (a ring buffer of references with an optional maximum length), and
 * its forward and reverse iterators. lib/collections re-exports it. */
#ifndef OURO_MOD_COLLECTIONS_H
#define OURO_MOD_COLLECTIONS_H

#include "objects/object.h"

// collections.deque. A static type: runtime.c readies it with the others.
extern TypeObj deque_type;

// iter(deque) and reversed(deque): static types readied with the others.
extern TypeObj dequeiter_type;
extern TypeObj dequereviter_type;

// Creates the `_collections` module and registers it in vm->modules.
// Returns a borrowed reference held by sys.modules, or NULL with an
// exception pending.
BORROWED Obj *modcollections_init(Vm *vm);

#endif
