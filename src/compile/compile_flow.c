/* compile_flow.c: control flow that involves frame blocks: `for` and
 * `while` loops with `else`, `try` / `except` / `else` / `finally`, `with`,
 * and the `return` / `break` / `continue` statements that leave them, which
 * undo each block at compile time (pop iterators, POP_BLOCK, POP_EXCEPT,
 * inline finally bodies, call __exit__), as CPython's compiler_unwind_fblock.
 *
 * The exception-block protocol is in opcodes.def's header: when an
 * instruction raises inside a SETUP_EXCEPT block, the VM pops the block,
 * trims the stack to the depth recorded at SETUP_EXCEPT, pushes
 * [prev exc] (prev = the previously handled exception or None) and makes exc
 * the handled exception. Every handler below therefore starts with
 * [.. prev exc], and ends either with POP_EXCEPT on prev (the exception is
 * done) or RERAISE / CLEANUP_RERAISE (which also restore prev). A handler
 * body that may itself raise runs inside a "cleanup" block whose target is
 * CLEANUP_RERAISE 2 on [.. prev exc prev2 exc2], so that the handled
 * exception is restored to prev when the new one escapes. */
#include "compile_int.h"

#include <string.h>

#include "../objects/exc.h"
#include "../objects/intobj.h"

static int emit_none(Compiler *c) {
    return comp_load_const_steal(c, obj_newref(OBJ_NONE));
}

// name = None; del name (the `except E as name` epilogue).
static int clear_handler_name(Compiler *c, const char *name) {
    if (emit_none(c) < 0 || comp_name_op(c, name, CTX_STORE) < 0) {
        return -1;
    }
    return comp_name_op(c, name, CTX_DEL);
}

// [.. prev exc value?] -> [.. value?], handled exception restored to prev.
static int pop_exception(Compiler *c, bool preserve_tos) {
    if (preserve_tos) {
        // [prev exc v] -> [prev v exc] -> [prev v] -> [v prev]
        if (comp_emit(c, OP_ROT_TWO, 0) < 0 || comp_emit(c, OP_POP_TOP, 0) < 0 ||
            comp_emit(c, OP_ROT_TWO, 0) < 0) {
            return -1;
        }
    } else if (comp_emit(c, OP_POP_TOP, 0) < 0) {
        return -1;
    }
    return comp_emit(c, OP_POP_EXCEPT, 0);
}

// [.. exit value?] -> [.. value?] after exit(None, None, None), awaited
// for `async with`.
static int call_exit_none(Compiler *c, bool preserve_tos, bool is_async) {
    if (preserve_tos && comp_emit(c, OP_ROT_TWO, 0) < 0) {
        return -1;
    }
    // [exit] -> [exit NULL] -> [NULL exit] -> [NULL exit None None None]
    if (comp_emit(c, OP_PUSH_NULL, 0) < 0 || comp_emit(c, OP_ROT_TWO, 0) < 0 || emit_none(c) < 0 ||
        emit_none(c) < 0 || emit_none(c) < 0 || comp_emit(c, OP_CALL, 3) < 0) {
        return -1;
    }
    if (is_async && comp_await_tos(c) < 0) {
        return -1;
    }
    return comp_emit(c, OP_POP_TOP, 0);
}

// Emits what leaving block `b` requires. The caller has already removed `b`
// (and the blocks above it) from the unit's stack, so that a finally body
// inlined here does not unwind itself again.
static int unwind_fblock(Compiler *c, const FBlock *b, bool preserve_tos) {
    switch (b->kind) {
        case FB_WHILE:
            return 0;
        case FB_FOR:
            if (preserve_tos && comp_emit(c, OP_ROT_TWO, 0) < 0) {
                return -1;
            }
            return comp_emit(c, OP_POP_TOP, 0);
        case FB_TRY:
            return comp_emit(c, OP_POP_BLOCK, 0);
        case FB_FINALLY_TRY: {
            if (comp_emit(c, OP_POP_BLOCK, 0) < 0) {
                return -1;
            }
            // A `break` or `continue` in the inlined finally body must drop the
            // pending return value: it sits under an FB_POP_VALUE block.
            if (preserve_tos && comp_push_fblock(c, b->node, FB_POP_VALUE, -1, -1, NULL) < 0) {
                return -1;
            }
            int rc = comp_stmts(c, &b->node->list2);
            if (rc == 0 && preserve_tos) {
                comp_pop_fblock(c);
            }
            return rc;
        }
        case FB_POP_VALUE:
            if (preserve_tos && comp_emit(c, OP_ROT_TWO, 0) < 0) {
                return -1;
            }
            return comp_emit(c, OP_POP_TOP, 0);
        case FB_FINALLY_END:
            if (comp_emit(c, OP_POP_BLOCK, 0) < 0) {
                return -1;
            }
            return pop_exception(c, preserve_tos);
        case FB_HANDLER: {
            const char *name = b->node->name;
            if (name != NULL && comp_emit(c, OP_POP_BLOCK, 0) < 0) {
                return -1;
            }
            if (comp_emit(c, OP_POP_BLOCK, 0) < 0 || pop_exception(c, preserve_tos) < 0) {
                return -1;
            }
            return name != NULL ? clear_handler_name(c, name) : 0;
        }
        case FB_WITH:
            if (comp_emit(c, OP_POP_BLOCK, 0) < 0) {
                return -1;
            }
            return call_exit_none(c, preserve_tos, b->node->flag);
    }
    return 0;
}

