/* weakref_proxy.c: weakref.proxy's two types, ProxyType and
 * CallableProxyType. A proxy is a weak reference (same struct, same list in
 * the side table, weakref.c) whose every operation is forwarded to the
 * referent, with ReferenceError once the referent died. Proxies among the
 * operands are unwrapped, as CPython does. */
#include "../memory/gc.h"
#include "exc.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"
#include "weakref.h"

static bool is_proxy(const Obj *o) {
    const TypeObj *t = obj_type(o);
    return t == &weakref_proxy_type || t == &weakref_callable_proxy_type;
}

// A new reference to what `o` stands for: the referent of a proxy (or
// ReferenceError when it died), `o` itself otherwise.
static Obj *unwrap(Vm *vm, Obj *o) {
    if (!is_proxy(o)) {
        return obj_newref(o);
    }
    Obj *r = weakref_get_borrow(o);
    return r != NULL ? obj_newref(r) : weakref_dead_error(vm);
}

static Obj *proxy_getattr(Vm *vm, Obj *self, Obj *name) {
    Obj *o = unwrap(vm, self);
    Obj *res = o != NULL ? obj_getattr(vm, o, name) : NULL;
    obj_xdecref(o);
    return res;
}

static int proxy_setattr(Vm *vm, Obj *self, Obj *name, Obj *value) {
    Obj *o = unwrap(vm, self);
    int rc = o != NULL ? obj_setattr(vm, o, name, value) : -1;
    obj_xdecref(o);
    return rc;
}

static Obj *proxy_call(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *o = unwrap(vm, self);
    Obj *res = o != NULL ? obj_call(vm, o, args, nargs, kwnames) : NULL;
    obj_xdecref(o);
    return res;
}

static Obj *proxy_repr(Vm *vm, Obj *self) {
    return weakref_repr_as(vm, self, "weakproxy");
}

// Applies `fn` to the referent.
static Obj *forward1(Vm *vm, Obj *self, Obj *(*fn)(Vm *, Obj *)) {
    Obj *o = unwrap(vm, self);
    Obj *res = o != NULL ? fn(vm, o) : NULL;
    obj_xdecref(o);
    return res;
}

static Obj *proxy_str(Vm *vm, Obj *self) {
    return forward1(vm, self, obj_str);
}
static Obj *proxy_neg(Vm *vm, Obj *self) {
    return forward1(vm, self, obj_neg);
}
static Obj *proxy_pos(Vm *vm, Obj *self) {
    return forward1(vm, self, obj_pos);
}
static Obj *proxy_invert(Vm *vm, Obj *self) {
    return forward1(vm, self, obj_invert);
}
static Obj *proxy_abs(Vm *vm, Obj *self) {
    return forward1(vm, self, obj_abs);
}
static Obj *proxy_index(Vm *vm, Obj *self) {
    return forward1(vm, self, obj_index);
}
static Obj *proxy_iter(Vm *vm, Obj *self) {
    return forward1(vm, self, obj_iter);
}

static Obj *proxy_float(Vm *vm, Obj *self) {
    Obj *o = unwrap(vm, self);
    if (o == NULL) {
        return NULL;
    }
    TypeObj *t = obj_type(o);
    Obj *res = t->as_float != NULL
                   ? t->as_float(vm, o)
                   : err_raise(vm, &exc_TypeError, "must be real number, not %s", obj_type_name(o));
    obj_decref(o);
    return res;
}

static Obj *proxy_iternext(Vm *vm, Obj *self) {
    Obj *o = unwrap(vm, self);
    if (o == NULL) {
        return NULL;
    }
    Obj *res = NULL;
    if (obj_type(o)->iternext == NULL) {
        err_raise(vm, &exc_TypeError, "Weakref proxy referenced a non-iterator '%s' object",
                  obj_type_name(o));
    } else {
        res = obj_type(o)->iternext(vm, o);
    }
    obj_decref(o);
    return res;
}

static int proxy_is_true(Vm *vm, Obj *self) {
    Obj *o = unwrap(vm, self);
    int rc = o != NULL ? obj_is_true(vm, o) : -1;
    obj_xdecref(o);
    return rc;
}

static int64_t proxy_len(Vm *vm, Obj *self) {
    Obj *o = unwrap(vm, self);
    int64_t n = o != NULL ? obj_len(vm, o) : -1;
    obj_xdecref(o);
    return n;
}

static int proxy_contains(Vm *vm, Obj *self, Obj *item) {
    Obj *o = unwrap(vm, self);
    Obj *i = o != NULL ? unwrap(vm, item) : NULL;
    int rc = i != NULL ? obj_contains(vm, o, i) : -1;
    obj_xdecref(o);
    obj_xdecref(i);
    return rc;
}

static Obj *proxy_getitem(Vm *vm, Obj *self, Obj *key) {
    Obj *o = unwrap(vm, self);
    Obj *res = o != NULL ? obj_getitem(vm, o, key) : NULL;
    obj_xdecref(o);
    return res;
}

