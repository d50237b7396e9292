/* frameobj.h: frame objects as Python sees them (sys._getframe): a
 * snapshot of one activation record and of its callers, taken when asked
 * for. Ouro's frames live on a stack of their own and die with the call,
 * so a frame object copies what it shows (code, line, namespaces) instead
 * of pointing at the record. */
#ifndef OURO_FRAMEOBJ_H
#define OURO_FRAMEOBJ_H

#include "frame.h"

extern TypeObj frame_type;

// A frame object for `f` whose f_back chain snapshots f's callers. NULL
// with MemoryError pending.
NEWREF Obj *frameobj_snapshot(Vm *vm, Frame *f);

// The locals of `f` as locals() shows them: the locals dict of module and
// class-body code itself, or a new dict of a function's fast locals and
// cells. NULL with an exception pending.
NEWREF Obj *frameobj_locals(Vm *vm, Frame *f);

// Adds sys._getframe to `sys_dict`. 0 or -1.
int frameobj_add_getframe(Vm *vm, Obj *sys_module);

#endif
