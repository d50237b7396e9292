/* exc.c: exception objects and the pending-exception API. BaseException and
 * the built-in hierarchy are static GC types sharing one layout (ExcObj, with
 * embedded attribute storage so user subclasses can carry attributes);
 * err_* set, test and fetch vm->exc, the error half of every call. */
#include "objects/exc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "memory/gc.h"
#include "objects/exc_state.h"
#include "objects/exc_unicode.h"
#include "objects/intobj.h"
#include "objects/str.h"
#include "objects/traceback.h"
#include "objects/tuple.h"
#include "objects/type.h"

// ---------------------------------------------------------------------------
// The exception object.
// ---------------------------------------------------------------------------

static ExcObj *as_exc(Obj *o) {
    return (ExcObj *)o;
}

// An exception of `type` (an exception class) with `args` (a tuple,
// borrowed). No Python code runs.
static Obj *exc_alloc(Vm *vm, TypeObj *type, Obj *args) {
    size_t size = type->basicsize >= sizeof(ExcObj) ? type->basicsize : sizeof(ExcObj);
    Obj *o = obj_new_container(vm, type, size);
    if (o == NULL) {
        return NULL;
    }
    if (type->flags & TYPE_FLAG_HEAPTYPE) {
        obj_incref((Obj *)type); // as type_alloc: subtype_dealloc releases it
    }
    as_exc(o)->args = obj_newref(args);
    return o;
}

static Obj *base_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(kwnames);
    Obj *t = tuple_pack(vm, nargs, args);
    if (t == NULL) {
        return NULL;
    }
    Obj *o = exc_alloc(vm, type, t);
    obj_decref(t);
    return o;
}

static int base_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        err_raise(vm, &exc_TypeError, "%s() takes no keyword arguments", obj_type_name(self));
        return -1;
    }
    Obj *t = tuple_pack(vm, nargs, args);
    if (t == NULL) {
        return -1;
    }
    Obj *old = as_exc(self)->args;
    as_exc(self)->args = t;
    obj_xdecref(old);
    return 0;
}

