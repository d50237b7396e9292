/* mod_io.h: the `_io` module (open(), the file classes, UnsupportedOperation)
 * under lib/io.py, which adds StringIO and BytesIO. */
#ifndef OURO_MOD_IO_H
#define OURO_MOD_IO_H

#include "objects/object.h"

// Creates the `_io` module and registers it in vm->modules. Returns a
// borrowed reference held by sys.modules, or NULL with an exception pending.
BORROWED Obj *modio_init(Vm *vm);

// open(): imports _io (so that io.UnsupportedOperation exists), then opens
// as fio_open does. The builtins' open and _io.open.
NEWREF Obj *modio_py_open(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

#endif
