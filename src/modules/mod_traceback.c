/* mod_traceback.c: `_traceback`, what lib/traceback.py needs from the
 * interpreter: the text of an exception exactly as an uncaught one prints
 * (so that traceback.print_exc() and the real thing never disagree), the
 * entries of a traceback chain, and source lines. */
#include "modules/mod_traceback.h"

#include <string.h>

#include "objects/args.h"
#include "objects/bytesobj.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/traceback.h"
#include "objects/tuple.h"

static int exc_arg(Vm *vm, const char *fname, Obj *arg) {
    if (!obj_is_instance(arg, &exc_BaseException)) {
        err_raise(vm, &exc_TypeError, "%s() argument must be an exception, not %s", fname,
                  obj_type(arg)->name);
        return -1;
    }
    return 0;
}

// format(exc, chain=True): the whole text an uncaught `exc` prints.
static Obj *modtraceback_py_format(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"exc", "chain", NULL};
    Obj *a[2];
    if (args_bind(vm, "format", args, nargs, kwnames, names, 2, 1, a) < 0 ||
        exc_arg(vm, "format", a[0]) < 0) {
        return NULL;
    }
    int chain = a[1] != NULL ? obj_is_true(vm, a[1]) : 1;
    if (chain < 0) {
        return NULL;
    }
    return traceback_format_exception(vm, a[0], chain ? TB_CHAIN : TB_ONE);
}

// format_only(exc): its last line(s): "Type: message".
static Obj *modtraceback_py_format_only(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                        Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "format_only", nargs, kwnames, 1, 1) < 0 ||
        exc_arg(vm, "format_only", args[0]) < 0) {
        return NULL;
    }
    return traceback_format_exception(vm, args[0], TB_ONLY);
}

// entries(tb): [(filename, lineno, name), ...], outermost first.
static Obj *modtraceback_py_entries(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                    Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "entries", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (args[0] != OBJ_NONE && obj_type(args[0]) != &traceback_type) {
        return err_raise(vm, &exc_TypeError, "entries() argument must be a traceback, not %s",
                         obj_type(args[0])->name);
    }
    Obj *out = list_new(vm, 0);
    for (Obj *o = args[0]; out != NULL && o != OBJ_NONE && o != NULL;
         o = ((TracebackObj *)o)->next) {
        TracebackObj *tb = (TracebackObj *)o;
        Obj *line = int_from_i64(vm, tb->span.line);
        Obj *items[3] = {tb->filename, line, tb->name};
        Obj *t = line != NULL ? tuple_pack(vm, 3, items) : NULL;
        obj_xdecref(line);
        if (t == NULL || list_append_steal(vm, out, t) < 0) {
            obj_decref(out);
            return NULL;
        }
    }
    return out;
}

// source_line(filename, lineno): the line without its ending, '' if none.
static Obj *modtraceback_py_source_line(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                        Obj *kwnames) {
    OURO_UNUSED(self);
    int64_t lineno;
    if (args_check(vm, "source_line", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "source_line() filename must be str");
    }
    if (int_as_i64(vm, args[1], &lineno) < 0) {
        return NULL;
    }
    char line[4096];
    if (lineno < 1 || lineno > INT32_MAX ||
        traceback_source_line(str_cstr(args[0]), (int)lineno, line, sizeof line) < 0) {
        return obj_newref(vm->id.empty);
    }
    return bytes_decode(vm, line, strlen(line), "utf-8", "replace");
}

#define DEF(name, doc)                                                                             \
    { #name, modtraceback_py_##name, METH_DEFAULT, doc }
static const MethodDef modtraceback_functions[] = {
    DEF(format, "The text an uncaught exception prints."),
    DEF(format_only, "The last line(s) of that text."),
    DEF(entries, "(filename, lineno, name) of each traceback entry."),
    DEF(source_line, "A line of a source file, or ''."),
    {NULL, NULL, 0, NULL},
};
#undef DEF

Obj *modtraceback_init(Vm *vm) {
    return module_create_builtin(vm, "_traceback", modtraceback_functions);
}
