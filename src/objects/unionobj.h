/* unionobj.h: types.UnionType, what `int | None` evaluates to (PEP 604). */
#ifndef OURO_UNIONOBJ_H
#define OURO_UNIONOBJ_H

#include "object.h"
#include "str.h"

// types.UnionType: instances hold the tuple of members (`__args__`); made
// only by `|`, never by calling the type.
extern TypeObj union_type;

// `a | b` when both are unionable (None, a class, a GenericAlias or a
// union): a new union of their flattened, deduplicated members, or the one
// member left (`int | int` is int). NotImplemented (a new reference) when
// either side is not unionable, so that the other side's __ror__ runs.
// The BINOP_OR slot of type, GenericAlias and UnionType. NULL with
// MemoryError pending.
NEWREF Obj *union_or(Vm *vm, Obj *a, Obj *b);

// Appends `arg` to `b` as typing prints a type argument: a class as its
// qualified name (module omitted for builtins), `...` as is, anything else
// by its repr. 0, or -1 with an exception pending. Defined in
// genericalias.c; shared by the reprs of GenericAlias and UnionType.
int galias_append_arg(Vm *vm, StrBuf *b, Obj *arg);

#endif
