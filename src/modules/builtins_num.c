/* builtins_num.c: the numeric and reducing built-in functions: abs, min,
 * max, sum, sorted, all, any, divmod, pow and round. Registered by
 * bi_init (builtins.c). */
#include "../objects/args.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/list.h"
#include "../objects/runtime.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "builtins_impl.h"

static Obj *bi_py_abs(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "abs", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return obj_abs(vm, args[0]);
}

// The next candidate of min()/max(): from the iterator `it`, or from the
// positional arguments when `it` is NULL. NULL without an exception at
// the end.
static Obj *next_candidate(Vm *vm, Obj *it, Obj *const *args, size_t nargs, size_t *pos) {
    if (it != NULL) {
        return obj_next(vm, it);
    }
    return *pos < nargs ? obj_newref(args[(*pos)++]) : NULL;
}

// min() and max(): `op` is CMP_LT for min, CMP_GT for max. The first of
// several equal extremes wins, as in CPython.
static Obj *min_max(Vm *vm, Obj *const *args, size_t nargs, Obj *kwnames, CmpOp op,
                    const char *name) {
    Obj *key = NULL, *dflt = NULL;
    size_t nkw = kwnames != NULL ? tuple_len(kwnames) : 0;
    if (nargs == 0) { // checked before the keywords, as CPython
        return err_raise(vm, &exc_TypeError, "%s expected at least 1 argument, got 0", name);
    }
    for (size_t k = 0; k < nkw; k++) {
        Obj *kw = tuple_get_borrow(kwnames, k);
        if (str_equal_cstr(kw, "key")) {
            key = args[nargs + k];
        } else if (str_equal_cstr(kw, "default")) {
            dflt = args[nargs + k];
        } else {
            return err_raise(vm, &exc_TypeError, "'%S' is an invalid keyword argument for %s()", kw,
                             name);
        }
    }
    if (nargs > 1 && dflt != NULL) {
        return err_raise(vm, &exc_TypeError,
                         "Cannot specify a default for %s() with multiple positional arguments",
                         name);
    }
    if (key == OBJ_NONE) {
        key = NULL;
    }
    Obj *it = NULL, *best = NULL, *best_key = NULL, *item = NULL;
    size_t pos = 0;
    if (nargs == 1) {
        it = obj_iter(vm, args[0]);
        if (it == NULL) {
            return NULL;
        }
    }
    while ((item = next_candidate(vm, it, args, nargs, &pos)) != NULL) {
        Obj *k = key != NULL ? obj_call1(vm, key, item) : obj_newref(item);
        if (k == NULL) {
            goto fail;
        }
        if (best == NULL) {
            best = item;
            best_key = k;
            continue;
        }
        int better = obj_richcompare_bool(vm, k, best_key, op);
        if (better < 0) {
            obj_decref(k);
            goto fail;
        }
        if (better) {
            obj_decref(best);
            obj_decref(best_key);
            best = item;
            best_key = k;
        } else {
            obj_decref(item);
            obj_decref(k);
        }
    }
    item = NULL;
    if (err_occurred(vm)) {
        goto fail;
    }
    obj_xdecref(it);
    obj_xdecref(best_key);
    if (best == NULL) {
        if (dflt != NULL) {
            return obj_newref(dflt);
        }
        return err_raise(vm, &exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
fail:
    obj_xdecref(item);
    obj_xdecref(it);
    obj_xdecref(best);
    obj_xdecref(best_key);
    return NULL;
}

static Obj *bi_py_min(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return min_max(vm, args, nargs, kwnames, CMP_LT, "min");
}

static Obj *bi_py_max(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return min_max(vm, args, nargs, kwnames, CMP_GT, "max");
}

// sum(): small ints are added in C until they overflow, floats as doubles
// (CPython's fast paths, with the same results); anything else through +.
static Obj *bi_py_sum(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"iterable", "start", NULL};
    Obj *a[2];
    if (nargs == 0 && (kwnames == NULL || tuple_len(kwnames) == 0)) {
        return err_raise(vm, &exc_TypeError,
                         "sum() takes at least 1 positional argument (0 given)");
    }
    if (args_bind(vm, "sum", args, nargs, kwnames, names, 2, 1, a) < 0) {
        return NULL;
    }
    Obj *acc = a[1] != NULL ? a[1] : SMALLINT_FROM(0);
    if (str_check(acc)) {
        return err_raise(vm, &exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    Obj *it = obj_iter(vm, a[0]);
    if (it == NULL) {
        return NULL;
    }
    obj_incref(acc);
    Obj *item;
    while ((item = obj_next(vm, it)) != NULL) {
        Obj *next = NULL;
        if (OBJ_IS_SMALLINT(acc) && OBJ_IS_SMALLINT(item)) {
            int64_t s = SMALLINT_VALUE(acc) + SMALLINT_VALUE(item); // both 62-bit: no overflow
            if (SMALLINT_FITS(s)) {
                next = SMALLINT_FROM(s);
            }
        } else if (float_check(acc) && obj_type(acc) == &float_type &&
                   (obj_type(item) == &float_type || OBJ_IS_SMALLINT(item))) {
            double x = OBJ_IS_SMALLINT(item) ? (double)SMALLINT_VALUE(item) : float_value(item);
            next = float_from_double(vm, float_value(acc) + x);
            if (next == NULL) {
                obj_decref(item);
                break;
            }
        }
        if (next == NULL) {
            next = obj_binop(vm, acc, item, BINOP_ADD);
        }
        obj_decref(item);
        obj_decref(acc);
        acc = next;
        if (acc == NULL) {
            break;
        }
    }
    obj_decref(it);
    if (err_occurred(vm)) {
        obj_xdecref(acc);
        return NULL;
    }
    return acc;
}

// sorted(iterable, /, *, key=None, reverse=False): list(iterable), then
// its sort() with the keywords, as CPython (so keyword errors name sort()).
static Obj *bi_py_sorted(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (nargs != 1) {
        return err_raise(vm, &exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    }
    Obj *l = list_from_iterable(vm, args[0]);
    if (l != NULL && list_sort_call(vm, l, args + 1, 0, kwnames) < 0) {
        obj_decref(l);
        return NULL;
    }
    return l;
}

// all() (`want` 0: stop at the first false) and any() (`want` 1).
static Obj *all_any(Vm *vm, Obj *iterable, int want) {
    Obj *it = obj_iter(vm, iterable);
    if (it == NULL) {
        return NULL;
    }
    Obj *item;
    int found = 0;
    while ((item = obj_next(vm, it)) != NULL) {
        int t = obj_is_true(vm, item);
        obj_decref(item);
        if (t < 0) {
            break;
        }
        if (t == want) {
            found = 1;
            break;
        }
    }
    obj_decref(it);
    if (err_occurred(vm)) {
        return NULL;
    }
    return obj_newref(obj_bool(want ? found : !found));
}

static Obj *bi_py_all(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "all", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return all_any(vm, args[0], 0);
}

static Obj *bi_py_any(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "any", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return all_any(vm, args[0], 1);
}

// Calls `fn` (from a type's dict) as fn(self, other).
static Obj *call_special(Vm *vm, Obj *fn, Obj *self, Obj *other) {
    Obj *argv[2] = {self, other};
    return obj_call(vm, fn, argv, 2, NULL);
}

// a.__divmod__(b) / b.__rdivmod__(a) of classes, in binary-operator order
// (the right operand first when its type is a proper subclass). A new
// NotImplemented when neither defines or handles the pair.
static Obj *user_divmod(Vm *vm, Obj *a, Obj *b) {
    TypeObj *ta = obj_type(a), *tb = obj_type(b);
    Obj *fa = type_lookup(vm, ta, str_intern_cstr(vm, "__divmod__"));
    Obj *fb = ta != tb ? type_lookup(vm, tb, str_intern_cstr(vm, "__rdivmod__")) : NULL;
    Obj *res;
    if (fb != NULL && fa != NULL && type_is_subtype(tb, ta) &&
        type_lookup(vm, ta, str_intern_cstr(vm, "__rdivmod__")) != fb) {
        res = call_special(vm, fb, b, a);
        if (res != OBJ_NOTIMPL) {
            return res;
        }
        obj_decref(res);
        fb = NULL;
    }
    if (fa != NULL) {
        res = call_special(vm, fa, a, b);
        if (res != OBJ_NOTIMPL) {
            return res;
        }
        obj_decref(res);
    }
    return fb != NULL ? call_special(vm, fb, b, a) : obj_newref(OBJ_NOTIMPL);
}

// divmod(a, b): __divmod__/__rdivmod__ of classes, else (a // b, a % b),
// which is what int and float compute.
static Obj *bi_py_divmod(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "divmod", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    Obj *a = args[0], *b = args[1];
    if ((obj_type(a)->flags & TYPE_FLAG_HEAPTYPE) || (obj_type(b)->flags & TYPE_FLAG_HEAPTYPE)) {
        // int and float have __divmod__ in their dicts, so their subclasses
        // are served here too.
        Obj *res = user_divmod(vm, a, b);
        if (res != OBJ_NOTIMPL) {
            return res;
        }
        obj_decref(res);
        return err_raise(vm, &exc_TypeError,
                         "unsupported operand type(s) for divmod(): '%s' and '%s'",
                         obj_type_name(a), obj_type_name(b));
    }
    Obj *q = obj_binop(vm, a, b, BINOP_FLOORDIV);
    if (q == NULL) {
        if (err_matches(vm, &exc_TypeError) &&
            !(obj_type(a)->binop[BINOP_FLOORDIV] != NULL &&
              obj_type(b)->binop[BINOP_FLOORDIV] != NULL)) {
            err_clear(vm);
            err_raise(vm, &exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                      obj_type_name(a), obj_type_name(b));
        }
        return NULL;
    }
    Obj *r = obj_binop(vm, a, b, BINOP_MOD);
    if (r == NULL) {
        obj_decref(q);
        return NULL;
    }
    return tuple_pack2_steal(vm, q, r);
}

// pow(base, exp, mod=None), keywords allowed as in CPython 3.8+.
static Obj *bi_py_pow(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Obj *a[3];
    if (args_bind(vm, "pow", args, nargs, kwnames, names, 3, 2, a) < 0) {
        return NULL;
    }
    return obj_pow(vm, a[0], a[1], a[2] != NULL ? a[2] : OBJ_NONE);
}

// round(number, ndigits=None) delegates to type(number).__round__.
static Obj *bi_py_round(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"number", "ndigits", NULL};
    Obj *a[2];
    if (args_bind(vm, "round", args, nargs, kwnames, names, 2, 1, a) < 0) {
        return NULL;
    }
    Obj *name = str_intern_cstr(vm, "__round__");
    if (name == NULL) {
        return NULL;
    }
    if (type_lookup(vm, obj_type(a[0]), name) == NULL) {
        if (err_occurred(vm)) {
            return NULL;
        }
        return err_raise(vm, &exc_TypeError, "type %s doesn't define __round__ method",
                         obj_type_name(a[0]));
    }
    if (a[1] == NULL || a[1] == OBJ_NONE) {
        return obj_call_method(vm, a[0], "__round__", NULL, 0);
    }
    return obj_call_method(vm, a[0], "__round__", &a[1], 1);
}

const MethodDef bi_num_functions[] = {
    {"abs", bi_py_abs, METH_DEFAULT, "Return the absolute value of the argument."},
    {"min", bi_py_min, METH_DEFAULT, "With a single iterable argument, return its smallest item."},
    {"max", bi_py_max, METH_DEFAULT, "With a single iterable argument, return its biggest item."},
    {"sum", bi_py_sum, METH_DEFAULT,
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers."},
    {"sorted", bi_py_sorted, METH_DEFAULT,
     "Return a new list containing all items from the iterable in ascending order."},
    {"all", bi_py_all, METH_DEFAULT,
     "Return True if bool(x) is True for all values x in the iterable."},
    {"any", bi_py_any, METH_DEFAULT, "Return True if bool(x) is True for any x in the iterable."},
    {"divmod", bi_py_divmod, METH_DEFAULT, "Return the tuple (x//y, x%y)."},
    {"pow", bi_py_pow, METH_DEFAULT,
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments."},
    {"round", bi_py_round, METH_DEFAULT, "Round a number to a given precision in decimal digits."},
    {NULL, NULL, 0, NULL},
};
