/* object_num.c: the number protocol of object.h: binary operators with
 * CPython's reflected dispatch, in-place operators, unary operators, pow
 * and operator.index(). The type slots do the arithmetic; this file only
 * decides which slot runs and raises the "unsupported operand" errors. */
#include "exc.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"

static const char *const binop_symbols[BINOP_COUNT * 2] = {
    "+",  "-",  "*",  "/",  "//",  "%",  "**",  "<<",  ">>",  "&",  "|",  "^",  "@",
    "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=",
};

const char *obj_binop_symbol(int op) {
    if (op < 0 || op >= BINOP_COUNT * 2) {
        return "?";
    }
    return binop_symbols[op];
}

// CPython's binary_op1: the right operand's slot runs first when its type
// is a proper subtype of the left's with a different slot; a slot that
// returns NotImplemented passes the turn. Returns NotImplemented (new
// reference) when neither operand handles the pair.
static Obj *binary_op1(Vm *vm, Obj *a, Obj *b, int op) {
    TypeObj *ta = obj_type(a), *tb = obj_type(b);
    BinaryFn slota = ta->binop[op];
    BinaryFn slotb = tb != ta ? tb->binop[op] : NULL;
    if (slotb == slota) {
        slotb = NULL;
    }
    Obj *res;
    if (slota != NULL) {
        if (slotb != NULL && type_is_subtype(tb, ta)) {
            res = slotb(vm, a, b);
            if (res != OBJ_NOTIMPL) {
                return res;
            }
            obj_decref(res);
            slotb = NULL;
        }
        res = slota(vm, a, b);
        if (res != OBJ_NOTIMPL) {
            return res;
        }
        obj_decref(res);
    }
    if (slotb != NULL) {
        return slotb(vm, a, b);
    }
    return obj_newref(OBJ_NOTIMPL);
}

static Obj *binop_error(Vm *vm, Obj *a, Obj *b, int op) {
    const char *sym = obj_binop_symbol(op);
    if (op == BINOP_POW) {
        sym = "** or pow()";
    }
    return err_raise(vm, &exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
                     obj_type_name(a), obj_type_name(b));
}

NEWREF Obj *obj_binop(Vm *vm, Obj *a, Obj *b, BinOp op) {
    int base = (int)op;
    Obj *res;
    if (base >= BINOP_INPLACE) {
        base -= BINOP_INPLACE;
        BinaryFn islot = obj_type(a)->inplace[base];
        if (islot != NULL) {
            res = islot(vm, a, b);
            if (res != OBJ_NOTIMPL) {
                return res;
            }
            obj_decref(res);
        }
    }
    res = binary_op1(vm, a, b, base);
    if (res != OBJ_NOTIMPL) {
        return res;
    }
    obj_decref(res);
    return binop_error(vm, a, b, (int)op);
}

static Obj *unary_error(Vm *vm, Obj *o, const char *sym) {
    return err_raise(vm, &exc_TypeError, "bad operand type for %s: '%s'", sym, obj_type_name(o));
}

NEWREF Obj *obj_neg(Vm *vm, Obj *o) {
    UnaryFn f = obj_type(o)->neg;
    return f != NULL ? f(vm, o) : unary_error(vm, o, "unary -");
}

NEWREF Obj *obj_pos(Vm *vm, Obj *o) {
    UnaryFn f = obj_type(o)->pos;
    return f != NULL ? f(vm, o) : unary_error(vm, o, "unary +");
}

NEWREF Obj *obj_invert(Vm *vm, Obj *o) {
    UnaryFn f = obj_type(o)->invert;
    return f != NULL ? f(vm, o) : unary_error(vm, o, "unary ~");
}

NEWREF Obj *obj_abs(Vm *vm, Obj *o) {
    UnaryFn f = obj_type(o)->absolute;
    return f != NULL ? f(vm, o) : unary_error(vm, o, "abs()");
}

// pow(a, b, mod) with a real modulus: CPython's ternary_op tries the
// slots of a, b and mod in turn.
NEWREF Obj *obj_pow(Vm *vm, Obj *a, Obj *b, Obj *mod) {
    if (mod == NULL || mod == OBJ_NONE) {
        return obj_binop(vm, a, b, BINOP_POW);
    }
    TypeObj *types[3] = {obj_type(a), obj_type(b), obj_type(mod)};
    for (int i = 0; i < 3; i++) {
        bool seen = false;
        for (int j = 0; j < i; j++) {
            seen = seen || types[j]->ternary_pow == types[i]->ternary_pow;
        }
        if (types[i]->ternary_pow == NULL || seen) {
            continue;
        }
        Obj *res = types[i]->ternary_pow(vm, a, b, mod);
        if (res != OBJ_NOTIMPL) {
            return res;
        }
        obj_decref(res);
    }
    return err_raise(vm, &exc_TypeError,
                     "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                     obj_type_name(a), obj_type_name(b), obj_type_name(mod));
}

NEWREF Obj *obj_index(Vm *vm, Obj *o) {
    if (int_check(o)) {
        return obj_newref(o);
    }
    TypeObj *t = obj_type(o);
    if (t->as_int == NULL) {
        return err_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         obj_type_name(o));
    }
    Obj *res = t->as_int(vm, o);
    if (res != NULL && !int_check(res)) {
        err_raise(vm, &exc_TypeError, "__index__ returned non-int (type %s)", obj_type_name(res));
        obj_decref(res);
        return NULL;
    }
    return res;
}

int obj_as_ssize(Vm *vm, Obj *o, int64_t *out) {
    if (OBJ_IS_SMALLINT(o)) {
        *out = SMALLINT_VALUE(o);
        return 0;
    }
    Obj *i = obj_index(vm, o);
    if (i == NULL) {
        return -1;
    }
    int rc = int_as_i64(vm, i, out); // OverflowError "... to C ssize_t", as CPython
    obj_decref(i);
    return rc;
}