static int exc_traverse(Obj *self, GcVisitFn visit, void *arg) {
    ExcObj *e = as_exc(self);
    Obj *refs[5] = {e->args, e->traceback, e->cause, e->context, e->scope};
    for (int i = 0; i < 5; i++) {
        if (refs[i] != NULL) {
            int rc = visit(refs[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    return dicttable_traverse(&e->attrs, visit, arg);
}

// Detaches every reference, then releases them (a release can run __del__).
static void exc_clear(Obj *self) {
    ExcObj *e = as_exc(self);
    Obj *refs[5] = {e->args, e->traceback, e->cause, e->context, e->scope};
    e->args = e->traceback = e->cause = e->context = e->scope = NULL;
    dicttable_clear(&e->attrs);
    for (int i = 0; i < 5; i++) {
        obj_xdecref(refs[i]);
    }
}

static void exc_dealloc(Obj *self) {
    gc_untrack(self);
    exc_clear(self);
    obj_free(self);
}

static size_t exc_sizeof(Obj *self) {
    size_t size = self->type->basicsize >= sizeof(ExcObj) ? self->type->basicsize : sizeof(ExcObj);
    return size + dicttable_sizeof(&as_exc(self)->attrs);
}

// The args tuple (never NULL for a living exception; () after a clear).
static Obj *exc_args(Obj *self) {
    Obj *a = as_exc(self)->args;
    return a != NULL ? a : tuple_empty;
}

static Obj *base_repr(Vm *vm, Obj *self) {
    Obj *args = exc_args(self);
    const char *name = obj_type_name(self);
    if (tuple_len(args) == 1) {
        return str_from_fmt(vm, "%s(%R)", name, tuple_get_borrow(args, 0));
    }
    if (tuple_len(args) == 0) {
        return str_from_fmt(vm, "%s()", name);
    }
    return str_from_fmt(vm, "%s%R", name, args);
}

static Obj *base_str(Vm *vm, Obj *self) {
    Obj *args = exc_args(self);
    switch (tuple_len(args)) {
        case 0:
            return str_from_cstr(vm, "");
        case 1:
            return obj_str(vm, tuple_get_borrow(args, 0));
        default:
            return obj_str(vm, args);
    }
}

// Stores attribute `name` of exception `self` in its attribute table.
static int set_attr(Vm *vm, Obj *self, const char *name, Obj *value) {
    Obj *key = str_intern_cstr(vm, name);
    if (key == NULL) {
        return -1;
    }
    return dicttable_set(vm, &as_exc(self)->attrs, key, value);
}

// Attribute `name` from the table (borrowed), or NULL when absent.
static Obj *get_attr(Vm *vm, Obj *self, const char *name) {
    Obj *key = str_intern_cstr(vm, name);
    if (key == NULL) {
        err_clear(vm);
        return NULL;
    }
    Obj *v = dicttable_get(vm, &as_exc(self)->attrs, key);
    if (v == NULL) {
        err_clear(vm);
    }
    return v;
}

static Obj *none_or(Obj *o) {
    return obj_newref(o != NULL ? o : OBJ_NONE);
}

static Obj *none_or_borrow(Obj *o) {
    return o != NULL ? o : OBJ_NONE;
}

static Obj *keyerror_str(Vm *vm, Obj *self) {
    Obj *args = exc_args(self);
    if (tuple_len(args) == 1) {
        return obj_repr(vm, tuple_get_borrow(args, 0));
    }
    return base_str(vm, self);
}

// OSError's text from its attributes: "[Errno 2] text", then ": 'name'"
// and " -> 'other'" for the file names, as CPython's OSError.__str__.
static Obj *oserror_str(Vm *vm, Obj *self) {
    Obj *code = get_attr(vm, self, "errno"), *text = get_attr(vm, self, "strerror");
    Obj *f1 = get_attr(vm, self, "filename"), *f2 = get_attr(vm, self, "filename2");
    if (f2 != NULL && f2 != OBJ_NONE) {
        return str_from_fmt(vm, "[Errno %S] %S: %R -> %R", none_or_borrow(code),
                            none_or_borrow(text), none_or_borrow(f1), f2);
    }
    if (f1 != NULL && f1 != OBJ_NONE) {
        return str_from_fmt(vm, "[Errno %S] %S: %R", none_or_borrow(code), none_or_borrow(text),
                            f1);
    }
    if (code != NULL && code != OBJ_NONE && text != NULL && text != OBJ_NONE) {
        return str_from_fmt(vm, "[Errno %S] %S", code, text);
    }
    return base_str(vm, self);
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): with two
// to five arguments the parts become attributes, and with three or more
// args keeps only (errno, strerror), as CPython's OSError does.
static int oserror_parse_args(Vm *vm, Obj *self) {
    Obj *args = exc_args(self);
    size_t n = tuple_len(args);
    if (n < 2 || n > 5) {
        return 0;
    }
    static const char *const names[] = {"errno", "strerror", "filename", NULL, "filename2"};
    for (size_t i = 0; i < n; i++) {
        if (names[i] != NULL && set_attr(vm, self, names[i], tuple_get_borrow(args, i)) < 0) {
            return -1;
        }
    }
    if (n == 2) {
        return 0;
    }
    Obj *two = tuple_pack(vm, 2, ((TupleObj *)args)->items);
    if (two == NULL) {
        return -1;
    }
    as_exc(self)->args = two;
    obj_decref(args);
    return 0;
}

static int oserror_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (base_init(vm, self, args, nargs, kwnames) < 0) {
        return -1;
    }
    return oserror_parse_args(vm, self);
}

// OSError(errno, strerror, ...) makes the subclass for that errno, as
// CPython does; only OSError itself maps, never a subclass.
static Obj *oserror_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    int64_t code = 0;
    if (type == &exc_OSError && nargs >= 2 && int_check(args[0]) &&
        int_as_i64(vm, args[0], &code) < 0) {
        err_clear(vm);  // an errno too big for int64 maps to nothing
        code = 0;
    }
    if (code != 0) {
        switch (code) {
        case ENOENT:
            type = &exc_FileNotFoundError;
            break;
        case EACCES:
        case EPERM:
            type = &exc_PermissionError;
            break;
        case EISDIR:
            type = &exc_IsADirectoryError;
            break;
        case EEXIST:
            type = &exc_FileExistsError;
            break;
        case ENOTDIR:
            type = &exc_NotADirectoryError;
            break;
        case ETIMEDOUT:
            type = &exc_TimeoutError;
            break;
        case EAGAIN:
        case EALREADY:
        case EINPROGRESS:
            type = &exc_BlockingIOError;
            break;
        case ECHILD:
            type = &exc_ChildProcessError;
            break;
        case EPIPE:
        case ESHUTDOWN:
            type = &exc_BrokenPipeError;
            break;
        case ECONNABORTED:
            type = &exc_ConnectionAbortedError;
            break;
        case ECONNREFUSED:
            type = &exc_ConnectionRefusedError;
            break;
        case ECONNRESET:
            type = &exc_ConnectionResetError;
            break;
        case EINTR:
            type = &exc_InterruptedError;
            break;
        case ESRCH:
            type = &exc_ProcessLookupError;
            break;
        default:
            break;
        }
    }
    Obj *e = base_new(vm, type, args, nargs, kwnames);
    if (e != NULL && oserror_parse_args(vm, e) < 0) {
        obj_decref(e);
        return NULL;
    }
    return e;
}

// ImportError(*args, name=None, path=None), AttributeError(*args,
// name=None, obj=None), NameError(*args, name=None): keyword-only
// attributes kept in the attribute table, each set or (when not given)
// removed by every __init__, as CPython's own initialisers do.
static const char *const importerror_kw[] = {"name", "path", NULL};
static const char *const attributeerror_kw[] = {"name", "obj", NULL};
static const char *const nameerror_kw[] = {"name", NULL};

static const char *const *keyword_attrs(Obj *self) {
    if (obj_is_instance(self, &exc_ImportError)) {
        return importerror_kw;
    }
    return obj_is_instance(self, &exc_AttributeError) ? attributeerror_kw : nameerror_kw;
}

// Stores attribute `name`, or removes it when `value` is NULL: an
// attribute that was not given is absent (it reads as None), so that
// None given explicitly stays told apart, as CPython's NULL and None.
static int put_attr(Vm *vm, Obj *self, const char *name, Obj *value) {
    if (value != NULL) {
        return set_attr(vm, self, name, value);
    }
    Obj *key = str_intern_cstr(vm, name);
    if (key == NULL) {
        return -1;
    }
    return dicttable_del(vm, &as_exc(self)->attrs, key) < 0 ? -1 : 0;
}

static int kwattrs_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *const *names = keyword_attrs(self);
    size_t nkw = kwnames != NULL ? tuple_len(kwnames) : 0;
    Obj *given[2] = {NULL, NULL};
    for (size_t i = 0; i < nkw; i++) {
        Obj *key = tuple_get_borrow(kwnames, i);
        size_t k = 0;
        while (names[k] != NULL && !str_equal_cstr(key, names[k])) {
            k++;
        }
        if (names[k] == NULL) {
            err_raise(vm, &exc_TypeError, "'%S' is an invalid keyword argument for %s()", key,
                      obj_type(self)->name);
            return -1;
        }
        given[k] = args[nargs + i];
    }
    if (base_init(vm, self, args, nargs, NULL) < 0) {
        return -1;
    }
    for (size_t k = 0; names[k] != NULL; k++) {
        if (put_attr(vm, self, names[k], given[k]) < 0) {
            return -1;
        }
    }
    if (names == importerror_kw) {
        return put_attr(vm, self, "msg", nargs == 1 ? args[0] : NULL);
    }
    return 0;
}

// An ImportError's str is its msg when that is a str.
static Obj *importerror_str(Vm *vm, Obj *self) {
    Obj *msg = get_attr(vm, self, "msg");
    if (msg != NULL && obj_type(msg) == &str_type) {
        return obj_newref(msg);
    }
    return base_str(vm, self);
}

BORROWED Obj *exc_get_attr(Vm *vm, Obj *exc, const char *attr) {
    return get_attr(vm, exc, attr);
}

// The pending exception is taken out while its attributes are stored, so
// that a MemoryError on the way cannot replace (and free) it; that error
// is dropped and the original goes back.
void exc_note_attribute_error(Vm *vm, Obj *obj, Obj *name) {
    if (vm->exc == NULL || !obj_is_instance(vm->exc, &exc_AttributeError)) {
        return;
    }
    Obj *e = err_fetch(vm);
    // An error that already names its attribute or object (raised by a
    // __getattr__ with name=..., or noted by an inner lookup) keeps them.
    if (get_attr(vm, e, "name") == NULL && get_attr(vm, e, "obj") == NULL &&
        (set_attr(vm, e, "name", name) < 0 || set_attr(vm, e, "obj", obj) < 0)) {
        err_clear(vm);
    }
    err_restore(vm, e);
}

void exc_note_name_error(Vm *vm, Obj *name, Obj *code_varnames, Obj *globals, Obj *builtins) {
    if (vm->exc == NULL || obj_type(vm->exc) != &exc_NameError) {
        return;
    }
    Obj *e = err_fetch(vm);
    if (get_attr(vm, e, "name") == NULL && set_attr(vm, e, "name", name) < 0) {
        err_clear(vm);
    }
    Obj *parts[3] = {code_varnames, globals, builtins};
    Obj *scope = tuple_pack(vm, 3, parts);
    if (scope == NULL) {
        err_clear(vm);
    } else {
        obj_xdecref(as_exc(e)->scope);
        as_exc(e)->scope = scope;
    }
    err_restore(vm, e);
}

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])):
// the parts become attributes, as CPython's SyntaxError.__init__ does.
// With `strict` false a malformed location is ignored instead of raising.
static int syntax_set_attrs(Vm *vm, Obj *self, Obj *const *args, size_t nargs, bool strict) {
    static const char *const names[] = {"filename", "lineno",     "offset",
                                        "text",     "end_lineno", "end_offset"};
    Obj *info = nargs == 2 && tuple_check(args[1]) ? args[1] : NULL;
    if (strict && nargs == 2 && info == NULL) {
        err_raise(vm, &exc_TypeError, "tuple expected");
        return -1;
    }
    if (info != NULL && (tuple_len(info) < 4 || tuple_len(info) > 6)) {
        if (strict) {
            err_raise(vm, &exc_IndexError, "tuple index out of range");
            return -1;
        }
        info = NULL;
    }
    if (set_attr(vm, self, "msg", nargs >= 1 ? args[0] : OBJ_NONE) < 0) {
        return -1;
    }
    for (size_t i = 0; i < 6; i++) {
        Obj *v = info != NULL && i < tuple_len(info) ? tuple_get_borrow(info, i) : OBJ_NONE;
        if (set_attr(vm, self, names[i], v) < 0) {
            return -1;
        }
    }
    return 0;
}

