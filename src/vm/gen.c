/* gen.c: generators. A generator owns a heap frame (frame_new_heap) that
 * survives between resumptions; next()/send() push the sent value and run
 * the dispatch loop until YIELD_VALUE suspends it or it returns. throw()
 * resumes the frame with an exception pending; close() throws
 * GeneratorExit. */
#include "gen.h"

#include <stdio.h>

#include "../memory/gc.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "asyncgen.h"
#include "call.h"
#include "frame.h"
#include "func.h"

typedef struct GenObj {
    Obj head;
    Frame *frame;  // NULL once finished
    Obj *name;     // str
    Obj *qualname; // str
    // The exception being handled inside the generator while it is
    // suspended (an `except` block around a yield), swapped with
    // vm->handled_exc on each resumption as CPython's gi_exc_state.
    Obj *exc_state;
    bool running;
    bool started;
} GenObj;

bool gen_check(const Obj *o) {
    return obj_type(o) == &gen_type || obj_type(o) == &coro_type;
}

static bool is_coro(const GenObj *g) {
    return obj_type((const Obj *)g) == &coro_type;
}

NEWREF Obj *gen_from_call(Vm *vm, Obj *func, Obj *const *args, size_t nargs, Obj *kwnames) {
    FuncObj *fn = (FuncObj *)func;
    Frame *f = frame_new_heap(vm, (CodeObj *)fn->code, func, fn->globals, fn->builtins, NULL);
    if (f == NULL) {
        return NULL;
    }
    if (call_bind(vm, f, func, args, nargs, kwnames) < 0) {
        frame_free_heap(vm, f);
        return NULL;
    }
    int flags = ((CodeObj *)fn->code)->flags;
    TypeObj *type = (flags & CODE_COROUTINE)         ? &coro_type
                    : (flags & CODE_ASYNC_GENERATOR) ? &asyncgen_type
                                                     : &gen_type;
    GenObj *g = (GenObj *)obj_new_container(vm, type, sizeof(GenObj));
    if (g == NULL) {
        frame_free_heap(vm, f);
        return NULL;
    }
    g->frame = f;
    g->name = obj_newref(fn->name);
    g->qualname = obj_newref(fn->qualname);
    return (Obj *)g;
}

