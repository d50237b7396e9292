/* mod_gc.c: the `gc` module, Python's window on the cycle collector
 * (memory/gc.c): collect, thresholds, counts, statistics, tracking queries,
 * freeze, referrers, and Ouro's own gc.mem_alloc() / gc.mem_free(). */
#include <stdint.h>

#include "memory/gc.h"
#include "memory/mem.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/runtime.h"
#include "objects/tuple.h"
#include "vm/frame.h"
#include "vm/func.h"

#define DEBUG_STATS 1 // CPython's gc.DEBUG_STATS

// An int argument in [lo, hi] converted to C; TypeError for non-ints.
static int int_arg(Vm *vm, Obj *o, int64_t *out) {
    return obj_as_ssize(vm, o, out);
}

// The heap's peak (memory/'s peak_bytes) when gc.collect() last trimmed.
static size_t trimmed_at_peak;

#define TRIM_PEAK_GROWTH ((size_t)1 << 20)

// After an explicit full collection, hands the free pages of the C heap back
// to the operating system (docs/memory.md §5), if the heap's peak grew by a
// megabyte since the last trim: below the old peak, the C library keeps the
// pages for reuse. The trim walks the whole C heap, so a program calling
// gc.collect() in a loop must not pay for it every time; automatic
// collections never trim (CPython's collector does no such work).
static void maybe_trim(void) {
    size_t peak = mem_stats().peak_bytes;
    if (peak >= trimmed_at_peak + TRIM_PEAK_GROWTH) {
        trimmed_at_peak = peak;
        mem_trim();
    }
}

// The roots a full collection marks from (gc.h: GcRootsFn): the
// interpreter's own references and, for each running frame, its function,
// namespaces and local slots (generators' traverse reads the same slots,
// which hold NULL or an owned reference whenever Python code can run).
// Values on the frames' stacks are left to trial deletion: a frame's saved
// stack top is only exact at calls. Anything missed is judged by trial
// deletion as before. Automatic collections run at allocations and calls,
// where the same holds (a frame is linked into vm->frame only once its
// slots are set, and unlinked before they are released).
static void visit_roots(Vm *vm, GcVisitFn visit, void *arg) {
    Obj *const vm_roots[] = {vm->modules, vm->builtins,    vm->sys_module,  vm->argv,
                             vm->exc,     vm->handled_exc, vm->repr_active, vm->memory_error};
    for (size_t i = 0; i < sizeof(vm_roots) / sizeof(vm_roots[0]); i++) {
        if (vm_roots[i] != NULL) {
            visit(vm_roots[i], arg);
        }
    }
    for (const Frame *f = vm->frame; f != NULL; f = f->back) {
        const Obj *const frame_roots[] = {f->func, f->globals, f->builtins, f->locals};
        for (size_t i = 0; i < sizeof(frame_roots) / sizeof(frame_roots[0]); i++) {
            if (frame_roots[i] != NULL) {
                visit((Obj *)frame_roots[i], arg);
            }
        }
        const CodeObj *co = f->code;
        size_t nslots = (size_t)co->nlocals + (size_t)co->ncells + (size_t)co->nfrees;
        for (size_t i = 0; i < nslots; i++) {
            if (f->fast[i] != NULL) {
                visit(f->fast[i], arg);
            }
        }
    }
}

static Obj *modgc_py_collect(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"generation", NULL};
    Obj *gen_obj = NULL;
    if (args_bind(vm, "collect", args, nargs, kwnames, names, 1, 0, &gen_obj) < 0) {
        return NULL;
    }
    int64_t gen = GC_GENERATIONS - 1;
    if (gen_obj != NULL && int_arg(vm, gen_obj, &gen) < 0) {
        return NULL;
    }
    if (gen < 0 || gen >= GC_GENERATIONS) {
        return err_raise(vm, &exc_ValueError, "invalid generation");
    }
    int64_t n = gc_collect_from_roots(vm, (int)gen, visit_roots);
    if (gen == GC_GENERATIONS - 1) {
        maybe_trim();
    }
    return int_from_i64(vm, n < 0 ? 0 : n);
}

