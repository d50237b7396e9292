/* compile_func.c: the expressions that create functions: default values,
 * closures (LOAD_CLOSURE of each cell for MAKE_FUNCTION), lambdas and
 * comprehensions, which are nested functions called at once with the
 * iterator of their outermost iterable as the parameter ".0". */
#include "compile_int.h"

#include <string.h>

#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/str.h"

int comp_defaults(Compiler *c, const AstNode *args) {
    int flags = 0;
    if (args->list5.len > 0) {
        for (size_t i = 0; i < args->list5.len; i++) {
            if (comp_expr(c, args->list5.items[i]) < 0) {
                return -1;
            }
        }
        if (comp_emit(c, OP_BUILD_TUPLE, (uint32_t)args->list5.len) < 0) {
            return -1;
        }
        flags |= 1;
    }
    uint32_t nkw = 0;
    for (size_t i = 0; i < args->list4.len && i < args->list3.len; i++) {
        const AstNode *d = args->list4.items[i];
        if (d == NULL) {
            continue;
        }
        char buf[256];
        const char *name =
            sym_mangle(c->u->scope->private_name, args->list3.items[i]->name, buf, sizeof buf);
        if (comp_load_const_steal(c, comp_str(c, name, strlen(name))) < 0 || comp_expr(c, d) < 0) {
            return -1;
        }
        nkw++;
    }
    if (nkw > 0) {
        if (comp_emit(c, OP_BUILD_MAP, nkw) < 0) {
            return -1;
        }
        flags |= 2;
    }
    return flags;
}

// Pushes the name and value of the annotation of parameter `arg` (an ARG
// node, may be NULL), counting it in `*n`; nothing when it has none.
static int annotation(Compiler *c, const AstNode *arg, uint32_t *n) {
    if (arg == NULL || arg->a == NULL) {
        return 0;
    }
    char buf[256];
    const char *name = sym_mangle(c->u->scope->private_name, arg->name, buf, sizeof buf);
    if (comp_load_const_steal(c, comp_str(c, name, strlen(name))) < 0 ||
        comp_annotation_value(c, arg->a) < 0) {
        return -1;
    }
    (*n)++;
    return 0;
}

static int annotations_of(Compiler *c, const AstSeq *args, uint32_t *n) {
    for (size_t i = 0; i < args->len; i++) {
        if (annotation(c, args->items[i], n) < 0) {
            return -1;
        }
    }
    return 0;
}

int comp_annotations(Compiler *c, const AstNode *args, const AstNode *returns) {
    // CPython's order (which __annotations__ keeps): positional, then
    // positional-only, *args, keyword-only, **kwargs, then 'return'.
    uint32_t n = 0;
    if (annotations_of(c, &args->list2, &n) < 0 || annotations_of(c, &args->list, &n) < 0 ||
        annotation(c, args->b, &n) < 0 || annotations_of(c, &args->list3, &n) < 0 ||
        annotation(c, args->c, &n) < 0) {
        return -1;
    }
    if (returns != NULL) {
        if (comp_load_const_steal(c, comp_str(c, "return", 6)) < 0 ||
            comp_annotation_value(c, returns) < 0) {
            return -1;
        }
        n++;
    }
    if (n == 0) {
        return 0;
    }
    return comp_emit(c, OP_BUILD_TUPLE, 2 * n) < 0 ? -1 : 4;
}

void comp_set_arg_counts(Compiler *c, const AstNode *args) {
    Unit *u = c->u;
    u->posonlyargcount = (int)args->list.len;
    u->argcount = (int)(args->list.len + args->list2.len);
    u->kwonlyargcount = (int)args->list3.len;
    if (args->b != NULL) {
        u->flags |= CODE_VARARGS;
    }
    if (args->c != NULL) {
        u->flags |= CODE_VARKEYWORDS;
    }
}

int comp_make_function(Compiler *c, Scope *scope, Obj *code, int flags) {
    if (scope->nfreevars > 0) {
        for (size_t i = 0; i < scope->nfreevars; i++) {
            int index = sym_cell_index(c->u->scope, scope->freevars[i]);
            if (index < 0) {
                obj_decref(code);
                err_raise(c->vm, &exc_SystemError, "compiler: no cell for free variable '%s'",
                          scope->freevars[i]);
                return -1;
            }
            if (comp_emit(c, OP_LOAD_CLOSURE, (uint32_t)index) < 0) {
                obj_decref(code);
                return -1;
            }
        }
        // The cells stay on the stack for MAKE_FUNCTION, which moves them
        // into the function (no closure tuple is made until __closure__
        // is read); their count is in the operand above the flags.
        flags |= 8 | (int)(scope->nfreevars << 4);
    }
    if (comp_load_const_steal(c, code) < 0) {
        return -1;
    }
    return comp_emit(c, OP_MAKE_FUNCTION, (uint32_t)flags);
}

static Scope *child_scope(Compiler *c, const AstNode *node) {
    Scope *s = sym_child(c->u->scope, node);
    if (s == NULL) {
        err_raise(c->vm, &exc_SystemError, "compiler: no scope for %s", ast_kind_name(node->kind));
    }
    return s;
}

int comp_lambda(Compiler *c, const AstNode *e) {
    Scope *s = child_scope(c, e);
    int flags = s == NULL ? -1 : comp_defaults(c, e->a);
    if (flags < 0 || comp_unit_enter(c, s, "<lambda>", e->line) < 0) {
        return -1;
    }
    comp_set_arg_counts(c, e->a);
    // consts[0] is the docstring slot: a lambda has none.
    if (comp_add_const_steal(c, obj_newref(OBJ_NONE)) < 0 || comp_expr(c, e->b) < 0 ||
        comp_emit(c, OP_RETURN_VALUE, 0) < 0) {
        return -1;
    }
    Obj *code = comp_unit_leave(c);
    if (code == NULL) {
        return -1;
    }
    return comp_make_function(c, s, code, flags);
}

