/* params.c: parameter lists of def and lambda. The grammar collects a flat
 * list of items (name, name=default, /, *, *name, **name) so that it stays
 * conflict-free; this file checks their order as CPython 3.11 does and
 * builds the ARGUMENTS node. */
#include <stdio.h>
#include <string.h>

#include "build.h"

AstNode *build_param(ParseCtx *ctx, Token t, int what, Token name, AstNode *ann, AstNode *dflt) {
    AstNode *n = build_node(ctx, AST_ARG, t);
    if (n == NULL) {
        return NULL;
    }
    n->op = what;
    n->a = ann;
    n->b = dflt;
    if (what != PARAM_SLASH && what != PARAM_STAR) {
        if ((n->name = ast_strdup(ctx->arena, name.start, (size_t)name.length)) == NULL) {
            return build_nomem(ctx);
        }
    }
    return n;
}

// Checks for a repeated name. Returns 0 or -1 (error recorded).
static int check_duplicate(ParseCtx *ctx, AstSeq params, size_t upto) {
    AstNode *p = params.items[upto];
    if (p->name == NULL) {
        return 0;
    }
    for (size_t i = 0; i < upto; i++) {
        if (params.items[i]->name && strcmp(params.items[i]->name, p->name) == 0) {
            char msg[160];
            snprintf(msg, sizeof msg, "duplicate argument '%s' in function definition", p->name);
            build_error_at(ctx, p, msg);
            return -1;
        }
    }
    return 0;
}

AstNode *build_arguments(ParseCtx *ctx, AstSeq params) {
    if (ctx->failed) {
        return NULL;
    }
    AstNode *n = build_node(ctx, AST_ARGUMENTS, (Token){0});
    if (n == NULL) {
        return NULL;
    }
    // Phases: 0 positional, 1 after * or *args (keyword-only), 2 after **.
    int phase = 0;
    bool seen_default = false, seen_slash = false, bare_star = false;
    for (size_t i = 0; i < params.len && !ctx->failed; i++) {
        AstNode *p = params.items[i];
        if (check_duplicate(ctx, params, i) < 0) {
            return NULL;
        }
        if (phase == 2) {
            return build_error_at(ctx, p, "arguments cannot follow var-keyword argument");
        }
        switch (p->op) {
            case PARAM_SLASH:
                if (seen_slash) {
                    return build_error_at(ctx, p, "/ may appear only once");
                }
                if (phase > 0) {
                    return build_error_at(ctx, p, "/ must be ahead of *");
                }
                if (n->list2.len == 0) {
                    return build_error_at(ctx, p, "at least one argument must precede /");
                }
                seen_slash = true;
                n->list = n->list2;
                n->list2 = (AstSeq){0};
                break;
            case PARAM_STAR:
            case PARAM_STARARG:
                if (phase > 0) {
                    return build_error_at(ctx, p, "* argument may appear only once");
                }
                phase = 1;
                if (p->op == PARAM_STAR) {
                    bare_star = true;
                    if (i + 1 == params.len || params.items[i + 1]->op == PARAM_KWARG) {
                        return build_error_at(ctx, p, "named arguments must follow bare *");
                    }
                } else {
                    n->b = p;
                }
                break;
            case PARAM_KWARG:
                phase = 2;
                n->c = p;
                break;
            default:
                if (phase == 1) {
                    n->list3 = build_push(ctx, n->list3, p);
                    n->list4 = build_push(ctx, n->list4, p->b);
                    break;
                }
                if (p->op == PARAM_DEFAULT) {
                    seen_default = true;
                    n->list5 = build_push(ctx, n->list5, p->b);
                } else if (seen_default) {
                    return build_error_at(ctx, p, "non-default argument follows default argument");
                }
                n->list2 = build_push(ctx, n->list2, p);
                break;
        }
        p->b = NULL;
    }
    (void)bare_star;
    return n;
}
