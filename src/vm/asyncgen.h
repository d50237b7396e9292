/* asyncgen.h: asynchronous generators (`async def` with `yield`). The
 * object itself is a generator underneath (gen.c's asyncgen_type); this
 * module gives it __anext__/asend/athrow/aclose, whose results are
 * awaitables that resume the generator, and the marker that tells the
 * generator's own yields from the values its awaits pass through. */
#ifndef OURO_ASYNCGEN_H
#define OURO_ASYNCGEN_H

#include "../objects/runtime.h"

// __aiter__, __anext__, asend, athrow, aclose (asyncgen_type's methods).
extern const MethodDef asyncgen_methods[];

// The awaitable that __anext__/asend/athrow/aclose return, and the marked
// value of ASYNC_GEN_WRAP.
extern TypeObj asyncgen_await_type;
extern TypeObj asyncgen_value_type;

// ASYNC_GEN_WRAP: `value` marked as yielded by the async generator itself.
// NULL with MemoryError pending.
NEWREF Obj *asyncgen_wrap(Vm *vm, Obj *value);

#endif
