/* set.h: set and frozenset, hash tables of keys. */
#ifndef OURO_SET_H
#define OURO_SET_H

#include "object.h"

extern TypeObj set_type;
extern TypeObj frozenset_type;
extern TypeObj setiter_type; // iter(set)

bool set_check(const Obj *o); // set, frozenset, or a subclass

// A new empty set (or frozenset when `frozen`).
NEWREF Obj *set_new(Vm *vm, bool frozen);

// s.add(key): 0, or -1 with an exception pending (unhashable key).
int set_add(Vm *vm, Obj *set, Obj *key);

// `key in s`: 0/1, or -1.
int set_contains(Vm *vm, Obj *set, Obj *key);

// s.discard(key): 1 removed, 0 absent, -1 error.
int set_discard(Vm *vm, Obj *set, Obj *key);

size_t set_len(const Obj *set);

// Drops every key (detach, then release). Also the type's clear slot.
void set_clear(Obj *set);

// set(iterable) / frozenset(iterable).
NEWREF Obj *set_from_iterable(Vm *vm, Obj *iterable, bool frozen);

#endif
