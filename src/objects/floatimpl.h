/* floatimpl.h: the private layout of float and the operand conversion of
 * the arithmetic slots, shared by float.c, float_text.c and complex.c, and
 * the float fast paths of the VM's dispatch loop (vm_smallint.h). */
#ifndef OURO_FLOATIMPL_H
#define OURO_FLOATIMPL_H

#include "alloc.h"
#include "intobj.h"

typedef struct FloatObj {
    Obj head;
    double value;
} FloatObj;

// The blocks of dead exact floats, for reuse (float.c owns it; the inline
// functions below share it with the dispatch loop).
extern ObjFreeList float_freelist;

// A new exact float of value `v` (float_from_double, inline for the
// dispatch loop's arithmetic). NULL with MemoryError pending.
static inline NEWREF Obj *float_new_inline(Vm *vm, double v) {
    FloatObj *f = (FloatObj *)obj_new_from_list(vm, &float_type, &float_freelist);
    if (f != NULL) {
        f->value = v;
    }
    return (Obj *)f;
}

// Releases a reference to `o`, which is a small int or an exact float (so
// its death runs no code: no finalizer, no weak references): the block goes
// straight to the freelist, without obj_dealloc and the type's slot.
static inline void float_release(Obj *o) {
    if (!OBJ_IS_SMALLINT(o) && --o->refcnt == 0) {
        obj_free_to_list(o, &float_freelist);
    }
}

// Operand conversion for float's arithmetic slots: 1 = `o` (a float or an
// int) converted into `*out`, 0 = not a number float handles (the slot
// returns NotImplemented), -1 = error (OverflowError for a huge int).
int float_operand(Vm *vm, Obj *o, double *out);

// The prologue of a binary arithmetic slot: converts `a` and `b` with
// `convert` (a function shaped like float_operand) into `x` and `y`, or
// returns NotImplemented / NULL from the slot. Expects `vm` in scope.
#define NUM_OPERANDS(convert, a, b, x, y)                                                          \
    do {                                                                                           \
        int ra_ = convert(vm, a, &x);                                                              \
        if (ra_ <= 0) {                                                                            \
            return ra_ < 0 ? NULL : obj_newref(OBJ_NOTIMPL);                                       \
        }                                                                                          \
        int rb_ = convert(vm, b, &y);                                                              \
        if (rb_ <= 0) {                                                                            \
            return rb_ < 0 ? NULL : obj_newref(OBJ_NOTIMPL);                                       \
        }                                                                                          \
    } while (0)

// round(v, ndigits) for a float: the decimal value of `v` rounded half to
// even at `ndigits` places (negative: tens, hundreds, ...), correctly
// rounded back to a double (CPython's round(2.675, 2) == 2.67). 0, or -1
// with OverflowError pending.
int float_round_digits(Vm *vm, double v, int64_t ndigits, double *out);

// float.hex(): "0x1.8000000000000p+1", "-0x0.0p+0", "inf", "nan".
NEWREF Obj *float_hex_text(Vm *vm, double v);

// float.fromhex() text ("0x1.8p1", " -1p4 ", "inf"): 0 with the value in
// `*out`, or -1 with ValueError "invalid hexadecimal floating-point
// string" / OverflowError "hexadecimal value too large to represent as a
// float".
int float_parse_hex(Vm *vm, const char *s, size_t len, double *out);

#endif
