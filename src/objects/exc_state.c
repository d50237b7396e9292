/* exc_state.c: BaseException.add_note, __reduce__ and __setstate__. */
#include "objects/exc_state.h"

#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/typeimpl.h"

// e.add_note(note): appends the str `note` to e.__notes__, a list made on
// first use; the printed traceback shows each note under the message.
NEWREF Obj *excs_py_add_note(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "add_note", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "note must be a str, not '%s'",
                         obj_type_name(args[0]));
    }
    Obj *key = str_intern_cstr(vm, "__notes__");
    Obj *notes = key != NULL ? obj_lookup_attr(vm, self, key) : NULL;
    if (notes == NULL) {
        if (err_occurred(vm) || (notes = list_new(vm, 0)) == NULL) {
            return NULL;
        }
        if (obj_setattr(vm, self, key, notes) < 0) {
            obj_decref(notes);
            return NULL;
        }
    } else if (!list_check(notes)) {
        obj_decref(notes);
        return err_raise(vm, &exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    int rc = list_append(vm, notes, args[0]);
    obj_decref(notes);
    return rc < 0 ? NULL : obj_newref(OBJ_NONE);
}

// e.__reduce__(): (type, args), or (type, args, dict of its attributes)
// when it has any, as CPython's BaseException.__reduce__; copy rebuilds
// exceptions from it.
NEWREF Obj *excs_py_reduce(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__reduce__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    ExcObj *e = (ExcObj *)self;
    Obj *parts[3] = {(Obj *)obj_type(self), e->args != NULL ? e->args : tuple_empty, NULL};
    if (e->attrs.nentries > 0) {
        Obj *view = instancedict_new(vm, self);
        parts[2] = view != NULL ? attrview_snapshot(vm, view) : NULL;
        obj_xdecref(view);
        if (parts[2] == NULL) {
            return NULL;
        }
    }
    Obj *r = tuple_pack(vm, parts[2] != NULL ? 3 : 2, parts);
    obj_xdecref(parts[2]);
    return r;
}

// e.__setstate__(state): each item of the dict `state` becomes an
// attribute (None sets nothing).
NEWREF Obj *excs_py_setstate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "__setstate__", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    Obj *state = args[0];
    if (state == OBJ_NONE) {
        return obj_newref(OBJ_NONE);
    }
    if (!obj_is_instance(state, &dict_type)) {
        return err_raise(vm, &exc_TypeError, "state is not a dictionary");
    }
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(state, &pos, &k, &v)) {
        // The items are held while setattr runs, which may change `state`.
        obj_incref(k);
        obj_incref(v);
        int rc = obj_setattr(vm, self, k, v);
        obj_decref(k);
        obj_decref(v);
        if (rc < 0) {
            return NULL;
        }
    }
    return obj_newref(OBJ_NONE);
}