// One `for` clause (index `i`) of a comprehension and everything inside it.
// The container sits below the `n` iterators: LIST_APPEND n+1 reaches it.
static int comp_generator(Compiler *c, const AstNode *e, size_t i) {
    const AstNode *gen = e->list.items[i];
    size_t n = e->list.len;
    bool is_async = gen->flag;
    int start = comp_new_label(c), end = comp_new_label(c);
    if (start < 0 || end < 0) {
        return -1;
    }
    if (i == 0) {
        if (comp_emit(c, OP_LOAD_FAST, 0) < 0) { // ".0", the outermost iterator
            return -1;
        }
    } else if (comp_expr(c, gen->b) < 0 ||
               comp_emit(c, is_async ? OP_GET_AITER : OP_GET_ITER, 0) < 0) {
        return -1;
    }
    comp_bind(c, start);
    if (is_async) {
        // As `async for`: StopAsyncIteration from the awaited __anext__()
        // reaches `end`, where END_ASYNC_FOR pops the iterator.
        if (comp_emit(c, OP_SETUP_EXCEPT, (uint32_t)end) < 0 || comp_emit(c, OP_GET_ANEXT, 0) < 0 ||
            comp_await_tos(c) < 0 || comp_emit(c, OP_POP_BLOCK, 0) < 0 ||
            comp_store(c, gen->a) < 0) {
            return -1;
        }
    } else if (comp_emit(c, OP_FOR_ITER, (uint32_t)end) < 0 || comp_store(c, gen->a) < 0) {
        return -1;
    }
    for (size_t k = 0; k < gen->list.len; k++) {
        if (comp_jump_if(c, gen->list.items[k], start, false) < 0) {
            return -1;
        }
    }
    if (i + 1 < n) {
        if (comp_generator(c, e, i + 1) < 0) {
            return -1;
        }
    } else {
        int rc;
        switch (e->kind) {
            case AST_GENEXP:
                rc = comp_expr(c, e->a) < 0 || comp_emit(c, OP_YIELD_VALUE, 0) < 0 ||
                             comp_emit(c, OP_POP_TOP, 0) < 0
                         ? -1
                         : 0;
                break;
            case AST_DICTCOMP:
                rc = comp_expr(c, e->a) < 0 || comp_expr(c, e->b) < 0 ||
                             comp_emit(c, OP_MAP_ADD, (uint32_t)n + 1) < 0
                         ? -1
                         : 0;
                break;
            default:
                rc = comp_expr(c, e->a) < 0 ||
                             comp_emit(c, e->kind == AST_SETCOMP ? OP_SET_ADD : OP_LIST_APPEND,
                                       (uint32_t)n + 1) < 0
                         ? -1
                         : 0;
                break;
        }
        if (rc < 0) {
            return -1;
        }
    }
    if (comp_emit(c, OP_JUMP, (uint32_t)start) < 0) {
        return -1;
    }
    comp_bind(c, end);
    return is_async ? comp_emit(c, OP_END_ASYNC_FOR, 0) : 0;
}

int comp_comprehension(Compiler *c, const AstNode *e) {
    Scope *s = child_scope(c, e);
    if (s != NULL && s->is_coroutine) {
        if (e->kind == AST_GENEXP) {
            return comp_error(c, e, "asynchronous generator expressions are not supported yet");
        }
        const Scope *outer = c->u->scope;
        if (!outer->is_coroutine && outer->kind != SCOPE_COMPREHENSION) {
            return comp_error(c, e,
                              "asynchronous comprehension outside of an asynchronous function");
        }
    }
    // The NULL of [NULL function iterator] CALL 1 goes first, so that
    // nothing can fail between building the code object and handing it to
    // comp_make_function, which consumes it.
    if (s == NULL || comp_emit(c, OP_PUSH_NULL, 0) < 0 ||
        comp_unit_enter(c, s, s->name, e->line) < 0) {
        return -1;
    }
    c->u->argcount = 1;
    if (comp_add_const_steal(c, obj_newref(OBJ_NONE)) < 0) {
        return -1;
    }
    int rc = 0;
    if (e->kind == AST_LISTCOMP) {
        rc = comp_emit(c, OP_BUILD_LIST, 0);
    } else if (e->kind == AST_SETCOMP) {
        rc = comp_emit(c, OP_BUILD_SET, 0);
    } else if (e->kind == AST_DICTCOMP) {
        rc = comp_emit(c, OP_BUILD_MAP, 0);
    }
    if (rc < 0 || comp_generator(c, e, 0) < 0) {
        return -1;
    }
    if (e->kind == AST_GENEXP && comp_load_const_steal(c, obj_newref(OBJ_NONE)) < 0) {
        return -1;
    }
    if (comp_emit(c, OP_RETURN_VALUE, 0) < 0) {
        return -1;
    }
    Obj *code = comp_unit_leave(c);
    if (code == NULL) {
        return -1;
    }
    // [NULL function iter(outermost)] CALL 1, awaited when asynchronous
    const AstNode *first = e->list.items[0];
    if (comp_make_function(c, s, code, 0) < 0 || comp_expr(c, first->b) < 0 ||
        comp_emit(c, first->flag ? OP_GET_AITER : OP_GET_ITER, 0) < 0 ||
        comp_emit(c, OP_CALL, 1) < 0) {
        return -1;
    }
    return s->is_coroutine ? comp_await_tos(c) : 0;
}
