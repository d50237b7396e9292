/* vm_ops.c: opcode helpers that are too long or too rare for the dispatch
 * loop (see vm_ops.h). Each one follows the stack picture of its opcode in
 * compile/opcodes.def and CPython 3.11's error messages. */
#include "vm_ops.h"

#include <stdio.h>
#include <string.h>

#include "../compile/code.h"
#include "../memory/mem.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/list.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "call.h"
#include "func.h"
#include "gen.h"

// --- Unpacking ---------------------------------------------------------------

static int unpack_error_type(Vm *vm, Obj *seq) {
    if (err_matches(vm, &exc_TypeError) && obj_type(seq)->iter == NULL &&
        obj_type(seq)->getitem == NULL) {
        err_clear(vm);
        err_raise(vm, &exc_TypeError, "cannot unpack non-iterable %s object", obj_type_name(seq));
    }
    return -1;
}

int ops_unpack(Vm *vm, Obj *seq, size_t n, Obj **out) {
    TypeObj *tp = obj_type(seq);
    if (tp == &tuple_type || tp == &list_type) {
        size_t len = tp == &tuple_type ? tuple_len(seq) : list_len(seq);
        Obj *const *items = tp == &tuple_type ? ((TupleObj *)seq)->items : ((ListObj *)seq)->items;
        if (len != n) {
            if (len > n) {
                err_raise(vm, &exc_ValueError, "too many values to unpack (expected %zu)", n);
            } else {
                err_raise(vm, &exc_ValueError,
                          "not enough values to unpack (expected %zu, got %zu)", n, len);
            }
            return -1;
        }
        for (size_t i = 0; i < n; i++) {
            out[n - 1 - i] = obj_newref(items[i]);
        }
        return 0;
    }
    Obj *it = obj_iter(vm, seq);
    if (it == NULL) {
        return unpack_error_type(vm, seq);
    }
    size_t got = 0;
    for (; got < n; got++) {
        Obj *v = obj_next(vm, it);
        if (v == NULL) {
            if (!err_occurred(vm)) {
                err_raise(vm, &exc_ValueError,
                          "not enough values to unpack (expected %zu, got %zu)", n, got);
            }
            goto fail;
        }
        out[n - 1 - got] = v;
    }
    Obj *extra = obj_next(vm, it);
    if (extra != NULL) {
        obj_decref(extra);
        err_raise(vm, &exc_ValueError, "too many values to unpack (expected %zu)", n);
        goto fail;
    }
    if (err_occurred(vm)) {
        goto fail;
    }
    obj_decref(it);
    return 0;
fail:
    for (size_t i = 0; i < got; i++) {
        Obj *v = out[n - 1 - i];
        out[n - 1 - i] = NULL;
        obj_decref(v);
    }
    obj_decref(it);
    return -1;
}

int ops_unpack_ex(Vm *vm, Obj *seq, size_t before, size_t after, Obj **out) {
    size_t total = before + 1 + after;
    Obj *it = obj_iter(vm, seq);
    if (it == NULL) {
        return unpack_error_type(vm, seq);
    }
    size_t got = 0;
    Obj *rest = NULL;
    for (; got < before; got++) {
        Obj *v = obj_next(vm, it);
        if (v == NULL) {
            if (!err_occurred(vm)) {
                err_raise(vm, &exc_ValueError,
                          "not enough values to unpack (expected at least %zu, got %zu)",
                          before + after, got);
            }
            goto fail;
        }
        out[total - 1 - got] = v;
    }
    rest = list_from_iterable(vm, it);
    if (rest == NULL) {
        goto fail;
    }
    size_t nrest = list_len(rest);
    if (nrest < after) {
        err_raise(vm, &exc_ValueError,
                  "not enough values to unpack (expected at least %zu, got %zu)", before + after,
                  before + nrest);
        goto fail;
    }
    // The last `after` items of the list move to their own slots.
    for (size_t i = 0; i < after; i++) {
        out[after - 1 - i] = obj_newref(list_get_borrow(rest, nrest - after + i));
    }
    for (size_t i = 0; i < after; i++) {
        Obj *v = ((ListObj *)rest)->items[--((ListObj *)rest)->len];
        obj_decref(v);
    }
    out[after] = rest;
    obj_decref(it);
    return 0;
fail:
    for (size_t i = 0; i < got; i++) {
        obj_decref(out[total - 1 - i]);
        out[total - 1 - i] = NULL;
    }
    obj_xdecref(rest);
    obj_decref(it);
    return -1;
}

// --- raise -------------------------------------------------------------------

static bool is_exc_class(Obj *o) {
    return obj_is_instance(o, &type_type) && type_is_subtype((TypeObj *)o, &exc_BaseException);
}

