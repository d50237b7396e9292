/* mod_array.h: the `array` module: array.array, a typed, compact sequence
 * of machine numbers (or of code points for typecode 'u'). */
#ifndef OURO_MOD_ARRAY_H
#define OURO_MOD_ARRAY_H

#include "objects/object.h"

// array.array. A static type: runtime.c readies it with the others.
extern TypeObj array_type;

// Creates the `array` module and registers it in vm->modules. Returns a
// borrowed reference held by sys.modules, or NULL with an exception pending.
BORROWED Obj *modarray_init(Vm *vm);

// The machine bytes of `o` when it is an array (the buffer protocol, for
// binascii and struct): true with a borrowed view valid until the array
// is next resized; false (nothing raised) for any other object.
bool modarray_view(const Obj *o, const char **data, size_t *len);

#endif
