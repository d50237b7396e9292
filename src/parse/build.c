/* build.c: AST construction for the grammar actions (grammar/parser.y):
 * atoms, operators, displays, calls and statements, with the checks that
 * CPython 3.11's parser makes while building (assignment targets, argument
 * order). Parameters live in params.c, string literals in strlit.c. */
#include "build.h"

#include <stdio.h>
#include <string.h>

#include "objects/object.h"
#include "tokens.h"
#include "layout.h"

void *build_error(ParseCtx *ctx, ParseErrorKind kind, int line, int col, const char *msg) {
    if (!ctx->failed) {
        ctx->failed = true;
        char buf[200];
        if (ctx->nest > 0 && strncmp(msg, "f-string", 8) != 0) {
            // Errors inside an f-string's expression say where they are.
            snprintf(buf, sizeof buf, "f-string: %s", msg);
            msg = buf;
        }
        layout_set_error(ctx->err, kind, line, col, msg);
    }
    return NULL;
}

void *build_error_at(ParseCtx *ctx, const AstNode *node, const char *msg) {
    bool first = !ctx->failed;
    build_error(ctx, PERR_SYNTAX, node ? node->line : 1, node ? node->col + 1 : 1, msg);
    // The caret range ends where the node ends when that is known.
    if (first && node && node->end_line == node->line && node->end_col > node->col) {
        ctx->err->end_col = node->end_col + 1;
    }
    return NULL;
}

void *build_nomem(ParseCtx *ctx) {
    if (!ctx->failed) {
        ctx->failed = true;
        layout_set_error(ctx->err, PERR_NOMEM, 0, 0, "out of memory");
    }
    return NULL;
}

// Positions: tokens carry 1-based lines and 0-based byte columns of the
// text being parsed; an f-string sub-parse adds the offsets of its field so
// that nodes point into the real source. Column bases apply to the first
// line only, because later lines of a field start at column 0 themselves.
AstNode *build_node(ParseCtx *ctx, AstKind kind, Token t) {
    if (ctx->failed) {
        return NULL;
    }
    int col = t.column + (t.line == 1 ? ctx->col_base : 0);
    AstNode *n = ast_new(ctx->arena, kind, t.line + ctx->line_base, col);
    if (n == NULL) {
        return build_nomem(ctx);
    }
    n->end_line = n->line;
    n->end_col = col + t.length;
    return n;
}

AstNode *build_node_at(ParseCtx *ctx, AstKind kind, const AstNode *at) {
    if (ctx->failed) {
        return NULL;
    }
    AstNode *n = ast_new(ctx->arena, kind, at ? at->line : 1, at ? at->col : 0);
    if (n == NULL) {
        return build_nomem(ctx);
    }
    if (at) {
        n->end_line = at->end_line;
        n->end_col = at->end_col;
    }
    return n;
}

AstNode *build_end(ParseCtx *ctx, AstNode *node, Token t) {
    if (node && !ctx->failed) {
        node->end_line = t.line + ctx->line_base;
        node->end_col = t.column + (t.line == 1 ? ctx->col_base : 0) + t.length;
    }
    return node;
}

AstSeq build_push(ParseCtx *ctx, AstSeq seq, AstNode *node) {
    if (!ctx->failed && ast_seq_push(ctx->arena, &seq, node) < 0) {
        build_nomem(ctx);
    }
    return seq;
}

AstSeq build_seq1(ParseCtx *ctx, AstNode *node) {
    return build_push(ctx, (AstSeq){0}, node);
}

AstSeq build_concat(ParseCtx *ctx, AstSeq seq, AstSeq tail) {
    for (size_t i = 0; i < tail.len; i++) {
        seq = build_push(ctx, seq, tail.items[i]);
    }
    return seq;
}

// ---------------------------------------------------------------- atoms

AstNode *build_name(ParseCtx *ctx, Token t) {
    AstNode *n = build_node(ctx, AST_NAME, t);
    if (n && (n->name = ast_strdup(ctx->arena, t.start, (size_t)t.length)) == NULL) {
        return build_nomem(ctx);
    }
    return n;
}