static Obj *modgc_py_enable(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "enable", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    vm->gc->enabled = true;
    return obj_newref(OBJ_NONE);
}

static Obj *modgc_py_disable(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "disable", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    vm->gc->enabled = false;
    return obj_newref(OBJ_NONE);
}

static Obj *modgc_py_isenabled(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "isenabled", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return obj_newref(obj_bool(vm->gc->enabled));
}

// A 3-tuple of C ints.
static Obj *triple(Vm *vm, const int64_t v[3]) {
    Obj *items[3] = {NULL, NULL, NULL};
    Obj *t = NULL;
    for (int i = 0; i < 3; i++) {
        items[i] = int_from_i64(vm, v[i]);
        if (items[i] == NULL) {
            goto done;
        }
    }
    t = tuple_pack(vm, 3, items);
done:
    for (int i = 0; i < 3; i++) {
        obj_xdecref(items[i]);
    }
    return t;
}

static Obj *modgc_py_get_threshold(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "get_threshold", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return triple(vm, vm->gc->threshold);
}

static Obj *modgc_py_set_threshold(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(self);
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "set_threshold() takes no keyword arguments");
    }
    if (nargs < 1 || nargs > 3) {
        if (nargs == 0) {
            return err_raise(vm, &exc_TypeError,
                             "set_threshold() takes at least 1 argument (0 given)");
        }
        return err_raise(vm, &exc_TypeError, "set_threshold() takes at most 3 arguments (%zu given)",
                         nargs);
    }
    int64_t v[3];
    for (size_t i = 0; i < nargs; i++) {
        if (!int_check(args[i])) {
            return err_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             obj_type_name(args[i]));
        }
        if (int_arg(vm, args[i], &v[i]) < 0) {
            return NULL;
        }
    }
    for (size_t i = 0; i < nargs; i++) {
        vm->gc->threshold[i] = v[i];
    }
    return obj_newref(OBJ_NONE);
}

static Obj *modgc_py_get_count(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "get_count", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return triple(vm, vm->gc->count);
}

static Obj *modgc_py_is_tracked(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "is_tracked", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return obj_newref(obj_bool(gc_is_tracked(args[0])));
}

static Obj *modgc_py_is_finalized(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                  Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "is_finalized", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return obj_newref(obj_bool(gc_is_finalized(args[0])));
}

// One dict of get_stats().
static Obj *stats_dict(Vm *vm, const GcStatsGen *s) {
    Obj *d = dict_new(vm);
    if (d == NULL) {
        return NULL;
    }
    const char *keys[3] = {"collections", "collected", "uncollectable"};
    int64_t vals[3] = {s->collections, s->collected, s->uncollectable};
    for (int i = 0; i < 3; i++) {
        Obj *v = int_from_i64(vm, vals[i]);
        if (v == NULL || dict_set_cstr(vm, d, keys[i], v) < 0) {
            obj_xdecref(v);
            obj_decref(d);
            return NULL;
        }
        obj_decref(v);
    }
    return d;
}

static Obj *modgc_py_get_stats(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "get_stats", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    Obj *list = list_new(vm, 0);
    if (list == NULL) {
        return NULL;
    }
    for (int i = 0; i < GC_GENERATIONS; i++) {
        Obj *d = stats_dict(vm, &vm->gc->stats[i]);
        if (d == NULL || list_append_steal(vm, list, d) < 0) {
            obj_decref(list);
            return NULL;
        }
    }
    return list;
}

// Appends the objects of generation list `l` to `out` (skipping `out`).
static int append_generation(Vm *vm, Obj *out, GcHead *l) {
    for (GcHead *g = gc_link_next(l); g != l; g = gc_link_next(g)) {
        Obj *o = gc_obj(g);
        if (o != out && list_append(vm, out, o) < 0) {
            return -1;
        }
    }
    return 0;
}

