/* builtins.c: the builtins module's functions that need no frame (print,
 * len, isinstance, getattr, iter, next, chr, ...) and bi_init, which fills
 * the builtins dict with them, the numeric ones of builtins_num.c and the
 * built-in types. The VM adds globals, locals, exec, eval, compile and
 * __build_class__; the exceptions module adds the exception classes. */
#include <stdio.h>
#include <string.h>

#include "../objects/args.h"
#include "../objects/bytesobj.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/fileobj.h"
#include "../objects/intobj.h"
#include "../objects/list.h"
#include "../objects/memoryview.h"
#include "../objects/misc.h"
#include "../objects/module.h"
#include "../objects/runtime.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "builtins_impl.h"
#include "mod_io.h"
#include "modules.h"

// ---------------------------------------------------------------------------
// Output: print and input write to sys.stdout (C stdio directly when it is
// the standard file object, its write() method otherwise).
// ---------------------------------------------------------------------------

// sys.<name> (borrowed), or NULL when sys is not set up or lacks it.
static Obj *sys_stream(Vm *vm, const char *name) {
    if (vm->sys_module == NULL) {
        return NULL;
    }
    return dict_get_cstr_borrow(vm, module_dict(vm->sys_module), name);
}

// Writes str `s` to `file` (NULL = C stdout). 0 or -1.
static int write_str(Vm *vm, Obj *file, Obj *s) {
    if (file == NULL || obj_type(file) == &file_type) {
        FILE *fp = file == NULL ? stdout : ((FileObj *)file)->fp;
        fwrite(str_cstr(s), 1, str_size(s), fp);
        return file_check_write(vm, fp);
    }
    Obj *res = obj_call_method(vm, file, "write", &s, 1);
    if (res == NULL) {
        return -1;
    }
    obj_decref(res);
    return 0;
}

static int write_cstr(Vm *vm, Obj *file, const char *text) {
    if (file == NULL || obj_type(file) == &file_type) {
        FILE *fp = file == NULL ? stdout : ((FileObj *)file)->fp;
        fputs(text, fp);
        return file_check_write(vm, fp);
    }
    Obj *s = str_from_cstr(vm, text);
    if (s == NULL) {
        return -1;
    }
    int rc = write_str(vm, file, s);
    obj_decref(s);
    return rc;
}

static int flush_file(Vm *vm, Obj *file) {
    if (file == NULL || obj_type(file) == &file_type) {
        FILE *fp = file == NULL ? stdout : ((FileObj *)file)->fp;
        fflush(fp);
        return file_check_write(vm, fp);
    }
    Obj *res = obj_call_method(vm, file, "flush", NULL, 0);
    if (res == NULL) {
        return -1;
    }
    obj_decref(res);
    return 0;
}

// Checks print's sep/end: None or a str.
static int check_sep(Vm *vm, const char *what, Obj **o) {
    if (*o == NULL || *o == OBJ_NONE) {
        *o = NULL;
        return 0;
    }
    if (!str_check(*o)) {
        err_raise(vm, &exc_TypeError, "%s must be None or a string, not %s", what,
                  obj_type_name(*o));
        return -1;
    }
    return 0;
}

// print(*objects, sep=' ', end='\n', file=None, flush=False). With
// file=None the output goes to sys.stdout, so reassigning sys.stdout
// captures it; nothing is printed when sys.stdout is None.
static Obj *bi_py_print(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"sep", "end", "file", "flush", NULL};
    Obj *kw[4];
    if (args_bind(vm, "print", args + nargs, 0, kwnames, names, 0, 0, kw) < 0 ||
        check_sep(vm, "sep", &kw[0]) < 0 || check_sep(vm, "end", &kw[1]) < 0) {
        return NULL;
    }
    Obj *file = kw[2];
    if (file == NULL || file == OBJ_NONE) {
        file = sys_stream(vm, "stdout");
        if (file == OBJ_NONE) {
            return obj_newref(OBJ_NONE); // sys.stdout = None: print nothing
        }
    }
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0 && (kw[0] != NULL ? write_str(vm, file, kw[0]) : write_cstr(vm, file, " ")) < 0) {
            return NULL;
        }
        Obj *s = obj_str(vm, args[i]);
        if (s == NULL) {
            return NULL;
        }
        int rc = write_str(vm, file, s);
        obj_decref(s);
        if (rc < 0) {
            return NULL;
        }
    }
    if ((kw[1] != NULL ? write_str(vm, file, kw[1]) : write_cstr(vm, file, "\n")) < 0) {
        return NULL;
    }
    if (kw[3] != NULL) {
        int flush = obj_is_true(vm, kw[3]);
        if (flush < 0 || (flush && flush_file(vm, file) < 0)) {
            return NULL;
        }
    }
    return obj_newref(OBJ_NONE);
}

