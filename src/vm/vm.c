/* vm.c: the dispatch loop. Executes bytecode with computed goto (a switch
 * where the compiler lacks labels as values), keeping the instruction
 * pointer and the stack pointer in locals. Calls of Python functions from
 * CALL/CALL_KW switch frames inside the loop instead of recursing in C.
 * Small-int arithmetic and comparisons are done inline on the tagged
 * values, plain float arithmetic on exact floats; attribute, method and
 * global loads keep per-instruction inline caches (vm_ops.h); everything
 * else goes through the generic protocols of objects/.
 * Exceptions unwind through each frame's block stack as described at the
 * top of opcodes.def, then into the caller's frame. */
#include "vm.h"

#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "../compile/code.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/iter.h"
#include "../objects/list.h"
#include "../objects/misc.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/traceback.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "asyncgen.h"
#include "call.h"
#include "func.h"
#include "gen.h"
#include "import.h"
#include "vm_match.h"
#include "vm_smallint.h"
#include "vm_ops.h"

static int check_interrupt(Vm *vm) {
    vm_interrupt_pending = 0;
    err_raise_obj(vm, &exc_KeyboardInterrupt, NULL);
    return -1;
}

// CALL of anything but a Python function or a class: built-in functions,
// and built-in methods that LOAD_METHOD left with their instance
// (list.append, dict.get, str.join), run their C function directly; the
// rest goes through the type's call slot. Out of line, so that the loop
// keeps its registers.
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static Obj *call_other(Vm *vm, Obj *callable, Obj *const *args, size_t nargs, Obj *kwnames) {
    TypeObj *ct = obj_type(callable);
    if (ct == &builtin_func_type) {
        BuiltinFuncObj *bf = (BuiltinFuncObj *)callable;
        return bf->def->fn(vm, bf->self, args, nargs, kwnames);
    }
    if (ct == &method_descr_type && nargs > 0 &&
        obj_type(args[0]) == ((MethodDescrObj *)callable)->objclass) {
        MethodDescrObj *d = (MethodDescrObj *)callable;
        return d->def->fn(vm, args[0], args + 1, nargs - 1, kwnames);
    }
    return obj_call(vm, callable, args, nargs, kwnames);
}

// a + b for two exact strs, taking the stack's reference to `a`. When the
// next instruction stores the result into the local that holds `a`
// (`s += t`, `s = s + t`), the local lets go of it first, as CPython's
// unicode_concatenate does, so that str_concat_steal can grow `a` in place
// when nothing else holds it. (A failure leaves that local unbound, as in
// CPython.)
VM_INLINE Obj *concat_str(Vm *vm, const uint32_t *ip, Obj **fast, Obj *a, Obj *b) {
    uint32_t next = *ip;
    if (a->refcnt == 2 &&
        (INSTR_OP(next) == OP_STORE_FAST || INSTR_OP(next) == OP_STORE_FAST__LOAD_FAST) &&
        fast[INSTR_ARG(next)] == a) {
        fast[INSTR_ARG(next)] = NULL;
        obj_decref(a); // the stack still holds it
    }
    return str_concat_steal(vm, a, b);
}

// The float result `d` of a BINARY_OP whose operands are popped (`sp`
// is above whatever lies under them), followed at `ip` by a store that
// would release a float only its target holds: `x = a op b` (STORE_FAST)
// or `o.name op= v` (ROT_TWO; STORE_ATTR through a hit of its cache).
// That box takes `d` instead; nothing else can observe it, as floats are
// immutable and the box had no other reference. True when it was stored
// (the caller skips the store and pops `o`), false when the store must run.
VM_INLINE bool store_float_in_place(CodeObj *co, const uint32_t *ip, Obj **sp, Obj **fast,
                                     Obj *const *names, double d) {
    uint32_t next = *ip;
    Obj *old;
    DictTable *t = NULL; // the attribute's table, for `o.name op= v`
    // (Skipping a fused STORE_FAST__LOAD_FAST skips its store only: the
    // load is the next instruction.)
    if (INSTR_OP(next) == OP_STORE_FAST || INSTR_OP(next) == OP_STORE_FAST__LOAD_FAST) {
        old = fast[INSTR_ARG(next)];
    } else if (INSTR_OP(next) == OP_ROT_TWO && INSTR_OP(ip[1]) == OP_STORE_ATTR &&
               co->icache != NULL) {
        // The same test as STORE_ATTR's cached path.
        InlineCache *c = &co->icache[ip + 1 - co->code];
        t = ops_attr_cache_table(c, sp[-1]);
        if (t == NULL || c->value >= t->nentries ||
            t->entries[c->value].key != names[INSTR_ARG(ip[1])]) {
            return false;
        }
        old = t->entries[c->value].value;
    } else {
        return false;
    }
    if (old == NULL || OBJ_IS_SMALLINT(old) || old->type != &float_type || old->refcnt != 1) {
        return false;
    }
    ((FloatObj *)old)->value = d;
    if (t != NULL) {
        dicttable_bump_version(t); // what the store would have done
    }
    return true;
}

// --- The loop --------------------------------------------------------------------

#if defined(__GNUC__)
#define VM_COMPUTED_GOTO 1
#else
#define VM_COMPUTED_GOTO 0
#endif

#define PUSH(v)   (*sp++ = (v))
#define POP()     (*--sp)
#define TOP()     (sp[-1])
#define SECOND()  (sp[-2])
#define ARG       INSTR_ARG(instr)
#define JUMPTO(t) (ip = code + (t))
#define SAVE_PC() (f->pc = (uint32_t)(ip - code - 1))
// Pops and releases the values above `floor` (NULL slots included).
#define DROP_TO(floor)                                                                             \
    do {                                                                                           \
        while (sp > (floor)) {                                                                     \
            Obj *v_ = *--sp;                                                                       \
            obj_xdecref(v_);                                                                       \
        }                                                                                          \
    } while (0)
// Pushes fast local `i` (a new reference); UnboundLocalError when empty.
#define PUSH_LOCAL(i)                                                                              \
    do {                                                                                           \
        Obj *v_ = fast[i];                                                                         \
        if (OURO_UNLIKELY(v_ == NULL)) {                                                           \
            ops_raise_unbound_local(vm, tuple_get_borrow(co->varnames, i));                        \
            goto error;                                                                            \
        }                                                                                          \
        obj_incref(v_);                                                                            \
        PUSH(v_);                                                                                  \
    } while (0)
// The NULL-or-self slot of the CALL/CALL_KW instruction `in` (whose
// operands are still on the stack).
#define CALL_BASE(in) (sp - INSTR_ARG(in) - (INSTR_OP(in) == OP_CALL_KW ? 3 : 2))

#if VM_COMPUTED_GOTO
#define TARGET(name) L_##name:
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        instr = *ip++;                                                                             \
        goto *labels[INSTR_OP(instr)];                                                             \
    } while (0)
#else
#define TARGET(name) case OP_##name:
#define DISPATCH()   goto dispatch
#endif

#if defined(__GNUC__) && !defined(__clang__)
// Each handler keeps its own dispatch jump: merged tails would share one
// indirect jump, which branch predictors cannot tell apart. The loops of
// the handlers (a call's arguments and empty locals) run a few times each:
// vectorised, or turned into memset calls, they cost more than they save.
__attribute__((optimize("no-crossjumping", "no-gcse", "no-tree-loop-distribute-patterns",
                        "no-tree-vectorize")))
