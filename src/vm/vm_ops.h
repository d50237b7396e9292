/* vm_ops.h: the slower halves of opcodes, kept out of the dispatch loop so
 * that it stays small enough for the compiler to keep its registers: stack
 * unpacking, raise, f-string formatting, with-statements, function
 * creation, the helpers of starred calls, name lookup, and the inline
 * caches of attribute, method and global access. */
#ifndef OURO_VM_OPS_H
#define OURO_VM_OPS_H

#include "../compile/code.h"
#include "../objects/dict.h"
#include "../objects/runtime.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "func.h"

// --- Inline caches ---------------------------------------------------------
//
// LOAD_ATTR and STORE_ATTR on an instance whose class uses the generic
// attribute protocol and has no class attribute of that name (no
// descriptor, no method) end in the instance's attribute table. Instances
// of one class usually add their attributes in the same order, so the
// entry position found last time is right next time: the cache holds
// {type, type cache epoch, entry index}, and a hit is one comparison of the
// entry's key with the (interned) name. The epoch (type.h) covers every
// change of the class and its bases; a different layout of one instance
// only misses.
//
// LOAD_GLOBAL caches {globals, globals version, builtins version, value}:
// dict versions are unique over all tables and all time (dict.c), so equal
// versions mean both dicts are unchanged and the borrowed value is alive.

// The code object's caches, allocated on first use: the one of the
// instruction at `index`, or NULL (no exception) when memory is short.
InlineCache *ops_icache(CodeObj *co, size_t index);

// Forced inline: -O2 leaves these out of line in the long dispatch loop.
#if defined(__GNUC__)
#define OPS_INLINE static inline __attribute__((always_inline))
#else
#define OPS_INLINE static inline
#endif

// The attribute table of `o` when a LOAD_ATTR/STORE_ATTR cache `c` was
// filled for `o`'s type and still holds (the name is the instance's
// business alone), else NULL.
OPS_INLINE DictTable *ops_attr_cache_table(const InlineCache *c, Obj *o) {
    if (OBJ_IS_SMALLINT(o) || c->key != (const void *)o->type || c->version != type_cache_epoch) {
        return NULL;
    }
    // `version2`: the table's offset in the instance (the cache is filled
    // only for types whose instances keep it there).
    return (DictTable *)((char *)o + c->version2);
}

// The attribute-table entry a LOAD_ATTR/STORE_ATTR cache `c` designates for
// `o` and `name`, or NULL when it does not apply.
OPS_INLINE DictEntry *ops_attr_cache_entry(const InlineCache *c, Obj *o, Obj *name) {
    DictTable *t = ops_attr_cache_table(c, o);
    if (t == NULL) {
        return NULL;
    }
    size_t ix = (size_t)c->value;
    if (ix >= t->nentries || t->entries[ix].key != name) {
        return NULL;
    }
    return &t->entries[ix];
}

// LOAD_ATTR when the cache `c` (may be NULL) does not answer: the generic
// lookup, filling `c` when the value came from the instance's table.
NEWREF Obj *ops_load_attr_slow(Vm *vm, InlineCache *c, Obj *o, Obj *name);

// STORE_ATTR (o.name = value) when `c` (may be NULL) does not answer: the
// generic store, filling `c` when the value went to the instance's table.
// 0 or -1.
int ops_store_attr_slow(Vm *vm, InlineCache *c, Obj *o, Obj *name, Obj *value);

// The value a LOAD_GLOBAL cache `c` holds for these dicts, or NULL.
static inline BORROWED Obj *ops_global_cache_get(const InlineCache *c, Obj *globals, Obj *builtins) {
    if (c->key == (const void *)globals && c->version == ((DictObj *)globals)->t.version &&
        c->version2 == ((DictObj *)builtins)->t.version) {
        return (Obj *)c->value;
    }
    return NULL;
}

// Fills a LOAD_GLOBAL cache with `value` (borrowed from one of the dicts),
// when both are exact dicts.
void ops_global_cache_fill(InlineCache *c, Obj *globals, Obj *builtins, Obj *value);

// UnboundLocalError "cannot access local variable 'x' where it is not
// associated with a value" for the local `name`.
void ops_raise_unbound_local(Vm *vm, Obj *name);

// The error for the empty cell slot `i` of `co` (cellvars, then freevars):
// UnboundLocalError for a captured local, NameError for a free variable.
void ops_raise_unbound_cell(Vm *vm, const CodeObj *co, uint32_t i);

