/* vm_match.c: the runtime half of `match` statements: which subjects count
 * as sequences and mappings, key lookup for mapping patterns and attribute
 * extraction for class patterns, with CPython 3.11's error messages. */
#include "vm_match.h"

#include "../objects/bytesobj.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/list.h"
#include "../objects/misc.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

bool vmatch_is_sequence(Obj *subject) {
    return obj_is_instance(subject, &list_type) || obj_is_instance(subject, &tuple_type) ||
           obj_is_instance(subject, &range_type);
}

bool vmatch_is_mapping(Obj *subject) {
    return dict_check(subject);
}

// True when `keys[i]` equals one of the keys before it. -1 on error.
static int seen_before(Vm *vm, Obj *keys, size_t i) {
    for (size_t j = 0; j < i; j++) {
        int eq =
            obj_richcompare_bool(vm, tuple_get_borrow(keys, j), tuple_get_borrow(keys, i), CMP_EQ);
        if (eq != 0) {
            return eq;
        }
    }
    return 0;
}

NEWREF Obj *vmatch_keys(Vm *vm, Obj *subject, Obj *keys) {
    size_t n = tuple_len(keys);
    Obj *values = tuple_new(vm, n);
    if (values == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        Obj *k = tuple_get_borrow(keys, i);
        int dup = seen_before(vm, keys, i);
        if (dup != 0) {
            if (dup > 0) {
                err_raise(vm, &exc_ValueError, "mapping pattern checks duplicate key (%R)", k);
            }
            obj_decref(values);
            return NULL;
        }
        Obj *v = dict_get_borrow(vm, subject, k);
        if (v == NULL) {
            obj_decref(values);
            return err_occurred(vm) ? NULL : obj_newref(OBJ_NONE);
        }
        tuple_set_steal(values, i, obj_newref(v));
    }
    return values;
}

NEWREF Obj *vmatch_dict_without(Vm *vm, Obj *subject, Obj *keys) {
    Obj *rest = dict_new(vm);
    if (rest == NULL || dict_update(vm, rest, subject) < 0) {
        obj_xdecref(rest);
        return NULL;
    }
    for (size_t i = 0; i < tuple_len(keys); i++) {
        if (dict_del(vm, rest, tuple_get_borrow(keys, i)) < 0) {
            obj_decref(rest);
            return NULL;
        }
    }
    return rest;
}

// Built-in types whose single positional sub-pattern matches the subject
// itself (`case int(x)`), CPython's Py_TPFLAGS_MATCH_SELF; subclasses too.
static bool matches_self(TypeObj *t) {
    TypeObj *const self_types[] = {&bool_type,  &bytearray_type, &bytes_type, &dict_type,
                                   &float_type, &frozenset_type, &int_type,   &list_type,
                                   &set_type,   &str_type,       &tuple_type};
    for (size_t i = 0; i < sizeof self_types / sizeof self_types[0]; i++) {
        if (type_is_subtype(t, self_types[i])) {
            return true;
        }
    }
    return false;
}

// Appends subject.name to `attrs` unless `name` is already in `seen` (a
// TypeError) or the attribute is missing (returns 0: no match).
// 1 when appended, -1 on error.
static int add_attr(Vm *vm, TypeObj *cls, Obj *subject, Obj *name, Obj *seen, Obj *attrs) {
    if (dict_get_borrow(vm, seen, name) != NULL) {
        err_raise(vm, &exc_TypeError, "%s() got multiple sub-patterns for attribute %R", cls->name,
                  name);
        return -1;
    }
    if (err_occurred(vm) || dict_set(vm, seen, name, OBJ_NONE) < 0) {
        return -1;
    }
    Obj *v = obj_lookup_attr(vm, subject, name);
    if (v == NULL) {
        return err_occurred(vm) ? -1 : 0;
    }
    int rc = list_append(vm, attrs, v);
    obj_decref(v);
    return rc < 0 ? -1 : 1;
}

// The names of the positional sub-patterns: cls.__match_args__ checked to
// be a tuple long enough. *self_match when the subject itself is matched.
static Obj *positional_names(Vm *vm, TypeObj *cls, size_t npos, bool *self_match) {
    Obj *margs = obj_getattr_cstr(vm, (Obj *)cls, "__match_args__");
    *self_match = false;
    if (margs == NULL) {
        if (!err_matches(vm, &exc_AttributeError)) {
            return NULL;
        }
        err_clear(vm);
        margs = obj_newref(tuple_empty);
        *self_match = matches_self(cls);
    } else if (obj_type(margs) != &tuple_type) {
        err_raise(vm, &exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", cls->name,
                  obj_type_name(margs));
        obj_decref(margs);
        return NULL;
    }
    size_t allowed = *self_match ? 1 : tuple_len(margs);
    if (npos > allowed) {
        err_raise(vm, &exc_TypeError, "%s() accepts %zu positional sub-pattern%s (%zu given)",
                  cls->name, allowed, allowed == 1 ? "" : "s", npos);
        obj_decref(margs);
        return NULL;
    }
    return margs;
}

NEWREF Obj *vmatch_class(Vm *vm, Obj *subject, Obj *cls, size_t npos, Obj *kwnames) {
    if (!obj_is_instance(cls, &type_type)) {
        return err_raise(vm, &exc_TypeError, "called match pattern must be a type");
    }
    TypeObj *t = (TypeObj *)cls;
    if (!obj_is_instance(subject, t)) {
        return obj_newref(OBJ_NONE);
    }
    Obj *margs = NULL, *seen = NULL, *attrs = list_new(vm, 0);
    Obj *result = NULL;
    bool self_match = false;
    if (attrs == NULL || (seen = dict_new(vm)) == NULL) {
        goto fail;
    }
    if (npos > 0 && (margs = positional_names(vm, t, npos, &self_match)) == NULL) {
        goto fail;
    }
    int rc = 1;
    if (self_match) {
        rc = list_append(vm, attrs, subject) < 0 ? -1 : 1;
    }
    for (size_t i = 0; i < npos && !self_match && rc > 0; i++) {
        Obj *name = tuple_get_borrow(margs, i);
        if (!str_check(name)) {
            err_raise(vm, &exc_TypeError, "__match_args__ elements must be strings (got %s)",
                      obj_type_name(name));
            goto fail;
        }
        rc = add_attr(vm, t, subject, name, seen, attrs);
    }
    for (size_t i = 0; i < tuple_len(kwnames) && rc > 0; i++) {
        rc = add_attr(vm, t, subject, tuple_get_borrow(kwnames, i), seen, attrs);
    }
    if (rc < 0) {
        goto fail;
    }
    result = rc == 0 ? obj_newref(OBJ_NONE) : list_as_tuple(vm, attrs);
fail:
    obj_xdecref(margs);
    obj_xdecref(seen);
    obj_xdecref(attrs);
    return result;
}