static int syntax_init(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (base_init(vm, self, args, nargs, kwnames) < 0) {
        return -1;
    }
    return syntax_set_attrs(vm, self, args, nargs, true);
}

// Built-in construction (err_raise, exc_new) skips __init__: the attributes
// get their values here too, so that e.msg and e.lineno always exist.
static Obj *syntax_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *o = base_new(vm, type, args, nargs, kwnames);
    if (o != NULL && syntax_set_attrs(vm, o, args, nargs, false) < 0) {
        obj_decref(o);
        return NULL;
    }
    return o;
}

// "msg (file.py, line 3)", as CPython's SyntaxError.__str__.
static Obj *syntax_str(Vm *vm, Obj *self) {
    Obj *msg = get_attr(vm, self, "msg");
    Obj *filename = get_attr(vm, self, "filename");
    Obj *lineno = get_attr(vm, self, "lineno");
    if (msg == NULL || msg == OBJ_NONE) {
        return base_str(vm, self);
    }
    bool has_file = filename != NULL && str_check(filename);
    bool has_line =
        lineno != NULL && int_check(lineno) && lineno != OBJ_TRUE && lineno != OBJ_FALSE;
    if (has_file) {
        const char *f = str_cstr(filename), *slash = strrchr(f, '/');
        const char *base = slash != NULL ? slash + 1 : f;
        if (has_line) {
            return str_from_fmt(vm, "%S (%s, line %S)", msg, base, lineno);
        }
        return str_from_fmt(vm, "%S (%s)", msg, base);
    }
    if (has_line) {
        return str_from_fmt(vm, "%S (line %S)", msg, lineno);
    }
    return obj_str(vm, msg);
}

