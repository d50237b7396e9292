/* import.c: the import statement. Looks modules up in sys.modules, then as
 * NAME.py or NAME/__init__.py along sys.path (a package's __path__ for its
 * submodules); compiles and runs the file in a new module that is put into
 * sys.modules before it runs, so that circular imports see the partly
 * initialized module as CPython's do. After sys.path come the modules of
 * lib/ built into the interpreter (libmods.h). */
#include "import.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../compile/compiler.h"
#include "../memory/mem.h"
#include "../modules/modules.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "libmods.h"
#include "vm.h"

// Reads a whole file into a NUL-terminated buffer; NULL when unreadable.
static char *read_file(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = mem_alloc(cap);
    while (buf != NULL) {
        size_t got = fread(buf + n, 1, cap - n - 1, fp);
        n += got;
        if (n + 1 < cap) {
            break;
        }
        char *nb = mem_realloc(buf, cap * 2);
        if (nb == NULL) {
            mem_free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    fclose(fp);
    if (buf != NULL) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

// Searches `dirs` (a list of str) for `leaf`.py or `leaf`/__init__.py.
// Writes the file found into `out` and sets *is_package. false if none.
static bool find_source(Obj *dirs, const char *leaf, char *out, size_t size, bool *is_package) {
    for (size_t i = 0; i < list_len(dirs); i++) {
        Obj *d = list_get_borrow(dirs, i);
        if (!str_check(d)) {
            continue;
        }
        const char *dir = str_size(d) > 0 ? str_cstr(d) : ".";
        int n = snprintf(out, size, "%s/%s/__init__.py", dir, leaf);
        if (n > 0 && (size_t)n < size && is_file(out)) {
            *is_package = true;
            return true;
        }
        n = snprintf(out, size, "%s/%s.py", dir, leaf);
        if (n > 0 && (size_t)n < size && is_file(out)) {
            *is_package = false;
            return true;
        }
    }
    return false;
}

// Creates module `fullname` from the source `src` (`len` bytes; NOT
// owned) whose __file__ is `file`, registers it in sys.modules, runs it, and
// returns it (new reference). On failure the module is removed from
// sys.modules again.
static Obj *run_source(Vm *vm, Obj *fullname, const char *src, size_t len, const char *file_name,
                       bool is_package) {
    Obj *module = NULL, *code = NULL, *r = NULL, *pathlist = NULL;
    char abspath[4096];
    snprintf(abspath, sizeof abspath, "%s", file_name);
    module = module_new(vm, str_cstr(fullname));
    if (module == NULL) {
        goto fail;
    }
    Obj *g = module_dict(module);
    Obj *file = str_from_cstr(vm, abspath);
    if (file == NULL || dict_set_cstr(vm, g, "__file__", file) < 0) {
        obj_xdecref(file);
        goto fail;
    }
    obj_decref(file);
    if (is_package) {
        // __path__ = [directory of __init__.py]; __package__ = the name.
        char *slash = strrchr(abspath, '/');
        if (slash != NULL) {
            *slash = '\0';
        }
        Obj *dir = str_from_cstr(vm, abspath);
        pathlist = dir != NULL ? list_new(vm, 0) : NULL;
        if (pathlist == NULL || list_append_steal(vm, pathlist, dir) < 0 ||
            dict_set_cstr(vm, g, "__path__", pathlist) < 0 ||
            dict_set_cstr(vm, g, "__package__", fullname) < 0) {
            if (pathlist == NULL) {
                obj_xdecref(dir);
            }
            goto fail;
        }
    } else {
        const char *dot = strrchr(str_cstr(fullname), '.');
        Obj *pkg = dot != NULL
                       ? str_from_utf8(vm, str_cstr(fullname), (size_t)(dot - str_cstr(fullname)))
                       : obj_newref(vm->id.empty);
        if (pkg == NULL || dict_set_cstr(vm, g, "__package__", pkg) < 0) {
            obj_xdecref(pkg);
            goto fail;
        }
        obj_decref(pkg);
    }
    if (dict_set(vm, vm->modules, fullname, module) < 0) {
        goto fail;
    }
    code = comp_compile_source(vm, src, len, file_name, PARSE_FILE, NULL);
    if (code == NULL) {
        goto unregister;
    }
    module_set_initializing(module, true);
    r = vm_exec_code(vm, code, g, g);
    module_set_initializing(module, false);
    if (r == NULL) {
        goto unregister;
    }
    obj_decref(r);
    obj_decref(code);
    obj_xdecref(pathlist);
    // The module may have replaced itself in sys.modules.
    Obj *final = dict_get_borrow(vm, vm->modules, fullname);
    if (final != NULL && final != module) {
        obj_decref(module);
        return obj_newref(final);
    }
    return module;
unregister : {
    Obj *exc = err_fetch(vm);
    if (dict_del(vm, vm->modules, fullname) < 0) {
        err_clear(vm);
    }
    err_set(vm, exc);
    obj_decref(exc);
}
fail:
    obj_xdecref(code);
    obj_xdecref(pathlist);
    obj_xdecref(module);
    return NULL;
}

// run_source for the file at `path`, whose __file__ is its absolute path.
static Obj *load_source(Vm *vm, Obj *fullname, const char *path, bool is_package) {
    size_t len = 0;
    char *src = read_file(path, &len);
    if (src == NULL) {
        return err_raise(vm, &exc_ImportError, "cannot read '%s'", path);
    }
    char abspath[4096];
    if (realpath(path, abspath) == NULL) {
        snprintf(abspath, sizeof abspath, "%s", path);
    }
    Obj *m = run_source(vm, fullname, src, len, abspath, is_package);
    mem_free(src);
    return m;
}

// run_source for a module of lib/ built into the interpreter. Its __file__
// is "<ouro-lib>/NAME.py": CPython's are real paths, but these have none.
static Obj *load_embedded(Vm *vm, Obj *fullname, const LibModule *lm) {
    char file[1024];
    snprintf(file, sizeof file, LIBMODS_PREFIX "/%s", lm->path);
    return run_source(vm, fullname, (const char *)lm->src, lm->len, file, lm->is_package);
}

// The embedded module for `fullname`: top-level modules, and submodules of
// embedded packages (whose __path__ starts with "<ouro-lib>"). NULL if none.
static const LibModule *find_embedded(Obj *fullname, Obj *dirs, bool top) {
    if (!top) {
        Obj *d = list_len(dirs) > 0 ? list_get_borrow(dirs, 0) : NULL;
        if (d == NULL || !str_check(d) ||
            strncmp(str_cstr(d), LIBMODS_PREFIX, strlen(LIBMODS_PREFIX)) != 0) {
            return NULL;
        }
    }
    return libmods_find(str_cstr(fullname));
}

// Gives the pending ImportError CPython's `name`, `path` and `msg`
// attributes (`name`/`path` NULL for None). Returns NULL for the caller.
static Obj *set_import_attrs(Vm *vm, Obj *name, Obj *path) {
    Obj *exc = err_fetch(vm);
    Obj *args = ((ExcObj *)exc)->args;
    Obj *msg = args != NULL && tuple_len(args) > 0 ? tuple_get_borrow(args, 0) : OBJ_NONE;
    const char *keys[] = {"name", "path", "msg"};
    Obj *values[] = {name != NULL ? name : OBJ_NONE, path != NULL ? path : OBJ_NONE, msg};
    for (size_t i = 0; i < 3; i++) {
        Obj *key = str_intern_cstr(vm, keys[i]);
        if (key == NULL || obj_setattr(vm, exc, key, values[i]) < 0) {
            obj_decref(exc);
            return NULL; // the new error replaces the ImportError
        }
    }
    err_restore(vm, exc);
    return NULL;
}

static Obj *not_found(Vm *vm, Obj *fullname) {
    err_raise(vm, &exc_ModuleNotFoundError, "No module named '%S'", fullname);
    return set_import_attrs(vm, fullname, NULL);
}

// Imports one level: `fullname` whose last component is `leaf`, looked up
// in `parent`'s __path__ (or sys.path when `parent` is NULL).
static Obj *import_one(Vm *vm, Obj *fullname, const char *leaf, Obj *parent) {
    Obj *m = dict_get_borrow(vm, vm->modules, fullname);
    if (m != NULL) {
        return obj_newref(m);
    }
    if (err_occurred(vm)) {
        return NULL;
    }
    if (parent == NULL) {
        // Modules written in C come before sys.path, as CPython's built-in
        // importer does.
        bool found = false;
        m = modules_import_builtin(vm, leaf, &found);
        if (found) {
            return m;
        }
    }
    Obj *dirs;
    if (parent != NULL) {
        dirs = dict_get_cstr_borrow(vm, module_dict(parent), "__path__");
        if (dirs == NULL || !list_check(dirs)) {
            Obj *pname = dict_get_cstr_borrow(vm, module_dict(parent), "__name__");
            err_clear(vm);
            err_raise(vm, &exc_ModuleNotFoundError, "No module named '%S'; '%S' is not a package",
                      fullname, pname != NULL ? pname : fullname);
            return set_import_attrs(vm, fullname, NULL);
        }
    } else {
        Obj *sysd = vm->sys_module != NULL ? module_dict(vm->sys_module) : NULL;
        dirs = sysd != NULL ? dict_get_cstr_borrow(vm, sysd, "path") : NULL;
        if (dirs == NULL || !list_check(dirs)) {
            err_clear(vm);
            return not_found(vm, fullname);
        }
    }
    char path[4096];
    bool is_package = false;
    obj_incref(dirs); // running the module may replace sys.path
    bool found = find_source(dirs, leaf, path, sizeof path, &is_package);
    // A user's module on sys.path comes before lib/'s, as in CPython.
    const LibModule *lm = found ? NULL : find_embedded(fullname, dirs, parent == NULL);
    obj_decref(dirs);
    if (!found && lm == NULL) {
        return not_found(vm, fullname);
    }
    m = lm != NULL ? load_embedded(vm, fullname, lm) : load_source(vm, fullname, path, is_package);
    if (m != NULL && parent != NULL) {
        // The submodule becomes an attribute of its package.
        Obj *leafstr = str_from_cstr(vm, leaf);
        if (leafstr == NULL || obj_setattr(vm, parent, leafstr, m) < 0) {
            obj_xdecref(leafstr);
            obj_decref(m);
            return NULL;
        }
        obj_decref(leafstr);
    }
    return m;
}

NEWREF Obj *import_module(Vm *vm, Obj *name) {
    const char *full = str_cstr(name);
    size_t n = str_size(name);
    Obj *parent = NULL;
    size_t start = 0;
    while (start <= n) {
        const char *dot = memchr(full + start, '.', n - start);
        size_t end = dot != NULL ? (size_t)(dot - full) : n;
        char leaf[1024];
        if (end - start >= sizeof leaf || end == start) {
            obj_xdecref(parent);
            return not_found(vm, name);
        }
        memcpy(leaf, full + start, end - start);
        leaf[end - start] = '\0';
        Obj *prefix = end == n ? obj_newref(name) : str_from_utf8(vm, full, end);
        if (prefix == NULL) {
            obj_xdecref(parent);
            return NULL;
        }
        Obj *m = import_one(vm, prefix, leaf, parent);
        obj_decref(prefix);
        obj_xdecref(parent);
        if (m == NULL) {
            return NULL;
        }
        parent = m;
        start = end + 1;
    }
    return parent;
}

// The absolute name for a relative import of `name` at `level` from the
// module whose globals are `globals`.
static Obj *resolve_relative(Vm *vm, Obj *name, Obj *globals, int64_t level) {
    Obj *pkg = dict_get_cstr_borrow(vm, globals, "__package__");
    if (pkg == NULL || !str_check(pkg) || str_size(pkg) == 0) {
        err_clear(vm);
        return err_raise(vm, &exc_ImportError,
                         "attempted relative import with no known parent package");
    }
    const char *base = str_cstr(pkg);
    size_t len = str_size(pkg);
    for (int64_t i = 1; i < level; i++) {
        const char *dot = NULL;
        for (size_t k = len; k > 0; k--) {
            if (base[k - 1] == '.') {
                dot = base + k - 1;
                break;
            }
        }
        if (dot == NULL) {
            return err_raise(vm, &exc_ImportError,
                             "attempted relative import beyond top-level package");
        }
        len = (size_t)(dot - base);
    }
    if (str_size(name) == 0) {
        return str_from_utf8(vm, base, len);
    }
    Obj *prefix = str_from_utf8(vm, base, len);
    if (prefix == NULL) {
        return NULL;
    }
    Obj *full = str_from_fmt(vm, "%S.%S", prefix, name);
    obj_decref(prefix);
    return full;
}

NEWREF Obj *import_name(Vm *vm, Obj *name, Obj *globals, Obj *fromlist, Obj *level) {
    int64_t lv = 0;
    if (level != NULL && level != OBJ_NONE && int_as_i64(vm, level, &lv) < 0) {
        return NULL;
    }
    Obj *full = NULL;
    if (lv > 0) {
        full = resolve_relative(vm, name, globals, lv);
        if (full == NULL) {
            return NULL;
        }
    } else {
        full = obj_newref(name);
    }
    Obj *leaf = import_module(vm, full);
    if (leaf == NULL) {
        obj_decref(full);
        return NULL;
    }
    bool has_fromlist = fromlist != NULL && fromlist != OBJ_NONE &&
                        !(tuple_check(fromlist) && tuple_len(fromlist) == 0);
    if (has_fromlist) {
        // from package import submodule: import the submodules named.
        Obj *path = dict_get_cstr_borrow(vm, module_dict(leaf), "__path__");
        if (path != NULL && tuple_check(fromlist)) {
            for (size_t i = 0; i < tuple_len(fromlist); i++) {
                Obj *item = tuple_get_borrow(fromlist, i);
                if (!str_check(item) || str_equal_cstr(item, "*")) {
                    continue;
                }
                if (dict_get_borrow(vm, module_dict(leaf), item) != NULL) {
                    continue;
                }
                Obj *sub = str_from_fmt(vm, "%S.%S", full, item);
                Obj *m = sub != NULL ? import_module(vm, sub) : NULL;
                if (m == NULL && err_matches(vm, &exc_ModuleNotFoundError)) {
                    err_clear(vm); // IMPORT_FROM reports the missing name
                }
                obj_xdecref(sub);
                obj_xdecref(m);
                if (err_occurred(vm)) {
                    obj_decref(leaf);
                    obj_decref(full);
                    return NULL;
                }
            }
        }
        err_clear(vm);
        obj_decref(full);
        return leaf;
    }
    obj_decref(leaf);
    // import a.b.c binds `a`: the top-level package.
    const char *dot = strchr(str_cstr(full), '.');
    Obj *top = dot == NULL ? obj_newref(full)
                           : str_from_utf8(vm, str_cstr(full), (size_t)(dot - str_cstr(full)));
    obj_decref(full);
    if (top == NULL) {
        return NULL;
    }
    Obj *m = dict_get_borrow(vm, vm->modules, top);
    if (m == NULL && !err_occurred(vm)) {
        not_found(vm, top);
    }
    obj_decref(top);
    return m != NULL ? obj_newref(m) : NULL;
}

NEWREF Obj *import_from(Vm *vm, Obj *module, Obj *name) {
    Obj *v = obj_lookup_attr(vm, module, name);
    if (v != NULL || err_occurred(vm)) {
        return v;
    }
    Obj *mname = obj_lookup_attr(vm, module, vm->id.name);
    if (mname != NULL && str_check(mname)) {
        Obj *full = str_from_fmt(vm, "%S.%S", mname, name);
        Obj *sub = full != NULL ? dict_get_borrow(vm, vm->modules, full) : NULL;
        obj_xdecref(full);
        if (sub != NULL) {
            obj_decref(mname);
            return obj_newref(sub);
        }
    }
    err_clear(vm);
    Obj *file = obj_type(module) == &module_type
                    ? dict_get_cstr_borrow(vm, module_dict(module), "__file__")
                    : NULL;
    err_clear(vm);
    if (mname == NULL || !str_check(mname)) {
        err_raise(vm, &exc_ImportError,
                  "cannot import name '%S' from '<unknown module name>' "
                  "(unknown location)",
                  name);
    } else if (obj_type(module) == &module_type && module_is_initializing(module)) {
        err_raise(vm, &exc_ImportError,
                  "cannot import name '%S' from partially initialized module '%S' "
                  "(most likely due to a circular import) (%S)",
                  name, mname, file != NULL && str_check(file) ? file : vm->id.empty);
    } else if (file != NULL && str_check(file)) {
        err_raise(vm, &exc_ImportError, "cannot import name '%S' from '%S' (%S)", name, mname,
                  file);
    } else {
        err_raise(vm, &exc_ImportError, "cannot import name '%S' from '%S' (unknown location)",
                  name, mname);
    }
    set_import_attrs(vm, mname != NULL && str_check(mname) ? mname : NULL,
                     file != NULL && str_check(file) ? file : NULL);
    obj_xdecref(mname);
    return NULL;
}

// Copies one name from the module into `locals`.
static int copy_name(Vm *vm, Obj *module, Obj *name, Obj *locals) {
    Obj *v = obj_getattr(vm, module, name);
    if (v == NULL) {
        return -1;
    }
    int rc = dict_check(locals) ? dict_set(vm, locals, name, v) : obj_setitem(vm, locals, name, v);
    obj_decref(v);
    return rc;
}

int import_star(Vm *vm, Obj *module, Obj *locals) {
    Obj *all = obj_lookup_attr(vm, module, str_intern_cstr(vm, "__all__"));
    if (all != NULL) {
        Obj *it = obj_iter(vm, all);
        obj_decref(all);
        if (it == NULL) {
            return -1;
        }
        Obj *name;
        int rc = 0;
        while (rc == 0 && (name = obj_next(vm, it)) != NULL) {
            rc = copy_name(vm, module, name, locals);
            obj_decref(name);
        }
        obj_decref(it);
        return rc < 0 || err_occurred(vm) ? -1 : 0;
    }
    if (err_occurred(vm)) {
        return -1;
    }
    if (obj_type(module) != &module_type) {
        return 0;
    }
    // Copy first, then store: storing into the module's own dict while
    // walking it would be unsafe (from m import * inside m).
    Obj *items = dict_copy(vm, module_dict(module));
    if (items == NULL) {
        return -1;
    }
    size_t pos = 0;
    Obj *k, *v;
    int rc = 0;
    while (rc == 0 && dict_next(items, &pos, &k, &v)) {
        if (str_check(k) && str_cstr(k)[0] != '_') {
            rc = dict_check(locals) ? dict_set(vm, locals, k, v) : obj_setitem(vm, locals, k, v);
        }
    }
    obj_decref(items);
    return rc;
}