// The name of cell slot `i` of `co` (borrowed).
static inline BORROWED Obj *ops_cell_name(const CodeObj *co, uint32_t i) {
    return (int)i < co->ncells ? tuple_get_borrow(co->cellvars, i)
                               : tuple_get_borrow(co->freevars, i - (uint32_t)co->ncells);
}

// Restores vm->handled_exc from a `prev` value popped off the stack (the
// reference moves into the VM; None means nothing handled).
void ops_restore_handled(Vm *vm, STEALS Obj *prev);

// SEND: sends `v` (consumed) into the iterator `it` of a `yield from` or
// `await`: 1 with the yielded value in *out, 0 with the delegate's result
// in *out when it finished, -1 with an exception pending.
int ops_send(Vm *vm, Obj *it, STEALS Obj *v, Obj **out);

// CALL_EX: callable(*argseq, **kwargs) (all borrowed; kwargs may be NULL),
// with CPython's errors for a bad argument sequence or mapping.
NEWREF Obj *ops_call_ex(Vm *vm, Obj *callable, Obj *argseq, Obj *kwargs);

// NameError "name 'x' is not defined" for `name`, unless an exception is
// already pending (a failed lookup's own error wins).
void ops_raise_name_error(Vm *vm, Obj *name);

// Looks `name` up in a locals mapping: borrowed from a dict, or a new
// reference stored in *owned for other mappings (*owned NULL otherwise).
// NULL when absent (no exception) or on error (exception pending).
BORROWED Obj *ops_locals_lookup(Vm *vm, Obj *locals, Obj *name, Obj **owned);

// LOAD_NAME: `name` in `locals`, then `globals`, then `builtins`. NULL
// with NameError (or a lookup's error) pending.
NEWREF Obj *ops_load_name(Vm *vm, Obj *locals, Obj *globals, Obj *builtins, Obj *name);

// UNPACK_SEQUENCE: writes the `n` items of `seq` to out[n-1] .. out[0]
// (the first item last, so that it ends on top of the stack). New
// references. Returns 0, or -1 with TypeError/ValueError pending (nothing
// written on failure).
int ops_unpack(Vm *vm, Obj *seq, size_t n, Obj **out);

// UNPACK_EX: `before` items, a list of the middle, `after` items, written
// reversed to `out` (before + 1 + after slots). 0 or -1.
int ops_unpack_ex(Vm *vm, Obj *seq, size_t before, size_t after, Obj **out);

// RAISE_VARARGS with an exception (class or instance, borrowed) and an
// optional cause (NULL when absent). Always leaves an exception pending and
// returns -1.
int ops_raise(Vm *vm, Obj *exc, Obj *cause);

// FORMAT_VALUE: `conv` 0 none, 1 str, 2 repr, 3 ascii; `spec` a str or NULL.
NEWREF Obj *ops_format_value(Vm *vm, Obj *value, int conv, Obj *spec);

// ascii(): repr with non-ASCII characters escaped.
NEWREF Obj *ops_ascii(Vm *vm, Obj *o);

// BUILD_STRING: concatenation of `n` strs.
NEWREF Obj *ops_build_string(Vm *vm, Obj *const *items, size_t n);

// BEFORE_WITH: stores the bound __exit__ in *exit_out (new reference) and
// returns mgr.__enter__(). NULL with TypeError pending when the protocol is
// missing. With `is_async` (BEFORE_ASYNC_WITH), __aexit__ and __aenter__
// instead, whose result is an awaitable.
NEWREF Obj *ops_before_with(Vm *vm, Obj *mgr, bool is_async, Obj **exit_out);

// WITH_EXCEPT_START: exit(type(exc), exc, exc.__traceback__).
NEWREF Obj *ops_with_except(Vm *vm, Obj *exit, Obj *exc);

// MAKE_FUNCTION with the optional parts (each borrowed, NULL when absent)
// and the closure's cells: `cells` holds the code's nfrees cells (NULL when
// it has none), whose references the function takes over, also when this
// fails. `c` is the instruction's inline cache (NULL when there is none),
// where the globals' __name__ is remembered.
NEWREF Obj *ops_make_function(Vm *vm, Obj *code, Obj *globals, InlineCache *c, Obj *defaults,
                              Obj *kwdefaults, Obj *annotations, STEALS Obj *const *cells);

// DICT_MERGE: merges mapping `src` into `dict` for f(**src); `func` names
// the callee in errors ("f() got multiple values for keyword argument 'a'").
int ops_dict_merge(Vm *vm, Obj *func, Obj *dict, Obj *src);

