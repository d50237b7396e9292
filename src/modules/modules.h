/* modules.h: the modules written in C, created at start-up. */
#ifndef OURO_MODULES_H
#define OURO_MODULES_H

#include "../objects/object.h"

// Adds the built-in functions and types (print, len, range, list, ...) to
// `builtins` (a dict). The VM adds the ones that need frames itself.
// Returns 0, or -1 with an exception pending.
int bi_init(Vm *vm, Obj *builtins);

// Create the `sys` and `gc` modules and register them in vm->modules.
// Return a borrowed reference (held by sys.modules), or NULL on error.
BORROWED Obj *modsys_init(Vm *vm);
BORROWED Obj *modgc_init(Vm *vm);

// A module written in C that is created on its first import rather than
// at start-up. `init` creates it and registers it in vm->modules, returning
// a borrowed reference (or NULL with an exception pending).
typedef struct BuiltinModuleDef {
    const char *name;
    BORROWED Obj *(*init)(Vm *vm);
} BuiltinModuleDef;

// Imports the C module `name` if the registry (registry.c) has one: returns
// a new reference, or NULL with an exception pending on failure. Returns
// NULL with *found = false and nothing pending when `name` is not a C module.
NEWREF Obj *modules_import_builtin(Vm *vm, const char *name, bool *found);

// True when `name` is a module written in C (sys.builtin_module_names).
bool modules_is_builtin(const char *name);

// sys.builtin_module_names: the sorted tuple of the names of the modules
// written in C ("builtins" and the rows of the registry). NULL with an
// exception pending.
NEWREF Obj *modules_builtin_names(Vm *vm);

#endif
