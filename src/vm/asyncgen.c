/* asyncgen.c: the awaitables of asynchronous generators. Awaiting
 * agen.__anext__() (or asend/athrow/aclose) resumes the generator; a value
 * it yields itself arrives marked (ASYNC_GEN_WRAP) and ends the await with
 * that value (StopIteration(value) to the driver), while anything else it
 * yields comes from an await inside and is passed through to the event
 * loop. A generator that returns ends the iteration: StopAsyncIteration. */
#include "asyncgen.h"

#include "../memory/gc.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "gen.h"

// --- the marked value -------------------------------------------------------

typedef struct AsyncGenValueObj {
    Obj head;
    Obj *value;
} AsyncGenValueObj;

static int one_ref_traverse(Obj *self, GcVisitFn visit, void *arg) {
    Obj *v = ((AsyncGenValueObj *)self)->value;
    return v != NULL ? visit(v, arg) : 0;
}

static void one_ref_clear(Obj *self) {
    AsyncGenValueObj *w = (AsyncGenValueObj *)self;
    Obj *v = w->value;
    w->value = NULL;
    obj_xdecref(v);
}

static void one_ref_dealloc(Obj *self) {
    gc_untrack(self);
    one_ref_clear(self);
    obj_free(self);
}

TypeObj asyncgen_value_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(AsyncGenValueObj),
    .flags = TYPE_FLAG_GC,
    .dealloc = one_ref_dealloc,
    .traverse = one_ref_traverse,
    .clear = one_ref_clear,
};

NEWREF Obj *asyncgen_wrap(Vm *vm, Obj *value) {
    AsyncGenValueObj *w =
        (AsyncGenValueObj *)obj_new_container(vm, &asyncgen_value_type, sizeof(AsyncGenValueObj));
    if (w == NULL) {
        return NULL;
    }
    w->value = obj_newref(value);
    return (Obj *)w;
}

// --- the awaitable ----------------------------------------------------------

typedef enum { AWAIT_INIT, AWAIT_ITER, AWAIT_DONE } AwaitState;

typedef struct AsyncGenAwaitObj {
    Obj head;
    Obj *gen;
    Obj *value;    // asend: sent on the first resumption
    Obj *exc;      // athrow/aclose: raised on the first resumption, else NULL
    bool is_close; // aclose: finishing is the success
    AwaitState state;
} AsyncGenAwaitObj;

static AsyncGenAwaitObj *as_await(Obj *o) {
    return (AsyncGenAwaitObj *)o;
}

static int await_traverse(Obj *self, GcVisitFn visit, void *arg) {
    AsyncGenAwaitObj *a = as_await(self);
    Obj *refs[3] = {a->gen, a->value, a->exc};
    for (int i = 0; i < 3; i++) {
        int rc = refs[i] != NULL ? visit(refs[i], arg) : 0;
        if (rc != 0) {
            return rc;
        }
    }
    return 0;
}

static void await_clear(Obj *self) {
    AsyncGenAwaitObj *a = as_await(self);
    Obj *refs[3] = {a->gen, a->value, a->exc};
    a->gen = a->value = a->exc = NULL;
    for (int i = 0; i < 3; i++) {
        obj_xdecref(refs[i]);
    }
}

static void await_dealloc(Obj *self) {
    gc_untrack(self);
    await_clear(self);
    obj_free(self);
}

// Turns one resumption's result (as gen_send's) into the awaitable's: a
// pass-through value, or NULL with StopIteration(yielded value),
// StopAsyncIteration or the generator's exception pending.
static Obj *await_result(Vm *vm, AsyncGenAwaitObj *a, int rc, Obj *out) {
    if (rc > 0 && obj_type(out) != &asyncgen_value_type) {
        return out; // from an await inside the generator
    }
    a->state = AWAIT_DONE;
    if (rc > 0) {
        Obj *v = obj_newref(((AsyncGenValueObj *)out)->value);
        obj_decref(out);
        if (a->is_close) {
            obj_decref(v);
            return err_raise(vm, &exc_RuntimeError, "async generator ignored GeneratorExit");
        }
        err_raise_obj(vm, &exc_StopIteration, v == OBJ_NONE ? NULL : v);
        obj_decref(v);
        return NULL;
    }
    if (rc == 0) {
        obj_decref(out);
        return a->is_close ? err_raise_obj(vm, &exc_StopIteration, NULL)
                           : err_raise_obj(vm, &exc_StopAsyncIteration, NULL);
    }
    if (a->is_close &&
        (err_matches(vm, &exc_StopAsyncIteration) || err_matches(vm, &exc_GeneratorExit))) {
        err_clear(vm);
        return err_raise_obj(vm, &exc_StopIteration, NULL);
    }
    return NULL;
}

