/* gen.h: generator objects. Calling a generator function creates one
 * holding a heap frame (frame.h) that the dispatch loop resumes on each
 * next()/send() and that YIELD_VALUE suspends. */
#ifndef OURO_GEN_H
#define OURO_GEN_H

#include "../objects/runtime.h"

extern TypeObj gen_type;

// True for generator objects.
bool gen_check(const Obj *o);

// The generator for a call of generator function `func` (arguments bound
// now, body not yet run). NULL with an exception pending.
NEWREF Obj *gen_from_call(Vm *vm, Obj *func, Obj *const *args, size_t nargs, Obj *kwnames);

// Resumes `gen` with `value` (None for next()). Returns 1 with *out the
// yielded value, 0 with *out the return value when the generator finished,
// -1 with an exception pending. StopIteration is not raised here.
int gen_send(Vm *vm, Obj *gen, Obj *value, Obj **out);

#endif
