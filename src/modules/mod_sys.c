/* mod_sys.c: the `sys` module: the interpreter's own parameters and
 * functions (argv, path, modules, exit, recursion limit, getsizeof,
 * getrefcount, exc_info, the standard streams, version information). */
#include "modules/mod_sys.h"

#include <assert.h>
#include <float.h>
#include <stdio.h>
#include <string.h>

#include "memory/gc.h"
#include "memory/mem.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/fileobj.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/traceback.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/typeimpl.h"

#define SYS_VERSION "3.11.0 (Ouro " OURO_VERSION ")"

static Obj *sys_dict(Vm *vm) {
    return module_dict(vm->sys_module);
}

// The size of `o` from its __sizeof__: for instances of classes, the method
// found on the class (a Python __sizeof__, or object.__sizeof__, which knows
// the layout of instances); for built-in types the equivalent sizeof_ slot,
// without a call. -1 with an exception pending.
static int64_t object_size(Vm *vm, Obj *o) {
    TypeObj *t = obj_type(o);
    if (t->flags & TYPE_FLAG_HEAPTYPE) {
        Obj *meth = type_lookup(vm, t, vm->id.sizeof_);
        if (meth != NULL) {
            Obj *r = obj_call_method(vm, o, "__sizeof__", NULL, 0);
            if (r == NULL) {
                return -1;
            }
            int64_t size;
            if (!int_check(r)) {
                obj_decref(r);
                err_raise(vm, &exc_TypeError, "an integer is required");
                return -1;
            }
            int rc = int_as_i64(vm, r, &size);
            obj_decref(r);
            if (rc < 0) {
                return -1;
            }
            if (size < 0) {
                err_raise(vm, &exc_ValueError, "__sizeof__() should return >= 0");
                return -1;
            }
            return size;
        }
    }
    // A tagged small int uses no memory; int's sizeof_ reports the heap int
    // it stands for (docs/memory.md).
    return t->sizeof_ != NULL ? (int64_t)t->sizeof_(o) : (int64_t)t->basicsize;
}

static Obj *modsys_py_getsizeof(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"object", "default", NULL};
    Obj *bound[2] = {NULL, NULL};
    if (args_bind(vm, "getsizeof", args, nargs, kwnames, names, 2, 1, bound) < 0) {
        return NULL;
    }
    int64_t size = object_size(vm, bound[0]);
    if (size < 0) {
        if (bound[1] != NULL && err_matches(vm, &exc_TypeError)) {
            err_clear(vm);
            return obj_newref(bound[1]);
        }
        return NULL;
    }
    if (obj_type(bound[0])->flags & TYPE_FLAG_GC) {
        size += (int64_t)sizeof(GcHead);
    }
    return int_from_i64(vm, size);
}

static Obj *modsys_py_getrefcount(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "getrefcount", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    // The caller's stack holds the argument, so the count already includes
    // the temporary reference CPython's documentation mentions.
    Obj *o = args[0];
    return int_from_i64(vm, OBJ_IS_SMALLINT(o) ? OBJ_IMMORTAL_REFCNT : (int64_t)o->refcnt);
}

static Obj *modsys_py_getrecursionlimit(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                        Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "getrecursionlimit", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_i64(vm, vm->recursion_limit);
}

static Obj *modsys_py_setrecursionlimit(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                        Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "setrecursionlimit", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (float_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "'float' object cannot be interpreted as an integer");
    }
    int64_t limit;
    if (obj_as_ssize(vm, args[0], &limit) < 0) {
        return NULL;
    }
    if (limit < 1) {
        return err_raise(vm, &exc_ValueError, "recursion limit must be greater or equal than 1");
    }
    if (limit > INT32_MAX) {
        return err_raise(vm, &exc_OverflowError, "Python int too large to convert to C int");
    }
    if (limit <= vm->recursion_depth) {
        return err_raise(vm, &exc_RecursionError,
                         "cannot set the recursion limit to %d at the recursion depth %d: the "
                         "limit is too low",
                         (int)limit, vm->recursion_depth);
    }
    vm->recursion_limit = (int)limit;
    return obj_newref(OBJ_NONE);
}