// Reads one line from `fp` without its newline. NULL with EOFError at
// end of input when nothing was read.
static Obj *read_line(Vm *vm, FILE *fp) {
    StrBuf b;
    strbuf_init(&b);
    char chunk[1024];
    bool got = false;
    while (fgets(chunk, sizeof chunk, fp) != NULL) {
        got = true;
        size_t n = strlen(chunk);
        bool eol = n > 0 && chunk[n - 1] == '\n';
        if (strbuf_append(&b, chunk, eol ? n - 1 : n) < 0) {
            strbuf_free(&b);
            return NULL;
        }
        if (eol) {
            break;
        }
    }
    if (!got) {
        strbuf_free(&b);
        return err_raise(vm, &exc_EOFError, "EOF when reading a line");
    }
    return strbuf_finish(vm, &b);
}

// input([prompt]): the prompt goes to stdout (flushed), the line comes
// from sys.stdin without its newline; EOFError at end of input.
static Obj *bi_py_input(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "input", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    Obj *out = sys_stream(vm, "stdout");
    if (out == OBJ_NONE) {
        out = NULL;
    }
    if (nargs == 1) {
        Obj *prompt = obj_str(vm, args[0]);
        if (prompt == NULL) {
            return NULL;
        }
        int rc = write_str(vm, out, prompt);
        obj_decref(prompt);
        if (rc < 0) {
            return NULL;
        }
    }
    if (flush_file(vm, out) < 0) {
        return NULL;
    }
    Obj *in = sys_stream(vm, "stdin");
    if (in != NULL && in != OBJ_NONE && obj_type(in) != &file_type) {
        // A replaced sys.stdin: use its readline().
        Obj *line = obj_call_method(vm, in, "readline", NULL, 0);
        if (line == NULL) {
            return NULL;
        }
        if (!str_check(line) || str_size(line) == 0) {
            obj_decref(line);
            return err_raise(vm, &exc_EOFError, "EOF when reading a line");
        }
        size_t n = str_size(line);
        if (str_cstr(line)[n - 1] != '\n') {
            return line;
        }
        Obj *res = str_from_utf8(vm, str_cstr(line), n - 1);
        obj_decref(line);
        return res;
    }
    FILE *fp = in != NULL && obj_type(in) == &file_type ? ((FileObj *)in)->fp : stdin;
    return read_line(vm, fp);
}

// ---------------------------------------------------------------------------
// Objects and attributes.
// ---------------------------------------------------------------------------

static Obj *bi_py_len(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "len", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int64_t n = obj_len(vm, args[0]);
    return n < 0 ? NULL : int_from_i64(vm, n);
}

static Obj *bi_py_repr(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "repr", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return obj_repr(vm, args[0]);
}

static Obj *bi_py_ascii(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "ascii", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return str_ascii(vm, args[0]);
}

