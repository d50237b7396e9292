/* runtime.c: the interpreter's start-up and tear-down. rt_init readies the
 * static types, creates the identifier table, builtins, sys and gc;
 * rt_finalize unwinds all of it in CPython's order (the main module first,
 * then sys.modules, then cycles, then the tables the runtime itself holds)
 * so that __del__ methods run while the objects they use still exist, and
 * -X leakcheck can demand that nothing is left. */
#include <stdio.h>
#include <string.h>

#include "../compile/code.h"
#include "../memory/gc.h"
#include "../memory/mem.h"
#include "../modules/mod_random.h"
#include "../modules/mod_re.h"
#include "../modules/modules.h"
#include "../modules/mod_array.h"
#include "../modules/mod_atexit.h"
#include "../modules/mod_collections.h"
#include "../modules/mod_hashlib.h"
#include "../modules/mod_struct.h"
#include "../objects/alloc.h"
#include "../objects/bytesobj.h"
#include "../objects/dict.h"
#include "../objects/dict_impl.h"
#include "../objects/fileobj.h"
#include "../objects/file_io.h"
#include "../objects/list_impl.h"
#include "../objects/typeimpl.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/list.h"
#include "../objects/memoryview.h"
#include "../objects/misc.h"
#include "../objects/module.h"
#include "../objects/runtime.h"
#include "../objects/set.h"
#include "../objects/set_impl.h"
#include "../objects/str.h"
#include "../objects/traceback.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../objects/unionobj.h"
#include "../objects/weakref.h"
#include "asyncgen.h"
#include "builtins_async.h"
#include "builtins_vm.h"
#include "call.h"
#include "frame.h"
#include "frameobj.h"
#include "func.h"
#include "gen.h"

Vm *rt_vm;

// Defined in str_type.c without a header of its own.
extern TypeObj str_iter_type;

// Every static type the runtime readies (and releases the dict, MRO and
// bases of at exit). Exception types come from EXC_TYPES below.
static TypeObj *const static_types[] = {
    &object_type,
    &type_type,
    &int_type,
    &bool_type,
    &float_type,
    &union_type,
    &complex_type,
    &none_type,
    &notimpl_type,
    &ellipsis_type,
    &str_type,
    &list_type,
    &tuple_type,
    &dict_type,
    &set_type,
    &frozenset_type,
    &memoryview_type,
    &random_type,
    &sysrandom_type,
    &range_type,
    &slice_type,
    &enumerate_type,
    &zip_type,
    &reversed_type,
    &seqiter_type,
    &map_type,
    &filter_type,
    &builtin_func_type,
    &method_descr_type,
    &method_type,
    &staticmethod_type,
    &classmethod_type,
    &property_type,
    &weakref_ref_type,
    &weakref_proxy_type,
    &weakref_callable_proxy_type,
    &module_type,
    &code_type,
    &traceback_type,
    &frame_type,
    &function_type,
    &cell_type,
    &gen_type,
    &coro_type,
    &coro_wrapper_type,
    &asyncgen_type,
    &asyncgen_await_type,
    &asyncgen_value_type,
    &super_type,
    &listiter_type,
    &listreviter_type,
    &tupleiter_type,
    &dict_keys_type,
    &dict_values_type,
    &dict_items_type,
    &dict_keyiter_type,
    &dict_valueiter_type,
    &dict_itemiter_type,
    &dict_revkeyiter_type,
    &dict_revvalueiter_type,
    &dict_revitemiter_type,
    &getset_descr_type,
    &wrapper_descr_type,
    &file_type,
    &fio_text_type, &fio_reader_type, &fio_writer_type, &fio_random_type, &fio_raw_type,
    &rangeiter_type,
    &longrangeiter_type,
    &calliter_type,
    &setiter_type,
    &str_iter_type,
    &modre_code_type,
    &bytes_type, &bytearray_type, &bytes_iter_type, &bytearray_iter_type,
    &deque_type, &dequeiter_type, &dequereviter_type,
    &array_type, &struct_type, &struct_unpackiter_type,
    &hashlib_hash_type,
};

#define EXC_ADDR(name, base) &exc_##name,
static TypeObj *const exc_types[] = {EXC_TYPES(EXC_ADDR)};
#undef EXC_ADDR

static void oom_hook(size_t requested) {
    OURO_UNUSED(requested);
    if (rt_vm != NULL) {
        err_nomemory(rt_vm);
    }
}

static int init_ids(Vm *vm) {
#define RT_ID_INIT(field, text)                                                                    \
    vm->id.field = str_intern_cstr(vm, text);                                                      \
    if (vm->id.field == NULL) {                                                                    \
        return -1;                                                                                 \
    }
    RT_IDS(RT_ID_INIT)
#undef RT_ID_INIT
    return 0;
}

