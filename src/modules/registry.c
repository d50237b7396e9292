/* registry.c: the table of modules written in C that are created on first
 * import. sys and gc exist from start-up; the others cost nothing until a
 * program imports them. A new C module adds one row here. */
#include "modules.h"

#include <string.h>

#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/runtime.h"

static const BuiltinModuleDef registry[] = {
    {"sys", modsys_init},
    {"gc", modgc_init},
};

static const BuiltinModuleDef *find(const char *name) {
    for (size_t i = 0; i < sizeof registry / sizeof registry[0]; i++) {
        if (strcmp(registry[i].name, name) == 0) {
            return &registry[i];
        }
    }
    return NULL;
}

bool modules_is_builtin(const char *name) {
    return find(name) != NULL;
}

NEWREF Obj *modules_import_builtin(Vm *vm, const char *name, bool *found) {
    const BuiltinModuleDef *def = find(name);
    *found = def != NULL;
    if (def == NULL) {
        return NULL;
    }
    // An earlier import (or start-up) may have created it already.
    Obj *m = dict_get_cstr_borrow(vm, vm->modules, name);
    if (m == NULL && !err_occurred(vm)) {
        m = def->init(vm);
    }
    return m != NULL ? obj_newref(m) : NULL;
}