// Unwinds the blocks above index `stop` (exclusive; -1 for all of them).
static int unwind_to(Compiler *c, int stop, bool preserve_tos) {
    Unit *u = c->u;
    FBlock saved[COMP_MAX_FBLOCKS];
    int n = u->nfblocks;
    memcpy(saved, u->fblocks, sizeof saved);
    int rc = 0;
    for (int i = n - 1; i > stop && rc == 0; i--) {
        FBlock b = saved[i];
        u->nfblocks = i;
        rc = unwind_fblock(c, &b, preserve_tos);
    }
    memcpy(u->fblocks, saved, sizeof saved);
    u->nfblocks = n;
    return rc;
}

int comp_return(Compiler *c, const AstNode *s) {
    const Scope *scope = c->u->scope;
    if (scope->kind == SCOPE_MODULE || scope->kind == SCOPE_CLASS) {
        return comp_error(c, s, "'return' outside function");
    }
    bool has_value = s->a != NULL;
    if (has_value && scope->is_coroutine && scope->is_generator) {
        return comp_error(c, s, "'return' with value in async generator");
    }
    if (has_value && comp_expr(c, s->a) < 0) {
        return -1;
    }
    if (unwind_to(c, -1, has_value) < 0) {
        return -1;
    }
    c->u->line = s->line;
    if (!has_value && emit_none(c) < 0) {
        return -1;
    }
    return comp_emit(c, OP_RETURN_VALUE, 0);
}

int comp_break_continue(Compiler *c, const AstNode *s) {
    Unit *u = c->u;
    bool is_break = s->kind == AST_BREAK;
    int loop = u->nfblocks - 1;
    while (loop >= 0 && u->fblocks[loop].kind != FB_WHILE && u->fblocks[loop].kind != FB_FOR) {
        loop--;
    }
    if (loop < 0) {
        return comp_error(c, s,
                          is_break ? "'break' outside loop" : "'continue' not properly in loop");
    }
    FBlock target = u->fblocks[loop];
    if (unwind_to(c, loop, false) < 0) {
        return -1;
    }
    c->u->line = s->line;
    if (!is_break) {
        return comp_emit(c, OP_JUMP, (uint32_t)target.continue_label);
    }
    if (unwind_fblock(c, &target, false) < 0) {
        return -1;
    }
    return comp_emit(c, OP_JUMP, (uint32_t)target.break_label);
}

// ---------------------------------------------------------------------------
// Loops
// ---------------------------------------------------------------------------

// The common end of a loop: the body inside an FB_WHILE/FB_FOR block,
// the jump back to `start`, then `exhausted` (where the loop ends when it
// runs out; `at_exit` is emitted there unless it is NOP), the else
// clause, and `brk` (where `break` goes).
static int loop_rest(Compiler *c, const AstNode *s, FBlockKind kind, int start, int exhausted,
                     int brk, Opcode at_exit) {
    if (comp_push_fblock(c, s, kind, start, brk, s) < 0 || comp_stmts(c, &s->body) < 0) {
        return -1;
    }
    comp_pop_fblock(c);
    c->u->line = s->line;
    if (comp_emit(c, OP_JUMP, (uint32_t)start) < 0) {
        return -1;
    }
    comp_bind(c, exhausted);
    if ((at_exit != OP_NOP && comp_emit(c, at_exit, 0) < 0) || comp_stmts(c, &s->orelse) < 0) {
        return -1;
    }
    comp_bind(c, brk);
    return 0;
}

