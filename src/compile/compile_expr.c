/* compile_expr.c: expressions to bytecode: names by scope, constants,
 * operators, comparisons (chained with a cleanup path), displays with
 * unpacking, calls (plain, method, keyword, starred), f-strings,
 * comprehensions and lambdas as nested functions, yield and await; and the
 * targets of assignment and `del`. */
#include "compile_int.h"

#include <string.h>

#include "../objects/bytesobj.h"
#include "../objects/complexobj.h"
#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

typedef enum { ACCESS_NAME, ACCESS_FAST, ACCESS_DEREF, ACCESS_GLOBAL } Access;

static Access name_access(const Scope *s, SymKind k) {
    switch (s->kind) {
        case SCOPE_MODULE:
            return ACCESS_NAME;
        case SCOPE_CLASS:
            if (k == SYM_GLOBAL_EXPLICIT) {
                return ACCESS_GLOBAL;
            }
            return k == SYM_FREE ? ACCESS_DEREF : ACCESS_NAME;
        default:
            if (k == SYM_LOCAL) {
                return ACCESS_FAST;
            }
            if (k == SYM_CELL || k == SYM_FREE) {
                return ACCESS_DEREF;
            }
            return ACCESS_GLOBAL;
    }
}

int comp_name_op(Compiler *c, const char *name, AstCtx ctx) {
    static const Opcode ops[4][3] = {
        {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME},
        {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST},
        {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
        {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
    };
    if (ctx == CTX_LOAD && strcmp(name, "__debug__") == 0) {
        return comp_load_const_steal(c, obj_newref(OBJ_TRUE)); // no -O: always True
    }
    char buf[256];
    const Scope *s = c->u->scope;
    const char *m = sym_mangle(s->private_name, name, buf, sizeof buf);
    Access how = name_access(s, sym_lookup(s, m));
    Opcode op = ops[how][ctx];
    int index;
    switch (how) {
        case ACCESS_FAST:
            index = comp_local_index(s, m);
            break;
        case ACCESS_DEREF:
            index = sym_cell_index(s, m);
            if (s->kind == SCOPE_CLASS && ctx == CTX_LOAD) {
                op = OP_LOAD_CLASSDEREF;
            }
            break;
        default:
            return comp_emit_name(c, op, m);
    }
    if (index < 0) {
        err_raise(c->vm, &exc_SystemError, "compiler: no slot for name '%s'", m);
        return -1;
    }
    return comp_emit(c, op, (uint32_t)index);
}

int comp_emit_attr(Compiler *c, Opcode op, const char *name) {
    char buf[256];
    return comp_emit_name(c, op, sym_mangle(c->u->scope->private_name, name, buf, sizeof buf));
}

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

NEWREF Obj *comp_constant_value(Compiler *c, const AstNode *e) {
    switch (e->op) {
        case CONST_NONE:
            return obj_newref(OBJ_NONE);
        case CONST_TRUE:
            return obj_newref(OBJ_TRUE);
        case CONST_FALSE:
            return obj_newref(OBJ_FALSE);
        case CONST_ELLIPSIS:
            return obj_newref(OBJ_ELLIPSIS);
        case CONST_INT:
            return int_from_text(c->vm, e->str, e->str_len, 0);
        case CONST_FLOAT:
            return float_from_text(c->vm, e->str, e->str_len);
        case CONST_STR:
            return comp_str(c, e->str != NULL ? e->str : "", e->str_len);
        case CONST_BYTES:
            return bytes_from_data(c->vm, e->str, e->str_len);
        default: {
            // CONST_IMAG: the text is the imaginary part without its `j`.
            Obj *imag = float_from_text(c->vm, e->str, e->str_len);
            if (imag == NULL) {
                return NULL;
            }
            Obj *z = complex_new(c->vm, 0.0, float_value(imag));
            obj_decref(imag);
            return z;
        }
    }
}

// True for what CPython's AST optimizer folds into a constant before the
// compiler looks at it: literals, signed numbers, tuples of those.
static bool is_folded_constant(const AstNode *e) {
    switch (e->kind) {
        case AST_CONSTANT:
            return true;
        case AST_UNARYOP:
            if (e->op == UNARY_NOT || e->a->kind != AST_CONSTANT) {
                return false;
            }
            if (e->op == UNARY_INVERT) {
                return e->a->op == CONST_INT;
            }
            return e->a->op == CONST_INT || e->a->op == CONST_FLOAT || e->a->op == CONST_IMAG;
        case AST_TUPLE:
            for (size_t i = 0; i < e->list.len; i++) {
                if (!is_folded_constant(e->list.items[i])) {
                    return false;
                }
            }
            return true;
        default:
            return false;
    }
}

// The value of `e` when CPython's AST optimizer folds it into a constant:
// literals, signed numbers and tuples of those (so that `(1, 2)` is one
// shared constant and `-1` is not computed at run time). Returns a new
// reference; NULL with `*error` false when `e` does not fold, NULL with
// `*error` true and an exception pending on failure.
static Obj *fold_constant(Compiler *c, const AstNode *e, bool *error) {
    *error = false;
    if (e->kind == AST_CONSTANT) {
        Obj *v = comp_constant_value(c, e);
        *error = v == NULL;
        return v;
    }
    if (e->kind == AST_UNARYOP) {
        const AstNode *a = e->a;
        bool number = a->kind == AST_CONSTANT && (a->op == CONST_INT || a->op == CONST_FLOAT);
        // ~1.0 is a TypeError at run time, as in CPython: not folded.
        if (e->op == UNARY_NOT || !number || (e->op == UNARY_INVERT && a->op == CONST_FLOAT)) {
            return NULL;
        }
        Obj *v = comp_constant_value(c, a);
        Obj *r = NULL;
        if (v != NULL) {
            r = e->op == UNARY_NEG   ? obj_neg(c->vm, v)
                : e->op == UNARY_POS ? obj_pos(c->vm, v)
                                     : obj_invert(c->vm, v);
            obj_decref(v);
        }
        *error = r == NULL;
        return r;
    }
    if (e->kind != AST_TUPLE || e->ctx != CTX_LOAD || comp_has_starred(&e->list) ||
        !is_folded_constant(e)) {
        return NULL;
    }
    if (comp_enter(c) < 0) {
        *error = true;
        return NULL;
    }
    Obj *t = tuple_new(c->vm, e->list.len);
    *error = t == NULL;
    for (size_t i = 0; t != NULL && i < e->list.len; i++) {
        Obj *item = fold_constant(c, e->list.items[i], error);
        if (item == NULL) {
            // The slots not filled yet must not be released as items.
            for (size_t j = i; j < e->list.len; j++) {
                tuple_set_steal(t, j, obj_newref(OBJ_NONE));
            }
            obj_decref(t);
            t = NULL;
            break;
        }
        tuple_set_steal(t, i, item);
    }
    // On a NULL item `*error` tells whether it failed or just did not fold.
    comp_leave(c);
    return t;
}

// ---------------------------------------------------------------------------
// Displays: list, tuple, set, dict, with `*x` / `**m` unpacking
// ---------------------------------------------------------------------------

bool comp_has_starred(const AstSeq *elts) {
    for (size_t i = 0; i < elts->len; i++) {
        if (elts->items[i]->kind == AST_STARRED) {
            return true;
        }
    }
    return false;
}

// [a, *b, c] -> BUILD_LIST 1 (a); b; LIST_EXTEND 1; c; LIST_APPEND 1. Sets
// use BUILD_SET / SET_UPDATE / SET_ADD; tuples are built as lists.
static int comp_sequence(Compiler *c, const AstNode *e) {
    bool is_set = e->kind == AST_SET;
    Opcode build = is_set ? OP_BUILD_SET : e->kind == AST_LIST ? OP_BUILD_LIST : OP_BUILD_TUPLE;
    const AstSeq *elts = &e->list;
    if (!comp_has_starred(elts)) {
        for (size_t i = 0; i < elts->len; i++) {
            if (comp_expr(c, elts->items[i]) < 0) {
                return -1;
            }
        }
        return comp_emit(c, build, (uint32_t)elts->len);
    }
    Opcode add = is_set ? OP_SET_ADD : OP_LIST_APPEND;
    Opcode extend = is_set ? OP_SET_UPDATE : OP_LIST_EXTEND;
    // Values before the first starred item are collected by the BUILD.
    size_t i = 0;
    while (elts->items[i]->kind != AST_STARRED) {
        if (comp_expr(c, elts->items[i++]) < 0) {
            return -1;
        }
    }
    if (comp_emit(c, is_set ? OP_BUILD_SET : OP_BUILD_LIST, (uint32_t)i) < 0) {
        return -1;
    }
    for (; i < elts->len; i++) {
        const AstNode *elt = elts->items[i];
        bool star = elt->kind == AST_STARRED;
        if (comp_expr(c, star ? elt->a : elt) < 0 || comp_emit(c, star ? extend : add, 1) < 0) {
            return -1;
        }
    }
    if (e->kind == AST_TUPLE) {
        return comp_emit(c, OP_LIST_TO_TUPLE, 0);
    }
    return 0;
}

static int comp_dict(Compiler *c, const AstNode *e) {
    bool have_dict = false;
    uint32_t pending = 0;
    for (size_t i = 0; i < e->list.len; i++) {
        const AstNode *key = e->list.items[i];
        if (key != NULL) {
            if (comp_expr(c, key) < 0 || comp_expr(c, e->list2.items[i]) < 0) {
                return -1;
            }
            pending++;
            continue;
        }
        // `**mapping`: flush the pairs so far, then merge.
        if (pending > 0 || !have_dict) {
            if (comp_emit(c, OP_BUILD_MAP, pending) < 0 ||
                (have_dict && comp_emit(c, OP_DICT_UPDATE, 1) < 0)) {
                return -1;
            }
            have_dict = true;
            pending = 0;
        }
        if (comp_expr(c, e->list2.items[i]) < 0 || comp_emit(c, OP_DICT_UPDATE, 1) < 0) {
            return -1;
        }
    }
    if (pending > 0 || !have_dict) {
        if (comp_emit(c, OP_BUILD_MAP, pending) < 0 ||
            (have_dict && comp_emit(c, OP_DICT_UPDATE, 1) < 0)) {
            return -1;
        }
    }
    return 0;
}

// ---------------------------------------------------------------------------
// Operators and comparisons
// ---------------------------------------------------------------------------

// `x is 1`: identity with a literal other than None, True, False and ...
static bool is_literal_for_is(const AstNode *e) {
    if (!is_folded_constant(e)) {
        return false;
    }
    return e->kind != AST_CONSTANT || e->op == CONST_INT || e->op == CONST_FLOAT ||
           e->op == CONST_IMAG || e->op == CONST_STR || e->op == CONST_BYTES;
}

// CPython's compile-time SyntaxWarning for `is` / `is not` with a literal.
static void check_is_literal(Compiler *c, const AstNode *e) {
    const AstNode *left = e->a;
    for (size_t i = 0; i < e->list.len; i++) {
        const AstNode *right = e->list.items[i];
        int op = e->ops[i];
        if ((op == CMPX_IS || op == CMPX_IS_NOT) &&
            (is_literal_for_is(left) || is_literal_for_is(right))) {
            comp_warn(c, e,
                      op == CMPX_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                    : "\"is not\" with a literal. Did you mean \"!=\"?");
        }
        left = right;
    }
}

static int emit_compare(Compiler *c, int op) {
    switch (op) {
        case CMPX_IS:
            return comp_emit(c, OP_IS_OP, 0);
        case CMPX_IS_NOT:
            return comp_emit(c, OP_IS_OP, 1);
        case CMPX_IN:
            return comp_emit(c, OP_CONTAINS_OP, 0);
        case CMPX_NOT_IN:
            return comp_emit(c, OP_CONTAINS_OP, 1);
        default:
            return comp_emit(c, OP_COMPARE_OP, (uint32_t)op);
    }
}

// a < b < c: each middle operand is kept for the next comparison
// (DUP_TOP; ROT_THREE); a false result jumps to a cleanup that drops it.
static int comp_compare(Compiler *c, const AstNode *e) {
    size_t n = e->list.len;
    check_is_literal(c, e);
    if (comp_expr(c, e->a) < 0) {
        return -1;
    }
    if (n == 1) {
        return comp_expr(c, e->list.items[0]) < 0 ? -1 : emit_compare(c, e->ops[0]);
    }
    int cleanup = comp_new_label(c), end = comp_new_label(c);
    if (cleanup < 0 || end < 0) {
        return -1;
    }
    for (size_t i = 0; i + 1 < n; i++) {
        // [.. left] -> [.. right left right] -> [.. right result]
        if (comp_expr(c, e->list.items[i]) < 0 || comp_emit(c, OP_DUP_TOP, 0) < 0 ||
            comp_emit(c, OP_ROT_THREE, 0) < 0 || emit_compare(c, e->ops[i]) < 0 ||
            comp_emit(c, OP_JUMP_IF_FALSE_OR_POP, (uint32_t)cleanup) < 0) {
            return -1;
        }
    }
    if (comp_expr(c, e->list.items[n - 1]) < 0 || emit_compare(c, e->ops[n - 1]) < 0 ||
        comp_emit(c, OP_JUMP, (uint32_t)end) < 0) {
        return -1;
    }
    // [.. right false] -> [.. false]
    comp_bind(c, cleanup);
    if (comp_emit(c, OP_ROT_TWO, 0) < 0 || comp_emit(c, OP_POP_TOP, 0) < 0) {
        return -1;
    }
    comp_bind(c, end);
    return 0;
}

static int comp_boolop(Compiler *c, const AstNode *e) {
    int end = comp_new_label(c);
    if (end < 0) {
        return -1;
    }
    Opcode jump = e->op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    for (size_t i = 0; i < e->list.len; i++) {
        if (comp_expr(c, e->list.items[i]) < 0) {
            return -1;
        }
        if (i + 1 < e->list.len && comp_emit(c, jump, (uint32_t)end) < 0) {
            return -1;
        }
    }
    comp_bind(c, end);
    return 0;
}

static int jump_if(Compiler *c, const AstNode *e, int label, bool cond);

int comp_jump_if(Compiler *c, const AstNode *e, int label, bool cond) {
    if (comp_enter(c) < 0) {
        return -1;
    }
    int rc = jump_if(c, e, label, cond);
    comp_leave(c);
    return rc;
}

static int jump_if(Compiler *c, const AstNode *e, int label, bool cond) {
    if (e->kind == AST_UNARYOP && e->op == UNARY_NOT) {
        return comp_jump_if(c, e->a, label, !cond);
    }
    if (e->kind == AST_BOOLOP) {
        // `and` jumps on the first false operand; `or` on the first true.
        bool short_on = e->op == BOOL_OR;
        int next = label;
        if (cond != short_on && (next = comp_new_label(c)) < 0) {
            return -1;
        }
        for (size_t i = 0; i + 1 < e->list.len; i++) {
            if (comp_jump_if(c, e->list.items[i], next, short_on) < 0) {
                return -1;
            }
        }
        if (comp_jump_if(c, e->list.items[e->list.len - 1], label, cond) < 0) {
            return -1;
        }
        if (next != label) {
            comp_bind(c, next);
        }
        return 0;
    }
    if (comp_expr(c, e) < 0) {
        return -1;
    }
    return comp_emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, (uint32_t)label);
}

static int comp_ifexp(Compiler *c, const AstNode *e) {
    int orelse = comp_new_label(c), end = comp_new_label(c);
    if (orelse < 0 || end < 0 || comp_jump_if(c, e->a, orelse, false) < 0 ||
        comp_expr(c, e->b) < 0 || comp_emit(c, OP_JUMP, (uint32_t)end) < 0) {
        return -1;
    }
    comp_bind(c, orelse);
    if (comp_expr(c, e->c) < 0) {
        return -1;
    }
    comp_bind(c, end);
    return 0;
}

// ---------------------------------------------------------------------------
// Generators and coroutines
// ---------------------------------------------------------------------------

// [iterator] -> [result]: send None first, then whatever the caller sends.
static int emit_send_loop(Compiler *c) {
    int loop = comp_new_label(c), end = comp_new_label(c);
    if (loop < 0 || end < 0 || comp_load_const_steal(c, obj_newref(OBJ_NONE)) < 0) {
        return -1;
    }
    comp_bind(c, loop);
    if (comp_emit(c, OP_SEND, (uint32_t)end) < 0 || comp_emit(c, OP_YIELD_VALUE, 0) < 0 ||
        comp_emit(c, OP_JUMP, (uint32_t)loop) < 0) {
        return -1;
    }
    comp_bind(c, end);
    return 0;
}

int comp_await_tos(Compiler *c) {
    if (comp_emit(c, OP_GET_AWAITABLE, 0) < 0) {
        return -1;
    }
    return emit_send_loop(c);
}

static int comp_yield(Compiler *c, const AstNode *e) {
    const Scope *s = c->u->scope;
    if (s->is_coroutine) {
        if (e->kind == AST_YIELDFROM) {
            return comp_error(c, e, "'yield from' inside async function");
        }
        // An async generator: the value is marked, so that the awaitable
        // of __anext__() can tell it from what an await passes through.
        if (e->a != NULL ? comp_expr(c, e->a) < 0
                         : comp_load_const_steal(c, obj_newref(OBJ_NONE)) < 0) {
            return -1;
        }
        if (comp_emit(c, OP_ASYNC_GEN_WRAP, 0) < 0) {
            return -1;
        }
        return comp_emit(c, OP_YIELD_VALUE, 0);
    }
    if (e->kind == AST_YIELDFROM) {
        if (comp_expr(c, e->a) < 0 || comp_emit(c, OP_GET_YIELD_FROM_ITER, 0) < 0) {
            return -1;
        }
        return emit_send_loop(c);
    }
    if (e->a != NULL ? comp_expr(c, e->a) < 0
                     : comp_load_const_steal(c, obj_newref(OBJ_NONE)) < 0) {
        return -1;
    }
    return comp_emit(c, OP_YIELD_VALUE, 0);
}

static int comp_await(Compiler *c, const AstNode *e) {
    const Scope *s = c->u->scope;
    if (!s->is_coroutine) {
        return comp_error(c, e, "'await' outside async function");
    }
    if (comp_expr(c, e->a) < 0) {
        return -1;
    }
    return comp_await_tos(c);
}

// ---------------------------------------------------------------------------
// f-strings, slices
// ---------------------------------------------------------------------------

static int comp_formatted(Compiler *c, const AstNode *e) {
    uint32_t arg = 0;
    switch (e->op) {
        case 's':
            arg = 1;
            break;
        case 'r':
            arg = 2;
            break;
        case 'a':
            arg = 3;
            break;
        default:
            break;
    }
    if (comp_expr(c, e->a) < 0) {
        return -1;
    }
    if (e->b != NULL) {
        if (comp_expr(c, e->b) < 0) {
            return -1;
        }
        arg |= 4;
    }
    return comp_emit(c, OP_FORMAT_VALUE, arg);
}

static int comp_joined(Compiler *c, const AstNode *e) {
    if (e->list.len == 0) {
        return comp_load_const_steal(c, comp_str(c, "", 0));
    }
    for (size_t i = 0; i < e->list.len; i++) {
        if (comp_expr(c, e->list.items[i]) < 0) {
            return -1;
        }
    }
    if (e->list.len == 1 && e->list.items[0]->kind == AST_FORMATTEDVALUE) {
        return 0;
    }
    return comp_emit(c, OP_BUILD_STRING, (uint32_t)e->list.len);
}

static int comp_slice(Compiler *c, const AstNode *e) {
    const AstNode *parts[2] = {e->a, e->b};
    for (int i = 0; i < 2; i++) {
        if (parts[i] != NULL ? comp_expr(c, parts[i]) < 0
                             : comp_load_const_steal(c, obj_newref(OBJ_NONE)) < 0) {
            return -1;
        }
    }
    if (e->c != NULL && comp_expr(c, e->c) < 0) {
        return -1;
    }
    return comp_emit(c, OP_BUILD_SLICE, e->c != NULL ? 3 : 2);
}

// ---------------------------------------------------------------------------
// The dispatcher
// ---------------------------------------------------------------------------

static int comp_expr_inner(Compiler *c, const AstNode *e) {
    static const Opcode unary[] = {OP_UNARY_NOT, OP_UNARY_NEGATIVE, OP_UNARY_POSITIVE,
                                   OP_UNARY_INVERT};
    switch (e->kind) {
        case AST_NAME:
            return comp_name_op(c, e->name, CTX_LOAD);
        case AST_CONSTANT: {
            Obj *v = comp_constant_value(c, e);
            return v == NULL ? -1 : comp_load_const_steal(c, v);
        }
        case AST_BINOP:
            if (comp_expr(c, e->a) < 0 || comp_expr(c, e->b) < 0) {
                return -1;
            }
            return comp_emit(c, OP_BINARY_OP, (uint32_t)e->op);
        case AST_UNARYOP:
        case AST_TUPLE: {
            bool error;
            Obj *folded = fold_constant(c, e, &error);
            if (folded != NULL) {
                return comp_load_const_steal(c, folded);
            }
            if (error) {
                return -1;
            }
            if (e->kind == AST_TUPLE) {
                return comp_sequence(c, e);
            }
            return comp_expr(c, e->a) < 0 ? -1 : comp_emit(c, unary[e->op], 0);
        }
        case AST_BOOLOP:
            return comp_boolop(c, e);
        case AST_COMPARE:
            return comp_compare(c, e);
        case AST_IFEXP:
            return comp_ifexp(c, e);
        case AST_NAMEDEXPR:
            if (comp_expr(c, e->b) < 0 || comp_emit(c, OP_DUP_TOP, 0) < 0) {
                return -1;
            }
            return comp_name_op(c, e->a->name, CTX_STORE);
        case AST_CALL:
            return comp_call(c, e);
        case AST_ATTRIBUTE:
            return comp_expr(c, e->a) < 0 ? -1 : comp_emit_attr(c, OP_LOAD_ATTR, e->name);
        case AST_SUBSCRIPT:
            if (comp_expr(c, e->a) < 0 || comp_expr(c, e->b) < 0) {
                return -1;
            }
            return comp_emit(c, OP_BINARY_SUBSCR, 0);
        case AST_SLICE:
            return comp_slice(c, e);
        case AST_LIST:
        case AST_SET:
            return comp_sequence(c, e);
        case AST_DICT:
            return comp_dict(c, e);
        case AST_LAMBDA:
            return comp_lambda(c, e);
        case AST_LISTCOMP:
        case AST_SETCOMP:
        case AST_DICTCOMP:
        case AST_GENEXP:
            return comp_comprehension(c, e);
        case AST_YIELD:
        case AST_YIELDFROM:
            return comp_yield(c, e);
        case AST_AWAIT:
            return comp_await(c, e);
        case AST_JOINEDSTR:
            return comp_joined(c, e);
        case AST_FORMATTEDVALUE:
            return comp_formatted(c, e);
        case AST_STARRED:
            return comp_error(c, e, "can't use starred expression here");
        default:
            err_raise(c->vm, &exc_SystemError, "compiler: unexpected %s in an expression",
                      ast_kind_name(e->kind));
            return -1;
    }
}

int comp_expr(Compiler *c, const AstNode *e) {
    if (comp_enter(c) < 0) {
        return -1;
    }
    SpanSave saved = comp_set_span(c, e);
    int rc = comp_expr_inner(c, e);
    comp_restore_span(c, saved);
    comp_leave(c);
    return rc;
}

// ---------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------

// a, *b, c = v: UNPACK_EX (or UNPACK_SEQUENCE), then one store per target.
static int comp_unpack(Compiler *c, const AstNode *t) {
    const AstSeq *elts = &t->list;
    size_t star = elts->len;
    for (size_t i = 0; i < elts->len; i++) {
        if (elts->items[i]->kind == AST_STARRED) {
            if (star != elts->len) {
                return comp_error(c, t, "multiple starred expressions in assignment");
            }
            star = i;
        }
    }
    if (star == elts->len) {
        if (comp_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)elts->len) < 0) {
            return -1;
        }
    } else {
        size_t after = elts->len - star - 1;
        if (star >= 256 || after >= (1u << 16)) {
            return comp_error(c, t, "too many expressions in star-unpacking assignment");
        }
        if (comp_emit(c, OP_UNPACK_EX, (uint32_t)(star | (after << 8))) < 0) {
            return -1;
        }
    }
    for (size_t i = 0; i < elts->len; i++) {
        const AstNode *elt = elts->items[i];
        if (comp_store(c, elt->kind == AST_STARRED ? elt->a : elt) < 0) {
            return -1;
        }
    }
    return 0;
}