static Obj *modsys_py_exit(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "exit() takes no keyword arguments");
    }
    if (nargs > 1) {
        return err_raise(vm, &exc_TypeError, "exit expected at most 1 argument, got %zu", nargs);
    }
    return err_raise_obj(vm, &exc_SystemExit, nargs == 1 ? args[0] : NULL);
}

static Obj *modsys_py_getallocatedblocks(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                         Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "getallocatedblocks", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, mem_stats().blocks_in_use);
}

static Obj *modsys_py_intern(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "intern", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (obj_type(args[0]) != &str_type) {
        return err_raise(vm, &exc_TypeError, "intern() argument must be str, not %s",
                         obj_type_name(args[0]));
    }
    return str_intern_steal(vm, obj_newref(args[0]));
}

// sys.exc_info(): (type, value, traceback) of the exception being handled.
static Obj *modsys_py_exc_info(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "exc_info", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    Obj *e = vm->handled_exc;
    if (e == NULL || e == OBJ_NONE) {
        Obj *items[3] = {OBJ_NONE, OBJ_NONE, OBJ_NONE};
        return tuple_pack(vm, 3, items);
    }
    Obj *tb = ((ExcObj *)e)->traceback;
    Obj *items[3] = {(Obj *)obj_type(e), e, tb != NULL ? tb : OBJ_NONE};
    return tuple_pack(vm, 3, items);
}

// sys.exception() (3.11): the exception being handled, or None.
static Obj *modsys_py_exception(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "exception", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return obj_newref(vm->handled_exc != NULL ? vm->handled_exc : OBJ_NONE);
}

static Obj *modsys_py_getdefaultencoding(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                         Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "sys.getdefaultencoding", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return str_from_cstr(vm, "utf-8");
}

static const MethodDef modsys_functions[] = {
    {"getdefaultencoding", modsys_py_getdefaultencoding, METH_DEFAULT, "'utf-8'."},
    {"getsizeof", modsys_py_getsizeof, METH_DEFAULT, "Size of an object in bytes."},
    {"getrefcount", modsys_py_getrefcount, METH_DEFAULT, "Reference count of an object."},
    {"getrecursionlimit", modsys_py_getrecursionlimit, METH_DEFAULT, "The recursion limit."},
    {"setrecursionlimit", modsys_py_setrecursionlimit, METH_DEFAULT, "Set the recursion limit."},
    {"exit", modsys_py_exit, METH_DEFAULT, "Exit by raising SystemExit."},
    {"getallocatedblocks", modsys_py_getallocatedblocks, METH_DEFAULT, "Live heap blocks."},
    {"intern", modsys_py_intern, METH_DEFAULT, "Intern a string."},
    {"exc_info", modsys_py_exc_info, METH_DEFAULT, "The exception being handled."},
    {"exception", modsys_py_exception, METH_DEFAULT, "The exception being handled."},
    {NULL, NULL, 0, NULL},
};

// Stores `value` (a new reference, consumed; NULL = failure already
// pending) under `name` in the sys dict.
static int set_steal(Vm *vm, Obj *d, const char *name, Obj *value) {
    if (value == NULL) {
        return -1;
    }
    int rc = dict_set_cstr(vm, d, name, value);
    obj_decref(value);
    return rc;
}

// ---------------------------------------------------------------------------
// Struct sequences. An instance is a TupleObj of the struct type whose
// items array holds all n_fields values; `len` counts only the visible ones,
// so every tuple operation sees the visible ones and the hidden ones
// (attributes only) live after them.
// ---------------------------------------------------------------------------

// The descriptions of the readied struct types (a handful per process).
static const StructSeqDesc *structseq_descs[8];

static const StructSeqDesc *structseq_desc(TypeObj *t) {
    for (size_t i = 0; i < sizeof structseq_descs / sizeof structseq_descs[0]; i++) {
        if (structseq_descs[i] != NULL && structseq_descs[i]->type == t) {
            return structseq_descs[i];
        }
    }
    return NULL;
}

