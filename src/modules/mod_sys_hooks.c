/* mod_sys_hooks.c: the functions of sys that a program calls or replaces
 * to change how the interpreter reports things: displayhook, excepthook,
 * the int <-> str digit limit, and the encodings it uses for file names. */
#include "modules/mod_sys.h"

#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/module.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/traceback.h"

// displayhook(value): what the REPL does with an expression's value:
// nothing for None, else print its repr on sys.stdout and keep it in
// builtins._ (set to None while repr runs, as CPython does).
static Obj *modsys_py_displayhook(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                  Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "displayhook", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    Obj *value = args[0];
    if (value == OBJ_NONE) {
        return obj_newref(OBJ_NONE);
    }
    if (dict_set_cstr(vm, vm->builtins, "_", OBJ_NONE) < 0) {
        return NULL;
    }
    Obj *text = obj_repr(vm, value);
    Obj *line = text != NULL ? str_from_fmt(vm, "%S\n", text) : NULL;
    obj_xdecref(text);
    Obj *out = line != NULL ? dict_get_cstr_borrow(vm, module_dict(vm->sys_module), "stdout")
                            : NULL;
    if (line != NULL && out == NULL && !err_occurred(vm)) {
        err_raise(vm, &exc_RuntimeError, "lost sys.stdout");
    }
    Obj *r = out != NULL ? obj_call_method(vm, out, "write", &line, 1) : NULL;
    obj_xdecref(line);
    if (r == NULL) {
        return NULL;
    }
    obj_decref(r);
    if (dict_set_cstr(vm, vm->builtins, "_", value) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

// excepthook(type, value, traceback): prints the exception as an uncaught
// one prints.
static Obj *modsys_py_excepthook(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                 Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "excepthook", nargs, kwnames, 3, 3) < 0) {
        return NULL;
    }
    if (!obj_is_instance(args[1], &exc_BaseException)) {
        return err_raise(vm, &exc_TypeError,
                         "TypeError: print_exception(): Exception expected for value, %s found",
                         obj_type_name(args[1]));
    }
    traceback_print_exception(vm, args[1]);
    return obj_newref(OBJ_NONE);
}

static Obj *modsys_py_get_int_max_str_digits(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                             Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "get_int_max_str_digits", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_i64(vm, int_max_str_digits());
}

static Obj *modsys_py_set_int_max_str_digits(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                             Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"maxdigits", NULL};
    Obj *arg;
    int64_t n;
    if (args_bind(vm, "set_int_max_str_digits", args, nargs, kwnames, names, 1, 1, &arg) < 0 ||
        obj_as_ssize(vm, arg, &n) < 0) {
        return NULL;
    }
    if (n != 0 && n < 640) {
        return err_raise(vm, &exc_ValueError, "maxdigits must be 0 or larger than 640");
    }
    int_set_max_str_digits(n);
    return obj_newref(OBJ_NONE);
}

// A function that returns a constant string and takes no arguments.
static Obj *const_text(Vm *vm, const char *fname, size_t nargs, Obj *kwnames, const char *text) {
    if (args_check(vm, fname, nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return str_from_cstr(vm, text);
}

static Obj *modsys_py_getfilesystemencoding(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                            Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    return const_text(vm, "getfilesystemencoding", nargs, kwnames, "utf-8");
}

static Obj *modsys_py_getfilesystemencodeerrors(Vm *vm, Obj *self, Obj *const *args,
                                                size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    return const_text(vm, "getfilesystemencodeerrors", nargs, kwnames, "surrogateescape");
}

static Obj *modsys_py_is_finalizing(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                    Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "is_finalizing", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_FALSE); // programs stop running before tear-down starts
}

#define DEF(name, doc)                                                                             \
    { #name, modsys_py_##name, METH_DEFAULT, doc }
const MethodDef modsys_hook_functions[] = {
    DEF(displayhook, "Print an expression's value and keep it in builtins._."),
    DEF(excepthook, "Print an uncaught exception."),
    DEF(get_int_max_str_digits, "The digit limit of int <-> str conversions."),
    DEF(set_int_max_str_digits, "Set the digit limit of int <-> str conversions."),
    DEF(getfilesystemencoding, "'utf-8'."),
    DEF(getfilesystemencodeerrors, "'surrogateescape'."),
    DEF(is_finalizing, "Whether the interpreter is shutting down."),
    {NULL, NULL, 0, NULL},
};
#undef DEF
