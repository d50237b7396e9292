/* complete.h: Tab completion at the interactive prompt (libedit): names of
 * the __main__ globals and the builtins, and `a.b.` attribute names through
 * dir() of the object the dotted name already denotes (found by lookups,
 * never by running code). Tab in the indentation inserts four spaces. */
#ifndef OURO_COMPLETE_H
#define OURO_COMPLETE_H

#include "../objects/runtime.h"

// Hooks the completer into libedit for `globals` (BORROWED: must outlive
// the interactive loop). Call once before the first readline().
void complete_install(Vm *vm, Obj *globals);

// Drops what the completer still holds; call when the loop ends, before
// the interpreter is finalized.
void complete_release(void);

#endif
