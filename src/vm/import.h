/* import.h: the import statement. Modules already in sys.modules are
 * returned as they are; others are looked up as NAME.py (or NAME/__init__.py)
 * along sys.path, compiled, registered in sys.modules and run. */
#ifndef OURO_IMPORT_H
#define OURO_IMPORT_H

#include "../objects/runtime.h"

// IMPORT_NAME: `import name` / `from name import ...`. Returns the top-level
// package for a plain dotted import (fromlist None or empty), else the
// named module itself. `level` > 0 (relative imports) resolves against
// globals['__package__'] / '__name__'. ModuleNotFoundError "No module named
// 'x'" when nothing is found.
NEWREF Obj *import_name(Vm *vm, Obj *name, Obj *globals, Obj *fromlist, Obj *level);

// IMPORT_FROM: getattr(module, name), falling back to the submodule
// 'module.name' in sys.modules; ImportError "cannot import name 'x' from
// 'm' (/path/m.py)" otherwise.
NEWREF Obj *import_from(Vm *vm, Obj *module, Obj *name);

// IMPORT_STAR: copies the module's public names (its __all__, or every name
// not starting with '_') into `locals`. 0 or -1.
int import_star(Vm *vm, Obj *module, Obj *locals);

// Imports the module `name` (a dotted str) and returns it (not its top-level
// package). Used by import_name and by the command line's -m.
NEWREF Obj *import_module(Vm *vm, Obj *name);

#endif