// ---------------------------------------------------------------------------
// Attributes: args, __traceback__, __cause__, __context__,
// __suppress_context__, and the per-type ones.
// ---------------------------------------------------------------------------


static Obj *get_args(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(exc_args(self));
}

static int set_args(Vm *vm, Obj *self, Obj *value) {
    if (value == NULL) {
        err_raise(vm, &exc_TypeError, "args may not be deleted");
        return -1;
    }
    Obj *t = tuple_from_iterable(vm, value);
    if (t == NULL) {
        return -1;
    }
    Obj *old = as_exc(self)->args;
    as_exc(self)->args = t;
    obj_xdecref(old);
    return 0;
}

static Obj *get_traceback(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return none_or(as_exc(self)->traceback);
}

// Stores `value` (None meaning NULL) in the optional reference `slot` of
// attribute `name`; `is_valid` says whether a non-None `value` has the type
// the attribute takes, `bad_type` is the TypeError message otherwise.
static int set_optional(Vm *vm, Obj **slot, Obj *value, const char *name, bool is_valid,
                        const char *bad_type) {
    if (value == NULL) {
        err_raise(vm, &exc_TypeError, "%s may not be deleted", name);
        return -1;
    }
    if (value != OBJ_NONE && !is_valid) {
        err_raise(vm, &exc_TypeError, "%s", bad_type);
        return -1;
    }
    obj_replace(slot, value == OBJ_NONE ? NULL : value);
    return 0;
}

