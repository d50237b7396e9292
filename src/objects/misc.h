/* misc.h: small built-in types shared by several files: range, slice, the
 * iterator types of the built-in sequences, enumerate and zip. */
#ifndef OURO_MISC_H
#define OURO_MISC_H

#include "object.h"

extern TypeObj range_type;
extern TypeObj slice_type;
extern TypeObj enumerate_type;
extern TypeObj zip_type;
extern TypeObj reversed_type;
extern TypeObj seqiter_type; // iterates anything with __getitem__ (old protocol)

typedef struct SliceObj {
    Obj head;
    Obj *start, *stop, *step; // None when omitted
} SliceObj;

// A new slice object; arguments borrowed (None for omitted parts).
NEWREF Obj *slice_new(Vm *vm, Obj *start, Obj *stop, Obj *step);

// Resolves `slice` against a sequence of length `len` (slice.indices):
// fills start/stop/step and returns the number of items selected, or -1
// with an exception pending (ValueError "slice step cannot be zero").
int64_t slice_unpack(Vm *vm, Obj *slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step);

// range(start, stop, step) with int bounds.
NEWREF Obj *range_new(Vm *vm, Obj *start, Obj *stop, Obj *step);

#endif