//     <iterable>; GET_ITER            [it]
// start:
//     FOR_ITER done                    [it value] (or [] and the jump)
//     <store target>; body; JUMP start
// done:
//     orelse
// brk:
// `async for` gets its item from an awaited __anext__() inside a handler
// block instead of FOR_ITER: StopAsyncIteration lands on `done` with
// [aiter prev exc], where END_ASYNC_FOR ends the loop (or re-raises).
int comp_for(Compiler *c, const AstNode *s) {
    bool is_async = s->flag;
    if (is_async && !c->u->scope->is_coroutine) {
        return comp_error(c, s, "'async for' outside async function");
    }
    int start = comp_new_label(c), done = comp_new_label(c), brk = comp_new_label(c);
    if (start < 0 || done < 0 || brk < 0 || comp_expr(c, s->b) < 0 ||
        comp_emit(c, is_async ? OP_GET_AITER : OP_GET_ITER, 0) < 0) {
        return -1;
    }
    comp_bind(c, start);
    c->u->line = s->line;
    if (is_async) {
        if (comp_emit(c, OP_SETUP_EXCEPT, (uint32_t)done) < 0 ||
            comp_emit(c, OP_GET_ANEXT, 0) < 0 || comp_await_tos(c) < 0 ||
            comp_emit(c, OP_POP_BLOCK, 0) < 0) {
            return -1;
        }
    } else if (comp_emit(c, OP_FOR_ITER, (uint32_t)done) < 0) {
        return -1;
    }
    if (comp_store(c, s->a) < 0) {
        return -1;
    }
    return loop_rest(c, s, FB_FOR, start, done, brk, is_async ? OP_END_ASYNC_FOR : OP_NOP);
}

static bool is_constant_true(const AstNode *e) {
    return e->kind == AST_CONSTANT && e->op == CONST_TRUE;
}

int comp_while(Compiler *c, const AstNode *s) {
    int start = comp_new_label(c), orelse = comp_new_label(c), brk = comp_new_label(c);
    if (start < 0 || orelse < 0 || brk < 0) {
        return -1;
    }
    comp_bind(c, start);
    if (!is_constant_true(s->a) && comp_jump_if(c, s->a, orelse, false) < 0) {
        return -1;
    }
    return loop_rest(c, s, FB_WHILE, start, orelse, brk, OP_NOP);
}

// ---------------------------------------------------------------------------
// try
// ---------------------------------------------------------------------------

// The common end of try/except, try/finally and with: `cleanup`, the target
// of the block that protects a handler body ([.. prev exc prev2 exc2]:
// restore prev, raise exc2 as it is), then `end`.
static int emit_cleanup_and_end(Compiler *c, int cleanup, int end) {
    comp_bind(c, cleanup);
    if (comp_emit(c, OP_CLEANUP_RERAISE, 2) < 0) {
        return -1;
    }
    comp_bind(c, end);
    return 0;
}

// One `except` clause, entered with [prev exc] and the cleanup block of all
// the clauses active. Jumps to `end` when it handled the exception; falls
// through to `next` (with [prev exc]) when the type does not match.
static int comp_handler(Compiler *c, const AstNode *h, int end, int next_label) {
    int saved_line = c->u->line;
    c->u->line = h->line;
    if (h->a != NULL) {
        // [prev exc] -> [prev exc exc T] -> [prev exc exc bool] -> [prev exc exc]
        if (comp_emit(c, OP_DUP_TOP, 0) < 0 || comp_expr(c, h->a) < 0 ||
            comp_emit(c, OP_CHECK_EXC_MATCH, 0) < 0 ||
            comp_emit(c, OP_POP_JUMP_IF_FALSE, (uint32_t)next_label) < 0) {
            return -1;
        }
        if (h->name != NULL ? comp_name_op(c, h->name, CTX_STORE) < 0
                            : comp_emit(c, OP_POP_TOP, 0) < 0) {
            return -1;
        }
    } else if (h->name != NULL) {
        return comp_error(c, h, "invalid syntax");
    }
    int name_cleanup = -1;
    if (h->name != NULL) {
        // The name is cleared however the body exits.
        if ((name_cleanup = comp_new_label(c)) < 0 ||
            comp_emit(c, OP_SETUP_EXCEPT, (uint32_t)name_cleanup) < 0) {
            return -1;
        }
    }
    if (comp_push_fblock(c, h, FB_HANDLER, -1, -1, h) < 0 || comp_stmts(c, &h->body) < 0) {
        return -1;
    }
    comp_pop_fblock(c);
    c->u->line = h->line;
    FBlock self = {.kind = FB_HANDLER, .node = h};
    if (unwind_fblock(c, &self, false) < 0 || comp_emit(c, OP_JUMP, (uint32_t)end) < 0) {
        return -1;
    }
    if (h->name != NULL) {
        // [prev exc prev2 exc2]: clear the name, restore prev, raise exc2.
        // CLEANUP_RERAISE consumes the [prev exc] that the clauses' cleanup
        // block protects, so that block is popped first: it would otherwise
        // outlive the values it records.
        comp_bind(c, name_cleanup);
        if (clear_handler_name(c, h->name) < 0 || comp_emit(c, OP_POP_BLOCK, 0) < 0 ||
            comp_emit(c, OP_CLEANUP_RERAISE, 2) < 0) {
            return -1;
        }
    }
    c->u->line = saved_line;
    return 0;
}

