/* vm_smallint.h: the dispatch loop's fast paths for two small ints
 * (arithmetic whose result is cheap and exact, comparisons), for plain
 * float arithmetic, and for the truth of True and False in conditional
 * jumps. Only vm.c
 * includes it; the functions are static inline so the loop pays no call. */
#ifndef OURO_VM_SMALLINT_H
#define OURO_VM_SMALLINT_H

#include <math.h>

#include "../compile/code.h"
#include "../objects/floatimpl.h"
#include "../objects/intobj.h"

// The loop's helpers must stay inline whatever the size of the loop: GCC's
// heuristics gave up on them once the loop grew, which cost a call (and the
// spills around it) on every arithmetic instruction.
#if defined(__GNUC__)
#define VM_INLINE static inline __attribute__((always_inline))
#else
#define VM_INLINE static inline
#endif

// Computes `a op b` for two small ints when the result is cheap and exact;
// returns NULL (no exception) to fall back to the generic path. The result
// is a tagged small int, so owning it costs nothing.
VM_INLINE NEWREF Obj *smallint_binop(Obj *a, Obj *b, int op) {
    int64_t x = SMALLINT_VALUE(a), y = SMALLINT_VALUE(b), r;
    switch (op) {
        case BINOP_ADD:
            r = x + y; // cannot overflow int64: both fit in 62 bits
            break;
        case BINOP_SUB:
            r = x - y;
            break;
        case BINOP_MUL:
            if (__builtin_mul_overflow(x, y, &r)) {
                return NULL;
            }
            break;
        case BINOP_FLOORDIV:
            if (y == 0) {
                return NULL;
            }
            r = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) {
                r--;
            }
            break;
        case BINOP_MOD:
            if (y == 0) {
                return NULL;
            }
            r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) {
                r += y;
            }
            break;
        case BINOP_AND:
            r = x & y;
            break;
        case BINOP_OR:
            r = x | y;
            break;
        case BINOP_XOR:
            r = x ^ y;
            break;
        case BINOP_LSHIFT:
            if (y < 0 || y >= 62 || x < -((int64_t)1 << 40) || x > ((int64_t)1 << 40) ||
                (y > 20 && x != 0)) {
                return NULL;
            }
            r = (int64_t)((uint64_t)x << y);
            break;
        case BINOP_RSHIFT:
            if (y < 0) {
                return NULL;
            }
            r = y >= 63 ? (x < 0 ? -1 : 0) : x >> y;
            break;
        default:
            return NULL;
    }
    return SMALLINT_FITS(r) ? SMALLINT_FROM(r) : NULL;
}

// smallint_binop, with + and - done on the tagged words (2x+1 + 2y =
// 2(x+y)+1): no untagging, and int64 overflow is exactly leaving the small
// ints. For handlers that know their operator (`op` a constant).
VM_INLINE NEWREF Obj *smallint_arith(Obj *a, Obj *b, int op) {
    intptr_t t;
    if (op == BINOP_ADD) {
        return __builtin_add_overflow((intptr_t)a, (intptr_t)b - 1, &t) ? NULL : (Obj *)t;
    }
    if (op == BINOP_SUB) {
        return __builtin_sub_overflow((intptr_t)a, (intptr_t)b - 1, &t) ? NULL : (Obj *)t;
    }
    return smallint_binop(a, b, op);
}

// smallint_binop for the binary instruction `instr` (BINARY_OP or one of
// its per-operator forms), with + and - on the tagged words: for the fused
// forms, which read the operator from the instruction after them.
VM_INLINE NEWREF Obj *smallint_binop_instr(Obj *a, Obj *b, uint32_t instr) {
    if (INSTR_OP(instr) == OP_BINARY_ADD) {
        return smallint_arith(a, b, BINOP_ADD);
    }
    if (INSTR_OP(instr) == OP_BINARY_SUB) {
        return smallint_arith(a, b, BINOP_SUB);
    }
    return smallint_binop(a, b, binop_base(INSTR_ARG(instr)));
}