int comp_store(Compiler *c, const AstNode *t) {
    SpanSave saved = comp_set_span(c, t);
    int rc;
    switch (t->kind) {
        case AST_NAME:
            rc = comp_name_op(c, t->name, CTX_STORE);
            break;
        case AST_ATTRIBUTE:
            rc = comp_expr(c, t->a) < 0 ? -1 : comp_emit_attr(c, OP_STORE_ATTR, t->name);
            break;
        case AST_SUBSCRIPT:
            rc = comp_expr(c, t->a) < 0 || comp_expr(c, t->b) < 0
                     ? -1
                     : comp_emit(c, OP_STORE_SUBSCR, 0);
            break;
        case AST_TUPLE:
        case AST_LIST:
            rc = comp_enter(c);
            if (rc == 0) {
                rc = comp_unpack(c, t);
                comp_leave(c);
            }
            break;
        case AST_STARRED:
            rc = comp_error(c, t, "starred assignment target must be in a list or tuple");
            break;
        default:
            rc = comp_error(c, t, "cannot assign to %s", ast_kind_name(t->kind));
            break;
    }
    comp_restore_span(c, saved);
    return rc;
}

int comp_delete(Compiler *c, const AstNode *t) {
    SpanSave saved = comp_set_span(c, t);
    int rc = 0;
    switch (t->kind) {
        case AST_NAME:
            rc = comp_name_op(c, t->name, CTX_DEL);
            break;
        case AST_ATTRIBUTE:
            rc = comp_expr(c, t->a) < 0 ? -1 : comp_emit_attr(c, OP_DELETE_ATTR, t->name);
            break;
        case AST_SUBSCRIPT:
            rc = comp_expr(c, t->a) < 0 || comp_expr(c, t->b) < 0
                     ? -1
                     : comp_emit(c, OP_DELETE_SUBSCR, 0);
            break;
        case AST_TUPLE:
        case AST_LIST:
            if (comp_enter(c) < 0) {
                rc = -1;
                break;
            }
            for (size_t i = 0; i < t->list.len && rc == 0; i++) {
                rc = comp_delete(c, t->list.items[i]);
            }
            comp_leave(c);
            break;
        default:
            rc = comp_error(c, t, "cannot delete %s", ast_kind_name(t->kind));
            break;
    }
    comp_restore_span(c, saved);
    return rc;
}