static Obj *bi_py_format(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    // format(value, format_spec='', /): positional-only, as in CPython.
    if (args_check(vm, "format", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    Obj *const *a = args;
    Obj *spec = nargs == 2 ? a[1] : vm->id.empty;
    if (!str_check(spec)) {
        return err_raise(vm, &exc_TypeError, "format() argument 2 must be str, not %s",
                         obj_type_name(spec));
    }
    return str_format_value(vm, a[0], spec);
}

static Obj *bi_py_id(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "id", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return int_from_u64(vm, (uint64_t)(uintptr_t)args[0]);
}

static Obj *bi_py_hash(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "hash", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int64_t h = obj_hash(vm, args[0]);
    return h == -1 ? NULL : int_from_i64(vm, h);
}

static Obj *bi_py_callable(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "callable", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return obj_newref(obj_bool(obj_type(args[0])->call != NULL));
}

static bool is_type(Obj *o) {
    return obj_is_instance(o, &type_type);
}

// A metaclass's __instancecheck__ / __subclasscheck__ (`hook`) applied to
// `spec` and `arg`, looked up on type(spec) as CPython does: 1 or 0 from
// the truth of its result, -1 on error, -2 when type(spec) has no hook.
static int check_hook(Vm *vm, const char *hook, Obj *spec, Obj *arg) {
    Obj *name = str_intern_cstr(vm, hook);
    if (name == NULL) {
        return -1;
    }
    Obj *meth = type_lookup(vm, obj_type(spec), name);
    if (meth == NULL) {
        return err_occurred(vm) ? -1 : -2;
    }
    if (rt_enter_c(vm, hook[2] == 'i' ? " in __instancecheck__" : " in __subclasscheck__") < 0) {
        return -1;
    }
    obj_incref(meth);
    Obj *argv[2] = {spec, arg};
    Obj *r = obj_call(vm, meth, argv, 2, NULL);
    obj_decref(meth);
    rt_leave_c(vm);
    int rc = r == NULL ? -1 : obj_is_true(vm, r);
    obj_xdecref(r);
    return rc;
}

// `sub` (the type of `inst`, or a class) derives from `cls`; for an
// instance, as CPython's object_isinstance, a `__class__` that differs from
// its type (a proxy's) is asked next. 1, 0 or -1.
static int derives_from(Vm *vm, Obj *inst, TypeObj *sub, TypeObj *cls) {
    if (type_is_subtype(sub, cls)) {
        return 1;
    }
    if (inst == NULL) {
        return 0;
    }
    Obj *icls = obj_lookup_attr(vm, inst, str_intern_cstr(vm, "__class__"));
    if (icls == NULL) {
        return err_occurred(vm) ? -1 : 0;
    }
    int rc = icls != (Obj *)sub && is_type(icls) && type_is_subtype((TypeObj *)icls, cls);
    obj_decref(icls);
    return rc;
}

// isinstance(`inst`, spec) when `inst` is set, else issubclass(`sub`,
// spec), against a class, a (nested) tuple of them, or an object whose
// type defines the check. An exact `type` spec takes the fast path with no
// hook, as in CPython. 1, 0 or -1 (TypeError `msg`).
static int class_matches(Vm *vm, Obj *inst, TypeObj *sub, Obj *spec, const char *msg) {
    if (obj_type(spec) == &type_type) {
        return derives_from(vm, inst, sub, (TypeObj *)spec);
    }
    if (tuple_check(spec)) {
        if (rt_enter_c(vm, " in __subclasscheck__") < 0) {
            return -1;
        }
        int rc = 0;
        for (size_t i = 0; rc == 0 && i < tuple_len(spec); i++) {
            rc = class_matches(vm, inst, sub, tuple_get_borrow(spec, i), msg);
        }
        rt_leave_c(vm);
        return rc;
    }
    if (inst != NULL && (Obj *)obj_type(inst) == spec) {
        return 1;
    }
    int rc = check_hook(vm, inst != NULL ? "__instancecheck__" : "__subclasscheck__", spec,
                        inst != NULL ? inst : (Obj *)sub);
    if (rc != -2) {
        return rc;
    }
    if (is_type(spec)) {
        return derives_from(vm, inst, sub, (TypeObj *)spec);
    }
    err_raise(vm, &exc_TypeError, "%s", msg);
    return -1;
}

static Obj *bi_py_isinstance(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "isinstance", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    int rc = class_matches(vm, args[0], obj_type(args[0]), args[1],
                           "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return rc < 0 ? NULL : obj_newref(obj_bool(rc));
}

static Obj *bi_py_issubclass(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "issubclass", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    if (!is_type(args[0])) {
        return err_raise(vm, &exc_TypeError, "issubclass() arg 1 must be a class");
    }
    int rc = class_matches(vm, NULL, (TypeObj *)args[0], args[1],
                           "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return rc < 0 ? NULL : obj_newref(obj_bool(rc));
}

static int check_name(Vm *vm, Obj *name) {
    if (!str_check(name)) {
        err_raise(vm, &exc_TypeError, "attribute name must be string, not '%s'",
                  obj_type_name(name));
        return -1;
    }
    return 0;
}

// getattr(o, name[, default]): the default replaces AttributeError only.
static Obj *bi_py_getattr(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "getattr", nargs, kwnames, 2, 3) < 0 || check_name(vm, args[1]) < 0) {
        return NULL;
    }
    if (nargs == 2) {
        return obj_getattr(vm, args[0], args[1]);
    }
    Obj *v = obj_lookup_attr(vm, args[0], args[1]);
    if (v == NULL && !err_occurred(vm)) {
        v = obj_newref(args[2]);
    }
    return v;
}

static Obj *bi_py_hasattr(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "hasattr", nargs, kwnames, 2, 2) < 0 || check_name(vm, args[1]) < 0) {
        return NULL;
    }
    int rc = obj_hasattr(vm, args[0], args[1]);
    return rc < 0 ? NULL : obj_newref(obj_bool(rc));
}

