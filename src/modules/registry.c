/* registry.c: the table of modules written in C that are created on first
 * import. sys and gc exist from start-up; the others cost nothing until a
 * program imports them. A new C module adds one row here. */
#include "modules.h"

#include "mod_array.h"
#include "mod_atexit.h"
#include "mod_binascii.h"
#include "mod_cmath.h"
#include "mod_collections.h"
#include "mod_errno.h"
#include "mod_hashlib.h"
#include "mod_io.h"
#include "mod_math.h"
#include "mod_posix.h"
#include "mod_random.h"
#include "mod_re.h"
#include "mod_struct.h"
#include "mod_time.h"
#include "mod_traceback.h"
#include "mod_unicodedata.h"
#include "mod_weakref.h"

#include <string.h>

#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/runtime.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

// Sorted by name (sys.builtin_module_names lists them in this order).
static const BuiltinModuleDef registry[] = {
    {"_collections", modcollections_init},
    {"_hashlib", modhashlib_init},
    {"_io", modio_init},
    {"_re", modre_init},
    {"_traceback", modtraceback_init},
    {"_weakref", modweakref_init},
    {"array", modarray_init},
    {"atexit", modatexit_init},
    {"binascii", modbinascii_init},
    {"cmath", modcmath_init},
    {"errno", moderrno_init},
    {"gc", modgc_init},
    {"math", modmath_init},
    {"posix", modposix_init},
    {"random", modrandom_init},
    {"struct", modstruct_init},
    {"sys", modsys_init},
    {"time", modtime_init},
    {"unicodedata", modunicodedata_init},
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

NEWREF Obj *modules_builtin_names(Vm *vm) {
    // The rows are kept sorted (byte order, as CPython sorts the names);
    // "builtins" is merged in at its place.
    size_t n = sizeof registry / sizeof registry[0];
    Obj *t = tuple_new(vm, n + 1);
    if (t == NULL) {
        return NULL;
    }
    bool placed = false;
    for (size_t i = 0, row = 0; i <= n; i++) {
        const char *s;
        if (!placed && (row == n || strcmp("builtins", registry[row].name) < 0)) {
            s = "builtins";
            placed = true;
        } else {
            s = registry[row++].name;
        }
        Obj *name = str_from_cstr(vm, s);
        if (name == NULL) {
            obj_decref(t);
            return NULL;
        }
        tuple_set_steal(t, i, name);
    }
    return t;
}
