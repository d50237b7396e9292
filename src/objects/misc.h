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

// slice.indices(len) with exact ints of any size (CPython's
// _PySlice_GetLongIndices): `len` is an int >= 0; on success stores three
// new references (start, stop, step) in `out` and returns 0, else -1
// (TypeError for a non-integer part, ValueError for a zero step).
int slice_indices_big(Vm *vm, Obj *slice, Obj *len, Obj *out[3]);

// range(start, stop, step) with int bounds of any size.
NEWREF Obj *range_new(Vm *vm, Obj *start, Obj *stop, Obj *step);

// Converts a subscript `key` (an int or an object with __index__) to an
// int64 for sequence indexing. IndexError "cannot fit 'int' into an
// index-sized integer" when too big; TypeError "<tname> indices must be
// integers or slices, not str" when `key` is no integer. 0 or -1.
int slice_key_index(Vm *vm, Obj *key, const char *tname, int64_t *out);

// A slice bound or start/stop argument (list.index) as an int64, clamped
// to the int64 range like CPython's _PyEval_SliceIndex. TypeError
// `msg` when `o` is no integer. 0 or -1.
int slice_bound(Vm *vm, Obj *o, const char *msg, int64_t *out);

// Clamps `*start` / `*stop` (already converted) to a sequence of length `len`
// as slice.indices does and returns the number of items selected.
int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step);

// Iterator over anything with __getitem__: calls seq[0], seq[1], ... until
// IndexError or StopIteration. The generic obj_iter uses it.
NEWREF Obj *seqiter_new(Vm *vm, Obj *seq);

// enumerate / zip / reversed / map / filter are types; their constructors
// are their `new_` slots. map and filter:
extern TypeObj map_type;
extern TypeObj filter_type;
extern TypeObj rangeiter_type; // iter(range(...))
// iter(range(...)) beyond int64. Its methods (__length_hint__) need the
// runtime to ready it, as it readies rangeiter_type.
extern TypeObj longrangeiter_type;
extern TypeObj calliter_type; // iter(callable, sentinel)

// iter(callable, sentinel): calls `callable` with no arguments until it
// returns a value equal to `sentinel`. NULL on MemoryError.
NEWREF Obj *calliter_new(Vm *vm, Obj *callable, Obj *sentinel);

#endif