// DICT_UPDATE: {**src}. TypeError "'int' object is not a mapping".
int ops_dict_update(Vm *vm, Obj *dict, Obj *src);

// LIST_EXTEND for displays: TypeError "Value after * must be an iterable,
// not int" when `src` is not iterable.
int ops_list_extend(Vm *vm, Obj *list, Obj *src);

// CALL_EX's argument tuple from any iterable (`func` names the callee in
// "f() argument after * must be an iterable, not int").
NEWREF Obj *ops_call_args_tuple(Vm *vm, Obj *func, Obj *args);
// CALL_EX's keyword dict from any mapping ("... argument after ** must be a
// mapping, not int").
NEWREF Obj *ops_call_kwargs_dict(Vm *vm, Obj *func, Obj *kwargs);

// PRINT_EXPR: echoes repr(value) on stdout unless it is None, and binds it
// to builtins._. 0 or -1.
int ops_print_expr(Vm *vm, Obj *value);

// LOAD_METHOD: when `name` resolves on `o`'s type to a Python function or
// a built-in method descriptor that the instance does not shadow, stores
// it in *meth (new reference) and returns 1; otherwise stores the ordinary
// attribute value in *meth and returns 0. -1 on error.
int ops_load_method(Vm *vm, Obj *o, Obj *name, Obj **meth);

// ops_load_method with the instruction's inline cache `c` (may be NULL),
// for LOAD_METHOD when ops_method_cache_get had no answer: the cache
// remembers {type, type cache epoch, method} after a method was found, so
// that the next call on an instance of the same type only checks that the
// instance does not shadow the name (ops_method_cache_get's test).
int ops_load_method_cached(Vm *vm, InlineCache *c, Obj *o, Obj *name, Obj **meth);

// LOAD_METHOD's inline path: the method (borrowed) that `name`, an
// interned str, names on `o`'s type when the instruction's cache `c` or the
// type attribute cache knows it, it is a function or method descriptor
// and the instance's table surely has no attribute `name`; else NULL, and
// ops_load_method_cached decides. A site that sees many classes (a list of
// shapes) misses its own cache nearly every time, so the type attribute
// cache's answer, one probe, is taken here too and refills `c`.
// False when `o`'s attribute table (if any) surely has no entry `name`, an
// interned str, so that a method found on the class is not shadowed; true
// when it may (a probe that could run __eq__ is left to the general path).
OPS_INLINE bool ops_may_shadow(Obj *o, Obj *name) {
    DictTable *t = obj_attr_table(o);
    if (t == NULL || t->used == 0) {
        return false; // instances rarely shadow a method
    }
    size_t ix;
    int64_t hash = ((StrObj *)name)->hash;
    return hash == -1 || dicttable_probe_str(t, name, hash, &ix) != DICT_PROBE_ABSENT;
}

OPS_INLINE BORROWED Obj *ops_method_cache_get(InlineCache *c, Obj *o, Obj *name) {
    TypeObj *tp = obj_type(o);
    uint64_t epoch = type_cache_epoch;
    Obj *m;
    if (c->key == (const void *)tp && c->version == epoch) {
        m = (Obj *)c->value;
    } else {
        // Entries exist only for interned names and types with an MRO.
        const MCacheEntry *e = type_mcache_slot(tp, name);
        if (e->name != name || e->type != tp || e->epoch != epoch) {
            return NULL;
        }
        m = e->value;
        if (m == NULL || tp->getattr != obj_generic_getattr ||
            (obj_type(m) != &function_type && obj_type(m) != &method_descr_type)) {
            return NULL;
        }
        c->key = tp;
        c->version = epoch;
        c->value = (uintptr_t)m;
    }
    return ops_may_shadow(o, name) ? NULL : m;
}

// CALL_KW/CALL_EX helper: "module.qualname()" for a function, "name()" for
// a built-in, "type object" otherwise (CPython's _PyObject_FunctionStr).
NEWREF Obj *ops_func_str(Vm *vm, Obj *func);

// SET_UPDATE: adds every item of iterable `src` to `set`. 0, or -1 with an
// exception pending.
int ops_set_update(Vm *vm, Obj *set, Obj *src);

// GET_AITER: o.__aiter__(), checked to have __anext__. NULL with TypeError
// (CPython's "'async for' requires an object with __aiter__ method, got X").
NEWREF Obj *ops_get_aiter(Vm *vm, Obj *o);

// GET_ANEXT: the awaitable of aiter.__anext__() (see gen_get_awaitable).
// NULL with an exception pending.
NEWREF Obj *ops_get_anext(Vm *vm, Obj *aiter);

#endif