AstNode *build_number(ParseCtx *ctx, Token t) {
    AstNode *n = build_node(ctx, AST_CONSTANT, t);
    if (n == NULL) {
        return NULL;
    }
    size_t len = (size_t)t.length;
    char last = t.start[len - 1];
    n->op = CONST_INT;
    if (last == 'j' || last == 'J') {
        n->op = CONST_IMAG;
        len--;
    } else if (!(len > 1 && t.start[0] == '0' && strchr("xXoObB", t.start[1]))) {
        for (size_t i = 0; i < len; i++) {
            if (strchr(".eE", t.start[i])) {
                n->op = CONST_FLOAT;
            }
        }
    }
    if ((n->str = ast_strdup(ctx->arena, t.start, len)) == NULL) {
        return build_nomem(ctx);
    }
    n->str_len = len;
    return n;
}

AstNode *build_const(ParseCtx *ctx, ConstKind kind, Token t) {
    AstNode *n = build_node(ctx, AST_CONSTANT, t);
    if (n) {
        n->op = kind;
    }
    return n;
}

// ---------------------------------------------------------------- expressions

AstNode *build_binop(ParseCtx *ctx, AstNode *a, int op, AstNode *b) {
    AstNode *n = build_node_at(ctx, AST_BINOP, a);
    if (n) {
        n->a = a, n->op = op, n->b = b;
        n->end_line = b->end_line, n->end_col = b->end_col;
    }
    return n;
}

AstNode *build_unary(ParseCtx *ctx, Token t, int op, AstNode *a) {
    AstNode *n = build_node(ctx, AST_UNARYOP, t);
    if (n) {
        n->op = op, n->a = a;
        n->end_line = a->end_line, n->end_col = a->end_col;
    }
    return n;
}

AstNode *build_boolop(ParseCtx *ctx, int op, AstSeq values) {
    AstNode *n = build_node_at(ctx, AST_BOOLOP, values.len ? values.items[0] : NULL);
    if (n) {
        n->op = op, n->list = values;
    }
    return n;
}

// The grammar is left-recursive (`comparison comp_op expr`), so a chain
// `a < b < c` arrives one operator at a time and is extended in place. A
// parenthesized comparison `(a < b) < c` must stay a separate operand:
// build_paren marks it with `flag`, which stops the extension.
AstNode *build_compare(ParseCtx *ctx, AstNode *left, int op, AstNode *right) {
    if (ctx->failed) {
        return NULL;
    }
    AstNode *n = left;
    if (left->kind != AST_COMPARE || left->flag) {
        n = build_node_at(ctx, AST_COMPARE, left);
        if (n == NULL) {
            return NULL;
        }
        n->a = left;
    }
    int *ops = (int *)ast_strdup(ctx->arena, NULL, (n->list.len + 1) * sizeof(int));
    if (ops == NULL) {
        return build_nomem(ctx);
    }
    if (n->list.len) {
        memcpy(ops, n->ops, n->list.len * sizeof(int));
    }
    ops[n->list.len] = op;
    n->ops = ops;
    n->list = build_push(ctx, n->list, right);
    n->end_line = right->end_line, n->end_col = right->end_col;
    return n;
}

AstNode *build_ifexp(ParseCtx *ctx, AstNode *body, AstNode *test, AstNode *orelse) {
    AstNode *n = build_node_at(ctx, AST_IFEXP, body);
    if (n) {
        n->a = test, n->b = body, n->c = orelse;
    }
    return n;
}

AstNode *build_named(ParseCtx *ctx, AstNode *target, AstNode *value) {
    if (ctx->failed) {
        return NULL;
    }
    if (target->kind != AST_NAME) {
        char msg[100];
        snprintf(msg, sizeof msg, "cannot use assignment expressions with %s",
                 ast_expr_description(target));
        return build_error_at(ctx, target, msg);
    }
    target->ctx = CTX_STORE;
    AstNode *n = build_node_at(ctx, AST_NAMEDEXPR, target);
    if (n) {
        n->a = target, n->b = value;
    }
    return n;
}

AstNode *build_starred(ParseCtx *ctx, Token star, AstNode *value) {
    AstNode *n = build_node(ctx, AST_STARRED, star);
    if (n) {
        n->a = value;
    }
    return n;
}