// Runs the generator's frame once; `value` (borrowed) is pushed as the
// result of the suspended yield unless the frame is throwing.
static int gen_resume(Vm *vm, GenObj *g, Obj *value, Obj **out) {
    Frame *f = g->frame;
    if (g->running) {
        err_raise(vm, &exc_ValueError, "generator already executing");
        return -1;
    }
    if (f->throwing) {
        // The exception is pending; nothing is pushed.
    } else if (g->started) {
        obj_incref(value);
        *f->sp++ = value;
    }
    if (OURO_UNLIKELY(vm->recursion_depth + vm->c_depth >= vm->recursion_limit ||
                      call_stack_exhausted())) {
        f->throwing = false;
        err_raise(vm, &exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    g->started = true;
    g->running = true;
    f->yielded = false;
    vm->recursion_depth++;
    f->back = vm->frame;
    vm->frame = f;
    Obj *caller_handled = vm->handled_exc;
    vm->handled_exc = g->exc_state;
    g->exc_state = NULL;
    Obj *r = vm_eval_frame(vm, f);
    g->exc_state = vm->handled_exc;
    vm->handled_exc = caller_handled;
    vm->frame = f->back;
    f->back = NULL;
    vm->recursion_depth--;
    g->running = false;
    if (r != NULL && f->yielded) {
        *out = r;
        return 1;
    }
    g->frame = NULL;
    frame_free_heap(vm, f);
    Obj *state = g->exc_state;
    g->exc_state = NULL;
    obj_xdecref(state);
    if (r == NULL) {
        if (err_matches(vm, &exc_StopIteration)) {
            // PEP 479: a StopIteration escaping the body is a bug, not the end.
            Obj *stop = err_fetch(vm);
            err_raise(vm, &exc_RuntimeError, "%s raised StopIteration",
                      is_coro(g) ? "coroutine" : "generator");
            ExcObj *e = (ExcObj *)vm->exc;
            if (e != NULL) {
                obj_replace(&e->cause, stop);
                obj_replace(&e->context, stop);
            }
            obj_decref(stop);
        }
        return -1;
    }
    *out = r;
    return 0;
}

int gen_send(Vm *vm, Obj *gen, Obj *value, Obj **out) {
    GenObj *g = (GenObj *)gen;
    if (g->frame == NULL) {
        if (is_coro(g)) {
            err_raise(vm, &exc_RuntimeError, "cannot reuse already awaited coroutine");
            return -1;
        }
        *out = obj_newref(OBJ_NONE);
        return 0;
    }
    if (!g->started && value != OBJ_NONE) {
        err_raise(vm, &exc_TypeError, "can't send non-None value to a just-started generator");
        return -1;
    }
    return gen_resume(vm, g, value, out);
}

// StopIteration carrying the generator's return value (none for None).
static Obj *raise_stop(Vm *vm, Obj *value) {
    if (value == OBJ_NONE) {
        err_raise_obj(vm, &exc_StopIteration, NULL);
    } else {
        err_raise_obj(vm, &exc_StopIteration, value);
    }
    obj_decref(value);
    return NULL;
}

static Obj *gen_iternext(Vm *vm, Obj *self) {
    Obj *out = NULL;
    int rc = gen_send(vm, self, OBJ_NONE, &out);
    if (rc > 0) {
        return out;
    }
    if (rc == 0 && out != OBJ_NONE) {
        return raise_stop(vm, out);  // as CPython: next() must see the value
    }
    if (rc == 0) {
        obj_decref(out);
    }
    return NULL;
}

static Obj *gen_py_send(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs != 1 || kwnames != NULL) {
        return err_raise(vm, &exc_TypeError, "send() takes exactly one argument (%zu given)",
                         nargs);
    }
    Obj *out = NULL;
    int rc = gen_send(vm, self, args[0], &out);
    if (rc > 0) {
        return out;
    }
    return rc == 0 ? raise_stop(vm, out) : NULL;
}

// Resumes the generator with `exc` (an instance, borrowed) raised at its
// suspended yield. A generator that never started or has finished raises it
// directly.
static int gen_throw_exc(Vm *vm, GenObj *g, Obj *exc, Obj **out);
static int gen_close(Vm *vm, GenObj *g);

// The iterator a suspended `yield from` delegates to, or NULL. Such a
// frame stopped at the JUMP back to its SEND, with the iterator on top.
static Obj *delegate_of(const Frame *f) {
    const CodeObj *co = f->code;
    if (f->pc >= co->ncode || f->sp <= f->stack) {
        return NULL;
    }
    uint32_t in = co->code[f->pc];
    if (INSTR_OP(in) != OP_JUMP || INSTR_ARG(in) >= co->ncode ||
        INSTR_OP(co->code[INSTR_ARG(in)]) != OP_SEND) {
        return NULL;
    }
    return f->sp[-1];
}

// The delegate finished with `value` (consumed): continue after the
// `yield from` with the value as its result.
static int resume_after_delegate(Vm *vm, GenObj *g, Obj *value, Obj **out) {
    Frame *f = g->frame;
    uint32_t send = INSTR_ARG(f->code->code[f->pc]);
    Obj *it = *--f->sp;
    f->pc = INSTR_ARG(f->code->code[send]); // SEND's target expects [value]
    obj_decref(it);
    int rc = gen_resume(vm, g, value, out);
    obj_decref(value);
    return rc;
}

// Raises the pending exception inside the generator at its yield.
static int resume_throwing(Vm *vm, GenObj *g, Obj **out) {
    g->frame->throwing = true;
    return gen_resume(vm, g, OBJ_NONE, out);
}

// throw()/close() of a generator suspended in `yield from`: the exception
// goes to the delegate first, as in CPython (GeneratorExit closes it).
static int throw_to_delegate(Vm *vm, GenObj *g, Obj *sub, Obj *exc, Obj **out) {
    if (obj_is_instance(exc, &exc_GeneratorExit)) {
        Obj *r = NULL;
        if (gen_check(sub)) {
            if (gen_close(vm, (GenObj *)sub) == 0) {
                r = obj_newref(OBJ_NONE);
            }
        } else {
            Obj *close = obj_lookup_attr(vm, sub, str_intern_cstr(vm, "close"));
            r = close != NULL ? obj_call0(vm, close)
                              : (err_occurred(vm) ? NULL : obj_newref(OBJ_NONE));
            obj_xdecref(close);
        }
        if (r == NULL) {
            return resume_throwing(vm, g, out);
        }
        obj_decref(r);
        err_set(vm, exc);
        return resume_throwing(vm, g, out);
    }
    Obj *y = NULL;
    int rc;
    if (gen_check(sub)) {
        rc = gen_throw_exc(vm, (GenObj *)sub, exc, &y);
    } else {
        Obj *throw = obj_lookup_attr(vm, sub, str_intern_cstr(vm, "throw"));
        if (throw == NULL) {
            if (err_occurred(vm)) {
                return resume_throwing(vm, g, out);
            }
            err_set(vm, exc);
            return resume_throwing(vm, g, out);
        }
        y = obj_call1(vm, throw, exc);
        obj_decref(throw);
        rc = y != NULL ? 1 : -1;
        if (rc < 0 && err_matches(vm, &exc_StopIteration)) {
            Obj *stop = err_fetch(vm);
            Obj *args = ((ExcObj *)stop)->args;
            y = obj_newref(args != NULL && tuple_len(args) > 0 ? tuple_get_borrow(args, 0)
                                                               : OBJ_NONE);
            obj_decref(stop);
            rc = 0;
        }
    }
    if (rc > 0) {
        *out = y; // the generator stays suspended in its `yield from`
        return 1;
    }
    if (rc == 0) {
        return resume_after_delegate(vm, g, y, out);
    }
    return resume_throwing(vm, g, out);
}

static int gen_throw_exc(Vm *vm, GenObj *g, Obj *exc, Obj **out) {
    if (g->frame == NULL || !g->started) {
        if (g->frame != NULL) {
            Frame *f = g->frame;
            g->frame = NULL;
            frame_free_heap(vm, f);
        }
        err_set(vm, exc);
        return -1;
    }
    if (g->running) {
        err_raise(vm, &exc_ValueError, "generator already executing");
        return -1;
    }
    Obj *sub = delegate_of(g->frame);
    if (sub != NULL) {
        obj_incref(sub);
        int rc = throw_to_delegate(vm, g, sub, exc, out);
        obj_decref(sub);
        return rc;
    }
    err_set(vm, exc);
    return resume_throwing(vm, g, out);
}

int gen_throw(Vm *vm, Obj *gen, Obj *exc, Obj **out) {
    return gen_throw_exc(vm, (GenObj *)gen, exc, out);
}

int gen_close_now(Vm *vm, Obj *gen) {
    return gen_close(vm, (GenObj *)gen);
}

NEWREF Obj *gen_throw_args(Vm *vm, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs < 1 || nargs > 3 || kwnames != NULL) {
        return err_raise(vm, &exc_TypeError, "throw expected at least 1 argument, got %zu", nargs);
    }
    Obj *typ = args[0], *exc;
    if (obj_is_instance(typ, &type_type) && type_is_subtype((TypeObj *)typ, &exc_BaseException)) {
        Obj *val = nargs > 1 ? args[1] : OBJ_NONE;
        if (val != OBJ_NONE && obj_is_instance(val, (TypeObj *)typ)) {
            exc = obj_newref(val);
        } else if (val == OBJ_NONE) {
            exc = obj_call0(vm, typ);
        } else {
            exc = obj_call1(vm, typ, val);
        }
        if (exc == NULL) {
            return NULL;
        }
    } else if (obj_is_instance(typ, &exc_BaseException)) {
        exc = obj_newref(typ);
    } else {
        return err_raise(vm, &exc_TypeError,
                         "exceptions must be classes or instances deriving from BaseException, "
                         "not %s",
                         obj_type_name(typ));
    }
    return exc;
}