static int proxy_setitem(Vm *vm, Obj *self, Obj *key, Obj *value) {
    Obj *o = unwrap(vm, self);
    int rc = -1;
    if (o != NULL) {
        rc = value != NULL ? obj_setitem(vm, o, key, value) : obj_delitem(vm, o, key);
    }
    obj_xdecref(o);
    return rc;
}

// Comparison and binary operators unwrap both operands, then start over
// with the real values (so `proxy + 1` and `1 + proxy` both work).
static Obj *proxy_richcompare(Vm *vm, Obj *a, Obj *b, CmpOp op) {
    Obj *x = unwrap(vm, a);
    Obj *y = x != NULL ? unwrap(vm, b) : NULL;
    Obj *res = y != NULL ? obj_richcompare(vm, x, y, op) : NULL;
    obj_xdecref(x);
    obj_xdecref(y);
    return res;
}

static Obj *binop(Vm *vm, Obj *a, Obj *b, int op) {
    Obj *x = unwrap(vm, a);
    Obj *y = x != NULL ? unwrap(vm, b) : NULL;
    Obj *res = y != NULL ? obj_binop(vm, x, y, (BinOp)op) : NULL;
    obj_xdecref(x);
    obj_xdecref(y);
    return res;
}

#define PROXY_BINOP(NAME, OP)                                                                      \
    static Obj *proxy_##NAME(Vm *vm, Obj *a, Obj *b) {                                             \
        return binop(vm, a, b, OP);                                                                \
    }                                                                                              \
    static Obj *proxy_i##NAME(Vm *vm, Obj *a, Obj *b) {                                            \
        return binop(vm, a, b, (OP) + BINOP_INPLACE);                                              \
    }
PROXY_BINOP(add, BINOP_ADD)
PROXY_BINOP(sub, BINOP_SUB)
PROXY_BINOP(mul, BINOP_MUL)
PROXY_BINOP(truediv, BINOP_TRUEDIV)
PROXY_BINOP(floordiv, BINOP_FLOORDIV)
PROXY_BINOP(mod, BINOP_MOD)
PROXY_BINOP(pow, BINOP_POW)
PROXY_BINOP(lshift, BINOP_LSHIFT)
PROXY_BINOP(rshift, BINOP_RSHIFT)
PROXY_BINOP(and, BINOP_AND)
PROXY_BINOP(or, BINOP_OR)
PROXY_BINOP(xor, BINOP_XOR)
PROXY_BINOP(matmul, BINOP_MATMUL)
#undef PROXY_BINOP

// Everything but the name and `call` is the same for both proxy types.
#define PROXY_TYPE(VAR, NAME, CALL)                                                                \
    TypeObj VAR = {                                                                                \
        .head = OBJ_HEAD_INIT(&type_type),                                                         \
        .name = NAME,                                                                              \
        .basicsize = sizeof(WeakrefObj),                                                           \
        .flags = TYPE_FLAG_GC,                                                                     \
        .dealloc = weakref_dealloc,                                                                \
        .traverse = weakref_traverse,                                                              \
        .clear = weakref_clear,                                                                    \
        .repr = proxy_repr,                                                                        \
        .str = proxy_str,                                                                          \
        .richcompare = proxy_richcompare,                                                          \
        .getattr = proxy_getattr,                                                                  \
        .setattr = proxy_setattr,                                                                  \
        .call = CALL,                                                                              \
        .iter = proxy_iter,                                                                        \
        .iternext = proxy_iternext,                                                                \
        .binop = {proxy_add, proxy_sub, proxy_mul, proxy_truediv, proxy_floordiv, proxy_mod,       \
                  proxy_pow, proxy_lshift, proxy_rshift, proxy_and, proxy_or, proxy_xor,           \
                  proxy_matmul},                                                                   \
        .inplace = {proxy_iadd, proxy_isub, proxy_imul, proxy_itruediv, proxy_ifloordiv,           \
                    proxy_imod, proxy_ipow, proxy_ilshift, proxy_irshift, proxy_iand, proxy_ior,   \
                    proxy_ixor, proxy_imatmul},                                                    \
        .neg = proxy_neg,                                                                          \
        .pos = proxy_pos,                                                                          \
        .invert = proxy_invert,                                                                    \
        .absolute = proxy_abs,                                                                     \
        .is_true = proxy_is_true,                                                                  \
        .as_int = proxy_index,                                                                     \
        .as_float = proxy_float,                                                                   \
        .len = proxy_len,                                                                          \
        .getitem = proxy_getitem,                                                                  \
        .setitem = proxy_setitem,                                                                  \
        .contains = proxy_contains,                                                                \
    }

PROXY_TYPE(weakref_proxy_type, "weakref.ProxyType", NULL);
PROXY_TYPE(weakref_callable_proxy_type, "weakref.CallableProxyType", proxy_call);
#undef PROXY_TYPE