// An exception instance from a class (called with no arguments) or an
// instance; NULL with TypeError pending otherwise. `what` selects the
// message for a cause.
static Obj *make_exception(Vm *vm, Obj *o, bool is_cause) {
    if (is_exc_class(o)) {
        Obj *inst = obj_call0(vm, o);
        if (inst == NULL) {
            return NULL;
        }
        if (!obj_is_instance(inst, &exc_BaseException)) {
            err_raise(vm, &exc_TypeError,
                      "calling %R should have returned an instance of BaseException, not %s", o,
                      obj_type_name(inst));
            obj_decref(inst);
            return NULL;
        }
        return inst;
    }
    if (obj_is_instance(o, &exc_BaseException)) {
        return obj_newref(o);
    }
    return err_raise(vm, &exc_TypeError,
                     is_cause ? "exception causes must derive from BaseException"
                              : "exceptions must derive from BaseException");
}

int ops_raise(Vm *vm, Obj *exc, Obj *cause) {
    Obj *inst = make_exception(vm, exc, false);
    if (inst == NULL) {
        return -1;
    }
    if (cause != NULL) {
        Obj *c = NULL;
        if (cause != OBJ_NONE) {
            c = make_exception(vm, cause, true);
            if (c == NULL) {
                obj_decref(inst);
                return -1;
            }
        }
        ExcObj *e = (ExcObj *)inst;
        Obj *old = e->cause;
        e->cause = c;
        e->suppress_context = true;
        obj_xdecref(old);
    }
    err_set(vm, inst);
    obj_decref(inst);
    return -1;
}

// --- f-strings -----------------------------------------------------------------

NEWREF Obj *ops_ascii(Vm *vm, Obj *o) {
    Obj *r = obj_repr(vm, o);
    if (r == NULL || ((StrObj *)r)->is_ascii) {
        return r;
    }
    StrBuf b;
    strbuf_init(&b);
    const unsigned char *s = (const unsigned char *)str_cstr(r);
    size_t n = str_size(r);
    for (size_t i = 0; i < n;) {
        if (s[i] < 0x80) {
            if (strbuf_append_char(&b, (char)s[i]) < 0) {
                goto fail;
            }
            i++;
            continue;
        }
        // Decode one UTF-8 sequence (the str is valid UTF-8).
        uint32_t cp;
        int len;
        if (s[i] >= 0xF0) {
            cp = s[i] & 0x07u;
            len = 4;
        } else if (s[i] >= 0xE0) {
            cp = s[i] & 0x0Fu;
            len = 3;
        } else {
            cp = s[i] & 0x1Fu;
            len = 2;
        }
        for (int k = 1; k < len && i + (size_t)k < n; k++) {
            cp = (cp << 6) | (s[i + (size_t)k] & 0x3Fu);
        }
        i += (size_t)len;
        char esc[16];
        if (cp <= 0xFF) {
            snprintf(esc, sizeof esc, "\\x%02x", (unsigned)cp);
        } else if (cp <= 0xFFFF) {
            snprintf(esc, sizeof esc, "\\u%04x", (unsigned)cp);
        } else {
            snprintf(esc, sizeof esc, "\\U%08x", (unsigned)cp);
        }
        if (strbuf_append_cstr(&b, esc) < 0) {
            goto fail;
        }
    }
    obj_decref(r);
    return strbuf_finish(vm, &b);
fail:
    strbuf_free(&b);
    obj_decref(r);
    return NULL;
}

NEWREF Obj *ops_format_value(Vm *vm, Obj *value, int conv, Obj *spec) {
    Obj *v = NULL;
    switch (conv) {
        case 1:
            v = obj_str(vm, value);
            break;
        case 2:
            v = obj_repr(vm, value);
            break;
        case 3:
            v = ops_ascii(vm, value);
            break;
        default:
            v = obj_newref(value);
            break;
    }
    if (v == NULL) {
        return NULL;
    }
    if ((spec == NULL || str_size(spec) == 0) && obj_type(v) == &str_type) {
        return v;
    }
    if (spec == NULL && OBJ_IS_SMALLINT(v)) {
        Obj *r = obj_str(vm, v);
        obj_decref(v);
        return r;
    }
    Obj *r = str_format_value(vm, v, spec != NULL ? spec : vm->id.empty);
    obj_decref(v);
    return r;
}

NEWREF Obj *ops_build_string(Vm *vm, Obj *const *items, size_t n) {
    if (n == 1 && obj_type(items[0]) == &str_type) {
        return obj_newref(items[0]);
    }
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (strbuf_append_str(&b, items[i]) < 0) {
            strbuf_free(&b);
            return NULL;
        }
    }
    return strbuf_finish(vm, &b);
}