static Obj *modgc_py_get_objects(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                 Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"generation", NULL};
    Obj *gen_obj = NULL;
    if (args_bind(vm, "get_objects", args, nargs, kwnames, names, 1, 0, &gen_obj) < 0) {
        return NULL;
    }
    int64_t gen = -1;
    if (gen_obj != NULL && gen_obj != OBJ_NONE) {
        if (int_arg(vm, gen_obj, &gen) < 0) {
            return NULL;
        }
        if (gen >= GC_GENERATIONS) {
            return err_raise(vm, &exc_ValueError,
                             "generation parameter must be less than the number of available "
                             "generations (%d)",
                             GC_GENERATIONS);
        }
        if (gen < 0) {
            return err_raise(vm, &exc_ValueError, "generation parameter cannot be negative");
        }
    }
    Obj *out = list_new(vm, 0);
    if (out == NULL) {
        return NULL;
    }
    for (int i = 0; i < GC_GENERATIONS; i++) {
        if ((gen < 0 || gen == i) && append_generation(vm, out, &vm->gc->gens[i]) < 0) {
            obj_decref(out);
            return NULL;
        }
    }
    return out;
}

// State shared by the referrer/referent visitors.
typedef struct RefSearch {
    Vm *vm;
    Obj *const *targets;
    size_t ntargets;
    Obj *out;
    bool found;
    bool failed;
} RefSearch;

static int visit_find(Obj *child, void *arg) {
    RefSearch *s = arg;
    for (size_t i = 0; i < s->ntargets; i++) {
        if (child == s->targets[i]) {
            s->found = true;
            return 1;
        }
    }
    return 0;
}

static int visit_collect(Obj *child, void *arg) {
    RefSearch *s = arg;
    if (child != NULL && list_append(s->vm, s->out, child) < 0) {
        s->failed = true;
        return 1;
    }
    return 0;
}

// gc.get_referrers(*objs): every tracked object that refers to one of objs.
static Obj *modgc_py_get_referrers(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(self);
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "get_referrers() takes no keyword arguments");
    }
    Obj *out = list_new(vm, 0);
    if (out == NULL) {
        return NULL;
    }
    RefSearch s = {vm, args, nargs, out, false, false};
    for (int i = 0; i <= GC_GENERATIONS; i++) {
        GcHead *l = i < GC_GENERATIONS ? &vm->gc->gens[i] : &vm->gc->permanent;
        for (GcHead *g = gc_link_next(l); g != l; g = gc_link_next(g)) {
            Obj *o = gc_obj(g);
            if (o == out || o->type->traverse == NULL) {
                continue;
            }
            s.found = false;
            o->type->traverse(o, visit_find, &s);
            if (s.found && list_append(vm, out, o) < 0) {
                obj_decref(out);
                return NULL;
            }
        }
    }
    return out;
}

// gc.get_referents(*objs): the objects each of objs refers to.
static Obj *modgc_py_get_referents(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                   Obj *kwnames) {
    OURO_UNUSED(self);
    if (kwnames != NULL && tuple_len(kwnames) > 0) {
        return err_raise(vm, &exc_TypeError, "get_referents() takes no keyword arguments");
    }
    Obj *out = list_new(vm, 0);
    if (out == NULL) {
        return NULL;
    }
    RefSearch s = {vm, NULL, 0, out, false, false};
    for (size_t i = 0; i < nargs && !s.failed; i++) {
        Obj *o = args[i];
        if (func_check(o)) {
            // A function refers to its closure tuple, made on first use.
            Obj *closure = func_closure_tuple(vm, o);
            if (closure == NULL) {
                obj_decref(out);
                return NULL;
            }
            obj_decref(closure);
        }
        if (gc_is_tracked(o) && o->type->traverse != NULL) {
            o->type->traverse(o, visit_collect, &s);
        }
    }
    if (s.failed) {
        obj_decref(out);
        return NULL;
    }
    return out;
}

static Obj *modgc_py_freeze(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "freeze", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    gc_freeze(vm->gc);
    return obj_newref(OBJ_NONE);
}

static Obj *modgc_py_unfreeze(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "unfreeze", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    gc_unfreeze(vm->gc);
    return obj_newref(OBJ_NONE);
}

static Obj *modgc_py_get_freeze_count(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                      Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "get_freeze_count", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, gc_generation_size(vm->gc, GC_GENERATIONS));
}

