/* builtins_impl.h: the parts of the builtins module split across files
 * (builtins.c registers everything; builtins_num.c holds the numeric and
 * reducing functions). Not for other code. */
#ifndef OURO_BUILTINS_IMPL_H
#define OURO_BUILTINS_IMPL_H

#include "../objects/object.h"

// abs, min, max, sum, sorted, all, any, divmod, pow, round (builtins_num.c).
extern const MethodDef bi_num_functions[];

#endif
