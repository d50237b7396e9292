/* build_stmt.c: AST construction for statements, parameter lists and the
 * module roots, called from grammar/parser.y's actions; plus the syntax
 * error diagnostics lemon's %syntax_error hands over. */
#include <stdio.h>
#include <string.h>

#include "build.h"
#include "layout.h"
#include "objects/object.h"
#include "tokens.h"

// Checks `target` with ast_set_context; records the error. Returns 0 or -1.
static int set_target(ParseCtx *ctx, AstNode *target, AstCtx c) {
    AstNode *bad = NULL;
    if (c == CTX_STORE && target->kind == AST_STARRED) {
        build_error_at(ctx, target, "starred assignment target must be in a list or tuple");
        return -1;
    }
    const char *msg = ast_set_context(target, c, &bad);
    if (msg) {
        build_error_at(ctx, bad ? bad : target, msg);
        return -1;
    }
    return 0;
}

// A bare `*x` as a whole value: "*a" or "x = *a" (a tuple `*a, *b` is fine).
static int check_value(ParseCtx *ctx, AstNode *value) {
    if (!ctx->failed && value && value->kind == AST_STARRED) {
        build_error_at(ctx, value, "can't use starred expression here");
        return -1;
    }
    return 0;
}

AstNode *build_expr_stmt(ParseCtx *ctx, AstNode *value) {
    if (check_value(ctx, value) < 0) {
        return NULL;
    }
    AstNode *n = build_node_at(ctx, AST_EXPR, value);
    if (n) {
        n->a = value;
    }
    return n;
}

// In an assignment, CPython adds "here. Maybe you meant '==' instead of
// '='?" to the message when the bad target is the whole left-hand side.
static int assign_target(ParseCtx *ctx, AstNode *target, bool only) {
    AstNode *bad = NULL;
    if (target->kind == AST_STARRED) {
        build_error_at(ctx, target, "starred assignment target must be in a list or tuple");
        return -1;
    }
    if (target->kind == AST_YIELD || target->kind == AST_YIELDFROM) {
        build_error_at(ctx, target, "assignment to yield expression not possible");
        return -1;
    }
    const char *msg = ast_set_context(target, CTX_STORE, &bad);
    if (msg == NULL) {
        return 0;
    }
    char buf[160];
    if (strncmp(msg, "cannot assign to ", 17) == 0 && only && bad == target &&
        bad->kind != AST_NAME && !(bad->kind == AST_CONSTANT && bad->op <= CONST_FALSE) &&
        strstr(msg, "here") == NULL && bad->kind != AST_STARRED) {
        snprintf(buf, sizeof buf, "%s here. Maybe you meant '==' instead of '='?", msg);
        msg = buf;
    }
    build_error_at(ctx, bad ? bad : target, msg);
    return -1;
}

AstNode *build_assign(ParseCtx *ctx, AstSeq targets, AstNode *value) {
    if (ctx->failed || check_value(ctx, value) < 0) {
        return NULL;
    }
    for (size_t i = 0; i < targets.len; i++) {
        if (assign_target(ctx, targets.items[i], targets.len == 1) < 0) {
            return NULL;
        }
    }
    AstNode *n = build_node_at(ctx, AST_ASSIGN, targets.items[0]);
    if (n) {
        n->list = targets, n->a = value;
    }
    return n;
}

AstNode *build_augop(ParseCtx *ctx, AstNode *target, Token op, AstNode *value) {
    if (ctx->failed) {
        return NULL;
    }
    if (target->kind != AST_NAME && target->kind != AST_ATTRIBUTE &&
        target->kind != AST_SUBSCRIPT) {
        char msg[120];
        snprintf(msg, sizeof msg, "'%s' is an illegal expression for augmented assignment",
                 ast_expr_description(target));
        return build_error_at(ctx, target, msg);
    }
    if (set_target(ctx, target, CTX_STORE) < 0) {
        return NULL;
    }
    static const struct {
        const char *text;
        int op;
    } ops[] = {{"+=", BINOP_ADD},     {"-=", BINOP_SUB},       {"*=", BINOP_MUL},
               {"/=", BINOP_TRUEDIV}, {"//=", BINOP_FLOORDIV}, {"%=", BINOP_MOD},
               {"@=", BINOP_MATMUL},  {"&=", BINOP_AND},       {"|=", BINOP_OR},
               {"^=", BINOP_XOR},     {"<<=", BINOP_LSHIFT},   {">>=", BINOP_RSHIFT},
               {"**=", BINOP_POW}};
    AstNode *n = build_node_at(ctx, AST_AUGASSIGN, target);
    if (n == NULL) {
        return NULL;
    }
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        if ((int)strlen(ops[i].text) == op.length &&
            memcmp(ops[i].text, op.start, op.length) == 0) {
            n->op = ops[i].op;
        }
    }
    n->a = target, n->b = value;
    return n;
}