// --- with ----------------------------------------------------------------------

// `attr` (found on the type) bound to `self` through the descriptor protocol.
static Obj *bind_special(Vm *vm, Obj *attr, Obj *self) {
    TypeObj *tp = obj_type(attr);
    if (tp->descr_get != NULL) {
        return tp->descr_get(vm, attr, self, (Obj *)obj_type(self));
    }
    return obj_newref(attr);
}

NEWREF Obj *ops_before_with(Vm *vm, Obj *mgr, bool is_async, Obj **exit_out) {
    Obj *enter_name = str_intern_cstr(vm, is_async ? "__aenter__" : "__enter__");
    Obj *exit_name = str_intern_cstr(vm, is_async ? "__aexit__" : "__exit__");
    const char *kind = is_async ? "asynchronous " : "";
    if (enter_name == NULL || exit_name == NULL) {
        return NULL;
    }
    Obj *enter = type_lookup(vm, obj_type(mgr), enter_name);
    if (enter == NULL) {
        if (!err_occurred(vm)) {
            err_raise(vm, &exc_TypeError,
                      "'%s' object does not support the %scontext manager protocol",
                      obj_type_name(mgr), kind);
        }
        return NULL;
    }
    Obj *exit = type_lookup(vm, obj_type(mgr), exit_name);
    if (exit == NULL) {
        if (!err_occurred(vm)) {
            err_raise(vm, &exc_TypeError,
                      "'%s' object does not support the %scontext manager protocol (missed "
                      "%s method)",
                      obj_type_name(mgr), kind, is_async ? "__aexit__" : "__exit__");
        }
        return NULL;
    }
    obj_incref(enter);
    Obj *bound_exit = bind_special(vm, exit, mgr);
    if (bound_exit == NULL) {
        obj_decref(enter);
        return NULL;
    }
    Obj *bound_enter = bind_special(vm, enter, mgr);
    obj_decref(enter);
    if (bound_enter == NULL) {
        obj_decref(bound_exit);
        return NULL;
    }
    Obj *res = obj_call0(vm, bound_enter);
    obj_decref(bound_enter);
    if (res == NULL) {
        obj_decref(bound_exit);
        return NULL;
    }
    *exit_out = bound_exit;
    return res;
}

NEWREF Obj *ops_with_except(Vm *vm, Obj *exit, Obj *exc) {
    Obj *args[3];
    args[0] = (Obj *)obj_type(exc);
    args[1] = exc;
    Obj *tb = obj_is_instance(exc, &exc_BaseException) ? ((ExcObj *)exc)->traceback : NULL;
    args[2] = tb != NULL ? tb : OBJ_NONE;
    return obj_call(vm, exit, args, 3, NULL);
}

// --- Functions and calls ---------------------------------------------------------

// Annotations arrive as a tuple of alternating names and values, or of
// (name, value) pairs; either way they become the function's dict.
static Obj *annotations_dict(Vm *vm, Obj *ann) {
    if (dict_check(ann)) {
        return obj_newref(ann);
    }
    Obj *d = dict_new(vm);
    if (d == NULL || !tuple_check(ann)) {
        return d;
    }
    size_t n = tuple_len(ann);
    bool pairs =
        n > 0 && tuple_check(tuple_get_borrow(ann, 0)) && tuple_len(tuple_get_borrow(ann, 0)) == 2;
    for (size_t i = 0; i < n; i += pairs ? 1 : 2) {
        Obj *k, *v;
        if (pairs) {
            k = tuple_get_borrow(tuple_get_borrow(ann, i), 0);
            v = tuple_get_borrow(tuple_get_borrow(ann, i), 1);
        } else {
            if (i + 1 >= n) {
                break;
            }
            k = tuple_get_borrow(ann, i);
            v = tuple_get_borrow(ann, i + 1);
        }
        if (dict_set(vm, d, k, v) < 0) {
            obj_decref(d);
            return NULL;
        }
    }
    return d;
}

// globals['__name__'] (borrowed; None when absent) for a new function,
// remembered in the MAKE_FUNCTION instruction's cache `c` (may be NULL)
// while the globals keep their version: a closure made on every call
// would otherwise look it up every time. NULL with an exception pending.
static Obj *function_module(Vm *vm, Obj *globals, InlineCache *c) {
    bool is_dict = obj_type(globals) == &dict_type;
    if (c != NULL && is_dict && c->key == (const void *)globals &&
        c->version == ((DictObj *)globals)->t.version) {
        return (Obj *)c->value;
    }
    Obj *module = dict_get_borrow(vm, globals, vm->id.name);
    if (module == NULL) {
        if (err_occurred(vm)) {
            return NULL;
        }
        module = OBJ_NONE;
    }
    // Dict versions are never reused, so an unchanged version means the
    // dict still holds this value.
    if (c != NULL && is_dict) {
        c->key = globals;
        c->version = ((DictObj *)globals)->t.version;
        c->value = (uintptr_t)module;
    }
    return module;
}

