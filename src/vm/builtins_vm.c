/* builtins_vm.c: the built-in functions that need frames or the compiler.
 * __build_class__ runs a class body with the class namespace as its locals
 * dict and hands the result to the metaclass; globals() and locals() read
 * the calling frame; exec, eval and compile go through the compiler. */
#include "builtins_vm.h"

#include <string.h>

#include "../compile/code.h"
#include "../compile/compiler.h"
#include "../objects/args.h"
#include "../objects/bytesobj.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/list.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "call.h"
#include "frameobj.h"
#include "func.h"
#include "vm.h"

// --- __build_class__ -----------------------------------------------------------

// PEP 560: each base that is not a class but has __mro_entries__ is replaced
// by the items of the tuple it returns. NEWREF; `orig` itself (a new
// reference) when nothing changed.
static Obj *resolve_bases(Vm *vm, Obj *orig) {
    Obj *out = NULL;  // a list once some base was replaced
    size_t n = tuple_len(orig);
    for (size_t i = 0; i < n; i++) {
        Obj *base = tuple_get_borrow(orig, i);
        Obj *meth = NULL, *entries = NULL;
        if (!obj_is_instance(base, &type_type)) {
            meth = obj_lookup_attr(vm, base, str_intern_cstr(vm, "__mro_entries__"));
            if (meth == NULL && err_occurred(vm)) {
                goto fail;
            }
        }
        if (meth == NULL) {
            if (out != NULL && list_append(vm, out, base) < 0) {
                goto fail;
            }
            continue;
        }
        entries = obj_call(vm, meth, &orig, 1, NULL);
        obj_decref(meth);
        if (entries == NULL) {
            goto fail;
        }
        if (!tuple_check(entries)) {
            obj_decref(entries);
            err_raise(vm, &exc_TypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        int rc = 0;
        if (out == NULL) {
            out = list_new(vm, 0);
            rc = out == NULL ? -1 : 0;
            for (size_t j = 0; rc == 0 && j < i; j++) {
                rc = list_append(vm, out, tuple_get_borrow(orig, j));
            }
        }
        rc = rc < 0 ? rc : list_extend(vm, out, entries);
        obj_decref(entries);
        if (rc < 0) {
            goto fail;
        }
    }
    if (out == NULL) {
        return obj_newref(orig);
    }
    Obj *bases = list_as_tuple(vm, out);
    obj_decref(out);
    return bases;
fail:
    obj_xdecref(out);
    return NULL;
}

// Runs the class body `func` with `ns` as its locals. Returns the body's
// result (None, or the __class__ cell).
static Obj *run_class_body(Vm *vm, Obj *func, Obj *ns) {
    FuncObj *fn = (FuncObj *)func;
    Frame *f = frame_push(vm, (CodeObj *)fn->code, func, fn->globals, fn->builtins, ns);
    if (f == NULL) {
        return NULL;
    }
    if (call_bind(vm, f, func, NULL, 0, NULL) < 0) {
        frame_pop(vm, f);
        return NULL;
    }
    return call_run_frame(vm, f);
}

// Splits the keywords of the call: `metaclass` out, the rest kept as a
// vectorcall tail (`kwvalues`, `kwnames_out`) for the metaclass call.
static int split_keywords(Vm *vm, Obj *const *kwvalues, Obj *kwnames, Obj **meta, Obj **rest_names,
                          Obj **rest_values) {
    size_t nkw = kwnames != NULL ? tuple_len(kwnames) : 0;
    *meta = NULL;
    *rest_names = NULL;
    *rest_values = NULL;
    size_t nrest = 0;
    for (size_t i = 0; i < nkw; i++) {
        if (str_equal_cstr(tuple_get_borrow(kwnames, i), "metaclass")) {
            *meta = kwvalues[i];
        } else {
            nrest++;
        }
    }
    if (nrest == 0) {
        return 0;
    }
    *rest_names = tuple_new(vm, nrest);
    *rest_values = tuple_new(vm, nrest);
    if (*rest_names == NULL || *rest_values == NULL) {
        return -1;
    }
    for (size_t i = 0, j = 0; i < nkw; i++) {
        Obj *k = tuple_get_borrow(kwnames, i);
        if (!str_equal_cstr(k, "metaclass")) {
            tuple_set_steal(*rest_names, j, obj_newref(k));
            tuple_set_steal(*rest_values, j, obj_newref(kwvalues[i]));
            j++;
        }
    }
    return 0;
}

// Calls `meta`(name, bases, ns, **rest).
static Obj *call_meta(Vm *vm, Obj *meta, Obj *name, Obj *bases, Obj *ns, Obj *rest_names,
                      Obj *rest_values) {
    size_t nkw = rest_names != NULL ? tuple_len(rest_names) : 0;
    Obj *argv[3 + 16];
    if (nkw > 16) {
        return err_raise(vm, &exc_TypeError, "too many class keywords");
    }
    argv[0] = name;
    argv[1] = bases;
    argv[2] = ns;
    for (size_t i = 0; i < nkw; i++) {
        argv[3 + i] = tuple_get_borrow(rest_values, i);
    }
    return obj_call(vm, meta, argv, 3, rest_names);
}

static Obj *prepare_namespace(Vm *vm, Obj *meta, Obj *name, Obj *bases, Obj *rest_names,
                              Obj *rest_values) {
    if (meta == (Obj *)&type_type) {
        return dict_new(vm);
    }
    Obj *prep = obj_lookup_attr(vm, meta, str_intern_cstr(vm, "__prepare__"));
    if (prep == NULL) {
        return err_occurred(vm) ? NULL : dict_new(vm);
    }
    Obj *argv[2 + 16];
    size_t nkw = rest_names != NULL ? tuple_len(rest_names) : 0;
    Obj *ns = NULL;
    if (nkw <= 16) {
        argv[0] = name;
        argv[1] = bases;
        for (size_t i = 0; i < nkw; i++) {
            argv[2 + i] = tuple_get_borrow(rest_values, i);
        }
        ns = obj_call(vm, prep, argv, 2, rest_names);
    }
    obj_decref(prep);
    return ns;
}

static Obj *bvm_py_build_class(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    size_t nkw = kwnames != NULL ? tuple_len(kwnames) : 0;
    if (nargs < 2) {
        return err_raise(vm, &exc_TypeError, "__build_class__: not enough arguments");
    }
    if (!func_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "__build_class__: func must be a function");
    }
    if (!str_check(args[1])) {
        return err_raise(vm, &exc_TypeError, "__build_class__: name is not a string");
    }
    Obj *func = args[0], *name = args[1];
    Obj *orig_bases = NULL, *bases = NULL, *ns = NULL, *cell = NULL, *cls = NULL;
    Obj *meta = NULL, *rest_names = NULL, *rest_values = NULL;
    orig_bases = tuple_pack(vm, nargs - 2, args + 2);
    if (orig_bases == NULL || (bases = resolve_bases(vm, orig_bases)) == NULL) {
        goto fail;
    }
    if (split_keywords(vm, args + nargs, nkw > 0 ? kwnames : NULL, &meta, &rest_names,
                       &rest_values) < 0) {
        goto fail;
    }
    if (meta == NULL) {
        meta =
            tuple_len(bases) > 0 ? (Obj *)obj_type(tuple_get_borrow(bases, 0)) : (Obj *)&type_type;
    }
    // Only a real metaclass takes part in the most-derived computation.
    if (obj_is_instance(meta, &type_type)) {
        TypeObj *winner = type_calculate_meta(vm, (TypeObj *)meta, bases);
        if (winner == NULL) {
            goto fail;
        }
        meta = (Obj *)winner;
    }
    obj_incref(meta);
    ns = prepare_namespace(vm, meta, name, bases, rest_names, rest_values);
    if (ns == NULL) {
        goto fail_meta;
    }
    cell = run_class_body(vm, func, ns);
    if (cell == NULL) {
        goto fail_meta;
    }
    if (bases != orig_bases &&
        obj_setitem(vm, ns, str_intern_cstr(vm, "__orig_bases__"), orig_bases) < 0) {
        goto fail_meta;
    }
    if (meta == (Obj *)&type_type && rest_names == NULL && dict_check(ns)) {
        cls = type_new_class(vm, &type_type, name, bases, ns);
    } else {
        cls = call_meta(vm, meta, name, bases, ns, rest_names, rest_values);
    }
    if (cls != NULL && obj_type(cell) == &cell_type) {
        cell_set(cell, cls);
    }
fail_meta:
    obj_decref(meta);
fail:
    obj_xdecref(cell);
    obj_xdecref(ns);
    obj_xdecref(bases);
    obj_xdecref(orig_bases);
    obj_xdecref(rest_names);
    obj_xdecref(rest_values);
    return cls;
}

// --- globals() and locals() -------------------------------------------------------

static Obj *bvm_py_globals(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "globals", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    Obj *g = vm_current_globals(vm);
    return obj_newref(g != NULL ? g : OBJ_NONE);
}

static Obj *current_locals(Vm *vm) {
    Frame *f = vm->frame;
    if (f == NULL) {
        return obj_newref(OBJ_NONE);
    }
    if (f->locals != NULL) {
        return obj_newref(f->locals);
    }
    return frameobj_locals(vm, f);
}

static Obj *bvm_py_locals(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "locals", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return current_locals(vm);
}

// --- exec, eval, compile ------------------------------------------------------------

// The text of exec/eval/compile's source argument: a str's UTF-8, or the
// octets of bytes-like data as they are (the parser checks that they are
// UTF-8 and raises CPython's "(unicode error) ..." SyntaxError at the bad
// byte when not). NUL characters are CPython 3.11's SyntaxError. TypeError
// naming `fname` and `what` for anything else. 0 or -1; the text is
// borrowed from `src`.
static int source_text(Vm *vm, const char *fname, const char *what, Obj *src,
                       const char **text, size_t *len) {
    if (str_check(src)) {
        *text = str_cstr(src);
        *len = str_size(src);
    } else if (!bytes_like_view(src, text, len)) {
        err_raise(vm, &exc_TypeError, "%s() arg 1 must be a string, bytes or %s", fname, what);
        return -1;
    }
    if (memchr(*text, '\0', *len) != NULL) {
        err_raise(vm, &exc_SyntaxError, "source code string cannot contain null bytes");
        return -1;
    }
    return 0;
}

// The code object for exec/eval's first argument: compiled from source in
// `mode`, or the code object itself.
static Obj *source_to_code(Vm *vm, const char *fname, Obj *src, ParseMode mode) {
    if (obj_type(src) == &code_type) {
        return obj_newref(src);
    }
    const char *text;
    size_t len;
    if (source_text(vm, fname, "code object", src, &text, &len) < 0) {
        return NULL;
    }
    if (mode == PARSE_EVAL) {
        // eval() ignores leading spaces and tabs.
        while (len > 0 && (*text == ' ' || *text == '\t')) {
            text++;
            len--;
        }
    }
    return comp_compile_source(vm, text, len, "<string>", mode, NULL);
}

// Shared by exec and eval: resolves the namespaces and runs the code.
static Obj *run_in_namespaces(Vm *vm, const char *fname, Obj *const *args, size_t nargs,
                              Obj *kwnames, ParseMode mode) {
    static const char *const names[] = {"source", "globals", "locals", NULL};
    Obj *argv[3] = {NULL, NULL, NULL};
    if (args_bind(vm, fname, args, nargs, kwnames, names, 3, 1, argv) < 0) {
        return NULL;
    }
    Obj *globals = argv[1] != NULL && argv[1] != OBJ_NONE ? argv[1] : NULL;
    Obj *locals = argv[2] != NULL && argv[2] != OBJ_NONE ? argv[2] : NULL;
    if (globals != NULL && !dict_check(globals)) {
        return err_raise(vm, &exc_TypeError, "%s() globals must be a dict, not %s", fname,
                         obj_type_name(globals));
    }
    if (locals != NULL && obj_type(locals)->getitem == NULL) {
        return err_raise(vm, &exc_TypeError, "locals must be a mapping");
    }
    Obj *g = NULL, *l = NULL, *code = NULL, *result = NULL;
    if (globals == NULL) {
        g = vm_current_globals(vm);
        if (g == NULL) {
            return err_raise(vm, &exc_SystemError, "%s(): no globals", fname);
        }
        obj_incref(g);
        l = locals != NULL ? obj_newref(locals) : current_locals(vm);
    } else {
        g = obj_newref(globals);
        l = obj_newref(locals != NULL ? locals : globals);
    }
    if (l == NULL) {
        goto done;
    }
    // As CPython, a globals dict without __builtins__ gets one.
    if (dict_get_borrow(vm, g, vm->id.builtins) == NULL) {
        Obj *bm = dict_get_cstr_borrow(vm, vm->modules, "builtins");
        if (err_occurred(vm) ||
            dict_set(vm, g, vm->id.builtins, bm != NULL ? bm : vm->builtins) < 0) {
            goto done;
        }
    }
    code = source_to_code(vm, fname, argv[0], mode);
    if (code == NULL) {
        goto done;
    }
    result = vm_exec_code(vm, code, g, l);
    if (result != NULL && mode == PARSE_FILE) {
        obj_decref(result);
        result = obj_newref(OBJ_NONE);
    }
done:
    obj_xdecref(code);
    obj_xdecref(g);
    obj_xdecref(l);
    return result;
}

static Obj *bvm_py_exec(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return run_in_namespaces(vm, "exec", args, nargs, kwnames, PARSE_FILE);
}

static Obj *bvm_py_eval(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return run_in_namespaces(vm, "eval", args, nargs, kwnames, PARSE_EVAL);
}

static Obj *bvm_py_compile(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"source",       "filename", "mode", "flags",
                                        "dont_inherit", "optimize", NULL};
    Obj *argv[6] = {NULL};
    if (args_bind(vm, "compile", args, nargs, kwnames, names, 6, 3, argv) < 0) {
        return NULL;
    }
    if (!str_check(argv[1])) {
        return err_raise(vm, &exc_TypeError, "compile() argument 'filename' must be str, not %s",
                         obj_type_name(argv[1]));
    }
    if (!str_check(argv[2])) {
        return err_raise(vm, &exc_TypeError, "compile() argument 'mode' must be str, not %s",
                         obj_type_name(argv[2]));
    }
    ParseMode mode;
    if (str_equal_cstr(argv[2], "exec")) {
        mode = PARSE_FILE;
    } else if (str_equal_cstr(argv[2], "eval")) {
        mode = PARSE_EVAL;
    } else if (str_equal_cstr(argv[2], "single")) {
        mode = PARSE_SINGLE;
    } else {
        return err_raise(vm, &exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    }
    const char *text;
    size_t len;
    if (source_text(vm, "compile", "AST object", argv[0], &text, &len) < 0) {
        return NULL;
    }
    return comp_compile_source(vm, text, len, str_cstr(argv[1]), mode, NULL);
}

static const MethodDef bvm_functions[] = {
    {"__build_class__", bvm_py_build_class, METH_DEFAULT,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {"globals", bvm_py_globals, METH_DEFAULT,
     "Return the dictionary containing the current scope's global variables."},
    {"locals", bvm_py_locals, METH_DEFAULT,
     "Return a dictionary containing the current scope's local variables."},
    {"exec", bvm_py_exec, METH_DEFAULT,
     "Execute the given source in the context of globals and locals."},
    {"eval", bvm_py_eval, METH_DEFAULT,
     "Evaluate the given source in the context of globals and locals."},
    {"compile", bvm_py_compile, METH_DEFAULT, "Compile source into a code object."},
    {NULL, NULL, 0, NULL},
};

// --- super() --------------------------------------------------------------------

int bvm_super_args(Vm *vm, Obj **type, Obj **obj) {
    Frame *f = vm->frame;
    if (f == NULL || f->code->argcount == 0 || f->func == NULL) {
        err_raise(vm, &exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    const CodeObj *co = f->code;
    Obj *first = f->fast[0];
    if (first == NULL && co->cell2arg != NULL) {
        // The first argument was moved into a cell (a closure captures it).
        for (int i = 0; i < co->ncells; i++) {
            if (co->cell2arg[i] == 0) {
                first = cell_get_borrow(f->fast[co->nlocals + i]);
                break;
            }
        }
    }
    if (first == NULL) {
        err_raise(vm, &exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < co->nfrees; i++) {
        if (str_equal_cstr(tuple_get_borrow(co->freevars, (size_t)i), "__class__")) {
            Obj *cls = cell_get_borrow(f->fast[co->nlocals + co->ncells + i]);
            if (cls == NULL) {
                err_raise(vm, &exc_RuntimeError, "super(): empty __class__ cell");
                return -1;
            }
            if (!obj_is_instance(cls, &type_type)) {
                err_raise(vm, &exc_RuntimeError, "super(): __class__ is not a type (%s)",
                          obj_type_name(cls));
                return -1;
            }
            *type = cls;
            *obj = first;
            return 0;
        }
    }
    err_raise(vm, &exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

int bvm_init(Vm *vm, Obj *builtins) {
    if (type_add_functions(vm, builtins, bvm_functions, NULL) < 0) {
        return -1;
    }
    // super needs the frames (the hook above); register it unless the
    // builtins module already did.
    if (dict_get_cstr_borrow(vm, builtins, "super") == NULL) {
        if (err_occurred(vm) || dict_set_cstr(vm, builtins, "super", (Obj *)&super_type) < 0) {
            return -1;
        }
    }
    return 0;
}
