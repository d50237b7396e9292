/* runtime.h: the interpreter state (Vm) shared by every layer, its start-up
 * and tear-down, and the table of well-known identifier strings. The VM's
 * frames are opaque here; vm/ owns them. */
#ifndef OURO_RUNTIME_H
#define OURO_RUNTIME_H

#include "object.h"

struct Frame;
struct GcState;

// Well-known identifiers, created once as interned immortal-for-the-run
// strings: vm->id.NAME is a borrowed str for the text.
#define RT_IDS(X)                                                                                  \
    X(init, "__init__")                                                                            \
    X(new_, "__new__")                                                                             \
    X(del, "__del__")                                                                              \
    X(repr, "__repr__")                                                                            \
    X(str, "__str__")                                                                              \
    X(hash, "__hash__")                                                                            \
    X(eq, "__eq__")                                                                                \
    X(ne, "__ne__")                                                                                \
    X(lt, "__lt__")                                                                                \
    X(le, "__le__")                                                                                \
    X(gt, "__gt__")                                                                                \
    X(ge, "__ge__")                                                                                \
    X(len, "__len__")                                                                              \
    X(bool_, "__bool__")                                                                           \
    X(getitem, "__getitem__")                                                                      \
    X(setitem, "__setitem__")                                                                      \
    X(delitem, "__delitem__")                                                                      \
    X(contains, "__contains__")                                                                    \
    X(iter, "__iter__")                                                                            \
    X(next, "__next__")                                                                            \
    X(call, "__call__")                                                                            \
    X(getattr, "__getattr__")                                                                      \
    X(getattribute, "__getattribute__")                                                            \
    X(setattr, "__setattr__")                                                                      \
    X(delattr, "__delattr__")                                                                      \
    X(sizeof_, "__sizeof__")                                                                       \
    X(name, "__name__")                                                                            \
    X(qualname, "__qualname__")                                                                    \
    X(module, "__module__")                                                                        \
    X(doc, "__doc__")                                                                              \
    X(dict, "__dict__")                                                                            \
    X(class_, "__class__")                                                                         \
    X(builtins, "__builtins__")                                                                    \
    X(main, "__main__")                                                                            \
    X(index, "__index__")                                                                          \
    X(float_, "__float__")                                                                         \
    X(int_, "__int__")                                                                             \
    X(neg, "__neg__")                                                                              \
    X(pos, "__pos__")                                                                              \
    X(abs, "__abs__")                                                                              \
    X(invert, "__invert__")                                                                        \
    X(get, "__get__")                                                                              \
    X(set, "__set__")                                                                              \
    X(delete_, "__delete__")                                                                       \
    X(build_class, "__build_class__")                                                              \
    X(empty, "")

typedef struct RtIds {
#define RT_ID_FIELD(field, text) Obj *field;
    RT_IDS(RT_ID_FIELD)
#undef RT_ID_FIELD
} RtIds;

// Options set from the command line (-X ...) before vm_init.
typedef struct RtOptions {
    bool leak_check;     // -X leakcheck: report objects alive at exit, exit non-zero
    bool gc_stats;       // -X gcstats: per-collection statistics on stderr
    bool dis;            // -X dis: the main program's bytecode on stderr before it runs
    size_t heap_limit;   // -X heaplimit=N: bytes, 0 = unlimited
} RtOptions;

struct Vm {
    // The pending exception (an exception instance), or NULL. Exactly one is
    // pending whenever a function returned its error value.
    Obj *exc;
    // The exception being handled by the innermost active `except` clause
    // (sys.exc_info()[1]), or NULL.
    Obj *handled_exc;

    struct Frame *frame;     // innermost running frame, NULL outside code
    int recursion_depth;     // Python calls in progress
    int recursion_limit;     // sys.getrecursionlimit()
    int c_depth;             // C recursion guard for repr, compare, hash, ...

    Obj *builtins;           // dict of the builtins module
    Obj *modules;            // dict: sys.modules
    Obj *sys_module;
    Obj *interned;           // dict str -> str of interned strings
    Obj *repr_active;        // list of containers inside repr (for [...])
    Obj *memory_error;       // pre-allocated MemoryError instance
    Obj *argv;               // list: sys.argv

    struct GcState *gc;      // collector state (memory/gc.h)
    RtOptions options;
    RtIds id;
};

// The one interpreter of this process, for code paths that have no `vm`
// argument (deallocation, finalizers, the allocator's MemoryError).
extern Vm *rt_vm;

// Creates the interpreter: types readied, builtins, sys and gc modules,
// identifiers. Returns NULL (with a message on stderr) when memory runs out.
Vm *rt_init(const RtOptions *options);

// Tears the interpreter down, freeing every object it owns (modules, cycles
// included). With options.leak_check, reports objects still alive on stderr
// and returns 1; returns 0 otherwise.
int rt_finalize(Vm *vm);

// Raises RecursionError when the C recursion guard is exceeded; call
// rt_leave_c() after a successful rt_enter_c(). Used by repr, comparison,
// hashing and the compiler. Returns 0, or -1 with RecursionError pending.
int rt_enter_c(Vm *vm, const char *where);
void rt_leave_c(Vm *vm);

#endif