NEWREF Obj *ops_make_function(Vm *vm, Obj *code, Obj *globals, InlineCache *c, Obj *defaults,
                              Obj *kwdefaults, Obj *annotations, Obj *const *cells) {
    Obj *module = function_module(vm, globals, c);
    if (module == NULL) {
        for (size_t i = 0, n = (size_t)((CodeObj *)code)->nfrees; cells != NULL && i < n; i++) {
            obj_decref(cells[i]);
        }
        return NULL;
    }
    Obj *fo = func_new_in(vm, code, globals, module, cells);
    if (fo == NULL) {
        return NULL;
    }
    FuncObj *f = (FuncObj *)fo;
    if (defaults != NULL && defaults != OBJ_NONE) {
        f->defaults = obj_newref(defaults);
    }
    if (kwdefaults != NULL && kwdefaults != OBJ_NONE) {
        f->kwdefaults = obj_newref(kwdefaults);
    }
    if (annotations != NULL && annotations != OBJ_NONE) {
        f->annotations = annotations_dict(vm, annotations);
        if (f->annotations == NULL) {
            obj_decref(fo);
            return NULL;
        }
    }
    return fo;
}

NEWREF Obj *ops_func_str(Vm *vm, Obj *func) {
    Obj *qual = obj_lookup_attr(vm, func, vm->id.qualname);
    if (qual == NULL || !str_check(qual)) {
        obj_xdecref(qual);
        if (err_occurred(vm)) {
            return NULL;
        }
        return str_from_fmt(vm, "%s object", obj_type_name(func));
    }
    Obj *mod = obj_lookup_attr(vm, func, vm->id.module);
    Obj *r;
    if (mod != NULL && str_check(mod) && !str_equal_cstr(mod, "builtins")) {
        r = str_from_fmt(vm, "%S.%S()", mod, qual);
    } else {
        err_clear(vm);
        r = str_from_fmt(vm, "%S()", qual);
    }
    obj_xdecref(mod);
    obj_decref(qual);
    return r;
}

// Raises "`fmt`" with the callee's description as its first %S.
static int raise_with_funcstr(Vm *vm, Obj *func, const char *fmt, Obj *extra) {
    Obj *fs = ops_func_str(vm, func);
    if (fs == NULL) {
        return -1;
    }
    if (extra != NULL) {
        err_raise(vm, &exc_TypeError, fmt, fs, extra);
    } else {
        err_raise(vm, &exc_TypeError, fmt, fs, obj_type_name(extra));
    }
    obj_decref(fs);
    return -1;
}

static bool is_mapping(Obj *o) {
    return dict_check(o) || obj_type(o)->getitem != NULL;
}

// A dict whose items can be copied directly; any other mapping, a dict
// subclass overriding __iter__ included, goes through keys() and [], as in
// CPython's dict_merge.
static bool is_plain_dict(Obj *o) {
    return dict_check(o) && obj_type(o)->iter == dict_type.iter;
}

// Merges a non-dict mapping through keys() and [].
static int merge_mapping(Vm *vm, Obj *dict, Obj *src, Obj *func) {
    Obj *keys = obj_call_method(vm, src, "keys", NULL, 0);
    if (keys == NULL) {
        return -1;
    }
    Obj *it = obj_iter(vm, keys);
    obj_decref(keys);
    if (it == NULL) {
        return -1;
    }
    Obj *k;
    int rc = 0;
    while (rc == 0 && (k = obj_next(vm, it)) != NULL) {
        if (func != NULL) {
            Obj *present = dict_get_borrow(vm, dict, k);
            if (present != NULL) {
                rc = raise_with_funcstr(vm, func,
                                        "%S got multiple values for keyword argument '%S'", k);
                obj_decref(k);
                break;
            }
        }
        Obj *v = obj_getitem(vm, src, k);
        rc = v == NULL ? -1 : dict_set(vm, dict, k, v);
        obj_xdecref(v);
        obj_decref(k);
    }
    if (err_occurred(vm)) {
        rc = -1;
    }
    obj_decref(it);
    return rc;
}