// Resumes the generator with `sent` (borrowed), or with the pending
// athrow/aclose exception the first time.
static Obj *await_send(Vm *vm, AsyncGenAwaitObj *a, Obj *sent) {
    if (a->state == AWAIT_DONE) {
        return err_raise(vm, &exc_RuntimeError,
                         a->exc != NULL ? "cannot reuse already awaited aclose()/athrow()"
                                        : "cannot reuse already awaited __anext__()/asend()");
    }
    Obj *out = NULL;
    int rc;
    if (a->state == AWAIT_INIT && a->exc != NULL) {
        a->state = AWAIT_ITER;
        rc = gen_throw(vm, a->gen, a->exc, &out);
    } else {
        if (a->state == AWAIT_INIT && sent == OBJ_NONE) {
            sent = a->value;
        }
        a->state = AWAIT_ITER;
        rc = gen_send(vm, a->gen, sent, &out);
    }
    return await_result(vm, a, rc, out);
}

static Obj *await_iternext(Vm *vm, Obj *self) {
    return await_send(vm, as_await(self), OBJ_NONE);
}

static Obj *await_iter(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(self);
}

static Obj *await_py_send(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs != 1 || kwnames != NULL) {
        return err_raise(vm, &exc_TypeError, "send() takes exactly one argument (%zu given)",
                         nargs);
    }
    return await_send(vm, as_await(self), args[0]);
}

static Obj *await_py_throw(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    AsyncGenAwaitObj *a = as_await(self);
    if (a->state == AWAIT_DONE) {
        return err_raise(vm, &exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    }
    Obj *exc = gen_throw_args(vm, args, nargs, kwnames);
    if (exc == NULL) {
        return NULL;
    }
    Obj *out = NULL;
    a->state = AWAIT_ITER;
    int rc = gen_throw(vm, a->gen, exc, &out);
    obj_decref(exc);
    return await_result(vm, a, rc, out);
}

static Obj *await_py_close(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(vm);
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    as_await(self)->state = AWAIT_DONE;
    return obj_newref(OBJ_NONE);
}

static Obj *await_py_await(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(vm);
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    return obj_newref(self);
}

static const MethodDef await_methods[] = {
    {"send", await_py_send, METH_DEFAULT, NULL},
    {"throw", await_py_throw, METH_DEFAULT, NULL},
    {"close", await_py_close, METH_DEFAULT, NULL},
    {"__await__", await_py_await, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

TypeObj asyncgen_await_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "async_generator_asend",
    .basicsize = sizeof(AsyncGenAwaitObj),
    .flags = TYPE_FLAG_GC,
    .dealloc = await_dealloc,
    .traverse = await_traverse,
    .clear = await_clear,
    .getattr = obj_generic_getattr,
    .iter = await_iter,
    .iternext = await_iternext,
    .methods = await_methods,
};

// A new awaitable for `gen`: sends `value` first, or raises `exc` (stolen).
static Obj *new_await(Vm *vm, Obj *gen, Obj *value, STEALS Obj *exc, bool is_close) {
    AsyncGenAwaitObj *a =
        (AsyncGenAwaitObj *)obj_new_container(vm, &asyncgen_await_type, sizeof(AsyncGenAwaitObj));
    if (a == NULL) {
        obj_xdecref(exc);
        return NULL;
    }
    a->gen = obj_newref(gen);
    a->value = obj_newref(value);
    a->exc = exc;
    a->is_close = is_close;
    a->state = AWAIT_INIT;
    return (Obj *)a;
}

// --- the async generator's methods -----------------------------------------

static Obj *agen_py_aiter(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return await_py_await(vm, self, args, nargs, kwnames); // the generator itself
}

static Obj *agen_py_anext(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (nargs != 0 || kwnames != NULL) {
        return err_raise(vm, &exc_TypeError, "__anext__() takes no arguments (%zu given)", nargs);
    }
    return new_await(vm, self, OBJ_NONE, NULL, false);
}

static Obj *agen_py_asend(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs != 1 || kwnames != NULL) {
        return err_raise(vm, &exc_TypeError, "asend() takes exactly one argument (%zu given)",
                         nargs);
    }
    return new_await(vm, self, args[0], NULL, false);
}

static Obj *agen_py_athrow(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *exc = gen_throw_args(vm, args, nargs, kwnames);
    return exc == NULL ? NULL : new_await(vm, self, OBJ_NONE, exc, false);
}

static Obj *agen_py_aclose(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (nargs != 0 || kwnames != NULL) {
        return err_raise(vm, &exc_TypeError, "aclose() takes no arguments (%zu given)", nargs);
    }
    Obj *exc = exc_new(vm, &exc_GeneratorExit, tuple_empty);
    return exc == NULL ? NULL : new_await(vm, self, OBJ_NONE, exc, true);
}

const MethodDef asyncgen_methods[] = {
    {"__aiter__", agen_py_aiter, METH_DEFAULT,
     "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", agen_py_anext, METH_DEFAULT, "Return a value or raise StopAsyncIteration."},
    {"asend", agen_py_asend, METH_DEFAULT, "asend(v) -> send 'v' in generator."},
    {"athrow", agen_py_athrow, METH_DEFAULT,
     "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", agen_py_aclose, METH_DEFAULT, "aclose() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};