//     SETUP_EXCEPT handlers; body; POP_BLOCK; orelse; JUMP end
// handlers:                        [prev exc]
//     SETUP_EXCEPT cleanup
//     clause 1 ... clause n        (each jumps to end when it matched)
//     POP_BLOCK; RERAISE           no clause matched
// cleanup:                         [prev exc prev2 exc2]
//     CLEANUP_RERAISE 2
// end:
static int comp_try_except(Compiler *c, const AstNode *s) {
    int handlers = comp_new_label(c), cleanup = comp_new_label(c), end = comp_new_label(c);
    if (handlers < 0 || cleanup < 0 || end < 0 ||
        comp_emit(c, OP_SETUP_EXCEPT, (uint32_t)handlers) < 0 ||
        comp_push_fblock(c, s, FB_TRY, -1, -1, s) < 0 || comp_stmts(c, &s->body) < 0) {
        return -1;
    }
    comp_pop_fblock(c);
    if (comp_emit(c, OP_POP_BLOCK, 0) < 0 || comp_stmts(c, &s->orelse) < 0 ||
        comp_emit(c, OP_JUMP, (uint32_t)end) < 0) {
        return -1;
    }
    comp_bind(c, handlers);
    c->u->line = s->list.items[0]->line;
    if (comp_emit(c, OP_SETUP_EXCEPT, (uint32_t)cleanup) < 0) {
        return -1;
    }
    for (size_t i = 0; i < s->list.len; i++) {
        const AstNode *h = s->list.items[i];
        if (h->a == NULL && i + 1 < s->list.len) {
            return comp_error(c, h, "default 'except:' must be last");
        }
        int next = comp_new_label(c);
        if (next < 0 || comp_handler(c, h, end, next) < 0) {
            return -1;
        }
        comp_bind(c, next);
        // A failed match arrives with [prev exc exc]; a bare except never
        // falls through, so this only runs after a typed clause.
        if (h->a != NULL && comp_emit(c, OP_POP_TOP, 0) < 0) {
            return -1;
        }
    }
    const AstNode *last = s->list.items[s->list.len - 1];
    if (last->a != NULL) {
        if (comp_emit(c, OP_POP_BLOCK, 0) < 0 || comp_emit(c, OP_RERAISE, 0) < 0) {
            return -1;
        }
    }
    return emit_cleanup_and_end(c, cleanup, end);
}

//     SETUP_EXCEPT final; <try/except or body>; POP_BLOCK; finalbody; JUMP end
// final:                           [prev exc]
//     SETUP_EXCEPT cleanup; finalbody; POP_BLOCK; RERAISE
// cleanup:                         [prev exc prev2 exc2]
//     CLEANUP_RERAISE 2
// end:
static int comp_try_finally(Compiler *c, const AstNode *s) {
    int final = comp_new_label(c), cleanup = comp_new_label(c), end = comp_new_label(c);
    if (final < 0 || cleanup < 0 || end < 0 ||
        comp_emit(c, OP_SETUP_EXCEPT, (uint32_t) final) < 0 ||
        comp_push_fblock(c, s, FB_FINALLY_TRY, -1, -1, s) < 0) {
        return -1;
    }
    if (s->list.len > 0 ? comp_try_except(c, s) < 0 : comp_stmts(c, &s->body) < 0) {
        return -1;
    }
    comp_pop_fblock(c);
    if (comp_emit(c, OP_POP_BLOCK, 0) < 0 || comp_stmts(c, &s->list2) < 0 ||
        comp_emit(c, OP_JUMP, (uint32_t)end) < 0) {
        return -1;
    }
    comp_bind(c, final);
    if (comp_emit(c, OP_SETUP_EXCEPT, (uint32_t)cleanup) < 0 ||
        comp_push_fblock(c, s, FB_FINALLY_END, -1, -1, s) < 0 || comp_stmts(c, &s->list2) < 0) {
        return -1;
    }
    comp_pop_fblock(c);
    if (comp_emit(c, OP_POP_BLOCK, 0) < 0 || comp_emit(c, OP_RERAISE, 0) < 0) {
        return -1;
    }
    return emit_cleanup_and_end(c, cleanup, end);
}