int ops_dict_merge(Vm *vm, Obj *func, Obj *dict, Obj *src) {
    if (is_mapping(src) && !is_plain_dict(src)) {
        if (merge_mapping(vm, dict, src, func) == 0 || !err_matches(vm, &exc_AttributeError)) {
            return err_occurred(vm) ? -1 : 0;
        }
        err_clear(vm);  // no keys(): not a mapping after all
    }
    if (!is_plain_dict(src)) {
        Obj *fs = ops_func_str(vm, func);
        if (fs != NULL) {
            err_raise(vm, &exc_TypeError, "%S argument after ** must be a mapping, not %s", fs,
                      obj_type_name(src));
            obj_decref(fs);
        }
        return -1;
    }
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(src, &pos, &k, &v)) {
        Obj *present = dict_get_borrow(vm, dict, k);
        if (present != NULL) {
            if (!str_check(k)) {
                err_raise(vm, &exc_TypeError, "keywords must be strings");
                return -1;
            }
            return raise_with_funcstr(vm, func, "%S got multiple values for keyword argument '%S'",
                                      k);
        }
        if (err_occurred(vm) || dict_set(vm, dict, k, v) < 0) {
            return -1;
        }
    }
    return 0;
}

int ops_dict_update(Vm *vm, Obj *dict, Obj *src) {
    if (is_plain_dict(src)) {
        return dict_update(vm, dict, src);
    }
    if (is_mapping(src)) {
        if (merge_mapping(vm, dict, src, NULL) == 0 || !err_matches(vm, &exc_AttributeError)) {
            return err_occurred(vm) ? -1 : 0;
        }
        err_clear(vm);  // no keys(): not a mapping after all
    }
    err_raise(vm, &exc_TypeError, "'%s' object is not a mapping", obj_type_name(src));
    return -1;
}

int ops_list_extend(Vm *vm, Obj *list, Obj *src) {
    if (obj_type(src)->iter == NULL && obj_type(src)->getitem == NULL) {
        err_raise(vm, &exc_TypeError, "Value after * must be an iterable, not %s",
                  obj_type_name(src));
        return -1;
    }
    return list_extend(vm, list, src);
}

int ops_set_update(Vm *vm, Obj *set, Obj *src) {
    Obj *it = obj_iter(vm, src);
    if (it == NULL) {
        return -1;
    }
    Obj *item;
    int rc = 0;
    while (rc == 0 && (item = obj_next(vm, it)) != NULL) {
        rc = set_add(vm, set, item);
        obj_decref(item);
    }
    obj_decref(it);
    return rc < 0 || err_occurred(vm) ? -1 : 0;
}

NEWREF Obj *ops_call_args_tuple(Vm *vm, Obj *func, Obj *args) {
    if (obj_type(args) == &tuple_type) {
        return obj_newref(args);
    }
    if (obj_type(args)->iter == NULL && obj_type(args)->getitem == NULL) {
        Obj *fs = ops_func_str(vm, func);
        if (fs != NULL) {
            err_raise(vm, &exc_TypeError, "%S argument after * must be an iterable, not %s", fs,
                      obj_type_name(args));
            obj_decref(fs);
        }
        return NULL;
    }
    return tuple_from_iterable(vm, args);
}

NEWREF Obj *ops_call_kwargs_dict(Vm *vm, Obj *func, Obj *kwargs) {
    if (obj_type(kwargs) == &dict_type) {
        return obj_newref(kwargs);
    }
    Obj *d = dict_new(vm);
    if (d == NULL) {
        return NULL;
    }
    if (ops_dict_merge(vm, func, d, kwargs) < 0) {
        obj_decref(d);
        return NULL;
    }
    return d;
}

// --- REPL and methods -----------------------------------------------------------

int ops_print_expr(Vm *vm, Obj *value) {
    if (value == OBJ_NONE) {
        return 0;
    }
    // CPython binds `_` to None first, so that repr() sees the old value gone.
    if (dict_set_cstr(vm, vm->builtins, "_", OBJ_NONE) < 0) {
        return -1;
    }
    Obj *r = obj_repr(vm, value);
    if (r == NULL) {
        return -1;
    }
    fwrite(str_cstr(r), 1, str_size(r), stdout);
    fputc('\n', stdout);
    obj_decref(r);
    return dict_set_cstr(vm, vm->builtins, "_", value);
}

// An instance attribute of `o` named `name` (borrowed), or NULL (an
// exception pending if a comparison failed). Instances rarely shadow a
// method: an interned name is usually settled by the inline probe.
static inline Obj *shadowing_attr(Vm *vm, Obj *o, Obj *name) {
    DictTable *table = obj_attr_table(o);
    if (table == NULL || table->used == 0) {
        return NULL;
    }
    int64_t hash = name->type == &str_type ? ((StrObj *)name)->hash : -1;
    size_t ix;
    if (hash != -1) {
        DictProbe p = dicttable_probe_str(table, name, hash, &ix);
        if (p != DICT_PROBE_UNSURE) {
            return p == DICT_PROBE_FOUND ? table->entries[ix].value : NULL;
        }
    }
    return dicttable_get(vm, table, name);
}

