/* mod_sys.h: what the command line sets in the `sys` module after
 * start-up (modsys_init itself is declared in modules.h). */
#ifndef OURO_MOD_SYS_H
#define OURO_MOD_SYS_H

#include "../objects/object.h"

// Makes `argv` (a list of str, borrowed) sys.argv and vm->argv.
// Returns 0, or -1 with an exception pending.
int modsys_set_argv(Vm *vm, Obj *argv);

// Inserts `dir` (a str, borrowed: the script's directory, "" for -c and
// the REPL) at the front of sys.path. Returns 0, or -1.
int modsys_add_path(Vm *vm, Obj *dir);

#endif