// Field `i` of a struct sequence, as a getter per index (GetSetDef getters
// receive no closure).
#define FIELD_GETTER(i)                                                                            \
    static Obj *field_get_##i(Vm *vm, Obj *self) {                                                 \
        OURO_UNUSED(vm);                                                                           \
        return obj_newref(((TupleObj *)self)->items[i]);                                           \
    }
FIELD_GETTER(0)
FIELD_GETTER(1)
FIELD_GETTER(2) FIELD_GETTER(3) FIELD_GETTER(4) FIELD_GETTER(5) FIELD_GETTER(6) FIELD_GETTER(7)
    FIELD_GETTER(8) FIELD_GETTER(9) FIELD_GETTER(10) FIELD_GETTER(11) FIELD_GETTER(12)
        FIELD_GETTER(13) FIELD_GETTER(14) FIELD_GETTER(15) FIELD_GETTER(16) FIELD_GETTER(17)
            FIELD_GETTER(18) FIELD_GETTER(19)
#undef FIELD_GETTER

                static Obj *(*const field_getters[MODSYS_STRUCTSEQ_MAX])(Vm *, Obj *) = {
                    field_get_0,  field_get_1,  field_get_2,  field_get_3,  field_get_4,
                    field_get_5,  field_get_6,  field_get_7,  field_get_8,  field_get_9,
                    field_get_10, field_get_11, field_get_12, field_get_13, field_get_14,
                    field_get_15, field_get_16, field_get_17, field_get_18, field_get_19,
};

// The hidden fields are released here, then the class's own dealloc
// (subtype_dealloc: untrack, visible items, the reference to the class).
static void structseq_dealloc(Obj *self) {
    const StructSeqDesc *d = structseq_desc(obj_type(self));
    TupleObj *t = (TupleObj *)self;
    for (size_t i = d->n_visible; i < d->n_fields; i++) {
        Obj *item = t->items[i];
        t->items[i] = NULL;
        obj_xdecref(item);
    }
    d->base_dealloc(self);
}