int ops_load_method(Vm *vm, Obj *o, Obj *name, Obj **meth) {
    TypeObj *tp = obj_type(o);
    if (tp->getattr == obj_generic_getattr) {
        Obj *attr = type_lookup(vm, tp, name);
        if (attr != NULL &&
            (obj_type(attr) == &function_type || obj_type(attr) == &method_descr_type)) {
            if (shadowing_attr(vm, o, name) == NULL) {
                if (err_occurred(vm)) {
                    return -1;
                }
                *meth = obj_newref(attr);
                return 1;
            }
        } else if (attr == NULL && err_occurred(vm)) {
            return -1;
        }
    }
    *meth = obj_getattr(vm, o, name);
    return *meth == NULL ? -1 : 0;
}

// --- Names -----------------------------------------------------------------------

void ops_restore_handled(Vm *vm, Obj *prev) {
    Obj *old = vm->handled_exc;
    if (prev == OBJ_NONE) {
        obj_decref(prev);
        prev = NULL;
    }
    vm->handled_exc = prev;
    obj_xdecref(old);
}

int ops_send(Vm *vm, Obj *it, Obj *v, Obj **out) {
    int rc;
    *out = NULL;
    if (gen_check(it)) {
        rc = gen_send(vm, it, v, out);
    } else if (v == OBJ_NONE && obj_type(it)->iternext != NULL) {
        // iternext itself, not obj_next: StopIteration(value) must reach us.
        *out = obj_type(it)->iternext(vm, it);
        rc = *out != NULL ? 1 : -1;
        if (*out == NULL && !err_occurred(vm)) {
            *out = obj_newref(OBJ_NONE);
            rc = 0;
        }
    } else {
        *out = obj_call_method(vm, it, "send", &v, 1);
        rc = *out != NULL ? 1 : -1;
    }
    obj_decref(v);
    if (rc < 0 && err_matches(vm, &exc_StopIteration)) {
        // A non-generator iterator finished: its value is StopIteration's.
        Obj *stop = err_fetch(vm);
        Obj *args = ((ExcObj *)stop)->args;
        *out = obj_newref(args != NULL && tuple_len(args) > 0 ? tuple_get_borrow(args, 0)
                                                              : OBJ_NONE);
        obj_decref(stop);
        rc = 0;
    }
    return rc;
}

NEWREF Obj *ops_call_ex(Vm *vm, Obj *callable, Obj *argseq, Obj *kwargs) {
    Obj *r = NULL;
    Obj *argtuple = ops_call_args_tuple(vm, callable, argseq);
    Obj *kwdict = NULL;
    if (argtuple != NULL && kwargs != NULL) {
        kwdict = ops_call_kwargs_dict(vm, callable, kwargs);
    }
    if (argtuple != NULL && (kwargs == NULL || kwdict != NULL)) {
        r = call_tuple_dict(vm, callable, argtuple, kwdict);
    }
    obj_xdecref(argtuple);
    obj_xdecref(kwdict);
    return r;
}

// Keeps the running code's names with the NameError just raised for
// `name`, for the printed traceback's "Did you mean".
static void note_name_error(Vm *vm, Obj *name) {
    Frame *f = vm->frame;
    if (f != NULL) {
        exc_note_name_error(vm, name, f->code->varnames, f->globals, f->builtins);
    }
}

void ops_raise_unbound_local(Vm *vm, Obj *name) {
    err_raise(vm, &exc_UnboundLocalError,
              "cannot access local variable '%S' where it is not associated with a value", name);
}

void ops_raise_unbound_cell(Vm *vm, const CodeObj *co, uint32_t i) {
    if ((int)i < co->ncells) {
        ops_raise_unbound_local(vm, tuple_get_borrow(co->cellvars, i));
    } else {
        Obj *name = tuple_get_borrow(co->freevars, i - (uint32_t)co->ncells);
        err_raise(vm, &exc_NameError,
                  "cannot access free variable '%S' where it is not associated with a value in "
                  "enclosing scope",
                  name);
        note_name_error(vm, name);
    }
}

void ops_raise_name_error(Vm *vm, Obj *name) {
    if (!err_occurred(vm)) {
        err_raise(vm, &exc_NameError, "name '%S' is not defined", name);
        note_name_error(vm, name);
    }
}