// The `builtins` module, sharing vm->builtins as its dict.
static int init_builtins_module(Vm *vm) {
    Obj *m = module_new(vm, "builtins");
    if (m == NULL) {
        return -1;
    }
    obj_replace(&((ModuleObj *)m)->dict, vm->builtins);
    // len.__self__ is the builtins module, and len.__module__ 'builtins'.
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(vm->builtins, &pos, &k, &v)) {
        if (obj_type(v) == &builtin_func_type) {
            builtin_func_bind_module(v, m);
        }
    }
    int rc = 0;
    Obj *name = str_from_cstr(vm, "builtins");
    if (name == NULL || dict_set_cstr(vm, vm->builtins, "__name__", name) < 0 ||
        dict_set_cstr(vm, vm->modules, "builtins", m) < 0) {
        rc = -1;
    }
    obj_xdecref(name);
    obj_decref(m);
    return rc;
}

static int init_objects(Vm *vm) {
    for (size_t i = 0; i < sizeof static_types / sizeof static_types[0]; i++) {
        if (type_ready(vm, static_types[i]) < 0) {
            return -1;
        }
    }
    if (init_ids(vm) < 0) {
        return -1;
    }
    vm->modules = dict_new(vm);
    vm->builtins = dict_new(vm);
    if (vm->modules == NULL || vm->builtins == NULL) {
        return -1;
    }
    if (exc_init_types(vm, vm->builtins) < 0) {
        return -1;
    }
    vm->memory_error = exc_new(vm, &exc_MemoryError, tuple_empty);
    if (vm->memory_error == NULL) {
        return -1;
    }
    if (bi_init(vm, vm->builtins) < 0 || bvm_init(vm, vm->builtins) < 0 ||
        basync_init(vm, vm->builtins) < 0 ||
        init_builtins_module(vm) < 0) {
        return -1;
    }
    type_super_args_hook = bvm_super_args;
    Obj *sys = modsys_init(vm);
    if (sys == NULL) {
        return -1;
    }
    obj_replace(&vm->sys_module, sys);
    if (frameobj_add_getframe(vm, sys) < 0) {
        return -1;
    }
    if (modgc_init(vm) == NULL) {
        return -1;
    }
    return 0;
}

Vm *rt_init(const RtOptions *options) {
    mem_set_oom_hook(oom_hook);
    Vm *vm = mem_calloc(1, sizeof(Vm));
    if (vm == NULL) {
        fprintf(stderr, "ouro: out of memory at start-up\n");
        return NULL;
    }
    rt_vm = vm;
    if (options != NULL) {
        vm->options = *options;
    }
    vm->recursion_limit = 1000;
    call_stack_init();
    vm->gc = gc_state_new();
    if (vm->gc == NULL || init_objects(vm) < 0) {
        fprintf(stderr, "ouro: cannot initialize the interpreter\n");
        if (vm->exc != NULL) {
            traceback_print_exception(vm, vm->exc);
        }
        return NULL;
    }
    if (vm->options.heap_limit > 0) {
        mem_set_limit(vm->options.heap_limit);
    }
    return vm;
}

// --- Tear-down ---------------------------------------------------------------

// CPython's module teardown: rebind the globals to None, those with one
// leading underscore first, in insertion order, keeping __builtins__. The
// objects they held die here, and their __del__ methods still find the
// other globals of the module.
static void clear_module_dict(Vm *vm, Obj *dict) {
    Obj *keys = list_new(vm, 0);
    if (keys == NULL) {
        err_clear(vm);
        return;
    }
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(dict, &pos, &k, &v)) {
        if (list_append(vm, keys, k) < 0) {
            err_clear(vm);
            break;
        }
    }
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < list_len(keys); i++) {
            Obj *key = list_get_borrow(keys, i);
            if (!str_check(key)) {
                continue;
            }
            const char *s = str_cstr(key);
            bool single_underscore = s[0] == '_' && s[1] != '_';
            if ((pass == 0) != single_underscore || str_equal_cstr(key, "__builtins__")) {
                continue;
            }
            Obj *cur = dict_get_borrow(vm, dict, key);
            if (cur != NULL && cur != OBJ_NONE && dict_set(vm, dict, key, OBJ_NONE) < 0) {
                err_clear(vm);
            }
            if (vm->exc != NULL) {
                err_write_unraisable(vm, NULL);
            }
        }
    }
    obj_decref(keys);
}

