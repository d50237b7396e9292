/* memoryview.h: memoryview, a one-dimensional view of the memory of
 * another object (bytes, bytearray, array.array, another memoryview)
 * without copying it. */
#ifndef OURO_MEMORYVIEW_H
#define OURO_MEMORYVIEW_H

#include "object.h"

extern TypeObj memoryview_type;

// True for memoryview objects.
bool memview_check(const Obj *o);

// A new memoryview of `o` (borrowed): TypeError "memoryview: a bytes-like
// object is required, not 'int'" when `o` exposes no memory.
NEWREF Obj *memview_new(Vm *vm, Obj *o);

// The bytes of a memoryview whose items are contiguous, for the APIs that
// take any bytes-like object: fills `*data` and `*len` (valid while the
// view is alive and not released) and returns true; false for a released
// or strided view.
bool memview_contiguous(const Obj *o, const char **data, size_t *len);

// Acquires the memory of `o` for a new view: fills `view` (see
// BufferView in object.h) and returns 0; -1 with TypeError when `o` has
// none. A bytearray cannot be resized while one of its views is held. Each
// successful call is paired with memview_release_buffer(o).
int memview_get_buffer(Vm *vm, Obj *o, BufferView *view);

// Ends one acquisition of memview_get_buffer.
void memview_release_buffer(Obj *o);

#endif
