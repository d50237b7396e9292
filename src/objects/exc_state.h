/* exc_state.h: the methods of BaseException that read or change its state
 * as a whole: add_note (Python 3.11's __notes__), and __reduce__ /
 * __setstate__, which copy rebuilds exceptions with. exc.c puts them in
 * BaseException's method table. */
#ifndef OURO_EXC_STATE_H
#define OURO_EXC_STATE_H

#include "object.h"

// e.add_note(note): appends the str `note` to e.__notes__ (a list made on
// first use). None, or NULL with TypeError for a non-str note or a
// __notes__ that is not a list.
NEWREF Obj *excs_py_add_note(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

// e.__reduce__(): (type, args), or (type, args, a dict of its attributes)
// when it has any. NULL with an exception pending on failure.
NEWREF Obj *excs_py_reduce(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

// e.__setstate__(state): setattr for each item of the dict `state` (None
// sets nothing; anything else is a TypeError). None, or NULL.
NEWREF Obj *excs_py_setstate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

#endif