AstNode *build_attribute(ParseCtx *ctx, AstNode *value, Token name) {
    AstNode *n = build_node_at(ctx, AST_ATTRIBUTE, value);
    if (n) {
        n->a = value;
        if ((n->name = ast_strdup(ctx->arena, name.start, (size_t)name.length)) == NULL) {
            return build_nomem(ctx);
        }
        n->end_line = name.line + ctx->line_base;
        n->end_col = name.column + name.length;
    }
    return n;
}

// `a[i]` subscripts with the item itself; `a[i,]`, `a[i, j]` and `a[*x]`
// subscript with a tuple, as in CPython's AST.
AstNode *build_subscript(ParseCtx *ctx, AstNode *value, AstSeq items, bool trailing_comma) {
    AstNode *n = build_node_at(ctx, AST_SUBSCRIPT, value);
    if (n == NULL) {
        return NULL;
    }
    n->a = value;
    if (items.len == 1 && !trailing_comma && items.items[0]->kind != AST_STARRED) {
        n->b = items.items[0];
    } else {
        n->b = build_tuple_at(ctx, items);
    }
    return n;
}

AstNode *build_slice(ParseCtx *ctx, Token colon, AstNode *lo, AstNode *hi, AstNode *step) {
    AstNode *n = lo ? build_node_at(ctx, AST_SLICE, lo) : build_node(ctx, AST_SLICE, colon);
    if (n) {
        n->a = lo, n->b = hi, n->c = step;
    }
    return n;
}

AstNode *build_keyword(ParseCtx *ctx, AstNode *name_expr, AstNode *value) {
    if (ctx->failed) {
        return NULL;
    }
    if (name_expr->kind != AST_NAME) {
        const char *msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
        if (name_expr->kind == AST_CONSTANT && name_expr->op <= CONST_FALSE) {
            msg = name_expr->op == CONST_NONE    ? "cannot assign to None"
                  : name_expr->op == CONST_TRUE  ? "cannot assign to True"
                  : name_expr->op == CONST_FALSE ? "cannot assign to False"
                                                 : msg;
        }
        return build_error_at(ctx, name_expr, msg);
    }
    AstNode *n = build_node_at(ctx, AST_KEYWORD, name_expr);
    if (n) {
        n->name = name_expr->name, n->a = value;
    }
    return n;
}

AstNode *build_kwunpack(ParseCtx *ctx, Token t, AstNode *value) {
    AstNode *n = build_node(ctx, AST_KEYWORD, t);
    if (n) {
        n->a = value;
    }
    return n;
}

// Splits the raw argument list into positional and keyword arguments,
// with CPython's ordering rules.
AstNode *build_call(ParseCtx *ctx, AstNode *func, AstSeq args) {
    AstNode *n = build_node_at(ctx, AST_CALL, func);
    if (n == NULL) {
        return NULL;
    }
    n->a = func;
    bool seen_kw = false, seen_kwunpack = false;
    for (size_t i = 0; i < args.len; i++) {
        AstNode *arg = args.items[i];
        if (arg->kind == AST_GENEXP && arg->flag) {
            arg->flag = false;
            if (args.len > 1) {
                return build_error_at(ctx, arg, "Generator expression must be parenthesized");
            }
        }
        if (arg->kind == AST_KEYWORD) {
            seen_kw = true;
            seen_kwunpack |= arg->name == NULL;
            n->list2 = build_push(ctx, n->list2, arg);
            continue;
        }
        if (arg->kind == AST_STARRED) {
            if (seen_kwunpack) {
                return build_error_at(
                    ctx, arg, "iterable argument unpacking follows keyword argument unpacking");
            }
        } else if (seen_kwunpack) {
            return build_error_at(ctx, arg,
                                  "positional argument follows keyword argument unpacking");
        } else if (seen_kw) {
            return build_error_at(ctx, arg, "positional argument follows keyword argument");
        }
        n->list = build_push(ctx, n->list, arg);
    }
    return n;
}

AstNode *build_tuple(ParseCtx *ctx, Token t, AstSeq elts) {
    AstNode *n = build_node(ctx, AST_TUPLE, t);
    if (n) {
        n->list = elts;
    }
    return n;
}

