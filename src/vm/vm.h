/* vm.h: running code. The entry points the command line, the REPL, the
 * import machinery and the tests use to execute source and code objects
 * (vm_run.c), around the dispatch loop (vm.c). */
#ifndef OURO_VM_H
#define OURO_VM_H

#include <signal.h>

#include "../objects/object.h"

// Runs a module-level code object with `globals` (a dict) and `locals`
// (a dict, usually the same). Returns the code's result (None for a
// module) or NULL with an exception pending.
NEWREF Obj *vm_exec_code(Vm *vm, Obj *code, Obj *globals, Obj *locals);

// Compiles and runs `src` as module `__main__`-style code in `globals`.
// `filename` names it in tracebacks. NULL with the exception pending.
NEWREF Obj *vm_run_source(Vm *vm, const char *src, size_t len, const char *filename, Obj *globals);

// The globals dict of the running frame (borrowed), or NULL outside code.
BORROWED Obj *vm_current_globals(Vm *vm);

// Installs the SIGINT handler that turns Ctrl-C into KeyboardInterrupt,
// raised by the dispatch loop at its next backward jump or call.
void vm_install_sigint(void);

// Asks the dispatch loop to raise KeyboardInterrupt at its next check (the
// same effect as SIGINT; for tests and the REPL).
void vm_request_interrupt(void);

// Returns true, and forgets it, when a SIGINT arrived that the loop has not
// turned into KeyboardInterrupt yet (the REPL checks this after reading).
bool vm_take_interrupt(void);

// The flag behind the three functions above (vm_run.c), which the dispatch
// loop reads at backward jumps and frame entry, where the stack is
// consistent. Others go through the functions.
extern volatile sig_atomic_t vm_interrupt_pending;

#endif
