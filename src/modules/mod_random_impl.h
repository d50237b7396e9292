/* mod_random_impl.h: what the files of the `random` module share: the
 * generator state of a Random object, its primitive draws, and the method
 * tables each file contributes. Not for other code. */
#ifndef OURO_MOD_RANDOM_IMPL_H
#define OURO_MOD_RANDOM_IMPL_H

#include "objects/object.h"

#define MT_N 624
#define MT_M 397

// One generator: the state of a Random object (the module functions use a
// hidden one, as CPython's random module does). A SystemRandom draws from
// the operating system instead and has no state to seed or save.
typedef struct MtState {
    uint32_t mt[MT_N];
    int index;
    double gauss_next; // the second value of the last Box-Muller pair
    bool has_gauss_next;
    bool system;
} MtState;

typedef struct RandomObj {
    Obj head;
    MtState st;
} RandomObj;

// The generator of a Random object, or of the module's hidden one.
static inline MtState *rnd_state(Obj *self) {
    return &((RandomObj *)self)->st;
}

// 32 random bits.
uint32_t rnd_uint32(MtState *st);

// random(): a float in [0.0, 1.0) with 53 random bits.
double rnd_double(MtState *st);

// A uniform integer in [0, n) for n > 0 (_randbelow_with_getrandbits).
uint64_t rnd_below(MtState *st, uint64_t n);

// The methods of random.Random defined in mod_random_seq.c (choice,
// choices, shuffle, sample) and mod_random_dist.c (the distributions); each
// is a MethodFn whose self is a Random.
NEWREF Obj *modrandom_py_choice(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modrandom_py_choices(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modrandom_py_shuffle(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modrandom_py_sample(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modrandom_py_uniform(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modrandom_py_triangular(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modrandom_py_gauss(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modrandom_py_normalvariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modrandom_py_lognormvariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modrandom_py_expovariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modrandom_py_vonmisesvariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modrandom_py_gammavariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modrandom_py_betavariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modrandom_py_paretovariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *modrandom_py_weibullvariate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

#endif
