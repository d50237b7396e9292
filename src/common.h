/* common.h: definitions every Ouro source file shares.
 * Ownership markers used in prototypes (see STYLE.md §4), branch hints and
 * the forward declarations that let lower layers name upper-layer types. */
#ifndef OURO_COMMON_H
#define OURO_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Empty markers that document a prototype's ownership contract.
// NEWREF: the returned reference belongs to the caller.
// BORROWED: the returned reference is owned elsewhere; do not release it.
// STEALS: the parameter's reference is consumed, also when the call fails.
// RAISES: the function may leave an exception pending (documentation only).
#define NEWREF
#define BORROWED
#define STEALS
#define RAISES

#define OURO_LIKELY(x) __builtin_expect(!!(x), 1)
#define OURO_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define OURO_UNUSED(x) ((void)(x))

#define OURO_VERSION "0.1.0"

typedef struct Obj Obj;
typedef struct TypeObj TypeObj;
typedef struct Vm Vm;

#endif