static Obj *bi_py_setattr(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "setattr", nargs, kwnames, 3, 3) < 0 || check_name(vm, args[1]) < 0 ||
        obj_setattr(vm, args[0], args[1], args[2]) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *bi_py_delattr(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "delattr", nargs, kwnames, 2, 2) < 0 || check_name(vm, args[1]) < 0 ||
        obj_setattr(vm, args[0], args[1], NULL) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

// Calls the builtin `locals()` that the VM registers (for dir() and
// vars() without arguments).
static Obj *call_locals(Vm *vm) {
    Obj *f = dict_get_cstr_borrow(vm, vm->builtins, "locals");
    if (f == NULL) {
        return err_occurred(vm) ? NULL : err_raise(vm, &exc_SystemError, "locals() unavailable");
    }
    return obj_call0(vm, f);
}

// dir(o) without a __dir__ of its own: object.__dir__'s names, sorted.
static Obj *dir_of(Vm *vm, Obj *o) {
    Obj *res = obj_dir(vm, o);
    if (res != NULL && list_sort(vm, res, NULL, false) < 0) {
        obj_decref(res);
        res = NULL;
    }
    return res;
}

static Obj *bi_py_dir(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "dir", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    Obj *names = NULL;
    if (nargs == 1) {
        // A __dir__ of a class overrides the built-in listing.
        Obj *key = str_intern_cstr(vm, "__dir__");
        Obj *fn = type_lookup_special(vm, args[0], key);
        if (fn == NULL || fn == type_lookup(vm, &object_type, key) ||
            fn == type_lookup(vm, &type_type, key)) {
            return dir_of(vm, args[0]);
        }
        names = obj_call(vm, fn, args, 1, NULL);
    } else {
        names = call_locals(vm);
    }
    if (names == NULL) {
        return NULL;
    }
    Obj *res = list_from_iterable(vm, names);
    obj_decref(names);
    if (res != NULL && list_sort(vm, res, NULL, false) < 0) {
        obj_decref(res);
        res = NULL;
    }
    return res;
}