// Empties sys.modules: the main module's teardown first, then every other
// module's dict, then the table itself.
static void clear_modules(Vm *vm) {
    Obj *main = dict_get_cstr_borrow(vm, vm->modules, "__main__");
    if (main != NULL && obj_type(main) == &module_type) {
        obj_incref(main);
        clear_module_dict(vm, module_dict(main));
        obj_decref(main);
    }
    err_clear(vm);
    Obj *mods = list_new(vm, 0);
    if (mods != NULL) {
        size_t pos = 0;
        Obj *k, *v;
        while (dict_next(vm->modules, &pos, &k, &v)) {
            if (list_append(vm, mods, v) < 0) {
                break;
            }
        }
    }
    err_clear(vm);
    dict_clear(vm->modules);
    if (mods != NULL) {
        for (size_t i = 0; i < list_len(mods); i++) {
            Obj *m = list_get_borrow(mods, i);
            if (obj_type(m) == &module_type && module_dict(m) != vm->builtins) {
                clear_module_dict(vm, module_dict(m));
            }
        }
        for (size_t i = 0; i < list_len(mods); i++) {
            Obj *m = list_get_borrow(mods, i);
            if (obj_type(m) == &module_type && module_dict(m) != vm->builtins) {
                dict_clear(module_dict(m));
            }
        }
        obj_decref(mods);
    }
    err_clear(vm);
}

static void collect_all(Vm *vm) {
    for (int i = 0; i < 8; i++) {
        int64_t n = gc_collect(vm, 2);
        err_clear(vm);
        if (n <= 0) {
            break;
        }
    }
}

// Drops what a static type holds (its dict, MRO, bases, name): static types
// are immortal, their contents are not.
static void release_type(TypeObj *t) {
    if (t->dict != NULL) {
        dict_clear(t->dict);
    }
}

static void release_type_refs(TypeObj *t) {
    type_clear_static(t);
}

static void release_static_types(void) {
    size_t ns = sizeof static_types / sizeof static_types[0];
    size_t ne = sizeof exc_types / sizeof exc_types[0];
    for (size_t i = 0; i < ns; i++) {
        release_type(static_types[i]);
    }
    for (size_t i = 0; i < ne; i++) {
        release_type(exc_types[i]);
    }
    for (size_t i = 0; i < ns; i++) {
        release_type_refs(static_types[i]);
    }
    for (size_t i = 0; i < ne; i++) {
        release_type_refs(exc_types[i]);
    }
}

static void release_slot(Obj **slot) {
    Obj *old = *slot;
    *slot = NULL;
    obj_xdecref(old);
}

int rt_finalize(Vm *vm) {
    if (vm == NULL) {
        return 0;
    }
    err_clear(vm);
    modatexit_run(vm); // atexit callbacks first, as CPython's finalization
    weakref_run_exit_hook(vm); // weakref.finalize's atexit, before modules go
    gc_exit_report(vm->gc); // -X memstats: the program's numbers, before tear-down
    // CPython collects once more here, while every module still exists, so
    // that finalizers of garbage cycles see a whole interpreter.
    if (vm->gc->enabled) {
        gc_collect(vm, GC_GENERATIONS - 1);
        err_clear(vm);
    }
    release_slot(&vm->handled_exc);
    clear_modules(vm);
    collect_all(vm);
    if (vm->builtins != NULL) {
        dict_clear(vm->builtins);
    }
    release_slot(&vm->sys_module);
    release_slot(&vm->argv);
    release_slot(&vm->repr_active);
    collect_all(vm);
    release_static_types();
    release_slot(&vm->builtins);
    release_slot(&vm->modules);
    collect_all(vm);
    err_clear(vm);
    release_slot(&vm->memory_error);
    if (vm->interned != NULL) {
        dict_clear(vm->interned);
    }
    release_slot(&vm->interned);
    memset(&vm->id, 0, sizeof vm->id);
    frame_stack_free();
    int rc = 0;
    size_t live = obj_live_count();
    if (vm->options.leak_check && live > 0) {
        fflush(stdout);
        fprintf(stderr, "ouro: leak check: %zu objects still alive\n", live);
        obj_live_report(stderr);
        rc = 1;
    }
    GcState *st = vm->gc;
    vm->gc = NULL;
    gc_state_free(st);
    rt_vm = NULL;
    mem_set_oom_hook(NULL);
    mem_free(vm);
    return rc;
}

// --- C recursion guard ----------------------------------------------------------

// C recursion counts against the same limit as Python calls, as in CPython
// 3.11, where one counter serves both: a __repr__ that calls repr() on
// itself fails after the same number of levels in both interpreters. The
// guard allows one level more than a Python call so that such a loop
// fails in the call, with CPython's "while calling a Python object".
int rt_enter_c(Vm *vm, const char *where) {
    if (OURO_UNLIKELY(++vm->c_depth + vm->recursion_depth > vm->recursion_limit + 1 ||
                      call_stack_exhausted())) {
        vm->c_depth--;
        err_raise(vm, &exc_RecursionError, "maximum recursion depth exceeded%s",
                  where != NULL ? where : "");
        return -1;
    }
    return 0;
}

void rt_leave_c(Vm *vm) {
    vm->c_depth--;
}
