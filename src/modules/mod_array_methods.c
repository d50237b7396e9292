/* mod_array_methods.c: the named methods and attributes of array.array
 * (append, extend, insert, pop, remove, index, count, reverse, the
 * bytes / list / str conversions, byteswap, buffer_info, copies). The
 * type itself and its operators are in mod_array.c. */
#include <string.h>

#include "memory/mem.h"
#include "modules/mod_array_impl.h"
#include "modules/mod_binascii.h"
#include "objects/args.h"
#include "objects/bytesobj.h"
#include "objects/intobj.h"
#include "objects/exc.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"

static Obj *modarray_py_append(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    char buf[8];
    if (args_check(vm, "array.append", nargs, kwnames, 1, 1) < 0 ||
        modarray_convert(vm, arr(self)->desc, args[0], buf) < 0 ||
        modarray_append_raw(vm, arr(self), buf, arr(self)->desc->itemsize) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *modarray_py_extend(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs != 1 || (kwnames != NULL && tuple_len(kwnames) > 0)) {
        return err_raise(vm, &exc_TypeError,
                         "extend() takes exactly 1 positional argument (%zu given)", nargs);
    }
    if (modarray_check(args[0])) {
        Obj *r = obj_binop(vm, self, args[0], BINOP_ADD + BINOP_INPLACE);
        obj_xdecref(r);
        return r != NULL ? obj_newref(OBJ_NONE) : NULL;
    }
    return modarray_extend_iter(vm, arr(self), args[0]) < 0 ? NULL : obj_newref(OBJ_NONE);
}

// Clamps a Python index the way list.insert does.
static size_t clamp_index(int64_t i, size_t len) {
    if (i < 0) {
        i += (int64_t)len;
        return i < 0 ? 0 : (size_t)i;
    }
    return (size_t)i > len ? len : (size_t)i;
}

static Obj *modarray_py_insert(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ArrayObj *a = arr(self);
    size_t isz = a->desc->itemsize;
    int64_t i;
    char buf[8];
    if (args_check(vm, "insert", nargs, kwnames, 2, 2) < 0 || obj_as_ssize(vm, args[0], &i) < 0 ||
        modarray_convert(vm, a->desc, args[1], buf) < 0) {
        return NULL;
    }
    size_t at = clamp_index(i, a->len), old = a->len;
    if (modarray_resize(vm, a, old + 1) < 0) {
        return NULL;
    }
    memmove(a->data + (at + 1) * isz, a->data + at * isz, (old - at) * isz);
    memcpy(a->data + at * isz, buf, isz);
    return obj_newref(OBJ_NONE);
}

// Removes item `i` (in range) and returns it.
static Obj *take(Vm *vm, ArrayObj *a, size_t i) {
    size_t isz = a->desc->itemsize;
    Obj *item = modarray_item(vm, a, i);
    if (item == NULL) {
        return NULL;
    }
    memmove(a->data + i * isz, a->data + (i + 1) * isz, (a->len - i - 1) * isz);
    if (modarray_resize(vm, a, a->len - 1) < 0) {
        obj_decref(item);
        return NULL;
    }
    return item;
}

static Obj *modarray_py_pop(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ArrayObj *a = arr(self);
    int64_t i = -1;
    if (args_check(vm, "pop", nargs, kwnames, 0, 1) < 0 ||
        (nargs == 1 && obj_as_ssize(vm, args[0], &i) < 0)) {
        return NULL;
    }
    if (a->len == 0) {
        return err_raise(vm, &exc_IndexError, "pop from empty array");
    }
    if (i < 0) {
        i += (int64_t)a->len;
    }
    if (i < 0 || i >= (int64_t)a->len) {
        return err_raise(vm, &exc_IndexError, "pop index out of range");
    }
    return take(vm, a, (size_t)i);
}

static Obj *modarray_py_remove(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "array.remove", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int64_t i = modarray_find(vm, arr(self), args[0], 0, arr(self)->len);
    if (i == -2) {
        return NULL;
    }
    if (i < 0) {
        return err_raise(vm, &exc_ValueError, "array.remove(x): x not in array");
    }
    Obj *item = take(vm, arr(self), (size_t)i);
    obj_xdecref(item);
    return item != NULL ? obj_newref(OBJ_NONE) : NULL;
}

static Obj *modarray_py_index(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ArrayObj *a = arr(self);
    int64_t start = 0, stop = INT64_MAX;
    const char *msg = "slice indices must be integers or have an __index__ method";
    if (args_check(vm, "index", nargs, kwnames, 1, 3) < 0 ||
        (nargs > 1 && slice_bound(vm, args[1], msg, &start) < 0) ||
        (nargs > 2 && slice_bound(vm, args[2], msg, &stop) < 0)) {
        return NULL;
    }
    slice_adjust((int64_t)a->len, &start, &stop, 1);
    int64_t i = start < stop ? modarray_find(vm, a, args[0], (size_t)start, (size_t)stop) : -1;
    if (i == -2) {
        return NULL;
    }
    if (i < 0) {
        return err_raise(vm, &exc_ValueError, "array.index(x): x not in array");
    }
    return int_from_i64(vm, i);
}

static Obj *modarray_py_count(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ArrayObj *a = arr(self);
    if (args_check(vm, "array.count", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int64_t n = 0;
    for (size_t i = 0;; i++) {
        int64_t at = modarray_find(vm, a, args[0], i, a->len);
        if (at == -2) {
            return NULL;
        }
        if (at < 0) {
            break;
        }
        n++;
        i = (size_t)at;
    }
    return int_from_i64(vm, n);
}

static Obj *modarray_py_reverse(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ArrayObj *a = arr(self);
    size_t isz = a->desc->itemsize;
    OURO_UNUSED(args);
    if (args_check(vm, "array.reverse", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    char tmp[8];
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        memcpy(tmp, a->data + i * isz, isz);
        memcpy(a->data + i * isz, a->data + (j - 1) * isz, isz);
        memcpy(a->data + (j - 1) * isz, tmp, isz);
    }
    return obj_newref(OBJ_NONE);
}

static Obj *modarray_py_byteswap(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ArrayObj *a = arr(self);
    size_t isz = a->desc->itemsize;
    OURO_UNUSED(args);
    if (args_check(vm, "array.byteswap", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    for (size_t i = 0; i < a->len; i++) {
        char *p = a->data + i * isz;
        for (size_t k = 0; k < isz / 2; k++) {
            char c = p[k];
            p[k] = p[isz - 1 - k];
            p[isz - 1 - k] = c;
        }
    }
    return obj_newref(OBJ_NONE);
}

static Obj *modarray_py_tobytes(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "array.tobytes", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return bytes_from_data(vm, arr(self)->data, arr(self)->len * arr(self)->desc->itemsize);
}

static Obj *modarray_py_frombytes(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *data;
    size_t n;
    if (args_check(vm, "array.frombytes", nargs, kwnames, 1, 1) < 0 ||
        modbinascii_view(vm, args[0], false, &data, &n) < 0) {
        return NULL;
    }
    if (n % arr(self)->desc->itemsize != 0) {
        return err_raise(vm, &exc_ValueError, "bytes length not a multiple of item size");
    }
    return modarray_append_raw(vm, arr(self), data, n) < 0 ? NULL : obj_newref(OBJ_NONE);
}

static Obj *modarray_py_tolist(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ArrayObj *a = arr(self);
    OURO_UNUSED(args);
    if (args_check(vm, "array.tolist", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return modarray_tolist(vm, a);
}

// fromlist is all or nothing: on a bad item the array gets its length back.
static Obj *modarray_py_fromlist(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ArrayObj *a = arr(self);
    if (args_check(vm, "array.fromlist", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!list_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "arg must be list");
    }
    size_t old = a->len;
    char buf[8];
    for (size_t i = 0; i < list_len(args[0]); i++) {
        if (modarray_convert(vm, a->desc, list_get_borrow(args[0], i), buf) < 0 ||
            modarray_append_raw(vm, a, buf, a->desc->itemsize) < 0) {
            a->len = old;
            return NULL;
        }
    }
    return obj_newref(OBJ_NONE);
}

static Obj *modarray_py_tounicode(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ArrayObj *a = arr(self);
    OURO_UNUSED(args);
    if (args_check(vm, "array.tounicode", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    if (a->desc->code != 'u') {
        return err_raise(vm, &exc_ValueError,
                         "tounicode() may only be called on unicode type arrays");
    }
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < a->len; i++) {
        uint32_t cp;
        memcpy(&cp, a->data + i * 4, 4);
        Obj *ch = modarray_char(vm, cp);
        if (ch == NULL || strbuf_append_str(&b, ch) < 0) {
            obj_xdecref(ch);
            strbuf_free(&b);
            return NULL;
        }
        obj_decref(ch);
    }
    return strbuf_finish(vm, &b);
}

static Obj *modarray_py_fromunicode(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                    Obj *kwnames) {
    if (args_check(vm, "array.fromunicode", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "fromunicode() argument must be str, not %s",
                         obj_type_name(args[0]));
    }
    if (arr(self)->desc->code != 'u') {
        return err_raise(vm, &exc_ValueError,
                         "fromunicode() may only be called on unicode type arrays");
    }
    return modarray_extend_iter(vm, arr(self), args[0]) < 0 ? NULL : obj_newref(OBJ_NONE);
}

static Obj *modarray_py_buffer_info(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                    Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "array.buffer_info", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    Obj *addr = int_from_u64(vm, (uint64_t)(uintptr_t)arr(self)->data);
    Obj *len = addr != NULL ? int_from_u64(vm, arr(self)->len) : NULL;
    if (len == NULL) {
        obj_xdecref(addr);
        return NULL;
    }
    return tuple_pack2_steal(vm, addr, len);
}

static Obj *copy_of(Vm *vm, ArrayObj *a) {
    Obj *r = modarray_new(vm, a->desc, a->len);
    if (r != NULL && modarray_append_raw(vm, arr(r), a->data, a->len * a->desc->itemsize) < 0) {
        obj_decref(r);
        return NULL;
    }
    return r;
}

static Obj *modarray_py_copy(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "array.__copy__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return copy_of(vm, arr(self));
}

static Obj *modarray_py_deepcopy(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "array.__deepcopy__", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return copy_of(vm, arr(self));
}

const MethodDef modarray_methods[] = {
    {"append", modarray_py_append, METH_DEFAULT, NULL},
    {"extend", modarray_py_extend, METH_DEFAULT, NULL},
    {"insert", modarray_py_insert, METH_DEFAULT, NULL},
    {"pop", modarray_py_pop, METH_DEFAULT, NULL},
    {"remove", modarray_py_remove, METH_DEFAULT, NULL},
    {"index", modarray_py_index, METH_DEFAULT, NULL},
    {"count", modarray_py_count, METH_DEFAULT, NULL},
    {"reverse", modarray_py_reverse, METH_DEFAULT, NULL},
    {"byteswap", modarray_py_byteswap, METH_DEFAULT, NULL},
    {"tobytes", modarray_py_tobytes, METH_DEFAULT, NULL},
    {"frombytes", modarray_py_frombytes, METH_DEFAULT, NULL},
    {"tolist", modarray_py_tolist, METH_DEFAULT, NULL},
    {"fromlist", modarray_py_fromlist, METH_DEFAULT, NULL},
    {"tounicode", modarray_py_tounicode, METH_DEFAULT, NULL},
    {"fromunicode", modarray_py_fromunicode, METH_DEFAULT, NULL},
    {"buffer_info", modarray_py_buffer_info, METH_DEFAULT, NULL},
    {"__copy__", modarray_py_copy, METH_DEFAULT, NULL},
    {"__deepcopy__", modarray_py_deepcopy, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static Obj *get_typecode(Vm *vm, Obj *self) {
    char code[2] = {arr(self)->desc->code, 0};
    return str_from_cstr(vm, code);
}

static Obj *get_itemsize(Vm *vm, Obj *self) {
    return int_from_i64(vm, arr(self)->desc->itemsize);
}

const GetSetDef modarray_getset[] = {
    {"typecode", get_typecode, NULL},
    {"itemsize", get_itemsize, NULL},
    {NULL, NULL, NULL},
};