static int set_traceback(Vm *vm, Obj *self, Obj *value) {
    return set_optional(vm, &as_exc(self)->traceback, value, "__traceback__",
                        value != NULL && obj_type(value) == &traceback_type,
                        "__traceback__ must be a traceback or None");
}

static Obj *get_cause(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return none_or(as_exc(self)->cause);
}

static bool is_exception(Obj *o) {
    return obj_is_instance(o, &exc_BaseException);
}

static int set_cause(Vm *vm, Obj *self, Obj *value) {
    if (set_optional(vm, &as_exc(self)->cause, value, "__cause__",
                     value != NULL && is_exception(value),
                     "exception cause must be None or derive from BaseException") < 0) {
        return -1;
    }
    as_exc(self)->suppress_context = true;
    return 0;
}

static Obj *get_context(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return none_or(as_exc(self)->context);
}

static int set_context(Vm *vm, Obj *self, Obj *value) {
    return set_optional(vm, &as_exc(self)->context, value, "__context__",
                        value != NULL && is_exception(value),
                        "exception context must be None or derive from BaseException");
}

static Obj *get_suppress(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_bool(as_exc(self)->suppress_context);
}

static int set_suppress(Vm *vm, Obj *self, Obj *value) {
    if (value == NULL) {
        err_raise(vm, &exc_TypeError, "__suppress_context__ may not be deleted");
        return -1;
    }
    int t = obj_is_true(vm, value);
    if (t < 0) {
        return -1;
    }
    as_exc(self)->suppress_context = t != 0;
    return 0;
}

static const GetSetDef base_getset[] = {
    {"__dict__", obj_dict_get, obj_dict_set},
    {"args", get_args, set_args},
    {"__traceback__", get_traceback, set_traceback},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, set_suppress},
    {NULL, NULL, NULL},
};

// StopIteration.value: the first argument, or None.
static Obj *get_value(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    Obj *args = exc_args(self);
    return none_or(tuple_len(args) > 0 ? tuple_get_borrow(args, 0) : NULL);
}

// SystemExit.code: None, the single argument, or the args tuple.
static Obj *get_code(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    Obj *args = exc_args(self);
    if (tuple_len(args) == 0) {
        return obj_newref(OBJ_NONE);
    }
    return obj_newref(tuple_len(args) == 1 ? tuple_get_borrow(args, 0) : args);
}