static Obj *gen_py_throw(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *exc = gen_throw_args(vm, args, nargs, kwnames);
    if (exc == NULL) {
        return NULL;
    }
    Obj *out = NULL;
    int rc = gen_throw_exc(vm, (GenObj *)self, exc, &out);
    obj_decref(exc);
    if (rc > 0) {
        return out;
    }
    return rc == 0 ? raise_stop(vm, out) : NULL;
}

// close(): GeneratorExit at the yield; a generator that yields again is an
// error, one that finishes or lets GeneratorExit out is closed.
static int gen_close(Vm *vm, GenObj *g) {
    if (g->frame == NULL) {
        return 0;
    }
    if (!g->started) {
        Frame *f = g->frame;
        g->frame = NULL;
        frame_free_heap(vm, f);
        return 0;
    }
    Obj *exc = exc_new(vm, &exc_GeneratorExit, tuple_empty);
    if (exc == NULL) {
        return -1;
    }
    Obj *out = NULL;
    int rc = gen_throw_exc(vm, g, exc, &out);
    obj_decref(exc);
    if (rc > 0) {
        obj_decref(out);
        err_raise(vm, &exc_RuntimeError, "generator ignored GeneratorExit");
        return -1;
    }
    if (rc == 0) {
        obj_decref(out);
        return 0;
    }
    if (err_matches(vm, &exc_GeneratorExit) || err_matches(vm, &exc_StopIteration)) {
        err_clear(vm);
        return 0;
    }
    return -1;
}