static Obj *bi_py_vars(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "vars", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return call_locals(vm);
    }
    Obj *d = obj_lookup_attr(vm, args[0], vm->id.dict);
    if (d == NULL && !err_occurred(vm)) {
        err_raise(vm, &exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

// ---------------------------------------------------------------------------
// Iteration.
// ---------------------------------------------------------------------------

static Obj *bi_py_iter(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "iter", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return obj_iter(vm, args[0]);
    }
    if (obj_type(args[0])->call == NULL) {
        return err_raise(vm, &exc_TypeError, "iter(v, w): v must be callable");
    }
    return calliter_new(vm, args[0], args[1]);
}

// next(it[, default]): an iterator ends by returning NULL, without an
// exception or with StopIteration(value) pending (a generator's return value,
// which must reach the caller, so iternext is called directly, not obj_next).
static Obj *bi_py_next(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "next", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    if (obj_type(args[0])->iternext == NULL) {
        return err_raise(vm, &exc_TypeError, "'%s' object is not an iterator",
                         obj_type_name(args[0]));
    }
    Obj *v = obj_type(args[0])->iternext(vm, args[0]);
    if (v != NULL || err_occurred(vm)) {
        if (v == NULL && nargs == 2 && err_matches(vm, &exc_StopIteration)) {
            err_clear(vm);
            return obj_newref(args[1]);
        }
        return v;
    }
    if (nargs == 2) {
        return obj_newref(args[1]);
    }
    return err_raise_obj(vm, &exc_StopIteration, NULL);
}

// ---------------------------------------------------------------------------
// Characters and number text.
// ---------------------------------------------------------------------------

// chr(i): C int range first (OverflowError), then the code point range.
static Obj *bi_py_chr(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "chr", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    Obj *o = args[0];
    if (!int_check(o) && obj_type(o)->as_int == NULL) {
        return err_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         obj_type_name(o));
    }
    int64_t v;
    if (obj_as_ssize(vm, o, &v) < 0 || v > INT32_MAX || v < INT32_MIN) {
        if (!err_occurred(vm) || err_matches(vm, &exc_OverflowError)) {
            err_clear(vm);
            err_raise(vm, &exc_OverflowError, "Python int too large to convert to C int");
        }
        return NULL;
    }
    if (v < 0 || v > 0x10ffff) {
        return err_raise(vm, &exc_ValueError, "chr() arg not in range(0x110000)");
    }
    return str_from_codepoint(vm, (uint32_t)v);
}

static Obj *bi_py_ord(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "ord", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    Obj *s = args[0];
    if (!str_check(s)) {
        return err_raise(vm, &exc_TypeError, "ord() expected string of length 1, but %s found",
                         obj_type_name(s));
    }
    if (str_len(s) != 1) {
        return err_raise(vm, &exc_TypeError,
                         "ord() expected a character, but string of length %zu found", str_len(s));
    }
    return int_from_i64(vm, str_codepoint_at(s, 0));
}

// bin/oct/hex(x) are format(x, "#b") etc. on x.__index__().
static Obj *int_text(Vm *vm, const char *name, Obj *const *args, size_t nargs, Obj *kwnames,
                     const char *spec) {
    if (args_check(vm, name, nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!int_check(args[0]) && obj_type(args[0])->as_int == NULL) {
        return err_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         obj_type_name(args[0]));
    }
    Obj *i = obj_index(vm, args[0]);
    if (i == NULL) {
        return NULL;
    }
    Obj *s = str_from_cstr(vm, spec);
    Obj *res = s == NULL ? NULL : str_format_value(vm, i, s);
    obj_xdecref(s);
    obj_decref(i);
    return res;
}

static Obj *bi_py_bin(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return int_text(vm, "bin", args, nargs, kwnames, "#b");
}

static Obj *bi_py_oct(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return int_text(vm, "oct", args, nargs, kwnames, "#o");
}

static Obj *bi_py_hex(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return int_text(vm, "hex", args, nargs, kwnames, "#x");
}

// exit(code=None) / quit(code=None): CPython's site module adds these to
// builtins; scripts call them to stop with a status.
static Obj *bi_py_exit(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"code", NULL};
    Obj *code;
    if (args_bind(vm, "__call__", args, nargs, kwnames, names, 1, 0, &code) < 0) {
        return NULL;
    }
    return err_raise_obj(vm, &exc_SystemExit, code);
}

// ---------------------------------------------------------------------------
// Registration.
// ---------------------------------------------------------------------------