static Obj *modgc_py_set_debug(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    int64_t flags;
    if (args_check(vm, "set_debug", nargs, kwnames, 1, 1) < 0 || int_arg(vm, args[0], &flags) < 0) {
        return NULL;
    }
    vm->options.gc_stats = (flags & DEBUG_STATS) != 0;
    return obj_newref(OBJ_NONE);
}

static Obj *modgc_py_get_debug(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "get_debug", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_i64(vm, vm->options.gc_stats ? DEBUG_STATS : 0);
}

// Ouro's own: bytes of live allocations (everything allocated through mem.c).
static Obj *modgc_py_mem_alloc(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                               Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "mem_alloc", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, mem_stats().bytes_in_use);
}

// Ouro's own: bytes the C library holds from the OS but has free (0 if unknown).
static Obj *modgc_py_mem_free(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "mem_free", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_u64(vm, mem_free_bytes());
}

static const MethodDef modgc_functions[] = {
    {"collect", modgc_py_collect, METH_DEFAULT, "Run a full (or generation N) collection."},
    {"enable", modgc_py_enable, METH_DEFAULT, "Enable automatic garbage collection."},
    {"disable", modgc_py_disable, METH_DEFAULT, "Disable automatic garbage collection."},
    {"isenabled", modgc_py_isenabled, METH_DEFAULT, "Returns true if automatic gc is enabled."},
    {"get_threshold", modgc_py_get_threshold, METH_DEFAULT, "Return the collection thresholds."},
    {"set_threshold", modgc_py_set_threshold, METH_DEFAULT, "Set the collection thresholds."},
    {"get_count", modgc_py_get_count, METH_DEFAULT, "Return the current collection counts."},
    {"is_tracked", modgc_py_is_tracked, METH_DEFAULT, "True if the object is tracked."},
    {"is_finalized", modgc_py_is_finalized, METH_DEFAULT, "True if the finalizer has run."},
    {"get_stats", modgc_py_get_stats, METH_DEFAULT, "Per-generation collection statistics."},
    {"get_objects", modgc_py_get_objects, METH_DEFAULT, "A list of the tracked objects."},
    {"get_referrers", modgc_py_get_referrers, METH_DEFAULT, "Objects that refer to any of objs."},
    {"get_referents", modgc_py_get_referents, METH_DEFAULT, "Objects referred to by objs."},
    {"freeze", modgc_py_freeze, METH_DEFAULT, "Move all tracked objects to the permanent gen."},
    {"unfreeze", modgc_py_unfreeze, METH_DEFAULT, "Move the permanent gen back to the oldest."},
    {"get_freeze_count", modgc_py_get_freeze_count, METH_DEFAULT, "Objects in the permanent gen."},
    {"set_debug", modgc_py_set_debug, METH_DEFAULT, "Set the debugging flags (DEBUG_STATS)."},
    {"get_debug", modgc_py_get_debug, METH_DEFAULT, "Get the debugging flags."},
    {"mem_alloc", modgc_py_mem_alloc, METH_DEFAULT, "Bytes in use by Ouro's heap."},
    {"mem_free", modgc_py_mem_free, METH_DEFAULT, "Bytes held from the OS but free."},
    {NULL, NULL, 0, NULL},
};

Obj *modgc_init(Vm *vm) {
    Obj *m = module_create_builtin(vm, "gc", modgc_functions);
    if (m == NULL) {
        return NULL;
    }
    vm->gc->roots = visit_roots; // automatic full collections mark from them too
    Obj *d = module_dict(m);
    Obj *garbage = list_new(vm, 0);
    Obj *callbacks = garbage != NULL ? list_new(vm, 0) : NULL;
    int rc = -1;
    if (callbacks != NULL && dict_set_cstr(vm, d, "garbage", garbage) == 0 &&
        dict_set_cstr(vm, d, "callbacks", callbacks) == 0 &&
        dict_set_cstr(vm, d, "DEBUG_STATS", SMALLINT_FROM(DEBUG_STATS)) == 0) {
        rc = 0;
    }
    obj_xdecref(garbage);
    obj_xdecref(callbacks);
    return rc == 0 ? m : NULL;
}