// Attributes kept in the exception's table, None when absent, writable:
// OSError's errno, strerror, filename and filename2 (set from the
// constructor's arguments) and the keyword attributes of ImportError,
// AttributeError and NameError.
#define TABLE_ATTR(name)                                                                           \
    static Obj *get_##name(Vm *vm, Obj *self) {                                                  \
        return none_or(get_attr(vm, self, #name));                                                 \
    }                                                                                              \
    static int set_##name(Vm *vm, Obj *self, Obj *value) {                                       \
        return set_attr(vm, self, #name, value != NULL ? value : OBJ_NONE);                       \
    }
TABLE_ATTR(errno)
TABLE_ATTR(strerror)
TABLE_ATTR(filename)
TABLE_ATTR(filename2)
TABLE_ATTR(name)
TABLE_ATTR(path)
TABLE_ATTR(msg)
TABLE_ATTR(obj)
#undef TABLE_ATTR

static const GetSetDef importerror_getset[] = {
    {"name", get_name, set_name},
    {"path", get_path, set_path},
    {"msg", get_msg, set_msg},
    {NULL, NULL, NULL},
};
static const GetSetDef attributeerror_getset[] = {
    {"name", get_name, set_name},
    {"obj", get_obj, set_obj},
    {NULL, NULL, NULL},
};
static const GetSetDef nameerror_getset[] = {
    {"name", get_name, set_name},
    {NULL, NULL, NULL},
};
static const GetSetDef stopiter_getset[] = {{"value", get_value, NULL}, {NULL, NULL, NULL}};
static const GetSetDef sysexit_getset[] = {{"code", get_code, NULL}, {NULL, NULL, NULL}};
static const GetSetDef oserror_getset[] = {
    {"errno", get_errno, set_errno},
    {"strerror", get_strerror, set_strerror},
    {"filename", get_filename, set_filename},
    {"filename2", get_filename2, set_filename2},
    {NULL, NULL, NULL},
};

// e.with_traceback(tb): sets __traceback__ and returns e.
static Obj *exc_py_with_traceback(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "with_traceback() takes no keyword arguments");
    }
    if (nargs != 1) {
        return err_raise(vm, &exc_TypeError,
                         "BaseException.with_traceback() takes exactly one argument (%zu given)",
                         nargs);
    }
    if (set_traceback(vm, self, args[0]) < 0) {
        return NULL;
    }
    return obj_newref(self);
}

static const MethodDef base_methods[] = {
    {"__reduce__", excs_py_reduce, METH_DEFAULT, "Helper for pickle."},
    {"__setstate__", excs_py_setstate, METH_DEFAULT, "Helper for pickle."},
    {"with_traceback", exc_py_with_traceback, METH_DEFAULT,
     "Set self.__traceback__ to tb and return self."},
    {"add_note", excs_py_add_note, METH_DEFAULT,
     "Add a note to the exception"},
    {NULL, NULL, 0, NULL},
};

// ---------------------------------------------------------------------------
// The static types. Every exception type gets the full set of slots, so
// that nothing depends on inheritance order; type_ready fills the rest.
// ---------------------------------------------------------------------------
// BaseException's base is `object`: `exc_##base_` pastes to exc_object.
#define exc_object object_type
#define EXC_DEFINE(name_, base_)                                                                   \
    TypeObj exc_##name_ = {                                                                        \
        .head = OBJ_HEAD_INIT(&type_type),                                                         \
        .name = #name_,                                                                            \
        .basicsize = sizeof(ExcObj),                                                               \
        .flags = TYPE_FLAG_GC | TYPE_FLAG_BASETYPE | TYPE_FLAG_EXC_SUBCLASS,                       \
        .base = &exc_##base_,                                                                      \
        .dealloc = exc_dealloc,                                                                    \
        .traverse = exc_traverse,                                                                  \
        .clear = exc_clear,                                                                        \
        .repr = base_repr,                                                                         \
        .str = base_str,                                                                           \
        .getattr = obj_generic_getattr,                                                            \
        .setattr = obj_generic_setattr,                                                            \
        .new_ = base_new,                                                                          \
        .init = base_init,                                                                         \
        .sizeof_ = exc_sizeof,                                                                     \
        .dictoffset = offsetof(ExcObj, attrs),                                                     \
    };
EXC_TYPES(EXC_DEFINE)
#undef EXC_DEFINE
#undef exc_object