static Obj *gen_py_close(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (nargs != 0 || kwnames != NULL) {
        return err_raise(vm, &exc_TypeError, "close() takes no arguments (%zu given)", nargs);
    }
    if (gen_close(vm, (GenObj *)self) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

// CPython's RuntimeWarning for a coroutine dropped before it ran, as its
// default warning filter prints it (without the source line: only the last
// line of stderr is compared, and it is this fixed one).
static void warn_never_awaited(Vm *vm, const GenObj *g) {
    Frame *f = vm->frame;
    fflush(stdout);
    if (f != NULL) {
        fprintf(stderr, "%s:%d: ", str_cstr(f->code->filename), frame_line(f));
    } else {
        fputs("sys:1: ", stderr);
    }
    fprintf(stderr,
            "RuntimeWarning: coroutine '%s' was never awaited\n"
            "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
            str_cstr(g->qualname));
}

// A generator dropped while suspended inside a try block is closed, so its
// finally clauses and with-exits run (CPython's generator finalizer).
static void gen_finalize(Vm *vm, Obj *self) {
    GenObj *g = (GenObj *)self;
    if (g->frame != NULL && !g->started && is_coro(g)) {
        warn_never_awaited(vm, g);
    }
    if (g->frame == NULL || !g->started) {
        return;
    }
    Obj *saved = err_fetch(vm); // the locals' finalizers must start clean
    if (g->frame->nblocks == 0) {
        // No handler could see GeneratorExit: closing only drops the frame,
        // which is done here directly. Like CPython's close, it releases
        // the locals before the collector counts what is still unreachable.
        Frame *f = g->frame;
        g->frame = NULL;
        frame_free_heap(vm, f);
    } else if (gen_close(vm, g) < 0) {
        err_write_unraisable(vm, self);
    }
    if (saved != NULL) {
        err_set(vm, saved);
        obj_decref(saved);
    }
}

static int gen_traverse(Obj *self, GcVisitFn visit, void *arg) {
    GenObj *g = (GenObj *)self;
    Frame *f = g->frame;
    if (g->exc_state != NULL) {
        int rc = visit(g->exc_state, arg);
        if (rc != 0) {
            return rc;
        }
    }
    if (f == NULL) {
        return 0;
    }
    size_t nslots = (size_t)f->code->nlocals + (size_t)f->code->ncells + (size_t)f->code->nfrees;
    for (size_t i = 0; i < nslots; i++) {
        if (f->fast[i] != NULL) {
            int rc = visit(f->fast[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    // While the generator runs, f->sp is only saved at calls and may point
    // above values already released: its stack is then left unvisited,
    // which only makes those values look externally held (safe).
    Obj **top = g->running ? f->stack : f->sp;
    for (Obj **p = f->stack; p < top; p++) {
        if (*p != NULL) {
            int rc = visit(*p, arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    Obj *refs[] = {f->func, f->globals, f->builtins, f->locals};
    for (size_t i = 0; i < 4; i++) {
        if (refs[i] != NULL) {
            int rc = visit(refs[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    return 0;
}

static void gen_clear(Obj *self) {
    GenObj *g = (GenObj *)self;
    Frame *f = g->frame;
    if (f != NULL && !g->running) {
        g->frame = NULL;
        frame_free_heap(rt_vm, f);
    }
    Obj *state = g->exc_state;
    g->exc_state = NULL;
    obj_xdecref(state);
}

static void gen_dealloc(Obj *self) {
    GenObj *g = (GenObj *)self;
    gc_untrack(self);
    gen_clear(self);
    obj_xdecref(g->name);
    obj_xdecref(g->qualname);
    obj_free(self);
}

// "<generator object f at 0x...>", and the same for coroutines and async
// generators, named by their type.
static Obj *gen_repr(Vm *vm, Obj *self) {
    return str_from_fmt(vm, "<%s object %S at %p>", obj_type(self)->name,
                        ((GenObj *)self)->qualname, (void *)self);
}

static Obj *gen_iter(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(self);
}

static Obj *gen_get_name(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(((GenObj *)self)->name);
}

static Obj *gen_get_qualname(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(((GenObj *)self)->qualname);
}

static Obj *gen_get_running(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_bool(((GenObj *)self)->running);
}

static const MethodDef gen_methods[] = {
    {"send", gen_py_send, METH_DEFAULT, "send(arg) -> send 'arg' into generator"},
    {"throw", gen_py_throw, METH_DEFAULT, "throw(typ[,val[,tb]]) -> raise exception in generator"},
    {"close", gen_py_close, METH_DEFAULT, "close() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

// The attributes of the three kinds; only the name of `running` differs.
#define GEN_GETSET(running)                                                                        \
    {                                                                                              \
        {"__name__", gen_get_name, NULL}, {"__qualname__", gen_get_qualname, NULL},                \
            {running, gen_get_running, NULL}, {NULL, NULL, NULL},                                  \
    }
static const GetSetDef gen_getset[] = GEN_GETSET("gi_running");

// The slots generators and coroutines share (one object layout).
// clang-format off
#define GEN_COMMON_SLOTS                              \
    .head = OBJ_HEAD_INIT(&type_type), .basicsize = sizeof(GenObj), \
    .flags = TYPE_FLAG_GC | TYPE_FLAG_HAS_FINALIZE, .dealloc = gen_dealloc, \
    .traverse = gen_traverse, .clear = gen_clear, .finalize = gen_finalize, \
    .getattr = obj_generic_getattr

TypeObj gen_type = {
    GEN_COMMON_SLOTS,
    .name = "generator",
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getset = gen_getset,
};
// clang-format on

// ---------------------------------------------------------------------------
// Coroutines: the objects `async def` functions return. They are generators
// underneath (same frame, send/throw/close), but are not iterable: `await`
// drives them (GET_AWAITABLE, then the SEND loop), and __await__ hands out
// a wrapper iterator for code that drives them by hand.
// ---------------------------------------------------------------------------

static const GetSetDef asyncgen_getset[] = GEN_GETSET("ag_running");

// The objects of `async def` functions that yield; their methods, which
// hand out awaitables, live in asyncgen.c.
// clang-format off
TypeObj asyncgen_type = {
    GEN_COMMON_SLOTS,
    .name = "async_generator",
    .repr = gen_repr,
    .methods = asyncgen_methods,
    .getset = asyncgen_getset,
};
// clang-format on

typedef struct CoroWrapperObj {
    Obj head;
    Obj *coro;
} CoroWrapperObj;

static Obj *coro_py_await(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (nargs != 0 || kwnames != NULL) {
        return err_raise(vm, &exc_TypeError, "__await__() takes no arguments (%zu given)", nargs);
    }
    CoroWrapperObj *w =
        (CoroWrapperObj *)obj_new_container(vm, &coro_wrapper_type, sizeof(CoroWrapperObj));
    if (w == NULL) {
        return NULL;
    }
    w->coro = obj_newref(self);
    return (Obj *)w;
}

static const MethodDef coro_methods[] = {
    {"send", gen_py_send, METH_DEFAULT, "send(arg) -> send 'arg' into coroutine"},
    {"throw", gen_py_throw, METH_DEFAULT, "throw(typ[,val[,tb]]) -> raise exception in coroutine"},
    {"close", gen_py_close, METH_DEFAULT, "close() -> raise GeneratorExit inside coroutine."},
    {"__await__", coro_py_await, METH_DEFAULT,
     "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef coro_getset[] = GEN_GETSET("cr_running");

// clang-format off
TypeObj coro_type = {
    GEN_COMMON_SLOTS,
    .name = "coroutine",
    .repr = gen_repr,
    .methods = coro_methods,
    .getset = coro_getset,
};
// clang-format on

static int wrapper_traverse(Obj *self, GcVisitFn visit, void *arg) {
    Obj *coro = ((CoroWrapperObj *)self)->coro;
    return coro != NULL ? visit(coro, arg) : 0;
}

static void wrapper_clear(Obj *self) {
    CoroWrapperObj *w = (CoroWrapperObj *)self;
    Obj *coro = w->coro;
    w->coro = NULL;
    obj_xdecref(coro);
}

static void wrapper_dealloc(Obj *self) {
    gc_untrack(self);
    wrapper_clear(self);
    obj_free(self);
}

// The wrapper's methods are the coroutine's, applied to the coroutine.
static Obj *wrapper_py_send(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return gen_py_send(vm, ((CoroWrapperObj *)self)->coro, args, nargs, kwnames);
}

static Obj *wrapper_py_throw(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return gen_py_throw(vm, ((CoroWrapperObj *)self)->coro, args, nargs, kwnames);
}

static Obj *wrapper_py_close(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return gen_py_close(vm, ((CoroWrapperObj *)self)->coro, args, nargs, kwnames);
}

// next(wrapper): a return value ends the iteration as StopIteration(value),
// which is what a hand-written driver of __await__() looks for.
static Obj *wrapper_iternext(Vm *vm, Obj *self) {
    Obj *out = NULL;
    int rc = gen_send(vm, ((CoroWrapperObj *)self)->coro, OBJ_NONE, &out);
    if (rc > 0) {
        return out;
    }
    return rc == 0 ? raise_stop(vm, out) : NULL;
}

static const MethodDef wrapper_methods[] = {
    {"send", wrapper_py_send, METH_DEFAULT, NULL},
    {"throw", wrapper_py_throw, METH_DEFAULT, NULL},
    {"close", wrapper_py_close, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObj coro_wrapper_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapperObj),
    .flags = TYPE_FLAG_GC,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .getattr = obj_generic_getattr,
    .iter = gen_iter,
    .iternext = wrapper_iternext,
    .methods = wrapper_methods,
};

NEWREF Obj *gen_get_awaitable(Vm *vm, Obj *o) {
    TypeObj *t = obj_type(o);
    if (t == &coro_type) {
        return obj_newref(o);
    }
    Obj *name = str_intern_cstr(vm, "__await__");
    if (name == NULL) {
        return NULL;
    }
    if (type_lookup(vm, t, name) == NULL) {
        if (err_occurred(vm)) {
            return NULL;
        }
        return err_raise(vm, &exc_TypeError, "object %s can't be used in 'await' expression",
                         obj_type_name(o));
    }
    Obj *it = obj_call_method(vm, o, "__await__", NULL, 0);
    if (it == NULL) {
        return NULL;
    }
    if (obj_type(it) == &coro_wrapper_type) {
        // Await the coroutine itself, so that SEND sees its return value.
        Obj *coro = obj_newref(((CoroWrapperObj *)it)->coro);
        obj_decref(it);
        return coro;
    }
    if (obj_type(it) == &coro_type) {
        obj_decref(it);
        return err_raise(vm, &exc_TypeError, "__await__() returned a coroutine");
    }
    if (obj_type(it)->iternext == NULL) {
        err_raise(vm, &exc_TypeError, "__await__() returned non-iterator of type '%s'",
                  obj_type_name(it));
        obj_decref(it);
        return NULL;
    }
    return it;
}