BORROWED Obj *ops_locals_lookup(Vm *vm, Obj *locals, Obj *name, Obj **owned) {
    *owned = NULL;
    // Exact dicts only: a dict subclass from __prepare__ answers through
    // its own __getitem__.
    if (obj_type(locals) == &dict_type) {
        return dict_get_borrow(vm, locals, name);
    }
    Obj *v = obj_getitem(vm, locals, name);
    if (v == NULL && err_matches(vm, &exc_KeyError)) {
        err_clear(vm);
    }
    *owned = v;
    return v;
}

NEWREF Obj *ops_load_name(Vm *vm, Obj *locals, Obj *globals, Obj *builtins, Obj *name) {
    Obj *owned;
    Obj *v = ops_locals_lookup(vm, locals, name, &owned);
    if (v != NULL) {
        return owned != NULL ? owned : obj_newref(v);
    }
    if (err_occurred(vm)) {
        return NULL;
    }
    v = dict_get_borrow(vm, globals, name);
    if (v == NULL && !err_occurred(vm)) {
        v = dict_get_borrow(vm, builtins, name);
    }
    if (v == NULL) {
        ops_raise_name_error(vm, name);
        return NULL;
    }
    return obj_newref(v);
}

// --- Inline caches ----------------------------------------------------------------

// True when type_lookup(tp, name) goes through the attribute cache of
// type.c, which watches the class dicts on the MRO: only then does an
// unchanged epoch vouch for the result.
static bool cacheable_name(const TypeObj *tp, const Obj *name) {
    return !OBJ_IS_SMALLINT(name) && name->type == &str_type &&
           ((const StrObj *)name)->is_interned && tp->mro != NULL;
}

InlineCache *ops_icache(CodeObj *co, size_t index) {
    if (co->icache == NULL) {
        Vm *vm = rt_vm;
        co->icache = mem_calloc(co->ncode, sizeof(InlineCache));
        if (co->icache == NULL) {
            err_clear(vm); // no cache is no error: the generic path runs
            return NULL;
        }
    }
    return &co->icache[index];
}

// The attribute table of `o` when `name` is the instance's business alone:
// `o`'s type uses the generic protocol (getattr, or setattr when
// `is_store`) and neither it nor a base has an attribute `name`. NULL
// otherwise, without an exception (a failed lookup is cleared: the generic
// path meets it again and reports it).
static DictTable *instance_only_table(Vm *vm, Obj *o, Obj *name, bool is_store) {
    TypeObj *tp = obj_type(o);
    if (OBJ_IS_SMALLINT(o) || !cacheable_name(tp, name) ||
        (is_store ? tp->setattr != obj_generic_setattr : tp->getattr != obj_generic_getattr)) {
        return NULL;
    }
    DictTable *t = obj_attr_table(o);
    if (t == NULL || type_lookup(vm, tp, name) != NULL) {
        return NULL;
    }
    err_clear(vm);
    return t;
}

static void attr_cache_set(InlineCache *c, TypeObj *tp, uint64_t epoch, size_t ix) {
    // Instances of str and tuple subclasses move their table past their
    // items; all others keep it at the type's offset, which a hit adds
    // without a test.
    bool moves = (tp->flags & (TYPE_FLAG_STR_SUBCLASS | TYPE_FLAG_TUPLE_SUBCLASS)) != 0;
    if (c != NULL && epoch == type_cache_epoch && !moves) {
        c->key = tp;
        c->version = epoch;
        c->value = (uintptr_t)ix;
        c->version2 = tp->dictoffset;
    }
}

NEWREF Obj *ops_load_attr_slow(Vm *vm, InlineCache *c, Obj *o, Obj *name) {
    uint64_t epoch = type_cache_epoch;
    if (!OBJ_IS_SMALLINT(o) && o->type->getattr == obj_generic_getattr) {
        // A site that sees several classes (a method inherited by many):
        // when the type attribute cache knows that the class has no
        // attribute `name`, an identity probe of the instance's table
        // settles it without a call.
        const MCacheEntry *e = type_mcache_slot(o->type, name);
        DictTable *t;
        size_t ix;
        if (e->name == name && e->type == o->type && e->epoch == epoch && e->value == NULL &&
            (t = obj_attr_table(o)) != NULL &&
            dicttable_probe_str(t, name, ((StrObj *)name)->hash, &ix) == DICT_PROBE_FOUND) {
            attr_cache_set(c, o->type, epoch, ix);
            return obj_newref(t->entries[ix].value);
        }
    }
    DictTable *t = instance_only_table(vm, o, name, false);
    if (t != NULL) {
        int64_t ix = dicttable_index(vm, t, name);
        if (ix >= 0) {
            attr_cache_set(c, obj_type(o), epoch, (size_t)ix);
            return obj_newref(t->entries[ix].value);
        }
        err_clear(vm);
    }
    return obj_getattr(vm, o, name);
}