static const MethodDef bi_functions[] = {
    {"print", bi_py_print, METH_DEFAULT,
     "Prints the values to a stream, or to sys.stdout by default."},
    {"input", bi_py_input, METH_DEFAULT, "Read a string from standard input."},
    {"open", modio_py_open, METH_DEFAULT, "Open a file and return a file object."},
    {"len", bi_py_len, METH_DEFAULT, "Return the number of items in a container."},
    {"repr", bi_py_repr, METH_DEFAULT, "Return the canonical string representation of the object."},
    {"ascii", bi_py_ascii, METH_DEFAULT, "Return an ASCII-only representation of an object."},
    {"format", bi_py_format, METH_DEFAULT, "Return type(value).__format__(value, format_spec)."},
    {"id", bi_py_id, METH_DEFAULT, "Return the identity of an object."},
    {"hash", bi_py_hash, METH_DEFAULT, "Return the hash value for the given object."},
    {"callable", bi_py_callable, METH_DEFAULT, "Return whether the object is callable."},
    {"isinstance", bi_py_isinstance, METH_DEFAULT,
     "Return whether an object is an instance of a class."},
    {"issubclass", bi_py_issubclass, METH_DEFAULT,
     "Return whether 'cls' is derived from another class."},
    {"getattr", bi_py_getattr, METH_DEFAULT, "Get a named attribute from an object."},
    {"hasattr", bi_py_hasattr, METH_DEFAULT,
     "Return whether the object has an attribute with the given name."},
    {"setattr", bi_py_setattr, METH_DEFAULT, "Sets the named attribute on the given object."},
    {"delattr", bi_py_delattr, METH_DEFAULT, "Deletes the named attribute from the given object."},
    {"dir", bi_py_dir, METH_DEFAULT, "Show attributes of an object."},
    {"vars", bi_py_vars, METH_DEFAULT, "Show vars."},
    {"iter", bi_py_iter, METH_DEFAULT, "Get an iterator from an object."},
    {"next", bi_py_next, METH_DEFAULT, "Return the next item from the iterator."},
    {"chr", bi_py_chr, METH_DEFAULT, "Return a Unicode string of one character with ordinal i."},
    {"ord", bi_py_ord, METH_DEFAULT, "Return the Unicode code point for a one-character string."},
    {"bin", bi_py_bin, METH_DEFAULT, "Return the binary representation of an integer."},
    {"oct", bi_py_oct, METH_DEFAULT, "Return the octal representation of an integer."},
    {"hex", bi_py_hex, METH_DEFAULT, "Return the hexadecimal representation of an integer."},
    {"exit", bi_py_exit, METH_DEFAULT, "Exit the interpreter by raising SystemExit(code)."},
    {"quit", bi_py_exit, METH_DEFAULT, "Exit the interpreter by raising SystemExit(code)."},
    {NULL, NULL, 0, NULL},
};

// The types the builtins module names (type_ready is idempotent). The
// iterator types of this area are readied (and released at exit) by the
// runtime's list of static types.
static TypeObj *const bi_types[] = {
    &object_type,    &type_type,  &int_type,    &bool_type,         &float_type,
    &str_type,       &list_type,  &tuple_type,  &dict_type,         &set_type,
    &frozenset_type, &range_type, &slice_type,  &enumerate_type,    &zip_type,
    &reversed_type,  &map_type,   &filter_type, &staticmethod_type, &classmethod_type,
    &property_type,
    &complex_type,
    &bytes_type, &bytearray_type, &memoryview_type,
};

int bi_init(Vm *vm, Obj *builtins) {
    for (size_t i = 0; i < sizeof bi_types / sizeof bi_types[0]; i++) {
        TypeObj *t = bi_types[i];
        if (type_ready(vm, t) < 0 || dict_set_cstr(vm, builtins, t->name, (Obj *)t) < 0) {
            return -1;
        }
    }
    if (type_add_functions(vm, builtins, bi_functions, NULL) < 0 ||
        type_add_functions(vm, builtins, bi_num_functions, NULL) < 0) {
        return -1;
    }
    if (dict_set_cstr(vm, builtins, "Ellipsis", OBJ_ELLIPSIS) < 0 ||
        dict_set_cstr(vm, builtins, "NotImplemented", OBJ_NOTIMPL) < 0 ||
        dict_set_cstr(vm, builtins, "None", OBJ_NONE) < 0 ||
        dict_set_cstr(vm, builtins, "True", OBJ_TRUE) < 0 ||
        dict_set_cstr(vm, builtins, "False", OBJ_FALSE) < 0 ||
        dict_set_cstr(vm, builtins, "__debug__", OBJ_TRUE) < 0) {
        return -1;
    }
    Obj *name = str_from_cstr(vm, "builtins");
    if (name == NULL) {
        return -1;
    }
    int rc = dict_set_cstr(vm, builtins, "__name__", name);
    obj_decref(name);
    return rc;
}
