/* mod_io.c: the `_io` module: open(), the file classes of objects/file_*.c
 * and io.UnsupportedOperation, a subclass of both OSError and ValueError,
 * made here as a class statement would make it. lib/io.py re-exports it. */
#include "modules/mod_io.h"

#include <stdio.h>

#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/file_io.h"
#include "objects/intobj.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

Obj *modio_py_open(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    // The module holds io.UnsupportedOperation, which the file raises.
    bool found;
    Obj *m = modules_import_builtin(vm, "_io", &found);
    if (m == NULL) {
        return NULL;
    }
    obj_decref(m);
    return fio_py_open(vm, self, args, nargs, kwnames);
}

static const MethodDef modio_functions[] = {
    {"open", modio_py_open, METH_DEFAULT, "Open a file and return a file object."},
    {NULL, NULL, 0, NULL},
};

// class UnsupportedOperation(OSError, ValueError), with __module__ 'io'
// as CPython names it in tracebacks.
static Obj *make_unsupported(Vm *vm) {
    Obj *name = str_from_cstr(vm, "UnsupportedOperation");
    Obj *bases = tuple_pack2(vm, (Obj *)&exc_OSError, (Obj *)&exc_ValueError);
    Obj *ns = dict_new(vm);
    Obj *mod = str_from_cstr(vm, "io");
    Obj *cls = NULL;
    if (name != NULL && bases != NULL && ns != NULL && mod != NULL &&
        dict_set_cstr(vm, ns, "__module__", mod) == 0) {
        cls = type_new_class(vm, &type_type, name, bases, ns);
    }
    obj_xdecref(name);
    obj_xdecref(bases);
    obj_xdecref(ns);
    obj_xdecref(mod);
    return cls;
}

// The int constants of the module.
static const struct {
    const char *name;
    int value;
} modio_ints[] = {
    {"DEFAULT_BUFFER_SIZE", 8192},
    {"SEEK_SET", SEEK_SET},
    {"SEEK_CUR", SEEK_CUR},
    {"SEEK_END", SEEK_END},
};

Obj *modio_init(Vm *vm) {
    Obj *m = module_create_builtin(vm, "_io", modio_functions);
    if (m == NULL) {
        return NULL;
    }
    Obj *d = module_dict(m);
    TypeObj *types[] = {&fio_text_type, &fio_reader_type, &fio_writer_type, &fio_random_type,
                        &fio_raw_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (type_ready(vm, types[i]) < 0 ||
            dict_set(vm, d, types[i]->name_obj, (Obj *)types[i]) < 0) {
            return NULL;
        }
    }
    Obj *unsupported = make_unsupported(vm);
    int rc = unsupported != NULL ? dict_set_cstr(vm, d, "UnsupportedOperation", unsupported) : -1;
    obj_xdecref(unsupported);
    for (size_t i = 0; rc == 0 && i < sizeof modio_ints / sizeof modio_ints[0]; i++) {
        Obj *v = int_from_i64(vm, modio_ints[i].value);
        rc = v != NULL ? dict_set_cstr(vm, d, modio_ints[i].name, v) : -1;
        obj_xdecref(v);
    }
    if (rc < 0) {
        return NULL;
    }
    return m;
}
