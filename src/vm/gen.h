/* gen.h: generator objects. Calling a generator function creates one
 * holding a heap frame (frame.h) that the dispatch loop resumes on each
 * next()/send() and that YIELD_VALUE suspends. */
#ifndef OURO_GEN_H
#define OURO_GEN_H

#include "../objects/runtime.h"

extern TypeObj gen_type;

// The coroutine objects of `async def` functions (generators underneath)
// and the iterator their __await__() returns.
extern TypeObj coro_type;
extern TypeObj coro_wrapper_type;

// The objects of `async def` functions that contain `yield` (asyncgen.c).
extern TypeObj asyncgen_type;

// Raises exception instance `exc` (borrowed) inside `gen` at its yield;
// results as gen_send.
int gen_throw(Vm *vm, Obj *gen, Obj *exc, Obj **out);

// close(): GeneratorExit at the yield. 0, or -1 with an exception pending
// (RuntimeError "generator ignored GeneratorExit" when it yields again).
int gen_close_now(Vm *vm, Obj *gen);

// The exception instance that throw(typ[, val[, tb]]) raises; TypeError
// for arguments that are not an exception class or instance.
NEWREF Obj *gen_throw_args(Vm *vm, Obj *const *args, size_t nargs, Obj *kwnames);

// True for generator and coroutine objects (both resume through gen_send).
bool gen_check(const Obj *o);

// The iterator `await o` drives (GET_AWAITABLE): a coroutine itself, or
// what o's __await__() returns, which must be an iterator. TypeError
// "object X can't be used in 'await' expression" otherwise; NULL then.
NEWREF Obj *gen_get_awaitable(Vm *vm, Obj *o);

// The generator for a call of generator function `func` (arguments bound
// now, body not yet run). NULL with an exception pending.
NEWREF Obj *gen_from_call(Vm *vm, Obj *func, Obj *const *args, size_t nargs, Obj *kwnames);

// Resumes `gen` with `value` (None for next()). Returns 1 with *out the
// yielded value, 0 with *out the return value when the generator finished,
// -1 with an exception pending. StopIteration is not raised here.
int gen_send(Vm *vm, Obj *gen, Obj *value, Obj **out);

#endif
