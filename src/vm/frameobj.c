/* frameobj.c: frame objects (sys._getframe(), f_back, f_code, f_lineno,
 * f_globals, f_locals), snapshots of the VM's activation records. */
#include "frameobj.h"

#include <stdio.h>

#include "../memory/gc.h"
#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "func.h"

typedef struct FrameObj {
    Obj head;
    Obj *code;     // CodeObj
    Obj *globals;  // dict
    Obj *builtins; // dict
    Obj *locals;   // dict
    Obj *back;     // FrameObj or NULL
    int lineno;
    int lasti;
} FrameObj;

static FrameObj *as_fo(Obj *o) {
    return (FrameObj *)o;
}

Obj *frameobj_locals(Vm *vm, Frame *f) {
    if (f->locals != NULL) {
        return obj_newref(f->locals);
    }
    Obj *d = dict_new(vm);
    if (d == NULL) {
        return NULL;
    }
    const CodeObj *co = f->code;
    for (int i = 0; i < co->nlocals; i++) {
        Obj *v = f->fast[i];
        if (v != NULL && dict_set(vm, d, tuple_get_borrow(co->varnames, (size_t)i), v) < 0) {
            goto fail;
        }
    }
    for (int i = 0; i < co->ncells + co->nfrees; i++) {
        Obj *v = cell_get_borrow(f->fast[co->nlocals + i]);
        Obj *name = i < co->ncells ? tuple_get_borrow(co->cellvars, (size_t)i)
                                   : tuple_get_borrow(co->freevars, (size_t)(i - co->ncells));
        if (v != NULL && dict_set(vm, d, name, v) < 0) {
            goto fail;
        }
    }
    return d;
fail:
    obj_decref(d);
    return NULL;
}

// One snapshot, without its f_back.
static Obj *snapshot_one(Vm *vm, Frame *f) {
    Obj *locals = frameobj_locals(vm, f);
    if (locals == NULL) {
        return NULL;
    }
    FrameObj *fo = (FrameObj *)obj_new_container(vm, &frame_type, sizeof(FrameObj));
    if (fo == NULL) {
        obj_decref(locals);
        return NULL;
    }
    fo->code = obj_newref((Obj *)f->code);
    fo->globals = obj_newref(f->globals);
    fo->builtins = obj_newref(f->builtins);
    fo->locals = locals;
    fo->lineno = frame_line(f);
    fo->lasti = (int)f->pc * 2; // CPython counts bytes of 2-byte code units
    return (Obj *)fo;
}

Obj *frameobj_snapshot(Vm *vm, Frame *f) {
    Obj *first = NULL;
    FrameObj *last = NULL;
    for (; f != NULL; f = f->back) {
        Obj *fo = snapshot_one(vm, f);
        if (fo == NULL) {
            obj_xdecref(first);
            return NULL;
        }
        if (last == NULL) {
            first = fo;
        } else {
            last->back = fo; // the chain owns its older frames
        }
        last = as_fo(fo);
    }
    return first;
}

// --- The frame type ---------------------------------------------------------

static Obj *fo_get_code(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(as_fo(self)->code);
}

static Obj *fo_get_globals(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(as_fo(self)->globals);
}

static Obj *fo_get_builtins(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(as_fo(self)->builtins);
}

static Obj *fo_get_locals(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(as_fo(self)->locals);
}

static Obj *fo_get_back(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    Obj *b = as_fo(self)->back;
    return obj_newref(b != NULL ? b : OBJ_NONE);
}

static Obj *fo_get_lineno(Vm *vm, Obj *self) {
    return int_from_i64(vm, as_fo(self)->lineno);
}

static Obj *fo_get_lasti(Vm *vm, Obj *self) {
    return int_from_i64(vm, as_fo(self)->lasti);
}

static Obj *fo_get_trace(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    OURO_UNUSED(self);
    return obj_newref(OBJ_NONE);
}

static const GetSetDef fo_getset[] = {
    {"f_code", fo_get_code, NULL},       {"f_globals", fo_get_globals, NULL},
    {"f_builtins", fo_get_builtins, NULL}, {"f_locals", fo_get_locals, NULL},
    {"f_back", fo_get_back, NULL},       {"f_lineno", fo_get_lineno, NULL},
    {"f_lasti", fo_get_lasti, NULL},     {"f_trace", fo_get_trace, NULL},
    {NULL, NULL, NULL},
};

static Obj *fo_repr(Vm *vm, Obj *self) {
    FrameObj *fo = as_fo(self);
    CodeObj *co = (CodeObj *)fo->code;
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)self);
    return str_from_fmt(vm, "<frame at %s, file %R, line %d, code %S>", addr, co->filename,
                        fo->lineno, co->name);
}

static int fo_traverse(Obj *self, GcVisitFn visit, void *arg) {
    FrameObj *fo = as_fo(self);
    Obj *refs[5] = {fo->code, fo->globals, fo->builtins, fo->locals, fo->back};
    for (int i = 0; i < 5; i++) {
        if (refs[i] != NULL) {
            int rc = visit(refs[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    return 0;
}

static void fo_clear(Obj *self) {
    FrameObj *fo = as_fo(self);
    Obj *refs[5] = {fo->code, fo->globals, fo->builtins, fo->locals, fo->back};
    fo->code = fo->globals = fo->builtins = fo->locals = fo->back = NULL;
    for (int i = 0; i < 5; i++) {
        obj_xdecref(refs[i]);
    }
}

static void fo_dealloc(Obj *self) {
    gc_untrack(self);
    fo_clear(self);
    obj_free(self);
}

static size_t fo_sizeof(Obj *self) {
    OURO_UNUSED(self);
    return sizeof(FrameObj);
}

TypeObj frame_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "frame",
    .basicsize = sizeof(FrameObj),
    .flags = TYPE_FLAG_GC,
    .base = &object_type,
    .dealloc = fo_dealloc,
    .traverse = fo_traverse,
    .clear = fo_clear,
    .repr = fo_repr,
    .getattr = obj_generic_getattr,
    .sizeof_ = fo_sizeof,
    .getset = fo_getset,
};

// --- sys._getframe ----------------------------------------------------------

static Obj *frameobj_py_getframe(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                 Obj *kwnames) {
    OURO_UNUSED(self);
    int64_t depth = 0;
    if (args_check(vm, "_getframe", nargs, kwnames, 0, 1) < 0 ||
        (nargs == 1 && obj_as_ssize(vm, args[0], &depth) < 0)) {
        return NULL;
    }
    Frame *f = vm->frame;
    for (; f != NULL && depth > 0; depth--) {
        f = f->back;
    }
    if (f == NULL) {
        return err_raise(vm, &exc_ValueError, "call stack is not deep enough");
    }
    return frameobj_snapshot(vm, f);
}

static const MethodDef frameobj_functions[] = {
    {"_getframe", frameobj_py_getframe, METH_DEFAULT,
     "A frame object of the call stack, depth frames up from the caller."},
    {NULL, NULL, 0, NULL},
};

int frameobj_add_getframe(Vm *vm, Obj *sys_module) {
    return type_add_functions(vm, module_dict(sys_module), frameobj_functions, sys_module);
}