int ops_store_attr_slow(Vm *vm, InlineCache *c, Obj *o, Obj *name, Obj *value) {
    uint64_t epoch = type_cache_epoch;
    TypeObj *tp = obj_type(o);
    DictTable *t = c != NULL ? ops_attr_cache_table(c, o) : NULL;
    if (t == NULL && (t = instance_only_table(vm, o, name, true)) == NULL) {
        return obj_setattr(vm, o, name, value);
    }
    int64_t ix = dicttable_store(vm, t, name, value);
    if (ix < 0) {
        return -1;
    }
    type_note_attrs(tp, t->used);
    attr_cache_set(c, tp, epoch, (size_t)ix); // a hit re-checks the entry's key
    return 0;
}

void ops_global_cache_fill(InlineCache *c, Obj *globals, Obj *builtins, Obj *value) {
    if (obj_type(globals) != &dict_type || obj_type(builtins) != &dict_type) {
        c->key = NULL;
        return;
    }
    c->key = globals;
    c->version = ((DictObj *)globals)->t.version;
    c->version2 = ((DictObj *)builtins)->t.version;
    c->value = (uintptr_t)value;
}

int ops_load_method_cached(Vm *vm, InlineCache *c, Obj *o, Obj *name, Obj **meth) {
    TypeObj *tp = obj_type(o);
    uint64_t epoch = type_cache_epoch;
    if (c != NULL && c->key == (const void *)tp && c->version == epoch) {
        // The site knows the method, and ops_method_cache_get found that
        // the instance may shadow it.
        return ops_load_method(vm, o, name, meth);
    }
    // A miss (a call site that sees several types): the type attribute
    // cache usually answers in a few instructions, and the site's cache is
    // refilled for this type.
    if (tp->getattr != obj_generic_getattr || !cacheable_name(tp, name)) {
        return ops_load_method(vm, o, name, meth);
    }
    Obj *m = type_lookup(vm, tp, name);
    if (m == NULL || (obj_type(m) != &function_type && obj_type(m) != &method_descr_type) ||
        type_cache_epoch != epoch) {
        return err_occurred(vm) ? -1 : ops_load_method(vm, o, name, meth);
    }
    if (c != NULL) {
        // Borrowed: the class dict holding it cannot change without
        // changing the epoch.
        c->key = tp;
        c->version = epoch;
        c->value = (uintptr_t)m;
    }
    if (ops_may_shadow(o, name)) {
        return ops_load_method(vm, o, name, meth);
    }
    *meth = obj_newref(m);
    return 1;
}

// --- async for -------------------------------------------------------------------

// Calls the special method `name` of `o`'s type; TypeError `what` + the
// type's name when there is none. NULL with an exception pending.
static Obj *call_special(Vm *vm, Obj *o, const char *name, const char *what) {
    Obj *key = str_intern_cstr(vm, name);
    Obj *m = key != NULL ? type_lookup(vm, obj_type(o), key) : NULL;
    Obj *bound = m != NULL ? bind_special(vm, m, o) : NULL;
    if (bound == NULL) {
        return err_occurred(vm) ? NULL
                                : err_raise(vm, &exc_TypeError, "%s%s", what, obj_type_name(o));
    }
    Obj *r = obj_call0(vm, bound);
    obj_decref(bound);
    return r;
}

NEWREF Obj *ops_get_aiter(Vm *vm, Obj *o) {
    Obj *it = call_special(vm, o, "__aiter__",
                           "'async for' requires an object with __aiter__ method, got ");
    if (it == NULL) {
        return NULL;
    }
    Obj *key = str_intern_cstr(vm, "__anext__");
    if (key == NULL || type_lookup(vm, obj_type(it), key) == NULL) {
        if (!err_occurred(vm)) {
            err_raise(vm, &exc_TypeError,
                      "'async for' received an object from __aiter__ that does not implement "
                      "__anext__: %s",
                      obj_type_name(it));
        }
        obj_decref(it);
        return NULL;
    }
    return it;
}

NEWREF Obj *ops_get_anext(Vm *vm, Obj *aiter) {
    Obj *next = call_special(vm, aiter, "__anext__",
                             "'async for' requires an iterator with __anext__ method, got ");
    if (next == NULL) {
        return NULL;
    }
    Obj *aw = gen_get_awaitable(vm, next);
    if (aw == NULL && err_matches(vm, &exc_TypeError)) {
        err_clear(vm);
        err_raise(vm, &exc_TypeError, "'async for' received an invalid object from __anext__: %s",
                  obj_type_name(next));
    }
    obj_decref(next);
    return aw;
}
