/* call.h: calling Python functions: argument binding with CPython's
 * messages, the recursion limit, and the helpers behind CALL_EX. */
#ifndef OURO_CALL_H
#define OURO_CALL_H

#include "../objects/runtime.h"
#include "frame.h"

// Calls Python function `func` (a FuncObj) with the vectorcall arguments
// (borrowed). Binds them into a new frame and runs it. Returns the result
// or NULL with an exception pending (TypeError for bad arguments,
// RecursionError past vm->recursion_limit).
NEWREF Obj *call_function(Vm *vm, Obj *func, Obj *const *args, size_t nargs, Obj *kwnames);

// Binds the arguments of a call of `func` into the fast locals of `f` (a
// frame pushed for func's code), creates its cells and copies the closure.
// Returns 0, or -1 with TypeError pending (the frame must still be popped).
int call_bind(Vm *vm, Frame *f, Obj *func, Obj *const *args, size_t nargs, Obj *kwnames);

// Creates the cells of the code of `f` (its cellvars, whose slots must be
// NULL): a cell for a parameter takes the argument's value out of its fast
// local. 0, or -1 with MemoryError pending (the frame must still be popped).
int call_make_cells(Vm *vm, Frame *f);

// The start of C(args) for a class `tp` whose metaclass is `type`, with
// positional arguments (borrowed): type.__call__ up to __init__. 0 with
// the result in *out (a new reference: the instance after its __init__
// ran through the type's slot, or whatever __new__ returned); 1 with the
// new instance in *out and in *init a Python function (borrowed), the
// __init__ the caller runs itself with the instance and the arguments
// (they fill its parameters exactly); -1 with an exception pending. `c`
// is the CALL instruction's inline cache (may be NULL), where the lookup
// of __init__ is remembered.
int call_class_begin(Vm *vm, TypeObj *tp, Obj *const *args, size_t nargs, InlineCache *c,
                     Obj **out, Obj **init);

// The frame of that __init__ call, marked FRAME_EXIT_INIT: the CALL
// operands at `base` ([NULL C args...], `nargs` arguments) are rewritten
// to [init obj args...] and move into the frame, which also takes over
// the caller's reference to `obj`. NULL with an exception pending (the
// operands and `obj` released).
Frame *call_class_frame(Vm *vm, STEALS Obj **base, size_t nargs, STEALS Obj *obj, Obj *init);

// f(*args, **kwargs): `args` a tuple, `kwargs` a dict or NULL (both
// borrowed). TypeError "keywords must be strings" for a non-str key.
NEWREF Obj *call_tuple_dict(Vm *vm, Obj *callable, Obj *args, Obj *kwargs);

// Runs frame `f` (already pushed and bound) to completion: links it into
// vm->frame, checks the recursion limit, runs the dispatch loop, unlinks
// and pops it. Returns the frame's result or NULL with an exception.
NEWREF Obj *call_run_frame(Vm *vm, Frame *f);

// C stack guard. A raised sys.setrecursionlimit must not turn deep
// recursion into a crash: every nested run of the dispatch loop (and
// rt_enter_c) also checks how much of the C stack is in use.
// call_stack_init records the stack's base and budget (from RLIMIT_STACK);
// rt_init calls it.
void call_stack_init(void);
extern char *call_stack_base;
extern size_t call_stack_budget;

// True when the C stack in use exceeds the budget.
// Depth is measured with frame addresses, not addresses of locals: under
// AddressSanitizer locals may live on a separate "fake stack" in the heap.
// The difference is signed because code may run above the recorded base
// (an embedder that initialises from a deeper frame than it runs from).
static inline bool call_stack_exhausted(void) {
    char *here = (char *)__builtin_frame_address(0);
    return call_stack_base != NULL && call_stack_base - here > (ptrdiff_t)call_stack_budget;
}

// The dispatch loop (vm.c): executes `f`, which must be vm->frame and an
// entry frame (FRAME_EXIT_C), until it returns or yields. Python functions that
// it calls through CALL/CALL_KW run inside the same loop on frames of their
// own, pushed and popped here (no C recursion). Does not pop `f`.
NEWREF Obj *vm_eval_frame(Vm *vm, Frame *f);

#endif
