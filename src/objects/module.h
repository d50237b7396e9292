/* module.h: module objects, namespaces with a name (the main script, sys,
 * gc, imported files). */
#ifndef OURO_MODULE_H
#define OURO_MODULE_H

#include "object.h"

extern TypeObj module_type;

typedef struct ModuleObj {
    Obj head;
    Obj *dict;         // DictObj: the module's globals
    bool initializing; // its code is still running (import in progress)
} ModuleObj;

// A new module named `name` with __name__ set in its dict (and __doc__
// None). NULL with an exception pending.
NEWREF Obj *module_new(Vm *vm, const char *name);

// The module's globals dict (borrowed).
static inline BORROWED Obj *module_dict(const Obj *m) {
    return ((const ModuleObj *)m)->dict;
}

// Marks whether the module's code is still running, so that a circular
// import's failed lookups can say "partially initialized module".
static inline void module_set_initializing(Obj *m, bool on) {
    ((ModuleObj *)m)->initializing = on;
}

static inline bool module_is_initializing(const Obj *m) {
    return ((const ModuleObj *)m)->initializing;
}

// Creates module `name`, adds the functions of `defs` and registers it in
// sys.modules (vm->modules). Returns a borrowed reference held by
// sys.modules, or NULL with an exception pending.
BORROWED Obj *module_create_builtin(Vm *vm, const char *name, const MethodDef *defs);

#endif