AstNode *build_annassign(ParseCtx *ctx, AstNode *target, AstNode *ann, AstNode *value) {
    if (ctx->failed) {
        return NULL;
    }
    const char *what = NULL;
    if (target->kind == AST_TUPLE) {
        what = "only single target (not tuple) can be annotated";
    } else if (target->kind == AST_LIST) {
        what = "only single target (not list) can be annotated";
    } else if (target->kind != AST_NAME && target->kind != AST_ATTRIBUTE &&
               target->kind != AST_SUBSCRIPT) {
        what = "illegal target for annotation";
    }
    if (what) {
        return build_error_at(ctx, target, what);
    }
    if (set_target(ctx, target, CTX_STORE) < 0) {
        return NULL;
    }
    AstNode *n = build_node_at(ctx, AST_ANNASSIGN, target);
    if (n) {
        n->a = target, n->b = ann, n->c = value;
        n->flag = target->kind == AST_NAME && !target->flag;
    }
    return n;
}

// The grammar hands `del` one exprlist; an unparenthesized tuple (its
// position is its first element's) means several targets, as in CPython.
AstNode *build_delete(ParseCtx *ctx, Token t, AstSeq targets) {
    if (ctx->failed) {
        return NULL;
    }
    // `del a, b` deletes two targets; `del (a, b)` one tuple (same effect).
    AstNode *one = targets.items[0];
    if (one->kind == AST_TUPLE && one->line == t.line + ctx->line_base && one->col > t.column &&
        one->list.len > 0 && one->col == one->list.items[0]->col) {
        targets = one->list;
    }
    for (size_t i = 0; i < targets.len; i++) {
        if (set_target(ctx, targets.items[i], CTX_DEL) < 0) {
            return NULL;
        }
    }
    AstNode *n = build_node(ctx, AST_DELETE, t);
    if (n) {
        n->list = targets;
    }
    return n;
}

AstNode *build_simple(ParseCtx *ctx, AstKind kind, Token t, AstNode *a, AstNode *b) {
    AstNode *n = build_node(ctx, kind, t);
    if (n) {
        n->a = a, n->b = b;
    }
    return n;
}

AstNode *build_names_stmt(ParseCtx *ctx, AstKind kind, Token t, AstSeq names) {
    AstNode *n = build_node(ctx, kind, t);
    if (n) {
        n->list = names;
    }
    return n;
}

const char *build_dotted(ParseCtx *ctx, const char *left, Token name) {
    if (ctx->failed) {
        return NULL;
    }
    size_t l = left ? strlen(left) : 0;
    char *s = ast_strdup(ctx->arena, NULL, l + 1 + (size_t)name.length);
    if (s == NULL) {
        return build_nomem(ctx);
    }
    if (left) {
        memcpy(s, left, l);
        s[l++] = '.';
    }
    memcpy(s + l, name.start, (size_t)name.length);
    s[l + (size_t)name.length] = '\0';
    return s;
}

AstNode *build_alias(ParseCtx *ctx, Token t, const char *name, Token *asname) {
    AstNode *n = build_node(ctx, AST_ALIAS, t);
    if (n) {
        n->name = name;
        if (asname && (n->str = ast_strdup(ctx->arena, asname->start, asname->length)) == NULL) {
            return build_nomem(ctx);
        }
    }
    return n;
}

AstNode *build_import(ParseCtx *ctx, Token t, AstSeq names) {
    AstNode *n = build_node(ctx, AST_IMPORT, t);
    if (n) {
        n->list = names;
    }
    return n;
}

AstNode *build_importfrom(ParseCtx *ctx, Token t, int level, const char *module, AstSeq names) {
    AstNode *n = build_node(ctx, AST_IMPORTFROM, t);
    if (n) {
        n->op = level, n->name = module, n->list = names;
    }
    return n;
}

AstNode *build_if(ParseCtx *ctx, Token t, AstNode *test, AstSeq body, AstSeq orelse) {
    AstNode *n = build_node(ctx, AST_IF, t);
    if (n) {
        n->a = test, n->body = body, n->orelse = orelse;
    }
    return n;
}

AstNode *build_while(ParseCtx *ctx, Token t, AstNode *test, AstSeq body, AstSeq orelse) {
    AstNode *n = build_node(ctx, AST_WHILE, t);
    if (n) {
        n->a = test, n->body = body, n->orelse = orelse;
    }
    return n;
}

AstNode *build_for(ParseCtx *ctx, Token t, AstNode *target, AstNode *iter, AstSeq body,
                   AstSeq orelse) {
    if (ctx->failed || set_target(ctx, target, CTX_STORE) < 0 || check_value(ctx, iter) < 0) {
        return NULL;
    }
    AstNode *n = build_node(ctx, AST_FOR, t);
    if (n) {
        n->a = target, n->b = iter, n->body = body, n->orelse = orelse;
    }
    return n;
}

