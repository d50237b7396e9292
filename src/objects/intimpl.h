/* intimpl.h: the private layout of heap ints, shared by int.c and
 * int_text.c only. Ints that fit in SMALLINT range are tagged pointers;
 * every other value of int_type is a BigIntObj. True and False are static
 * objects of bool_type with no payload: the helpers below special-case
 * them, so every int code path accepts bools. Instances of int subclasses
 * are BigIntObj of the subclass, whatever their value. */
#ifndef OURO_INTIMPL_H
#define OURO_INTIMPL_H

#include <gmp.h>

#include "intobj.h"

typedef struct BigIntObj {
    Obj head;
    mpz_t z;
} BigIntObj;

// Reads `o` (any int-like) as an int64 when it is small or a bool; false
// for a heap int (whose value may still be small for a subclass instance).
static inline bool int_small_value(const Obj *o, int64_t *v) {
    if (OBJ_IS_SMALLINT(o)) {
        *v = SMALLINT_VALUE(o);
        return true;
    }
    if (o == OBJ_TRUE || o == OBJ_FALSE) {
        *v = o == OBJ_TRUE;
        return true;
    }
    return false;
}

// A read-only mpz view of any int-like `o`: `p` points at the value.
// Always pair with intview_clear.
typedef struct IntView {
    mpz_t tmp;
    mpz_srcptr p;
} IntView;

static inline void intview_init(IntView *v, const Obj *o) {
    int64_t x;
    if (int_small_value(o, &x)) {
        mpz_init_set_si(v->tmp, (long)x);
        v->p = v->tmp;
    } else {
        mpz_init(v->tmp);
        v->p = ((const BigIntObj *)o)->z;
    }
}

static inline void intview_clear(IntView *v) {
    mpz_clear(v->tmp);
}

// Rounds `z` in place to a multiple of 10**`k`, half to even. `sticky`:
// the true value is a little above `z` (a dropped fraction), so a tie
// rounds away from zero. round(x, -k) for ints and floats.
void int_mpz_round_pow10(mpz_t z, unsigned long k, bool sticky);

// An int for the value in `z`, which is consumed (cleared or moved into
// the new object): tagged when it fits. NULL with MemoryError pending.
NEWREF Obj *int_from_mpz_steal(Vm *vm, mpz_t z);

// Same, copying `z`.
NEWREF Obj *int_from_mpz(Vm *vm, mpz_srcptr z);

// int.to_bytes, int.from_bytes (a class method) and int.as_integer_ratio,
// in int_text.c; CPython's messages ("int too big to convert").
NEWREF Obj *int_py_to_bytes(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *int_py_from_bytes(Vm *vm, Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *int_py_as_integer_ratio(Vm *vm, Obj *self, Obj *const *args, size_t nargs,
                                    Obj *kwnames);

// The int.__format__ and int() parts living in int_text.c.
NEWREF Obj *int_py_format(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *int_type_new(Vm *vm, TypeObj *type, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *int_repr(Vm *vm, Obj *self);

// A copy of number text `s` (mem_alloc'd, NUL-terminated, length in
// `*out_len`) with Unicode decimal digits replaced by ASCII digits and
// Unicode white space by ' ', for int() and float(). NULL on MemoryError.
char *int_ascii_number_text(const char *s, size_t len, size_t *out_len);

// Bits above which a result is refused with MemoryError (a few GiB of
// digits would take the process down; CPython raises MemoryError too).
#define INT_MAX_BITS ((uint64_t)1 << 36)

#endif