int comp_try(Compiler *c, const AstNode *s) {
    if (s->list2.len > 0) {
        return comp_try_finally(c, s);
    }
    return comp_try_except(c, s);
}

// ---------------------------------------------------------------------------
// with
// ---------------------------------------------------------------------------

//     <mgr>; BEFORE_WITH               [exit res]
//     <store res> or POP_TOP           [exit]
//     SETUP_EXCEPT handler; body; POP_BLOCK
//     exit(None, None, None); JUMP end []
// handler:                             [exit prev exc]
//     SETUP_EXCEPT cleanup
//     WITH_EXCEPT_START                [exit prev exc res]
//     POP_JUMP_IF_TRUE suppress        [exit prev exc]
//     POP_BLOCK; RERAISE
// suppress:
//     POP_BLOCK; POP_TOP; POP_EXCEPT; POP_TOP; JUMP end
// cleanup:                             [exit prev exc prev2 exc2]
//     CLEANUP_RERAISE 2
// end:
static int comp_with_item(Compiler *c, const AstNode *s, size_t i) {
    const AstNode *item = s->list.items[i];
    int handler = comp_new_label(c), suppress = comp_new_label(c);
    int cleanup = comp_new_label(c), end = comp_new_label(c);
    if (handler < 0 || suppress < 0 || cleanup < 0 || end < 0) {
        return -1;
    }
    if (comp_expr(c, item->a) < 0) {
        return -1;
    }
    c->u->line = s->line;
    bool is_async = s->flag;
    if (comp_emit(c, is_async ? OP_BEFORE_ASYNC_WITH : OP_BEFORE_WITH, 0) < 0 ||
        (is_async && comp_await_tos(c) < 0)) {
        return -1;
    }
    if (item->b != NULL ? comp_store(c, item->b) < 0 : comp_emit(c, OP_POP_TOP, 0) < 0) {
        return -1;
    }
    if (comp_emit(c, OP_SETUP_EXCEPT, (uint32_t)handler) < 0 ||
        comp_push_fblock(c, s, FB_WITH, -1, -1, s) < 0) {
        return -1;
    }
    if (i + 1 < s->list.len ? comp_with_item(c, s, i + 1) < 0 : comp_stmts(c, &s->body) < 0) {
        return -1;
    }
    comp_pop_fblock(c);
    c->u->line = s->line;
    FBlock self = {.kind = FB_WITH, .node = s};
    if (unwind_fblock(c, &self, false) < 0 || comp_emit(c, OP_JUMP, (uint32_t)end) < 0) {
        return -1;
    }
    comp_bind(c, handler);
    if (comp_emit(c, OP_SETUP_EXCEPT, (uint32_t)cleanup) < 0 ||
        comp_emit(c, OP_WITH_EXCEPT_START, 0) < 0 || (is_async && comp_await_tos(c) < 0) ||
        comp_emit(c, OP_POP_JUMP_IF_TRUE, (uint32_t)suppress) < 0 ||
        comp_emit(c, OP_POP_BLOCK, 0) < 0 || comp_emit(c, OP_RERAISE, 0) < 0) {
        return -1;
    }
    comp_bind(c, suppress);
    if (comp_emit(c, OP_POP_BLOCK, 0) < 0 || comp_emit(c, OP_POP_TOP, 0) < 0 ||
        comp_emit(c, OP_POP_EXCEPT, 0) < 0 || comp_emit(c, OP_POP_TOP, 0) < 0 ||
        comp_emit(c, OP_JUMP, (uint32_t)end) < 0) {
        return -1;
    }
    return emit_cleanup_and_end(c, cleanup, end);
}

int comp_with(Compiler *c, const AstNode *s) {
    if (s->flag && !c->u->scope->is_coroutine) {
        return comp_error(c, s, "'async with' outside async function");
    }
    return comp_with_item(c, s, 0);
}
