/* attr.c: the generic attribute protocol (object.__getattribute__,
 * object.__setattr__, object.__delattr__): descriptors found on the type's
 * MRO and the instance's embedded attribute table, in CPython's order. */
#include "dict.h"
#include "exc.h"
#include "runtime.h"
#include "str.h"
#include "typeimpl.h"

// Lookup order (CPython's _PyObject_GenericGetAttrWithDict):
//   1. a data descriptor (its type has __get__ and __set__) on the type wins;
//   2. then the instance's own attribute;
//   3. then a non-data descriptor, bound through __get__ (functions become
//      bound methods here), or a plain class attribute as is;
//   4. else AttributeError.
NEWREF Obj *obj_generic_getattr(Vm *vm, Obj *o, Obj *name) {
    TypeObj *t = obj_type(o);
    Obj *attr = type_lookup(vm, t, name);
    Obj *res = NULL;
    if (attr == NULL && err_occurred(vm)) {
        return NULL;
    }
    // The class attribute is held across the calls below, which may run
    // code that replaces it in the class dict.
    obj_xincref(attr);
    TypeObj *at = attr != NULL ? obj_type(attr) : NULL;
    if (at != NULL && at->descr_get != NULL && at->descr_set != NULL) {
        res = at->descr_get(vm, attr, o, (Obj *)t);
        goto done;
    }
    DictTable *table = obj_attr_table(o);
    if (table != NULL) {
        Obj *v = dicttable_get(vm, table, name);
        if (v != NULL) {
            res = obj_newref(v);
            goto done;
        }
        if (err_occurred(vm)) {
            goto done;
        }
    }
    if (at != NULL && at->descr_get != NULL) {
        res = at->descr_get(vm, attr, o, (Obj *)t);
        goto done;
    }
    if (attr != NULL) {
        res = obj_newref(attr);
        goto done;
    }
    err_raise(vm, &exc_AttributeError, "'%s' object has no attribute '%s'", obj_type_name(o),
              str_cstr(name));
done:
    obj_xdecref(attr);
    return res;
}

// Setting (value != NULL) or deleting (value == NULL): a data descriptor's
// __set__/__delete__, else the instance's table. Objects without a table
// refuse: "'int' object has no attribute 'x'", or "... attribute 'x' is
// read-only" when the class has a non-data attribute of that name.
int obj_generic_setattr(Vm *vm, Obj *o, Obj *name, Obj *value) {
    TypeObj *t = obj_type(o);
    Obj *attr = type_lookup(vm, t, name);
    if (attr == NULL && err_occurred(vm)) {
        return -1;
    }
    if (attr != NULL && obj_type(attr)->descr_set != NULL) {
        obj_incref(attr);
        int rc = obj_type(attr)->descr_set(vm, attr, o, value);
        obj_decref(attr);
        return rc;
    }
    DictTable *table = obj_attr_table(o);
    if (table == NULL) {
        if (attr != NULL) {
            err_raise(vm, &exc_AttributeError, "'%s' object attribute '%s' is read-only",
                      obj_type_name(o), str_cstr(name));
        } else {
            err_raise(vm, &exc_AttributeError, "'%s' object has no attribute '%s'",
                      obj_type_name(o), str_cstr(name));
        }
        return -1;
    }
    if (value != NULL) {
        if (dicttable_set(vm, table, name, value) < 0) {
            return -1;
        }
        type_note_attrs(t, table->used);
        return 0;
    }
    int rc = dicttable_del(vm, table, name);
    if (rc == 1) {
        err_raise(vm, &exc_AttributeError, "'%s' object has no attribute '%s'", obj_type_name(o),
                  str_cstr(name));
        return -1;
    }
    return rc < 0 ? -1 : 0;
}
