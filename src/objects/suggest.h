/* suggest.h: the "Did you mean: 'x'?" that a printed AttributeError or
 * NameError ends with, chosen as CPython 3.11 chooses it. */
#ifndef OURO_SUGGEST_H
#define OURO_SUGGEST_H

#include "object.h"

// The name to suggest for exception `exc` (borrowed): for an
// AttributeError with `name` and `obj`, the closest of dir(obj); for a
// NameError raised by the VM, the closest of the raising code's local
// names, else of its globals, else of the builtins. "Closest" is the
// smallest edit distance (a case change costs half an edit) within a
// third of the characters involved. A new str, or NULL when there is none;
// never leaves an exception pending (dir() may run Python code, whose
// errors are dropped).
NEWREF Obj *suggest_for_exception(Vm *vm, Obj *exc);

#endif