int exc_init_types(Vm *vm, Obj *builtins) {
    exc_BaseException.methods = base_methods;
    exc_BaseException.getset = base_getset;
    exc_StopIteration.getset = stopiter_getset;
    exc_SystemExit.getset = sysexit_getset;
    exc_OSError.getset = oserror_getset;
    TypeObj *oserrors[] = {&exc_OSError,        &exc_FileNotFoundError, &exc_PermissionError,
                           &exc_IsADirectoryError, &exc_FileExistsError,  &exc_NotADirectoryError,
                           &exc_TimeoutError,     &exc_BlockingIOError,  &exc_ChildProcessError,
                           &exc_ConnectionError,  &exc_BrokenPipeError,  &exc_ConnectionAbortedError,
                           &exc_ConnectionRefusedError, &exc_ConnectionResetError,
                           &exc_InterruptedError, &exc_ProcessLookupError};
    for (size_t i = 0; i < sizeof oserrors / sizeof oserrors[0]; i++) {
        oserrors[i]->str = oserror_str;
        oserrors[i]->new_ = oserror_new;
        oserrors[i]->init = oserror_init;
    }
    exc_KeyError.str = keyerror_str;
    exc_ImportError.getset = importerror_getset;
    exc_AttributeError.getset = attributeerror_getset;
    exc_NameError.getset = nameerror_getset;
    TypeObj *keyworded[] = {&exc_ImportError, &exc_ModuleNotFoundError, &exc_AttributeError,
                            &exc_NameError, &exc_UnboundLocalError};
    for (size_t i = 0; i < sizeof keyworded / sizeof keyworded[0]; i++) {
        keyworded[i]->init = kwattrs_init;
    }
    exc_ImportError.str = importerror_str;
    exc_ModuleNotFoundError.str = importerror_str;
    excu_setup_types();
    TypeObj *syntax[] = {&exc_SyntaxError, &exc_IndentationError, &exc_TabError};
    for (size_t i = 0; i < sizeof syntax / sizeof syntax[0]; i++) {
        syntax[i]->new_ = syntax_new;
        syntax[i]->init = syntax_init;
        syntax[i]->str = syntax_str;
    }
#define EXC_READY(name_, base_)                                                                    \
    if (type_ready(vm, &exc_##name_) < 0 ||                                                        \
        dict_set_cstr(vm, builtins, #name_, (Obj *)&exc_##name_) < 0) {                            \
        return -1;                                                                                 \
    }
    EXC_TYPES(EXC_READY)
#undef EXC_READY
    // CPython's aliases of OSError.
    if (dict_set_cstr(vm, builtins, "EnvironmentError", (Obj *)&exc_OSError) < 0 ||
        dict_set_cstr(vm, builtins, "IOError", (Obj *)&exc_OSError) < 0) {
        return -1;
    }
    return 0;
}

// ---------------------------------------------------------------------------
// The pending-exception API.
// ---------------------------------------------------------------------------

// Chains `handled` as the __context__ of `exc`, first cutting any path from
// `handled`'s own context chain back to `exc` so that the chain stays a
// list, never a loop (CPython's _PyErr_SetObject). The walk uses Floyd's
// tortoise and hare in case a user already built a loop by hand.
static void chain_context(Obj *exc, Obj *handled) {
    Obj *o = handled, *slow = handled;
    bool slow_step = false;
    while (o != NULL) {
        Obj *ctx = as_exc(o)->context;
        if (ctx == NULL) {
            break;
        }
        if (ctx == exc) {
            as_exc(o)->context = NULL;
            obj_decref(ctx);
            break;
        }
        o = ctx;
        if (slow_step) {
            slow = as_exc(slow)->context;
        }
        slow_step = !slow_step;
        if (o == slow) {
            break; // a pre-existing loop not involving `exc`
        }
    }
    obj_replace(&as_exc(exc)->context, handled);
}

void err_restore(Vm *vm, Obj *exc) {
    Obj *old = vm->exc;
    vm->exc = exc;
    obj_xdecref(old);
}

void err_set(Vm *vm, Obj *exc) {
    obj_incref(exc);
    Obj *handled = vm->handled_exc;
    if (handled != NULL && handled != exc && handled != OBJ_NONE && is_exception(exc)) {
        chain_context(exc, handled);
    }
    err_restore(vm, exc);
}

// Raises a new `type` instance whose args are `args` (a tuple, consumed;
// NULL means its creation failed and that error is already pending).
static Obj *raise_args_steal(Vm *vm, TypeObj *type, Obj *args) {
    if (args == NULL) {
        return NULL;
    }
    Obj *exc = exc_new(vm, type, args);
    obj_decref(args);
    if (exc != NULL) {
        err_set(vm, exc);
        obj_decref(exc);
    }
    return NULL;
}

Obj *err_raise(Vm *vm, TypeObj *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Obj *msg = str_from_vfmt(vm, fmt, ap);
    va_end(ap);
    if (msg == NULL) {
        return NULL; // the formatting error is pending instead
    }
    Obj *args = tuple_pack1(vm, msg);
    obj_decref(msg);
    return raise_args_steal(vm, type, args);
}

Obj *err_raise_obj(Vm *vm, TypeObj *type, Obj *value) {
    return raise_args_steal(vm, type,
                            value != NULL ? tuple_pack1(vm, value) : obj_newref(tuple_empty));
}

Obj *err_nomemory(Vm *vm) {
    Obj *exc = vm->memory_error;
    if (exc == NULL) {
        err_restore(vm, NULL);
        return NULL; // too early in start-up: nothing can be raised
    }
    // The pre-allocated instance is raised again and again: drop the
    // traceback and chain of its previous use (without allocating).
    ExcObj *e = as_exc(exc);
    Obj *tb = e->traceback, *ctx = e->context, *cause = e->cause;
    e->traceback = e->context = e->cause = NULL;
    e->suppress_context = false;
    obj_incref(exc);
    err_restore(vm, exc);
    obj_xdecref(tb);
    obj_xdecref(ctx);
    obj_xdecref(cause);
    return NULL;
}

bool err_matches(Vm *vm, TypeObj *type) {
    return vm->exc != NULL && obj_is_instance(vm->exc, type);
}

Obj *err_fetch(Vm *vm) {
    Obj *exc = vm->exc;
    vm->exc = NULL;
    return exc;
}

void err_clear(Vm *vm) {
    err_restore(vm, NULL);
}

static bool is_exc_class(Obj *o) {
    return obj_is_instance(o, &type_type) && type_is_subtype((TypeObj *)o, &exc_BaseException);
}

int err_given_matches(Vm *vm, Obj *exc, Obj *spec) {
    if (tuple_check(spec)) {
        int found = 0;
        for (size_t i = 0; i < tuple_len(spec); i++) {
            int rc = err_given_matches(vm, exc, tuple_get_borrow(spec, i));
            if (rc < 0) {
                return -1;
            }
            found |= rc;
        }
        return found;
    }
    if (!is_exc_class(spec)) {
        err_raise(vm, &exc_TypeError,
                  "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    TypeObj *t = obj_is_instance(exc, &type_type) ? (TypeObj *)exc : obj_type(exc);
    return type_is_subtype(t, (TypeObj *)spec) ? 1 : 0;
}

Obj *exc_new(Vm *vm, TypeObj *type, Obj *args) {
    if (!(type->flags & TYPE_FLAG_HEAPTYPE)) {
        if (type->new_ == syntax_new) {
            return syntax_new(vm, type, ((TupleObj *)args)->items, tuple_len(args), NULL);
        }
        return exc_alloc(vm, type, args);
    }
    // A user class may define __init__ / __new__: call it like Python does.
    return obj_call(vm, (Obj *)type, ((TupleObj *)args)->items, tuple_len(args), NULL);
}

Obj *exc_message(Vm *vm, Obj *exc) {
    return obj_str(vm, exc);
}

void err_write_unraisable(Vm *vm, Obj *where) {
    Obj *exc = err_fetch(vm);
    if (exc == NULL) {
        return;
    }
    fflush(stdout);
    if (where != NULL) {
        Obj *r = obj_repr(vm, where);
        if (r != NULL) {
            fprintf(stderr, "Exception ignored in: %s\n", str_cstr(r));
            obj_decref(r);
        } else {
            err_clear(vm);
            fprintf(stderr, "Exception ignored in: <object repr() failed>\n");
        }
    }
    traceback_write_exception(vm, exc, stderr, TB_CHAIN);
    fflush(stderr);
    err_clear(vm);
    obj_decref(exc);
}

// The OSError subclass for `code` comes from oserror_new (through the
// type's call), so FileNotFoundError and friends are picked as CPython does.
Obj *err_raise_errno(Vm *vm, int code, Obj *filename, Obj *filename2) {
    Obj *argv[5] = {int_from_i64(vm, code), str_from_cstr(vm, strerror(code)),
                    filename != NULL ? filename : OBJ_NONE, OBJ_NONE, filename2};
    size_t n = filename2 != NULL ? 5 : filename != NULL ? 3 : 2;
    Obj *exc = NULL;
    if (argv[0] != NULL && argv[1] != NULL) {
        exc = obj_call(vm, (Obj *)&exc_OSError, argv, n, NULL);
    }
    obj_xdecref(argv[0]);
    obj_xdecref(argv[1]);
    if (exc != NULL) {
        err_set(vm, exc);
        obj_decref(exc);
    }
    return NULL;
}