// `a op b` (a CmpOp) for two small ints: their tagged words compare in the
// same order as their values. Without a branch on `op` (a site's operator
// is unknown to a shared handler): bit `3 * op + order` of the table, where
// order is 0, 1, 2 for less, equal, greater, is the answer.
VM_INLINE bool smallint_compare(Obj *a, Obj *b, int op) {
    intptr_t x = (intptr_t)a, y = (intptr_t)b; // the tag preserves order
    unsigned order = (unsigned)((x > y) - (x < y) + 1);
    // In octal, bits greater-equal-less: LT 1, LE 3, EQ 2, NE 5, GT 4, GE 6.
    _Static_assert(CMP_LT == 0 && CMP_LE == 1 && CMP_EQ == 2 && CMP_NE == 3 && CMP_GT == 4 &&
                       CMP_GE == 5,
                   "the table follows CmpOp's order");
    const uint32_t table = 01 | 03u << 3 | 02u << 6 | 05u << 9 | 04u << 12 | 06u << 15;
    return (table >> (3 * (unsigned)op + order)) & 1u;
}

// The double of `o` when it is an exact float or a small int (the operands
// float arithmetic accepts without a call); false otherwise.
VM_INLINE bool fast_double(const Obj *o, double *out) {
    if (OBJ_IS_SMALLINT(o)) {
        *out = (double)SMALLINT_VALUE(o); // rounds to nearest, as float(int)
        return true;
    }
    if (o->type == &float_type) {
        *out = ((const FloatObj *)o)->value;
        return true;
    }
    return false;
}

// `o`, a float-compatible operand popped by a float operation, becomes the
// block for its result (`*spare`) when none was chosen yet and only the
// stack held it; otherwise it is released (which runs no code).
VM_INLINE void float_spare_or_release(Obj *o, Obj **spare) {
    if (*spare == NULL && !OBJ_IS_SMALLINT(o) && o->refcnt == 1) {
        *spare = o;
    } else {
        float_release(o);
    }
}

// `x op y` on doubles when it is plain IEEE arithmetic that cannot fail
// (+, -, *, / by non-zero, ** of a positive base without overflow): true
// with the value in `*out`; false to fall back to the generic path (which
// raises ZeroDivisionError etc.).
VM_INLINE bool float_fast_op(int op, double x, double y, double *out) {
    switch (op) {
        case BINOP_ADD:
            *out = x + y;
            return true;
        case BINOP_SUB:
            *out = x - y;
            return true;
        case BINOP_MUL:
            *out = x * y;
            return true;
        case BINOP_TRUEDIV:
            if (y == 0.0) {
                return false;
            }
            *out = x / y;
            return true;
        case BINOP_POW:
            // A positive finite base to a finite power is plain pow(), as
            // in float.__pow__; zero, negative (complex results), infinite
            // and NaN bases and an overflowing result take the generic path.
            if (!(x > 0.0) || !isfinite(x) || !isfinite(y)) {
                return false;
            }
            *out = pow(x, y);
            return !isinf(*out);
        default:
            return false;
    }
}

// `a op b` when one operand is an exact float and the other an exact float
// or a small int, and float_fast_op applies: true with the value in `*out`.
VM_INLINE bool float_fast_binop(Obj *a, Obj *b, int op, double *out) {
    double x, y;
    if ((OBJ_IS_SMALLINT(a) && OBJ_IS_SMALLINT(b)) || !fast_double(a, &x) || !fast_double(b, &y)) {
        return false;
    }
    return float_fast_op(op, x, y, out);
}

// Truth of a value popped by a conditional jump, which takes over the
// reference: True and False are answered without a call. 0/1, or -1 with an
// exception pending.
VM_INLINE int pop_truth(Vm *vm, STEALS Obj *v) {
    if (v == OBJ_TRUE) {
        return 1;
    }
    if (v == OBJ_FALSE) {
        return 0;
    }
    int t = obj_is_true(vm, v);
    obj_decref(v);
    return t;
}

#endif