#endif
NEWREF Obj *vm_eval_frame(Vm *vm, Frame *f) {
#if VM_COMPUTED_GOTO
    static void *const labels[OP_COUNT] = {
#define OP(name, effect, jump_effect, kind) &&L_##name,
#include "../compile/opcodes.def"
#undef OP
    };
#endif
    // The running frame's state, cached in locals; reloaded when the loop
    // enters a called Python function or returns to its caller.
    CodeObj *co;
    const uint32_t *code;
    const uint32_t *ip;
    Obj **sp;
    Obj **fast;
    Obj **cells;
    Obj *const *consts;
    Obj *const *names;
    uint32_t instr;
    bool is_reraise = false; // the error came from RERAISE: no traceback entry
    // Operands of a Python call the loop runs inline (see inline_call).
    Obj *call_callable;
    Obj **call_args;
    size_t call_nargs;
    Obj *call_kwnames;
    Obj **call_base; // CALL/CALL_KW: the NULL-or-self slot under the callable
    Frame *nf;       // the frame of a call the loop runs inline
    Obj *call_result; // RETURN_VALUE of an __init__ frame: its result
    double float_result; // BINARY_OP and its forms: the value for binary_float

#define LOAD_FRAME_STATE()                                                                         \
    do {                                                                                           \
        co = f->code;                                                                              \
        code = co->code;                                                                           \
        ip = code + f->pc;                                                                         \
        sp = f->sp;                                                                                \
        fast = f->fast;                                                                            \
        cells = f->fast + co->nlocals;                                                             \
        consts = ((TupleObj *)co->consts)->items;                                                  \
        names = ((TupleObj *)co->names)->items;                                                    \
    } while (0)

    LOAD_FRAME_STATE();

    if (OURO_UNLIKELY(vm_interrupt_pending)) {
        check_interrupt(vm);
        goto error;
    }
    if (f->throwing) {
        // generator.throw(): the exception is pending; raise it at the
        // suspended instruction so that the generator's handlers see it.
        f->throwing = false;
        goto error;
    }

#if VM_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    instr = *ip++;
    switch (INSTR_OP(instr)) {
#endif

    TARGET(NOP) {
        DISPATCH();
    }
    TARGET(POP_TOP) {
        Obj *v = POP();
        obj_xdecref(v);
        DISPATCH();
    }
    TARGET(ROT_TWO) {
        Obj *a = sp[-2];
        sp[-2] = sp[-1];
        sp[-1] = a;
        DISPATCH();
    }
    TARGET(ROT_THREE) {
        Obj *c = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = c;
        DISPATCH();
    }
    TARGET(ROT_FOUR) {
        Obj *d = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = sp[-4];
        sp[-4] = d;
        DISPATCH();
    }
    TARGET(DUP_TOP) {
        Obj *v = TOP();
        obj_xincref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(DUP_TOP_TWO) {
        Obj *a = sp[-2], *b = sp[-1];
        obj_xincref(a);
        obj_xincref(b);
        PUSH(a);
        PUSH(b);
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }
    TARGET(LOAD_CONST)
    load_const: {
        Obj *v = consts[ARG];
        obj_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_FAST) {
        PUSH_LOCAL(ARG);
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        Obj *old = fast[ARG];
        fast[ARG] = POP();
        obj_xdecref(old);
        DISPATCH();
    }
    // Fused pairs (opcodes.def): the second half reads the operand of the
    // next instruction and skips it; an error there is reported at it.
    TARGET(LOAD_FAST__LOAD_FAST)
    load_fast__load_fast: {
        PUSH_LOCAL(ARG);
        instr = *ip++;
        PUSH_LOCAL(ARG);
        DISPATCH();
    }
    TARGET(LOAD_FAST__LOAD_CONST)
    load_fast__load_const : {
        PUSH_LOCAL(ARG);
        instr = *ip++;
        Obj *v = consts[ARG];
        obj_incref(v);
        PUSH(v);
        DISPATCH();
    }
    // Longer runs (opcodes.def): done at once for two small ints, else the
    // first pair runs and the rest is dispatched as written, so errors and
    // other types take the unfused path.
    TARGET(LOAD_FAST__LOAD_CONST__BINARY_OP) {
        Obj *a = fast[ARG], *b = consts[INSTR_ARG(ip[0])];
        if (OBJ_IS_SMALLINT(a) && OBJ_IS_SMALLINT(b)) {
            Obj *r = smallint_binop_instr(a, b, ip[1]);
            if (r != NULL) {
                ip += 2;
                PUSH(r);
                DISPATCH();
            }
        }
        goto load_fast__load_const;
    }
    TARGET(LOAD_FAST__LOAD_CONST__COMPARE_OP) {
        Obj *a = fast[ARG], *b = consts[INSTR_ARG(ip[0])];
        if (OBJ_IS_SMALLINT(a) && OBJ_IS_SMALLINT(b)) {
            // The compiler fuses only when a conditional jump follows.
            uint32_t jump = ip[2];
            if (smallint_compare(a, b, (int)INSTR_ARG(ip[1])) ==
                (INSTR_OP(jump) == OP_POP_JUMP_IF_TRUE)) {
                JUMPTO(INSTR_ARG(jump));
            } else {
                ip += 3;
            }
            DISPATCH();
        }
        goto load_fast__load_const;
    }
    TARGET(PUSH_NULL__LOAD_FAST) {
        // The next instruction may itself be a fused form that starts
        // with LOAD_FAST: its operand is still the local's index.
        PUSH(NULL);
        instr = *ip++;
        PUSH_LOCAL(ARG);
        DISPATCH();
    }
    TARGET(PUSH_NULL__LOAD_GLOBAL) {
        PUSH(NULL);
        instr = *ip++;
        goto load_global;
    }
    TARGET(LOAD_FAST__RETURN_VALUE) {
        PUSH_LOCAL(ARG);
        ip++;
        goto return_value;
    }
    TARGET(LOAD_CONST__RETURN_VALUE) {
        Obj *v = consts[ARG];
        obj_incref(v);
        PUSH(v);
        ip++;
        goto return_value;
    }
    TARGET(IS_OP__POP_JUMP) {
        // The compiler fuses only when a conditional jump follows.
        Obj *a = sp[-2], *b = sp[-1];
        bool same = (a == b) != (ARG != 0);
        uint32_t jump = *ip;
        sp -= 2;
        obj_decref(a);
        obj_decref(b);
        if (same == (INSTR_OP(jump) == OP_POP_JUMP_IF_TRUE)) {
            JUMPTO(INSTR_ARG(jump));
        } else {
            ip++;
        }
        DISPATCH();
    }
    TARGET(STORE_FAST__LOAD_FAST) {
        Obj *old = fast[ARG];
        fast[ARG] = POP();
        obj_xdecref(old);
        instr = *ip++;
        PUSH_LOCAL(ARG);
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        Obj *old = fast[ARG];
        if (old == NULL) {
            ops_raise_unbound_local(vm, tuple_get_borrow(co->varnames, ARG));
            goto error;
        }
        fast[ARG] = NULL;
        obj_decref(old);
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Obj *v = cell_get_borrow(cells[ARG]);
        if (v == NULL) {
            ops_raise_unbound_cell(vm, co, ARG);
            goto error;
        }
        obj_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        Obj *v = POP();
        cell_set_steal(cells[ARG], v);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        if (cell_get_borrow(cells[ARG]) == NULL) {
            ops_raise_unbound_cell(vm, co, ARG);
            goto error;
        }
        cell_set(cells[ARG], NULL);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        Obj *c = cells[ARG];
        obj_incref(c);
        PUSH(c);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        Obj *owned;
        Obj *v = f->locals != NULL ? ops_locals_lookup(vm, f->locals, ops_cell_name(co, ARG), &owned)
                                   : (owned = NULL);
        if (v != NULL) {
            PUSH(owned != NULL ? owned : obj_newref(v));
            DISPATCH();
        }
        if (err_occurred(vm)) {
            goto error;
        }
        v = cell_get_borrow(cells[ARG]);
        if (v == NULL) {
            ops_raise_unbound_cell(vm, co, ARG);
            goto error;
        }
        obj_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL)
    load_global : {
        Obj *name = names[ARG];
        InlineCache *c = co->icache != NULL ? &co->icache[ip - code - 1] : NULL;
        Obj *v;
        if (c != NULL && (v = ops_global_cache_get(c, f->globals, f->builtins)) != NULL) {
            obj_incref(v);
            PUSH(v);
            DISPATCH();
        }
        v = dict_get_borrow(vm, f->globals, name);
        if (v == NULL) {
            if (err_occurred(vm)) {
                goto error;
            }
            v = dict_get_borrow(vm, f->builtins, name);
            if (v == NULL) {
                ops_raise_name_error(vm, name);
                goto error;
            }
        }
        if (c != NULL || (c = ops_icache(co, (size_t)(ip - code - 1))) != NULL) {
            ops_global_cache_fill(c, f->globals, f->builtins, v);
        }
        obj_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        Obj *v = POP();
        int rc = dict_set(vm, f->globals, names[ARG], v);
        obj_decref(v);
        if (rc < 0) {
            goto error;
        }
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        int rc = dict_del(vm, f->globals, names[ARG]);
        if (rc != 0) {
            if (rc > 0) {
                ops_raise_name_error(vm, names[ARG]);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        Obj *v;
        if (obj_type(f->locals) == &dict_type) {
            v = ops_load_name(vm, f->locals, f->globals, f->builtins, names[ARG]);
        } else {
            // A mapping from a metaclass's __prepare__ (a dict subclass too)
            // answers through its own __getitem__; on KeyError the globals
            // stand in for the locals, so the dict lookups come next.
            v = obj_getitem(vm, f->locals, names[ARG]);
            if (v == NULL && err_matches(vm, &exc_KeyError)) {
                err_clear(vm);
                v = ops_load_name(vm, f->globals, f->globals, f->builtins, names[ARG]);
            }
        }
        if (v == NULL) {
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        Obj *v = POP();
        // Exact dicts only: a dict subclass from __prepare__ has its own __setitem__.
        int rc = obj_type(f->locals) == &dict_type ? dict_set(vm, f->locals, names[ARG], v)
                                                   : obj_setitem(vm, f->locals, names[ARG], v);
        obj_decref(v);
        if (rc < 0) {
            goto error;
        }
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        int rc;
        if (obj_type(f->locals) == &dict_type) {
            rc = dict_del(vm, f->locals, names[ARG]);
        } else {
            rc = obj_delitem(vm, f->locals, names[ARG]);
            if (rc < 0 && err_matches(vm, &exc_KeyError)) {
                err_clear(vm);
                rc = 1;
            }
        }
        if (rc != 0) {
            if (rc > 0) {
                ops_raise_name_error(vm, names[ARG]);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_FAST__LOAD_ATTR) {
        // `local.name` through LOAD_ATTR's cache: the attribute is pushed
        // without the local's round trip through the stack (incref, decref).
        Obj *o = fast[ARG];
        instr = *ip++;
        if (o != NULL && co->icache != NULL) {
            DictEntry *e = ops_attr_cache_entry(&co->icache[ip - code - 1], o, names[ARG]);
            if (e != NULL) {
                PUSH(obj_newref(e->value));
                DISPATCH();
            }
        }
        // Anything else is the two instructions; an unbound local is
        // reported at the load.
        ip--;
        instr = ip[-1];
        PUSH_LOCAL(ARG);
        instr = *ip++;
        goto load_attr;
    }
    TARGET(LOAD_FAST__DUP_TOP__LOAD_ATTR) {
        // `local.name op= v` begins [] -> [o o.name]: on a cache hit both
        // are pushed at once.
        Obj *o = fast[ARG];
        if (o != NULL && co->icache != NULL) {
            DictEntry *e =
                ops_attr_cache_entry(&co->icache[ip + 1 - code], o, names[INSTR_ARG(ip[1])]);
            if (e != NULL) {
                obj_incref(o);
                PUSH(o);
                PUSH(obj_newref(e->value));
                ip += 2;
                DISPATCH();
            }
        }
        PUSH_LOCAL(ARG);
        DISPATCH();
    }
    TARGET(DUP_TOP__LOAD_ATTR) {
        // `o.name op= v` begins [o] -> [o o] -> [o o.name]: on a cache hit
        // the attribute is pushed without the copy of `o`.
        Obj *o = TOP();
        instr = *ip++;
        if (co->icache != NULL && o != NULL) {
            DictEntry *e = ops_attr_cache_entry(&co->icache[ip - code - 1], o, names[ARG]);
            if (e != NULL) {
                PUSH(obj_newref(e->value));
                DISPATCH();
            }
        }
        obj_xincref(o);
        PUSH(o);
        goto load_attr;
    }
    TARGET(LOAD_ATTR)
    load_attr: {
        Obj *o = TOP();
        InlineCache *c = co->icache != NULL ? &co->icache[ip - code - 1] : NULL;
        DictEntry *e;
        Obj *v;
        if (c != NULL && (e = ops_attr_cache_entry(c, o, names[ARG])) != NULL) {
            v = obj_newref(e->value);
        } else {
            if (c == NULL) {
                c = ops_icache(co, (size_t)(ip - code - 1));
            }
            if ((v = ops_load_attr_slow(vm, c, o, names[ARG])) == NULL) {
                goto error;
            }
        }
        sp[-1] = v;
        obj_decref(o);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        Obj *o = sp[-1], *v = sp[-2];
        InlineCache *c = co->icache != NULL ? &co->icache[ip - code - 1] : NULL;
        DictTable *t = NULL;
        if (c != NULL && (t = ops_attr_cache_table(c, o)) != NULL && c->value < t->nentries &&
            t->entries[c->value].key == names[ARG]) {
            dicttable_replace_at(t, (int64_t)c->value, v); // the old value is released last
        } else if (t != NULL && c->value == t->nentries && names[ARG]->type == &str_type &&
                   ((StrObj *)names[ARG])->hash != -1 &&
                   dicttable_append_str(t, names[ARG], ((StrObj *)names[ARG])->hash, v)) {
            // A new instance gaining the attribute its class's instances
            // add at this point: appended where the cache expects it.
            type_note_attrs(obj_type(o), t->used);
        } else {
            if (c == NULL) {
                c = ops_icache(co, (size_t)(ip - code - 1));
            }
            if (ops_store_attr_slow(vm, c, o, names[ARG], v) < 0) {
                goto error;
            }
        }
        sp -= 2;
        obj_decref(o);
        obj_decref(v);
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Obj *o = TOP();
        if (obj_setattr(vm, o, names[ARG], NULL) < 0) {
            goto error;
        }
        sp--;
        obj_decref(o);
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        Obj *o = TOP();
        Obj *meth;
        InlineCache *c = co->icache != NULL ? &co->icache[ip - code - 1]
                                            : ops_icache(co, (size_t)(ip - code - 1));
        if (OURO_LIKELY(c != NULL) && (meth = ops_method_cache_get(c, o, names[ARG])) != NULL) {
            obj_incref(meth);
            sp[-1] = meth; // [meth self]: self moves up one slot
            PUSH(o);
            DISPATCH();
        }
        int rc = ops_load_method_cached(vm, c, o, names[ARG], &meth);
        if (rc < 0) {
            goto error;
        }
        if (rc > 0) {
            sp[-1] = meth; // [meth self]: self moves up one slot
            PUSH(o);
        } else {
            sp[-1] = NULL;
            PUSH(meth);
            obj_decref(o);
        }
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Obj *c = sp[-2], *k = sp[-1];
        Obj *v;
        TypeObj *ct = obj_type(c);
        if (OBJ_IS_SMALLINT(k) && (ct == &list_type || ct == &tuple_type)) {
            // An exact list or tuple and an index in range.
            int64_t i = SMALLINT_VALUE(k);
            int64_t n = (int64_t)(ct == &list_type ? list_len(c) : tuple_len(c));
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                v = obj_newref(ct == &list_type ? list_get_borrow(c, (size_t)i)
                                                : tuple_get_borrow(c, (size_t)i));
                goto subscr_done;
            }
        }
        if (OBJ_IS_SMALLINT(k) && ct == &str_type && ((StrObj *)c)->is_ascii) {
            // s[i] of an ASCII str: one of the shared one-character strs.
            int64_t i = SMALLINT_VALUE(k);
            int64_t n = (int64_t)str_size(c);
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                v = str_ascii_char_borrow((unsigned char)str_cstr(c)[i]);
                goto subscr_done;
            }
        }
        v = obj_getitem(vm, c, k);
        if (v == NULL) {
            goto error;
        }
    subscr_done:
        sp -= 2;
        obj_decref(c);
        obj_decref(k);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Obj *v = sp[-3], *c = sp[-2], *k = sp[-1];
        // An exact dict (`d[k] = v`, counting loops) skips the type slot.
        if ((obj_type(c) == &dict_type ? dict_set(vm, c, k, v) : obj_setitem(vm, c, k, v)) < 0) {
            goto error;
        }
        sp -= 3;
        obj_decref(v);
        obj_decref(c);
        obj_decref(k);
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Obj *c = sp[-2], *k = sp[-1];
        if (obj_delitem(vm, c, k) < 0) {
            goto error;
        }
        sp -= 2;
        obj_decref(c);
        obj_decref(k);
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Obj *step = ARG == 3 ? POP() : NULL;
        Obj *stop = POP(), *start = POP();
        Obj *s = slice_new(vm, start, stop, step != NULL ? step : OBJ_NONE);
        obj_decref(start);
        obj_decref(stop);
        obj_xdecref(step);
        if (s == NULL) {
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }
    // The end of BINARY_OP and its per-operator forms when `float_result`
    // is the value of the two operands on the stack, both small ints or
    // exact floats, whose release runs no code. A float only the stack
    // holds is dead after this instruction: its block (`spare`) takes the
    // result. `x - y * z`: when the result is the right operand of the next
    // instruction, that one is done here on the double, so the
    // intermediate value is never boxed. Then a store that would release a
    // float box only its target holds puts the result in that box
    // (store_float_in_place). Written out in each handler, so that its
    // branches are predicted per operator.
#define BINARY_FLOAT_TAIL()                                                                        \
    do {                                                                                           \
        Obj *a = sp[-2], *b = sp[-1];                                                              \
        Obj *dead = NULL;                                                                          \
        sp -= 2;                                                                                   \
        float_spare_or_release(a, &dead);                                                          \
        float_spare_or_release(b, &dead);                                                          \
        BINARY_FLOAT_FINISH(dead);                                                                 \
    } while (0)
// The part after the operands are released: `spare` is a float block to
// reuse, or NULL.
#define BINARY_FLOAT_FINISH(spare_)                                                                \
    do {                                                                                           \
        Obj *spare = (spare_), *r;                                                                 \
        double d = float_result;                                                                   \
        while (INSTR_OP(*ip) >= OP_BINARY_ADD && INSTR_OP(*ip) <= OP_BINARY_TRUEDIV) {             \
            Obj *l = sp[-1];                                                                       \
            double x, d2;                                                                          \
            if (!fast_double(l, &x) ||                                                             \
                !float_fast_op((int)(INSTR_OP(*ip) - OP_BINARY_ADD), x, d, &d2)) {                 \
                break;                                                                             \
            }                                                                                      \
            ip++;                                                                                  \
            sp--;                                                                                  \
            float_spare_or_release(l, &spare);                                                     \
            d = d2;                                                                                \
        }                                                                                          \
        if (store_float_in_place(co, ip, sp, fast, names, d)) {                                    \
            if (INSTR_OP(*ip) == OP_ROT_TWO) {                                                     \
                Obj *o = *--sp;                                                                    \
                ip += 2;                                                                           \
                obj_decref(o);                                                                     \
            } else {                                                                               \
                ip++;                                                                              \
            }                                                                                      \
            if (spare != NULL) {                                                                   \
                float_release(spare);                                                              \
            }                                                                                      \
            DISPATCH();                                                                            \
        }                                                                                          \
        if (spare != NULL) {                                                                       \
            ((FloatObj *)spare)->value = d;                                                        \
            PUSH(spare);                                                                           \
            DISPATCH();                                                                            \
        }                                                                                          \
        if ((r = float_new_inline(vm, d)) == NULL) {                                               \
            goto error;                                                                            \
        }                                                                                          \
        PUSH(r);                                                                                   \
        DISPATCH();                                                                                \
    } while (0)
    // The per-operator forms (opcodes.def): two small ints or two
    // float-compatible operands here, everything else (overflow, division
    // by zero, other types) on BINARY_OP's general path.
#define BINARY_ARITH(name, op)                                                                     \
    TARGET(name) {                                                                                 \
        Obj *a = sp[-2], *b = sp[-1];                                                              \
        double x, y;                                                                               \
        if (OBJ_IS_SMALLINT(a) && OBJ_IS_SMALLINT(b)) {                                            \
            Obj *r = smallint_arith(a, b, op);                                                     \
            if (r != NULL) {                                                                       \
                sp[-2] = r;                                                                        \
                sp -= 1;                                                                           \
                DISPATCH();                                                                        \
            }                                                                                      \
        } else if (fast_double(a, &x) && fast_double(b, &y) &&                                     \
                   float_fast_op(op, x, y, &float_result)) {                                       \
            BINARY_FLOAT_TAIL();                                                                   \
        }                                                                                          \
        goto binary_op;                                                                            \
    }
    BINARY_ARITH(BINARY_ADD, BINOP_ADD)
    BINARY_ARITH(BINARY_SUB, BINOP_SUB)
    BINARY_ARITH(BINARY_MUL, BINOP_MUL)
    BINARY_ARITH(BINARY_TRUEDIV, BINOP_TRUEDIV)
#undef BINARY_ARITH
    TARGET(LOAD_CONST__BINARY_OP) {
        // `v op const`: the constant is not pushed when both are small
        // ints, or when the operator has a per-operator form and both are
        // float-compatible; anything else runs the instructions as written.
        Obj *a = sp[-1], *b = consts[ARG];
        Opcode next = INSTR_OP(*ip);
        if (OBJ_IS_SMALLINT(a) && OBJ_IS_SMALLINT(b)) {
            Obj *r = smallint_binop_instr(a, b, *ip);
            if (r != NULL) {
                sp[-1] = r;
                ip++;
                DISPATCH();
            }
        } else if (next >= OP_BINARY_ADD && next <= OP_BINARY_TRUEDIV) {
            double x, y;
            if (fast_double(a, &x) && fast_double(b, &y) &&
                float_fast_op((int)(next - OP_BINARY_ADD), x, y, &float_result)) {
                Obj *dead = NULL;
                ip++;
                sp--;
                float_spare_or_release(a, &dead);
                BINARY_FLOAT_FINISH(dead);
            }
        }
        goto load_const;
    }
    TARGET(LOAD_FAST__LOAD_FAST__BINARY_ARITH) {
        // `x op y` of two locals (op one of the per-operator forms) done
        // on their values: they are not pushed, so not counted and
        // released. Anything but two small ints or float-compatible
        // operands runs the instructions as written.
        Obj *a = fast[ARG], *b = fast[INSTR_ARG(ip[0])];
        int op = (int)(INSTR_OP(ip[1]) - OP_BINARY_ADD);
        double x, y;
        if (a != NULL && b != NULL) {
            if (OBJ_IS_SMALLINT(a) && OBJ_IS_SMALLINT(b)) {
                Obj *r = smallint_binop(a, b, op);
                if (r != NULL) {
                    ip += 2;
                    PUSH(r);
                    DISPATCH();
                }
            } else if (fast_double(a, &x) && fast_double(b, &y) &&
                       float_fast_op(op, x, y, &float_result)) {
                ip += 2;
                BINARY_FLOAT_FINISH(NULL);
            }
        }
        goto load_fast__load_fast;
    }
    TARGET(BINARY_OP)
    binary_op: {
        Obj *a = sp[-2], *b = sp[-1];
        Obj *r = NULL;
        if (OBJ_IS_SMALLINT(a) && OBJ_IS_SMALLINT(b)) {
            r = smallint_binop(a, b, binop_base(ARG));
            if (r != NULL) {
                sp[-2] = r; // small ints hold no references
                sp -= 1;
                DISPATCH();
            }
        } else if (float_fast_binop(a, b, binop_base(ARG), &float_result)) {
            goto binary_float;
        }
        if (r == NULL && binop_base(ARG) == BINOP_ADD && !OBJ_IS_SMALLINT(a) &&
            !OBJ_IS_SMALLINT(b) && a->type == &str_type && b->type == &str_type) {
            // Two exact strs (`+` and `+=` alike: str has no __iadd__, and
            // nothing can override either type's __add__). The stack's
            // reference to `a` goes to concat_str.
            r = concat_str(vm, ip, fast, a, b);
            sp -= 2;
            obj_decref(b);
            if (r == NULL) {
                goto error;
            }
            PUSH(r);
            DISPATCH();
        }
        if (r == NULL) {
            r = obj_binop(vm, a, b, (BinOp)ARG);
            if (r == NULL) {
                goto error;
            }
        }
        sp -= 2;
        obj_decref(a);
        obj_decref(b);
        PUSH(r);
        DISPATCH();
    }
    binary_float:
        BINARY_FLOAT_TAIL();
    TARGET(UNARY_NEGATIVE) {
        Obj *a = TOP();
        Obj *r;
        if (OBJ_IS_SMALLINT(a) && SMALLINT_VALUE(a) != SMALLINT_MIN) {
            r = SMALLINT_FROM(-SMALLINT_VALUE(a));
        } else if ((r = obj_neg(vm, a)) == NULL) {
            goto error;
        }
        sp[-1] = r;
        obj_decref(a);
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        Obj *a = TOP();
        Obj *r = obj_pos(vm, a);
        if (r == NULL) {
            goto error;
        }
        sp[-1] = r;
        obj_decref(a);
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Obj *a = TOP();
        int t = obj_is_true(vm, a);
        if (t < 0) {
            goto error;
        }
        sp[-1] = obj_bool(!t);
        obj_decref(a);
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        Obj *a = TOP();
        Obj *r = obj_invert(vm, a);
        if (r == NULL) {
            goto error;
        }
        sp[-1] = r;
        obj_decref(a);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Obj *a = sp[-2], *b = sp[-1];
        Obj *r;
        if (OBJ_IS_SMALLINT(a) && OBJ_IS_SMALLINT(b)) {
            bool res = smallint_compare(a, b, (int)ARG);
            // `if i < n:` and `while` tests: take the conditional jump that
            // follows at once, without a bool on the stack (nothing to count
            // or free: small ints are not objects).
            Opcode next = INSTR_OP(*ip);
            if (next == OP_POP_JUMP_IF_FALSE || next == OP_POP_JUMP_IF_TRUE) {
                sp -= 2;
                if (res == (next == OP_POP_JUMP_IF_TRUE)) {
                    JUMPTO(INSTR_ARG(*ip));
                } else {
                    ip++;
                }
                DISPATCH();
            }
            r = obj_bool(res);
        } else if ((r = obj_richcompare(vm, a, b, (CmpOp)ARG)) == NULL) {
            goto error;
        }
        sp -= 2;
        obj_decref(a);
        obj_decref(b);
        PUSH(r);
        DISPATCH();
    }
    TARGET(IS_OP) {
        Obj *a = sp[-2], *b = sp[-1];
        bool same = (a == b) != (ARG != 0);
        sp -= 2;
        obj_decref(a);
        obj_decref(b);
        PUSH(obj_bool(same));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        Obj *x = sp[-2], *c = sp[-1];
        int r = obj_contains(vm, c, x);
        if (r < 0) {
            goto error;
        }
        sp -= 2;
        obj_decref(x);
        obj_decref(c);
        PUSH(obj_bool((r != 0) != (ARG != 0)));
        DISPATCH();
    }
    TARGET(BUILD_TUPLE)
    TARGET(BUILD_LIST) {
        size_t n = ARG;
        bool is_list = INSTR_OP(instr) == OP_BUILD_LIST;
        Obj *seq = is_list ? list_new(vm, n) : tuple_new(vm, n);
        if (seq == NULL) {
            goto error;
        }
        sp -= n;
        for (size_t i = 0; i < n; i++) {
            if (is_list) {
                list_set_steal(seq, i, sp[i]);
            } else {
                tuple_set_steal(seq, i, sp[i]);
            }
        }
        PUSH(seq);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        size_t n = ARG;
        Obj *s = set_new(vm, false);
        if (s == NULL) {
            goto error;
        }
        for (size_t i = 0; i < n; i++) {
            if (set_add(vm, s, sp[(ptrdiff_t)i - (ptrdiff_t)n]) < 0) {
                obj_decref(s);
                goto error;
            }
        }
        while (n-- > 0) {
            obj_decref(POP());
        }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        size_t n = ARG;
        Obj *d = dict_new(vm);
        if (d == NULL) {
            goto error;
        }
        Obj **items = sp - 2 * n;
        for (size_t i = 0; i < n; i++) {
            if (dict_set(vm, d, items[2 * i], items[2 * i + 1]) < 0) {
                obj_decref(d);
                goto error;
            }
        }
        while (sp > items) {
            obj_decref(POP());
        }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        size_t n = ARG;
        Obj *s = ops_build_string(vm, sp - n, n);
        if (s == NULL) {
            goto error;
        }
        while (n-- > 0) {
            obj_decref(POP());
        }
        PUSH(s);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        Obj *spec = (ARG & 4) ? POP() : NULL;
        Obj *v = POP();
        Obj *r = ops_format_value(vm, v, (int)(ARG & 3), spec);
        obj_decref(v);
        obj_xdecref(spec);
        if (r == NULL) {
            goto error;
        }
        PUSH(r);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Obj *v = POP();
        if (list_append_steal(vm, sp[-(ptrdiff_t)ARG], v) < 0) {
            goto error;
        }
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Obj *v = POP();
        int rc = set_add(vm, sp[-(ptrdiff_t)ARG], v);
        obj_decref(v);
        if (rc < 0) {
            goto error;
        }
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Obj *v = POP(), *k = POP();
        int rc = dict_set(vm, sp[-(ptrdiff_t)ARG], k, v);
        obj_decref(k);
        obj_decref(v);
        if (rc < 0) {
            goto error;
        }
        DISPATCH();
    }
    TARGET(LIST_EXTEND)
    TARGET(SET_UPDATE)
    TARGET(DICT_UPDATE)
    TARGET(DICT_MERGE) {
        // [.. collection (arg - 1 values) src]: src goes into the collection.
        Obj *src = POP();
        Obj *target = sp[-(ptrdiff_t)ARG];
        Opcode op = INSTR_OP(instr);
        int rc = op == OP_LIST_EXTEND   ? ops_list_extend(vm, target, src)
                 : op == OP_SET_UPDATE  ? ops_set_update(vm, target, src)
                 : op == OP_DICT_UPDATE ? ops_dict_update(vm, target, src)
                                        // [NULL f args dict]: the callee is two slots below.
                                        : ops_dict_merge(vm, sp[-(ptrdiff_t)ARG - 2], target, src);
        obj_decref(src);
        if (rc < 0) {
            goto error;
        }
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        Obj *l = TOP();
        Obj *t = list_as_tuple(vm, l);
        if (t == NULL) {
            goto error;
        }
        sp[-1] = t;
        obj_decref(l);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        // The items overwrite the sequence's slot, so keep it aside.
        Obj *seq = POP();
        if (ARG == 2 && obj_type(seq) == &tuple_type && tuple_len(seq) == 2) {
            // `a, b = pair` and `for a, b in pairs`, without the call.
            Obj *first = tuple_get_borrow(seq, 0), *second = tuple_get_borrow(seq, 1);
            obj_incref(first);
            obj_incref(second);
            PUSH(second);
            PUSH(first);
            obj_decref(seq);
            DISPATCH();
        }
        if (ops_unpack(vm, seq, ARG, sp) < 0) {
            PUSH(seq);
            goto error;
        }
        sp += ARG;
        obj_decref(seq);
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        Obj *seq = TOP();
        size_t before = ARG & 0xFFu, after = ARG >> 8;
        // The items overwrite the sequence's slot, so keep it aside.
        sp--;
        if (ops_unpack_ex(vm, seq, before, after, sp) < 0) {
            PUSH(seq);
            goto error;
        }
        sp += before + 1 + after;
        obj_decref(seq);
        DISPATCH();
    }
    TARGET(JUMP) {
        uint32_t target = ARG;
        if (target <= (uint32_t)(ip - code) && OURO_UNLIKELY(vm_interrupt_pending)) {
            check_interrupt(vm);
            goto error;
        }
        JUMPTO(target);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        int t = pop_truth(vm, POP());
        if (t < 0) {
            goto error;
        }
        if (!t) {
            JUMPTO(ARG);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        int t = pop_truth(vm, POP());
        if (t < 0) {
            goto error;
        }
        if (t) {
            JUMPTO(ARG);
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        int t = obj_is_true(vm, TOP());
        if (t < 0) {
            goto error;
        }
        if (!t) {
            JUMPTO(ARG);
        } else {
            obj_decref(POP());
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        int t = obj_is_true(vm, TOP());
        if (t < 0) {
            goto error;
        }
        if (t) {
            JUMPTO(ARG);
        } else {
            obj_decref(POP());
        }
        DISPATCH();
    }
    TARGET(GET_ITER) {
        Obj *o = TOP();
        Obj *it = obj_iter(vm, o);
        if (it == NULL) {
            goto error;
        }
        sp[-1] = it;
        obj_decref(o);
        DISPATCH();
    }
    TARGET(FOR_ITER__STORE_FAST) {
        // `for x in ...:` over a list or a range: the next item goes
        // straight into the local. Anything else is the two instructions
        // (the first one past its in-line attempt).
        Obj *v = iter_next_inline(TOP());
        if (v != NULL) {
            Obj *old = fast[INSTR_ARG(*ip)];
            fast[INSTR_ARG(*ip)] = v;
            ip++;
            obj_xdecref(old);
            DISPATCH();
        }
        goto for_iter_call;
    }
    TARGET(FOR_ITER) {
        Obj *v = iter_next_inline(TOP());
        if (v != NULL) {
            PUSH(v);
            DISPATCH();
        }
        goto for_iter_call;
    }
    for_iter_call: {
        // FOR_ITER (or its fused form) when iter_next_inline did not
        // answer: the iterator's own next, or the end of the loop.
        Obj *it = TOP();
        TypeObj *tp = obj_type(it);
        Obj *v = tp->iternext != NULL ? tp->iternext(vm, it) : obj_next(vm, it);
        if (v != NULL) {
            PUSH(v);
            DISPATCH();
        }
        if (err_occurred(vm)) {
            if (!err_matches(vm, &exc_StopIteration)) {
                goto error;
            }
            err_clear(vm);
        }
        sp--;
        obj_decref(it);
        JUMPTO(ARG);
        if (OURO_UNLIKELY(vm_interrupt_pending)) {
            check_interrupt(vm);
            goto error;
        }
        DISPATCH();
    }
    TARGET(CALL) {
        // The common case in straight line: an exact Python function whose
        // parameters the positional arguments fill exactly and whose code
        // makes no cells. The callable and the arguments move from the
        // stack into the new frame (as in inline_call).
        Obj **base = sp - ARG - 2;
        size_t has_self = base[0] != NULL;
        Obj *callable = base[1 - has_self];
        if (OURO_LIKELY(!OBJ_IS_SMALLINT(callable) && callable->type == &function_type)) {
            CodeObj *nco = (CodeObj *)((FuncObj *)callable)->code;
            size_t nargs = ARG + has_self;
            if (OURO_LIKELY((int64_t)nargs == nco->fastcall &&
                            vm->recursion_depth + vm->c_depth < vm->recursion_limit)) {
                SAVE_PC();
                f->sp = base;
                nf = frame_push_pycall_steal(vm, f, callable, nco, base + 2 - has_self, nargs);
                if (OURO_UNLIKELY(nf == NULL)) {
                    sp = base;
                    goto error;
                }
                vm->frame = nf;
                vm->recursion_depth++;
                f = nf;
                co = nco;
                code = nco->code;
                ip = code;
                fast = nf->fast;
                sp = nf->stack;
                cells = fast + nco->nlocals;
                consts = ((TupleObj *)nco->consts)->items;
                names = ((TupleObj *)nco->names)->items;
                if (OURO_UNLIKELY(vm_interrupt_pending)) {
                    check_interrupt(vm);
                    goto error;
                }
                DISPATCH();
            }
        }
        call_kwnames = NULL;
        call_base = base;
        call_nargs = ARG;
        goto call_common;
    }
    TARGET(CALL_KW) {
        call_kwnames = sp[-1];
        call_base = sp - ARG - 3;
        call_nargs = ARG - tuple_len(call_kwnames);
        goto call_common;
    }
    TARGET(CALL_EX) {
        Obj *kwargs = (ARG & 1) ? POP() : NULL;
        Obj *argseq = POP();
        Obj *callable = POP();
        Obj *null = POP();
        obj_xdecref(null);
        SAVE_PC();
        f->sp = sp;
        Obj *r = ops_call_ex(vm, callable, argseq, kwargs);
        obj_xdecref(kwargs);
        obj_decref(argseq);
        obj_decref(callable);
        if (r == NULL) {
            goto error;
        }
        PUSH(r);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        // Flag 8: the closure's ARG >> 4 cells are under the code; the
        // function takes them over.
        uint32_t a = ARG;
        Obj *codeobj = POP();
        Obj **cellv = NULL;
        if (a & 8) {
            sp -= a >> 4;
            cellv = sp;
        }
        Obj *ann = (a & 4) ? POP() : NULL;
        Obj *kwdefaults = (a & 2) ? POP() : NULL;
        Obj *defaults = (a & 1) ? POP() : NULL;
        InlineCache *c = co->icache != NULL ? &co->icache[ip - code - 1]
                                            : ops_icache(co, (size_t)(ip - code - 1));
        Obj *fn = ops_make_function(vm, codeobj, f->globals, c, defaults, kwdefaults, ann, cellv);
        obj_decref(codeobj);
        obj_xdecref(ann);
        obj_xdecref(kwdefaults);
        obj_xdecref(defaults);
        if (fn == NULL) {
            goto error;
        }
        PUSH(fn);
        DISPATCH();
    }
    TARGET(RETURN_VALUE)
    return_value : {
        Obj *r = POP();
        if (OURO_LIKELY(f->exit == FRAME_EXIT_CALLER && f->borrows_env)) {
            // A call the loop made (inline_call or CALL's own path) whose
            // frame borrows code and namespaces from its function.
            Frame *caller = f->back;
            vm->frame = caller;
            vm->recursion_depth--;
            frame_pop_borrowed(f, co, fast, sp);
            f = caller;
            LOAD_FRAME_STATE();
            ip++;
            PUSH(r);
            DISPATCH();
        }
        f->sp = sp;
        if (OURO_UNLIKELY(f->exit != FRAME_EXIT_CALLER)) {
            if (f->exit == FRAME_EXIT_C) {
                f->pc = (uint32_t)(ip - code);
                return r;
            }
            call_result = r;
            goto return_from_init;
        }
        // Back to the caller, which the loop was running before this call.
        // Its CALL/CALL_KW operands left its stack when the call began (see
        // inline_call): the result goes where they were.
        Frame *caller = f->back;
        vm->frame = caller;
        vm->recursion_depth--;
        frame_pop(vm, f);
        f = caller;
        LOAD_FRAME_STATE();
        ip++;
        PUSH(r);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        Obj *bc = dict_get_borrow(vm, f->builtins, vm->id.build_class);
        if (bc == NULL) {
            if (!err_occurred(vm)) {
                err_raise(vm, &exc_NameError, "__build_class__ not found");
            }
            goto error;
        }
        obj_incref(bc);
        PUSH(bc);
        DISPATCH();
    }
    TARGET(SETUP_EXCEPT) {
        FrameBlock *b = &f->blocks[f->nblocks++];
        b->target = ARG;
        b->depth = (uint32_t)(sp - f->stack);
        DISPATCH();
    }
    TARGET(POP_BLOCK) {
        f->nblocks--;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        ops_restore_handled(vm, POP());
        DISPATCH();
    }
    TARGET(RERAISE) {
        Obj *exc = POP();
        ops_restore_handled(vm, POP());
        err_restore(vm, exc);
        is_reraise = true;
        goto error;
    }
    TARGET(CLEANUP_RERAISE) {
        Obj *exc = POP();
        for (uint32_t i = 0; i < ARG; i++) {
            Obj *v = POP();
            obj_xdecref(v);
        }
        ops_restore_handled(vm, POP());
        err_restore(vm, exc);
        is_reraise = true;
        goto error;
    }
    TARGET(CHECK_EXC_MATCH) {
        Obj *type = TOP();
        int m = err_given_matches(vm, sp[-2], type);
        if (m < 0) {
            goto error;
        }
        sp[-1] = obj_bool(m);
        obj_decref(type);
        DISPATCH();
    }
    TARGET(RAISE_VARARGS) {
        if (ARG == 0) {
            if (vm->handled_exc == NULL) {
                err_raise(vm, &exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            err_restore(vm, obj_newref(vm->handled_exc));
            is_reraise = true;
            goto error;
        }
        Obj *cause = ARG == 2 ? POP() : NULL;
        Obj *exc = POP();
        ops_raise(vm, exc, cause);
        obj_decref(exc);
        obj_xdecref(cause);
        goto error;
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(obj_newref((Obj *)&exc_AssertionError));
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        Obj *fromlist = POP(), *level = POP();
        SAVE_PC();
        f->sp = sp;
        Obj *m = import_name(vm, names[ARG], f->globals, fromlist, level);
        obj_decref(fromlist);
        obj_decref(level);
        if (m == NULL) {
            goto error;
        }
        PUSH(m);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        Obj *v = import_from(vm, TOP(), names[ARG]);
        if (v == NULL) {
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        Obj *m = POP();
        int rc = import_star(vm, m, f->locals != NULL ? f->locals : f->globals);
        obj_decref(m);
        if (rc < 0) {
            goto error;
        }
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        Obj *v = POP();
        int rc = ops_print_expr(vm, v);
        obj_decref(v);
        if (rc < 0) {
            goto error;
        }
        DISPATCH();
    }
    TARGET(BEFORE_ASYNC_WITH)
    TARGET(BEFORE_WITH) {
        Obj *mgr = TOP();
        Obj *exit = NULL;
        Obj *res = ops_before_with(vm, mgr, INSTR_OP(instr) == OP_BEFORE_ASYNC_WITH, &exit);
        if (res == NULL) {
            goto error;
        }
        sp[-1] = exit;
        obj_decref(mgr);
        PUSH(res);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        Obj *res = ops_with_except(vm, sp[-3], sp[-1]);
        if (res == NULL) {
            goto error;
        }
        PUSH(res);
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        Obj *v = POP();
        f->sp = sp;
        f->pc = (uint32_t)(ip - code);
        f->yielded = true;
        return v;
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Obj *o = TOP();
        if (!gen_check(o)) {
            Obj *it = obj_iter(vm, o);
            if (it == NULL) {
                goto error;
            }
            sp[-1] = it;
            obj_decref(o);
        }
        DISPATCH();
    }
    TARGET(SEND) {
        Obj *v = POP();
        Obj *out;
        SAVE_PC();
        f->sp = sp;
        int rc = ops_send(vm, TOP(), v, &out);
        if (rc < 0) {
            goto error;
        }
        if (rc > 0) {
            PUSH(out);
            DISPATCH();
        }
        Obj *it = TOP();
        sp[-1] = out;
        obj_decref(it);
        JUMPTO(ARG);
        DISPATCH();
    }
    TARGET(ASYNC_GEN_WRAP) {
        Obj *w = asyncgen_wrap(vm, TOP());
        if (w == NULL) {
            goto error;
        }
        Obj *v = TOP();
        sp[-1] = w;
        obj_decref(v);
        DISPATCH();
    }
    TARGET(GET_AITER) {
        Obj *o = TOP();
        Obj *it = ops_get_aiter(vm, o);
        if (it == NULL) {
            goto error;
        }
        sp[-1] = it;
        obj_decref(o);
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        Obj *aw = ops_get_anext(vm, TOP());
        if (aw == NULL) {
            goto error;
        }
        PUSH(aw);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        Obj *exc = POP();
        ops_restore_handled(vm, POP());
        if (obj_is_instance(exc, &exc_StopAsyncIteration)) {
            obj_decref(exc);
            Obj *aiter = POP();
            obj_decref(aiter);
            DISPATCH();
        }
        err_restore(vm, exc);
        is_reraise = true;
        goto error;
    }
    TARGET(MATCH_SEQUENCE) {
        Obj *b = obj_bool(vmatch_is_sequence(TOP()));
        PUSH(b);
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        Obj *b = obj_bool(vmatch_is_mapping(TOP()));
        PUSH(b);
        DISPATCH();
    }
    TARGET(GET_LEN) {
        int64_t n = obj_len(vm, TOP());
        Obj *len = n < 0 ? NULL : int_from_i64(vm, n);
        if (len == NULL) {
            goto error;
        }
        PUSH(len);
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        Obj *values = vmatch_keys(vm, sp[-2], sp[-1]);
        if (values == NULL) {
            goto error;
        }
        PUSH(values);
        DISPATCH();
    }
    TARGET(COPY_DICT_WITHOUT_KEYS) {
        Obj *rest = vmatch_dict_without(vm, sp[-2], sp[-1]);
        if (rest == NULL) {
            goto error;
        }
        Obj *keys = sp[-1];
        sp[-1] = rest;
        obj_decref(keys);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        Obj *kwnames = POP(), *cls = POP(), *subject = TOP();
        SAVE_PC();
        f->sp = sp;
        Obj *attrs = vmatch_class(vm, subject, cls, ARG, kwnames);
        obj_decref(kwnames);
        obj_decref(cls);
        if (attrs == NULL) {
            goto error;
        }
        sp[-1] = attrs;
        obj_decref(subject);
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        Obj *o = TOP();
        Obj *it = gen_get_awaitable(vm, o);
        if (it == NULL) {
            goto error;
        }
        sp[-1] = it;
        obj_decref(o);
        DISPATCH();
    }

#if !VM_COMPUTED_GOTO
    default:
        err_raise(vm, &exc_SystemError, "unknown opcode %d", (int)INSTR_OP(instr));
        goto error;
}
#endif

error :
    // An instruction failed: record this frame in the traceback (unless the
    // exception is being re-raised as it is), then unwind to the innermost
    // handler block, or leave the frame.
    if (OURO_UNLIKELY(vm->exc == NULL)) {
    err_raise(vm, &exc_SystemError, "error return without exception set");
}
if (!is_reraise) {
    SourceSpan span = code_span_at(co, ip > code ? (size_t)(ip - code - 1) : 0);
    traceback_add(vm, vm->exc, co->filename, co->name, &span);
}
is_reraise = false;
// The compiler pops every block before the values it protects leave the
// stack, so the innermost block never records more than is there.
assert(f->nblocks == 0 || f->stack + f->blocks[f->nblocks - 1].depth <= sp);
if (f->nblocks > 0) {
    FrameBlock b = f->blocks[--f->nblocks];
    Obj **floor = f->stack + b.depth;
    DROP_TO(floor);
    Obj *exc = err_fetch(vm);
    Obj *prev = vm->handled_exc;
    PUSH(prev != NULL ? prev : obj_newref(OBJ_NONE)); // the VM's reference moves here
    vm->handled_exc = obj_newref(exc);
    PUSH(exc);
    JUMPTO(b.target);
    DISPATCH();
}
f->sp = sp;
f->pc = (uint32_t)(ip - code);
if (f->exit == FRAME_EXIT_C) {
    return NULL;
}
{
    // The exception leaves an inlined call: continue unwinding in the
    // caller, whose CALL instruction now counts as the one that raised.
    Frame *caller = f->back;
    Obj *init_self = f->exit == FRAME_EXIT_INIT ? f->init_self : NULL;
    vm->frame = caller;
    vm->recursion_depth--;
    frame_pop_cold(vm, f);
    if (init_self != NULL) {
        vm->c_depth--;
        obj_decref(init_self);
    }
    f = caller;
    LOAD_FRAME_STATE();
    ip++;
    goto error;
}

call_common : {
    // CALL / CALL_KW: [NULL-or-self callable args... kwnames?] from
    // call_base, with call_nargs positional values. A bound method in the
    // callable slot is unpacked as if LOAD_METHOD had left it.
    Obj **base = call_base;
    if (base[0] == NULL && obj_type(base[1]) == &method_type) {
        MethodObj *m = (MethodObj *)base[1];
        base[0] = obj_newref(m->func);
        base[1] = obj_newref(m->self);
        obj_decref((Obj *)m);
    }
    if (base[0] == NULL) {
        call_callable = base[1];
        call_args = base + 2;
    } else {
        call_callable = base[0];
        call_args = base + 1;
        call_nargs++;
    }
    SAVE_PC();
    f->sp = sp;
    if (func_check(call_callable)) {
        goto inline_call;
    }
    // A class made by a class statement (so not `type` itself, whose
    // one-argument call is special) and whose metaclass is `type`.
    if (obj_type(call_callable) == &type_type &&
        (((TypeObj *)call_callable)->flags & TYPE_FLAG_HEAPTYPE) && base[0] == NULL &&
        call_kwnames == NULL) {
        goto class_call;
    }
    Obj *r = call_other(vm, call_callable, call_args, call_nargs, call_kwnames);
    DROP_TO(base);
    if (r == NULL) {
        goto error;
    }
    PUSH(r);
    DISPATCH();
}

inline_call : {
    // A Python function called from CALL/CALL_KW runs in this same loop:
    // its frame comes from the frame stack and no C recursion happens, so
    // deep Python recursion is bounded by the recursion limit only.
    FuncObj *fn = (FuncObj *)call_callable;
    CodeObj *nco = (CodeObj *)fn->code;
    if ((nco->flags & CODE_RESUMABLE) || vm->recursion_depth + vm->c_depth >= vm->recursion_limit) {
        // Generators, and the RecursionError path, go through call.c.
        Obj *r = call_function(vm, call_callable, call_args, call_nargs, call_kwnames);
        Obj **base = CALL_BASE(instr);
        DROP_TO(base);
        if (r == NULL) {
            goto error;
        }
        PUSH(r);
        DISPATCH();
    }
    Obj **base = call_base;
    if (call_kwnames == NULL && (int64_t)call_nargs == nco->fastargs) {
        // The callable and the arguments move from the stack into the frame.
        f->sp = base;
        nf = frame_push_call_steal(vm, call_callable, call_args, call_nargs);
        if (nf == NULL) {
            sp = base;
            goto error;
        }
        if (nco->ncells > 0 && call_make_cells(vm, nf) < 0) {
            frame_pop_cold(vm, nf);
            sp = base;
            goto error;
        }
    } else {
        nf = frame_push(vm, nco, call_callable, fn->globals, fn->builtins, NULL);
        if (nf == NULL) {
            goto call_failed;
        }
        if (call_bind(vm, nf, call_callable, call_args, call_nargs, call_kwnames) < 0) {
            frame_pop_cold(vm, nf);
            goto call_failed;
        }
        // The frame holds its own references now.
        DROP_TO(base);
        f->sp = sp;
    }
    nf->exit = FRAME_EXIT_CALLER;
    goto enter_frame;
}

enter_frame : {
    // `nf`, called by the instruction at f->pc, becomes the running frame.
    nf->back = f;
    vm->frame = nf;
    vm->recursion_depth++;
    f = nf;
    LOAD_FRAME_STATE();
    if (OURO_UNLIKELY(vm_interrupt_pending)) {
        check_interrupt(vm);
        goto error;
    }
    DISPATCH();
}

class_call : {
    // C(args), metaclass `type` (call_class_begin): a Python __init__ runs
    // here on a frame that keeps the instance for return_from_init and
    // counts one C level, as the call through the type's init slot would.
    Obj **base = call_base;
    Obj *obj, *init;
    InlineCache *c = co->icache != NULL ? &co->icache[f->pc] : ops_icache(co, f->pc);
    int rc =
        call_class_begin(vm, (TypeObj *)call_callable, call_args, call_nargs, c, &obj, &init);
    if (rc <= 0) {
        DROP_TO(base);
        if (rc < 0) {
            goto error;
        }
        PUSH(obj);
        DISPATCH();
    }
    f->sp = base;
    nf = call_class_frame(vm, base, call_nargs, obj, init);
    if (nf == NULL) {
        sp = base;
        goto error;
    }
    vm->c_depth++;
    goto enter_frame;
}

return_from_init : {
    // RETURN_VALUE of class_call's __init__: C(args) gives the instance.
    // The frame is call_class_frame's (borrows_env); the loop's state is
    // still the frame's, as RETURN_VALUE left it.
    assert(f->borrows_env);
    Obj *r = call_result;
    Obj *init_self = f->init_self;
    Frame *caller = f->back;
    vm->frame = caller;
    vm->recursion_depth--;
    vm->c_depth--;
    frame_pop_borrowed(f, co, fast, sp);
    f = caller;
    LOAD_FRAME_STATE();
    ip++;
    if (r != OBJ_NONE) {
        err_raise(vm, &exc_TypeError, "__init__() should return None, not '%s'",
                  obj_type_name(r));
        obj_decref(r);
        obj_decref(init_self);
        goto error;
    }
    obj_decref(r);
    PUSH(init_self);
    DISPATCH();
}

call_failed : {
    // Binding failed before the callee ran: the caller's CALL raised.
    Obj **base = CALL_BASE(instr);
    DROP_TO(base);
    goto error;
}
#undef LOAD_FRAME_STATE
}
