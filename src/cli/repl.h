/* repl.h: the interactive loop (>>> and ... prompts, one statement at a
 * time, results echoed by PRINT_EXPR). */
#ifndef OURO_REPL_H
#define OURO_REPL_H

#include "../objects/runtime.h"

// Reads statements from stdin and runs them in `globals` until end of
// input or SystemExit. Prompts and the banner (unless `quiet`) go to
// stderr, as CPython's. Returns the process exit status: 0 at end of
// input, the SystemExit status otherwise. When SystemExit ends the loop,
// *exited is set to true. With `startup`, the file named by $OUROSTARTUP
// runs in `globals` first. On a terminal, lines are edited with libedit,
// Tab completes names, and history persists in ~/.ouro_history.
int repl_run(Vm *vm, Obj *globals, bool quiet, bool startup, bool *exited);

// Turns an uncaught exception (reference consumed) into an exit status the
// way CPython's top level does: SystemExit gives its code (printing a
// non-int code to stderr), KeyboardInterrupt and other exceptions print
// their traceback. Sets *is_exit for SystemExit and *is_interrupt for
// KeyboardInterrupt.
int repl_handle_exception(Vm *vm, STEALS Obj *exc, bool *is_exit, bool *is_interrupt);

#endif
