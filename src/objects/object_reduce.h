/* object_reduce.h: object.__reduce_ex__, object.__reduce__ and
 * object.__getstate__, the default reduction that copy (and pickling)
 * start from. The work is done by lib/copyreg.py, as CPython leaves its
 * protocols 0 and 1 to copyreg. */
#ifndef OURO_OBJECT_REDUCE_H
#define OURO_OBJECT_REDUCE_H

#include "object.h"

// object.__reduce_ex__(protocol): the class's own __reduce__ when it has
// one, else (copyreg.__newobj__, (cls, *newargs), state, listitems,
// dictitems) for protocol 2 and up, copyreg._reduce_ex's tuple below.
// NULL with an exception pending (TypeError for an unpicklable object).
NEWREF Obj *reduce_py_reduce_ex(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                Obj *kwnames);

// object.__reduce__(): the protocol 0 reduction.
NEWREF Obj *reduce_py_reduce(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

// object.__getstate__(): the instance's __dict__ (None when empty or
// absent), paired with a dict of its set slots when it has any.
NEWREF Obj *reduce_py_getstate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

#endif
