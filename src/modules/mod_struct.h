/* mod_struct.h: the `struct` module (pack and unpack C structs, with
 * CPython 3.11's format language and struct.error messages) and its
 * compiled-format type, struct.Struct. */
#ifndef OURO_MOD_STRUCT_H
#define OURO_MOD_STRUCT_H

#include "objects/object.h"

// struct.Struct (named _struct.Struct, as in CPython). A static type:
// runtime.c readies it with the others.
extern TypeObj struct_type;

// The iterator of iter_unpack (_struct.unpack_iterator), readied with them.
extern TypeObj struct_unpackiter_type;

// Creates the `struct` module and registers it in vm->modules. Returns a
// borrowed reference held by sys.modules, or NULL with an exception pending.
BORROWED Obj *modstruct_init(Vm *vm);

#endif