AstNode *build_tuple_at(ParseCtx *ctx, AstSeq elts) {
    AstNode *n = build_node_at(ctx, AST_TUPLE, elts.len ? elts.items[0] : NULL);
    if (n) {
        n->list = elts;
    }
    return n;
}

AstNode *build_list(ParseCtx *ctx, Token t, AstSeq elts) {
    AstNode *n = build_node(ctx, AST_LIST, t);
    if (n) {
        n->list = elts;
    }
    return n;
}

AstNode *build_paren(ParseCtx *ctx, Token lpar, AstNode *item) {
    if (ctx->failed) {
        return NULL;
    }
    if (item->kind == AST_STARRED) {
        return build_error_at(ctx, item, "cannot use starred expression here");
    }
    if (item->kind == AST_COMPARE) {
        item->flag = true; // a parenthesized chain is not extended
    }
    (void)lpar;
    return item;
}

AstNode *build_set(ParseCtx *ctx, Token t, AstSeq elts) {
    AstNode *n = build_node(ctx, AST_SET, t);
    if (n) {
        n->list = elts;
    }
    return n;
}

AstNode *build_dict(ParseCtx *ctx, Token t, AstSeq pairs) {
    AstNode *n = build_node(ctx, AST_DICT, t);
    for (size_t i = 0; n && i + 1 < pairs.len; i += 2) {
        n->list = build_push(ctx, n->list, pairs.items[i]);
        n->list2 = build_push(ctx, n->list2, pairs.items[i + 1]);
    }
    return n;
}

AstNode *build_comp(ParseCtx *ctx, AstKind kind, Token t, AstNode *elt, AstNode *value,
                    AstSeq gens) {
    if (ctx->failed) {
        return NULL;
    }
    if (elt->kind == AST_STARRED) {
        return build_error_at(ctx, elt,
                              kind == AST_LISTCOMP
                                  ? "iterable unpacking cannot be used in comprehension"
                                  : "iterable unpacking cannot be used in comprehension");
    }
    AstNode *n = kind == AST_GENEXP && t.start == ctx->cur_tok.start ? build_node_at(ctx, kind, elt)
                                                                     : build_node(ctx, kind, t);
    if (n) {
        n->a = elt, n->b = value, n->list = gens;
    }
    return n;
}

AstNode *build_comprehension(ParseCtx *ctx, Token t, AstNode *target, AstNode *iter,
                             bool is_async) {
    if (ctx->failed) {
        return NULL;
    }
    AstNode *bad = NULL;
    const char *msg = ast_set_context(target, CTX_STORE, &bad);
    if (msg) {
        return build_error_at(ctx, bad, msg);
    }
    AstNode *n = build_node(ctx, AST_COMPREHENSION, t);
    if (n) {
        n->a = target, n->b = iter, n->flag = is_async;
    }
    return n;
}

AstSeq build_comp_if(ParseCtx *ctx, AstSeq gens, AstNode *cond) {
    if (!ctx->failed && gens.len > 0) {
        AstNode *last = gens.items[gens.len - 1];
        last->list = build_push(ctx, last->list, cond);
    }
    return gens;
}

AstNode *build_yield(ParseCtx *ctx, Token t, AstNode *value, bool is_from) {
    AstNode *n = build_node(ctx, is_from ? AST_YIELDFROM : AST_YIELD, t);
    if (n) {
        n->a = value;
    }
    return n;
}

AstNode *build_await(ParseCtx *ctx, Token t, AstNode *value) {
    AstNode *n = build_node(ctx, AST_AWAIT, t);
    if (n) {
        n->a = value;
    }
    return n;
}

AstNode *build_testlist(ParseCtx *ctx, AstSeq items, bool comma) {
    if (ctx->failed) {
        return NULL;
    }
    if (items.len == 1 && !comma) {
        return items.items[0];
    }
    return build_tuple_at(ctx, items);
}

AstNode *build_lambda(ParseCtx *ctx, Token t, AstNode *args, AstNode *body) {
    AstNode *n = build_node(ctx, AST_LAMBDA, t);
    if (n) {
        n->a = args, n->b = body;
    }
    return n;
}