static int structseq_traverse(Obj *self, GcVisitFn visit, void *arg) {
    const StructSeqDesc *d = structseq_desc(obj_type(self));
    TupleObj *t = (TupleObj *)self;
    for (size_t i = d->n_visible; i < d->n_fields; i++) {
        if (t->items[i] != NULL) {
            int rc = visit(t->items[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    return d->base_traverse(self, visit, arg);
}

// "sys.version_info(major=3, minor=11, ...)": the visible fields only.
static Obj *structseq_repr(Vm *vm, Obj *self) {
    const StructSeqDesc *d = structseq_desc(obj_type(self));
    StrBuf b;
    strbuf_init(&b);
    if (strbuf_append_cstr(&b, d->module) < 0 || strbuf_append_char(&b, '.') < 0 ||
        strbuf_append_cstr(&b, d->name) < 0 || strbuf_append_char(&b, '(') < 0) {
        goto fail;
    }
    for (size_t i = 0; i < d->n_visible; i++) {
        Obj *r = obj_repr(vm, tuple_get_borrow(self, i));
        int rc = r == NULL ? -1 : 0;
        if (rc == 0 && i > 0) {
            rc = strbuf_append_cstr(&b, ", ");
        }
        if (rc == 0 && (strbuf_append_cstr(&b, d->fields[i]) < 0 ||
                        strbuf_append_char(&b, '=') < 0 || strbuf_append_str(&b, r) < 0)) {
            rc = -1;
        }
        obj_xdecref(r);
        if (rc < 0) {
            goto fail;
        }
    }
    if (strbuf_append_char(&b, ')') < 0) {
        goto fail;
    }
    return strbuf_finish(vm, &b);
fail:
    strbuf_free(&b);
    return NULL;
}

// struct_time(sequence): n_visible to n_fields items, the missing hidden
// ones None, as CPython's structseq_new.
static Obj *structseq_new_py(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    const StructSeqDesc *d = structseq_desc(type);
    if (args_check(vm, d->name, nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    Obj *seq = tuple_from_iterable(vm, args[0]);
    if (seq == NULL) {
        return NULL;
    }
    size_t n = tuple_len(seq);
    if (n < d->n_visible || n > d->n_fields) {
        obj_decref(seq);
        const char *how = d->n_visible == d->n_fields ? "a"
                          : n < d->n_visible          ? "an at least"
                                                      : "an at most";
        return err_raise(vm, &exc_TypeError, "%s.%s() takes %s %zu-sequence (%zu-sequence given)",
                         d->module, d->name, how, n < d->n_visible ? d->n_visible : d->n_fields, n);
    }
    Obj *items[MODSYS_STRUCTSEQ_MAX];
    for (size_t i = 0; i < d->n_fields; i++) {
        items[i] = obj_newref(i < n ? tuple_get_borrow(seq, i) : OBJ_NONE);
    }
    obj_decref(seq);
    return modsys_structseq_new_steal(vm, d, items);
}

// The class statement `class name(tuple): __slots__ = ()` in module
// `desc->module`.
static Obj *tuple_subclass(Vm *vm, const StructSeqDesc *desc) {
    Obj *name = str_from_cstr(vm, desc->name);
    Obj *bases = tuple_pack1(vm, (Obj *)&tuple_type);
    Obj *ns = dict_new(vm);
    Obj *t = NULL;
    if (name != NULL && bases != NULL && ns != NULL &&
        set_steal(vm, ns, "__module__", str_from_cstr(vm, desc->module)) == 0 &&
        dict_set_cstr(vm, ns, "__slots__", tuple_empty) == 0) {
        t = type_new_class(vm, &type_type, name, bases, ns);
    }
    obj_xdecref(name);
    obj_xdecref(bases);
    obj_xdecref(ns);
    return t;
}

// Adds the field descriptors to the new class `t`.
static int add_field_descrs(Vm *vm, StructSeqDesc *desc, TypeObj *t) {
    for (size_t i = 0; i < desc->n_fields; i++) {
        desc->getset[i] = (GetSetDef){desc->fields[i], field_getters[i], NULL};
        Obj *descr = getset_descr_new(vm, t, &desc->getset[i]);
        if (descr == NULL || dict_set_cstr(vm, t->dict, desc->fields[i], descr) < 0) {
            obj_xdecref(descr);
            return -1;
        }
        obj_decref(descr);
    }
    t->version++;
    type_cache_invalidate();
    return 0;
}

Obj *modsys_structseq_new_type(Vm *vm, StructSeqDesc *desc) {
    assert(desc->n_fields <= MODSYS_STRUCTSEQ_MAX);
    size_t slot = 0;
    while (structseq_descs[slot] != NULL && structseq_descs[slot] != desc) {
        slot++;
        assert(slot < sizeof structseq_descs / sizeof structseq_descs[0]);
    }
    structseq_descs[slot] = desc;
    Obj *type = tuple_subclass(vm, desc);
    if (type == NULL) {
        return NULL;
    }
    TypeObj *t = (TypeObj *)type;
    assert(t->dictoffset == 0);
    if (add_field_descrs(vm, desc, t) < 0) {
        obj_decref(type);
        return NULL;
    }
    desc->type = t;
    desc->base_dealloc = t->dealloc;
    desc->base_traverse = t->traverse;
    t->dealloc = structseq_dealloc;
    t->traverse = structseq_traverse;
    t->repr = structseq_repr;
    t->new_ = structseq_new_py;
    return type;
}

Obj *modsys_structseq_new_steal(Vm *vm, const StructSeqDesc *desc, Obj **items) {
    TupleObj *t = NULL;
    for (size_t i = 0; i < desc->n_fields; i++) {
        if (items[i] == NULL) {
            goto fail;
        }
    }
    // The hidden items go where a class with slots keeps them (the class
    // has none), after the visible ones.
    t = (TupleObj *)obj_new_container(vm, desc->type,
                                      sizeof(TupleObj) + desc->n_fields * sizeof(Obj *) +
                                          type_tail_size(desc->type));
    if (t == NULL) {
        goto fail;
    }
    obj_incref((Obj *)desc->type); // released by subtype_dealloc
    t->len = desc->n_visible;
    t->hash_cache = -1;
    for (size_t i = 0; i < desc->n_fields; i++) {
        t->items[i] = items[i];
    }
    return (Obj *)t;
fail:
    for (size_t i = 0; i < desc->n_fields; i++) {
        obj_xdecref(items[i]);
    }
    return NULL;
}

// ---------------------------------------------------------------------------
// The struct sequences of sys.
// ---------------------------------------------------------------------------

static const char *const version_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
static StructSeqDesc version_info_desc = {"version_info", "sys", version_fields, 5,   5,
                                          NULL,           {{0}}, NULL,           NULL};

static const char *const float_fields[] = {"max",     "max_exp",    "max_10_exp", "min",
                                           "min_exp", "min_10_exp", "dig",        "mant_dig",
                                           "epsilon", "radix",      "rounds"};
static StructSeqDesc float_info_desc = {"float_info", "sys", float_fields, 11,  11,
                                        NULL,         {{0}}, NULL,         NULL};

// CPython 3.11's sys.flags. Ouro has no such switches: every value is the
// one CPython has without options, except hash_randomization (Ouro's str
// hashes are not salted) and dont_write_bytecode (no .pyc files exist).
static const char *const flag_fields[] = {"debug",
                                          "inspect",
                                          "interactive",
                                          "optimize",
                                          "dont_write_bytecode",
                                          "no_user_site",
                                          "no_site",
                                          "ignore_environment",
                                          "verbose",
                                          "bytes_warning",
                                          "quiet",
                                          "hash_randomization",
                                          "isolated",
                                          "dev_mode",
                                          "utf8_mode",
                                          "warn_default_encoding",
                                          "safe_path",
                                          "int_max_str_digits"};
static StructSeqDesc flags_desc = {"flags", "sys", flag_fields, 18, 18, NULL, {{0}}, NULL, NULL};

static const char *const int_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                         "str_digits_check_threshold"};
static StructSeqDesc int_info_desc = {"int_info", "sys", int_fields, 4, 4, NULL, {{0}}, NULL, NULL};

// Ouro's numeric hashes are CPython's; its str hash is FNV-1a with a final
// avalanche, unsalted.
static const char *const hash_fields[] = {"width", "modulus", "inf", "nan", "imag",
                                          "algorithm", "hash_bits", "seed_bits", "cutoff"};
static StructSeqDesc hash_info_desc = {"hash_info", "sys", hash_fields, 9, 9, NULL, {{0}}, NULL,
                                       NULL};

// The one instance of a struct type of sys: a new type each time (the
// instance owns it). Consumes `items`.
static Obj *sys_struct(Vm *vm, StructSeqDesc *desc, Obj **items) {
    Obj *type = modsys_structseq_new_type(vm, desc);
    if (type == NULL) {
        for (size_t i = 0; i < desc->n_fields; i++) {
            obj_xdecref(items[i]);
        }
        return NULL;
    }
    Obj *res = modsys_structseq_new_steal(vm, desc, items);
    obj_decref(type);
    return res;
}

static Obj *version_info(Vm *vm) {
    Obj *items[5] = {SMALLINT_FROM(3), SMALLINT_FROM(11), SMALLINT_FROM(0),
                     str_from_cstr(vm, "final"), SMALLINT_FROM(0)};
    return sys_struct(vm, &version_info_desc, items);
}

static Obj *float_info(Vm *vm) {
    Obj *items[11] = {
        float_from_double(vm, DBL_MAX),
        SMALLINT_FROM(DBL_MAX_EXP),
        SMALLINT_FROM(DBL_MAX_10_EXP),
        float_from_double(vm, DBL_MIN),
        SMALLINT_FROM(DBL_MIN_EXP),
        SMALLINT_FROM(DBL_MIN_10_EXP),
        SMALLINT_FROM(DBL_DIG),
        SMALLINT_FROM(DBL_MANT_DIG),
        float_from_double(vm, DBL_EPSILON),
        SMALLINT_FROM(FLT_RADIX),
        SMALLINT_FROM(1),
    };
    return sys_struct(vm, &float_info_desc, items);
}

static Obj *flags(Vm *vm) {
    Obj *items[18];
    for (size_t i = 0; i < 18; i++) {
        items[i] = SMALLINT_FROM(0);
    }
    items[4] = SMALLINT_FROM(1);   // dont_write_bytecode
    items[13] = obj_bool(false);   // dev_mode
    items[16] = obj_bool(false);   // safe_path
    items[17] = SMALLINT_FROM(-1); // int_max_str_digits: the default limit
    return sys_struct(vm, &flags_desc, items);
}

// Ints are GMP numbers of 64-bit limbs; the digit limits are CPython's.
static Obj *int_info(Vm *vm) {
    Obj *items[4] = {SMALLINT_FROM(64), SMALLINT_FROM(8), SMALLINT_FROM(INT_MAX_STR_DIGITS),
                     SMALLINT_FROM(640)};
    return sys_struct(vm, &int_info_desc, items);
}

static Obj *hash_info(Vm *vm) {
    Obj *items[9] = {SMALLINT_FROM(64),       int_from_i64(vm, ((int64_t)1 << 61) - 1),
                     SMALLINT_FROM(314159),   SMALLINT_FROM(0),
                     SMALLINT_FROM(1000003),  str_from_cstr(vm, "fnv1a"),
                     SMALLINT_FROM(64),       SMALLINT_FROM(0),
                     SMALLINT_FROM(0)};
    return sys_struct(vm, &hash_info_desc, items);
}

// sys.implementation: a namespace-like module object with name 'ouro'.
static Obj *implementation(Vm *vm, Obj *vinfo) {
    Obj *m = module_new(vm, "sys.implementation");
    if (m == NULL) {
        return NULL;
    }
    Obj *d = module_dict(m);
    if (set_steal(vm, d, "name", str_from_cstr(vm, "ouro")) < 0 ||
        dict_set_cstr(vm, d, "version", vinfo) < 0 ||
        set_steal(vm, d, "hexversion", int_from_i64(vm, 0x030B00F0)) < 0 ||
        dict_set_cstr(vm, d, "cache_tag", OBJ_NONE) < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}

static int add_streams(Vm *vm, Obj *d) {
    static const struct {
        const char *names[2];
        const char *label;
        const char *mode;
    } streams[3] = {
        {{"stdin", "__stdin__"}, "<stdin>", "r"},
        {{"stdout", "__stdout__"}, "<stdout>", "w"},
        {{"stderr", "__stderr__"}, "<stderr>", "w"},
    };
    FILE *fps[3] = {stdin, stdout, stderr};
    if (type_ready(vm, &file_type) < 0) {
        return -1;
    }
    for (int i = 0; i < 3; i++) {
        Obj *f = file_new(vm, fps[i], streams[i].label, streams[i].mode);
        if (f == NULL || dict_set_cstr(vm, d, streams[i].names[0], f) < 0 ||
            dict_set_cstr(vm, d, streams[i].names[1], f) < 0) {
            obj_xdecref(f);
            return -1;
        }
        obj_decref(f);
    }
    return 0;
}

// The functions of mod_sys_hooks.c, and the originals of the two hooks a
// program may replace.
static int add_hooks(Vm *vm, Obj *m) {
    Obj *d = module_dict(m);
    if (type_add_functions(vm, d, modsys_hook_functions, m) < 0) {
        return -1;
    }
    static const char *const pairs[][2] = {{"__displayhook__", "displayhook"},
                                           {"__excepthook__", "excepthook"}};
    for (size_t i = 0; i < 2; i++) {
        Obj *f = dict_get_cstr_borrow(vm, d, pairs[i][1]);
        if (f == NULL || dict_set_cstr(vm, d, pairs[i][0], f) < 0) {
            return -1;
        }
    }
    return 0;
}

// The data attributes of sys.
static int add_values(Vm *vm, Obj *d) {
    if (vm->argv == NULL) {
        vm->argv = list_new(vm, 0);
        if (vm->argv == NULL) {
            return -1;
        }
    }
    Obj *vinfo = version_info(vm);
    if (vinfo == NULL) {
        return -1;
    }
    int rc = -1;
    if (dict_set_cstr(vm, d, "argv", vm->argv) < 0 ||
        dict_set_cstr(vm, d, "modules", vm->modules) < 0 ||
        set_steal(vm, d, "path", list_new(vm, 0)) < 0 ||
        set_steal(vm, d, "version", str_from_cstr(vm, SYS_VERSION)) < 0 ||
        dict_set_cstr(vm, d, "version_info", vinfo) < 0 ||
        set_steal(vm, d, "hexversion", int_from_i64(vm, 0x030B00F0)) < 0 ||
        set_steal(vm, d, "float_info", float_info(vm)) < 0 ||
        set_steal(vm, d, "flags", flags(vm)) < 0 ||
        set_steal(vm, d, "int_info", int_info(vm)) < 0 ||
        set_steal(vm, d, "builtin_module_names", modules_builtin_names(vm)) < 0 ||
        set_steal(vm, d, "implementation", implementation(vm, vinfo)) < 0 ||
        set_steal(vm, d, "platform", str_from_cstr(vm, "linux")) < 0 ||
        set_steal(vm, d, "byteorder", str_from_cstr(vm, "little")) < 0 ||
        set_steal(vm, d, "maxsize", int_from_i64(vm, INT64_MAX)) < 0 ||
        set_steal(vm, d, "executable", str_from_cstr(vm, "")) < 0 ||
        set_steal(vm, d, "copyright", str_from_cstr(vm, "Ouro " OURO_VERSION)) < 0 ||
        set_steal(vm, d, "hash_info", hash_info(vm)) < 0 ||
        set_steal(vm, d, "maxunicode", int_from_i64(vm, 0x10FFFF)) < 0 ||
        set_steal(vm, d, "float_repr_style", str_from_cstr(vm, "short")) < 0 ||
        set_steal(vm, d, "api_version", int_from_i64(vm, 1013)) < 0 ||
        dict_set_cstr(vm, d, "dont_write_bytecode", OBJ_TRUE) < 0 ||
        add_streams(vm, d) < 0) {
        goto done;
    }
    rc = 0;
done:
    obj_decref(vinfo);
    return rc;
}

Obj *modsys_init(Vm *vm) {
    Obj *m = module_create_builtin(vm, "sys", modsys_functions);
    if (m == NULL) {
        return NULL;
    }
    if (add_values(vm, module_dict(m)) < 0 || add_hooks(vm, m) < 0) {
        return NULL;
    }
    return m;
}

int modsys_set_argv(Vm *vm, Obj *argv) {
    if (dict_set_cstr(vm, module_dict(vm->sys_module), "argv", argv) < 0) {
        return -1;
    }
    obj_replace(&vm->argv, argv);
    return 0;
}

int modsys_add_path(Vm *vm, Obj *dir) {
    Obj *path = dict_get_cstr_borrow(vm, sys_dict(vm), "path");
    if (path == NULL || !list_check(path)) {
        if (err_occurred(vm)) {
            return -1;
        }
        err_raise(vm, &exc_RuntimeError, "lost sys.path");
        return -1;
    }
    // Prepend: append, then move the new item to the front.
    if (list_append(vm, path, dir) < 0) {
        return -1;
    }
    ListObj *l = (ListObj *)path;
    memmove(l->items + 1, l->items, (l->len - 1) * sizeof(Obj *));
    l->items[0] = dir;
    return 0;
}
