/* vm_match.h: the runtime half of `match` statements (PEP 634): the tests
 * and extractions behind MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS,
 * MATCH_CLASS and COPY_DICT_WITHOUT_KEYS. The compiler (compile_match.c)
 * turns patterns into these plus ordinary comparisons and unpacking. */
#ifndef OURO_VM_MATCH_H
#define OURO_VM_MATCH_H

#include "../objects/runtime.h"

// True when `subject` can match a sequence pattern: list, tuple, range and
// their subclasses (never str, bytes or bytearray).
bool vmatch_is_sequence(Obj *subject);

// True when `subject` can match a mapping pattern: dict and its subclasses.
bool vmatch_is_mapping(Obj *subject);

// MATCH_KEYS: a tuple of subject[k] for each k of tuple `keys`, or None
// when a key is missing. ValueError "mapping pattern checks duplicate key
// (k)" for a repeated key. NULL with an exception pending.
NEWREF Obj *vmatch_keys(Vm *vm, Obj *subject, Obj *keys);

// COPY_DICT_WITHOUT_KEYS: a new dict of `subject`'s items without `keys`
// (a tuple), for `**rest`. NULL with an exception pending.
NEWREF Obj *vmatch_dict_without(Vm *vm, Obj *subject, Obj *keys);

// MATCH_CLASS: for `cls(p1, ..., pn, k1=q1, ...)` with `npos` positional
// sub-patterns and the keyword names in tuple `kwnames`, the tuple of the
// attributes to match (positional ones through cls.__match_args__), or
// None when `subject` is not an instance or lacks an attribute. TypeError
// as CPython 3.11 for a non-class, too many positional sub-patterns, a bad
// __match_args__ or an attribute named twice.
NEWREF Obj *vmatch_class(Vm *vm, Obj *subject, Obj *cls, size_t npos, Obj *kwnames);

#endif