AstNode *build_try(ParseCtx *ctx, Token t, AstSeq body, AstSeq handlers, AstSeq orelse,
                   AstSeq finalbody) {
    if (ctx->failed) {
        return NULL;
    }
    for (size_t i = 0; i + 1 < handlers.len; i++) {
        if (handlers.items[i]->a == NULL) {
            return build_error_at(ctx, handlers.items[i], "default 'except:' must be last");
        }
    }
    AstNode *n = build_node(ctx, AST_TRY, t);
    if (n) {
        n->body = body, n->list = handlers, n->orelse = orelse, n->list2 = finalbody;
    }
    return n;
}

AstNode *build_handler(ParseCtx *ctx, Token t, AstNode *type, Token *name, AstSeq body) {
    AstNode *n = build_node(ctx, AST_EXCEPTHANDLER, t);
    if (n) {
        n->a = type, n->body = body;
        if (name && (n->name = ast_strdup(ctx->arena, name->start, name->length)) == NULL) {
            return build_nomem(ctx);
        }
    }
    return n;
}

AstNode *build_withitem(ParseCtx *ctx, AstNode *expr, AstNode *target) {
    if (ctx->failed || (target && set_target(ctx, target, CTX_STORE) < 0)) {
        return NULL;
    }
    AstNode *n = build_node_at(ctx, AST_WITHITEM, expr);
    if (n) {
        n->a = expr, n->b = target;
    }
    return n;
}

void build_note_withitem(ParseCtx *ctx, Token as) {
    if (ctx->pending_withitems++ == 0) {
        ctx->first_withitem = as;
    }
}

// `with (a as b, c):` arrives as one item whose expression is a tuple (or a
// lone WITHITEM) built by the parenthesized-atom rules; spread it out.
AstNode *build_with(ParseCtx *ctx, Token t, AstSeq items, AstSeq body) {
    if (ctx->failed) {
        return NULL;
    }
    if (items.len == 1 && items.items[0]->b == NULL) {
        AstNode *e = items.items[0]->a;
        if (e->kind == AST_WITHITEM) {
            items.items[0] = e;
            ctx->pending_withitems--;
        } else if (e->kind == AST_TUPLE && e->list.len > 0 && e->col > t.column) {
            AstSeq spread = {0};
            for (size_t i = 0; i < e->list.len; i++) {
                AstNode *x = e->list.items[i];
                if (x->kind == AST_WITHITEM) {
                    ctx->pending_withitems--;
                } else {
                    x = build_withitem(ctx, x, NULL);
                }
                spread = build_push(ctx, spread, x);
            }
            items = spread;
        }
    }
    AstNode *n = build_node(ctx, AST_WITH, t);
    if (n) {
        n->list = items, n->body = body;
    }
    return n;
}

AstNode *build_funcdef(ParseCtx *ctx, Token t, Token name, AstNode *args, AstNode *returns,
                       AstSeq body) {
    AstNode *n = build_node(ctx, AST_FUNCDEF, t);
    if (n) {
        n->a = args, n->b = returns, n->body = body;
        if ((n->name = ast_strdup(ctx->arena, name.start, name.length)) == NULL) {
            return build_nomem(ctx);
        }
    }
    return n;
}

// Class bases follow the rules of call arguments (keywords after
// positionals, `*bases`, `**kw`), so the call builder sorts them.
AstNode *build_classdef(ParseCtx *ctx, Token t, Token name, AstSeq args, AstSeq body) {
    if (ctx->failed) {
        return NULL;
    }
    // Reuse the call checks for the bases and keywords.
    AstNode *call = build_call(ctx, NULL, args);
    AstNode *n = build_node(ctx, AST_CLASSDEF, t);
    if (n && call) {
        n->list = call->list, n->list2 = call->list2, n->body = body;
        if ((n->name = ast_strdup(ctx->arena, name.start, name.length)) == NULL) {
            return build_nomem(ctx);
        }
    }
    return n;
}

AstNode *build_decorated(ParseCtx *ctx, AstSeq decorators, AstNode *def) {
    if (ctx->failed) {
        return NULL;
    }
    if (def->kind == AST_CLASSDEF) {
        def->list3 = decorators;
    } else {
        def->list = decorators;
    }
    return def;
}

AstNode *build_async(ParseCtx *ctx, Token t, AstNode *stmt) {
    if (ctx->failed) {
        return NULL;
    }
    stmt->flag = true;
    stmt->line = t.line + ctx->line_base;
    stmt->col = t.column;
    return stmt;
}

void build_module(ParseCtx *ctx, AstKind kind, AstSeq body, AstNode *expr) {
    if (ctx->failed) {
        return;
    }
    Token t = {0};
    t.line = 1;
    AstNode *n = build_node(ctx, kind, t);
    if (n) {
        n->body = body, n->a = expr;
        ctx->result = n;
    }
}
