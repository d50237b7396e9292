/* match.c: AST construction for match statements (PEP 634): the statement,
 * its cases, and the pattern nodes, with the checks CPython 3.11 makes
 * while parsing patterns (wildcards, keyword order, mapping rest). */
#include <stdio.h>
#include <string.h>

#include "build.h"

AstNode *build_match(ParseCtx *ctx, Token t, AstNode *subject, AstSeq cases) {
    if (ctx->failed) {
        return NULL;
    }
    if (subject->kind == AST_STARRED) {
        return build_error_at(ctx, subject, "can't use starred expression here");
    }
    AstNode *n = build_node(ctx, AST_MATCH, t);
    if (n) {
        n->a = subject, n->list = cases;
    }
    return n;
}

AstNode *build_case(ParseCtx *ctx, Token t, AstNode *pattern, AstNode *guard, AstSeq body) {
    AstNode *n = build_node(ctx, AST_MATCH_CASE, t);
    if (n) {
        n->a = pattern, n->b = guard, n->body = body;
    }
    return n;
}

AstNode *build_pat_group(ParseCtx *ctx, AstNode *pattern) {
    if (ctx->failed) {
        return NULL;
    }
    if (pattern->kind == AST_MATCH_STAR) {
        return build_error_at(ctx, pattern, "can't use starred expression here");
    }
    return pattern;
}

AstNode *build_pat_seq(ParseCtx *ctx, AstNode *first, AstSeq patterns) {
    if (ctx->failed) {
        return NULL;
    }
    int stars = 0;
    for (size_t i = 0; i < patterns.len; i++) {
        if (patterns.items[i]->kind == AST_MATCH_STAR && ++stars > 1) {
            return build_error_at(ctx, patterns.items[i],
                                  "multiple starred names in sequence pattern");
        }
    }
    AstNode *n = first ? build_node_at(ctx, AST_MATCH_SEQUENCE, first)
                       : build_node(ctx, AST_MATCH_SEQUENCE, ctx->cur_tok);
    if (n) {
        n->list = patterns;
    }
    return n;
}

// `_` is the wildcard: a name of NULL.
static const char *capture_name(ParseCtx *ctx, Token name) {
    if (name.length == 1 && name.start[0] == '_') {
        return NULL;
    }
    const char *s = ast_strdup(ctx->arena, name.start, (size_t)name.length);
    if (s == NULL) {
        build_nomem(ctx);
    }
    return s;
}

AstNode *build_pat_star(ParseCtx *ctx, Token star, Token name) {
    AstNode *n = build_node(ctx, AST_MATCH_STAR, star);
    if (n) {
        n->name = capture_name(ctx, name);
    }
    return ctx->failed ? NULL : n;
}

AstNode *build_pat_as(ParseCtx *ctx, AstNode *pattern, Token name) {
    if (ctx->failed) {
        return NULL;
    }
    if (name.length == 1 && name.start[0] == '_') {
        return build_error(ctx, PERR_SYNTAX, name.line + ctx->line_base, name.column + 1,
                           "cannot use '_' as a target");
    }
    AstNode *n = build_node_at(ctx, AST_MATCH_AS, pattern);
    if (n) {
        n->a = pattern;
        n->name = capture_name(ctx, name);
    }
    return ctx->failed ? NULL : n;
}

AstNode *build_pat_or(ParseCtx *ctx, AstSeq patterns) {
    AstNode *n = build_node_at(ctx, AST_MATCH_OR, patterns.len ? patterns.items[0] : NULL);
    if (n) {
        n->list = patterns;
    }
    return n;
}

AstNode *build_pat_literal(ParseCtx *ctx, AstNode *expr) {
    if (ctx->failed) {
        return NULL;
    }
    bool singleton = expr->kind == AST_CONSTANT && expr->op <= CONST_FALSE;
    AstNode *n = build_node_at(ctx, singleton ? AST_MATCH_SINGLETON : AST_MATCH_VALUE, expr);
    if (n == NULL) {
        return NULL;
    }
    if (singleton) {
        n->op = expr->op;
    } else {
        if (expr->kind == AST_JOINEDSTR) {
            return build_error_at(ctx, expr,
                                  "patterns may only match literals and attribute lookups");
        }
        n->a = expr;
    }
    return n;
}

AstNode *build_pat_capture(ParseCtx *ctx, Token name) {
    AstNode *n = build_node(ctx, AST_MATCH_AS, name);
    if (n) {
        n->name = capture_name(ctx, name);
    }
    return ctx->failed ? NULL : n;
}

AstNode *build_pat_value(ParseCtx *ctx, AstNode *attr) {
    AstNode *n = build_node_at(ctx, AST_MATCH_VALUE, attr);
    if (n) {
        n->a = attr;
    }
    return n;
}

AstNode *build_pat_mapping(ParseCtx *ctx, Token t, AstSeq pairs) {
    AstNode *n = build_node(ctx, AST_MATCH_MAPPING, t);
    for (size_t i = 0; n && i + 1 < pairs.len; i += 2) {
        AstNode *key = pairs.items[i], *pat = pairs.items[i + 1];
        if (n->name) {
            return build_error_at(ctx, key ? key : pat, "invalid syntax");
        }
        if (key == NULL) {
            if (pat->name == NULL) {
                return build_error_at(ctx, pat, "invalid syntax");
            }
            n->name = pat->name;
            continue;
        }
        n->list = build_push(ctx, n->list, key);
        n->list2 = build_push(ctx, n->list2, pat);
    }
    return n;
}

AstNode *build_pat_class(ParseCtx *ctx, AstNode *cls, AstSeq args) {
    AstNode *n = build_node_at(ctx, AST_MATCH_CLASS, cls);
    if (n == NULL) {
        return NULL;
    }
    n->a = cls;
    for (size_t i = 0; i < args.len; i++) {
        AstNode *arg = args.items[i];
        if (arg->kind == AST_KEYWORD) {
            AstNode *kw = build_node_at(ctx, AST_NAME, arg);
            if (kw == NULL) {
                return NULL;
            }
            kw->name = arg->name;
            n->list3 = build_push(ctx, n->list3, kw);
            n->list2 = build_push(ctx, n->list2, arg->a);
        } else if (n->list2.len > 0) {
            return build_error_at(ctx, arg, "positional patterns follow keyword patterns");
        } else {
            n->list = build_push(ctx, n->list, arg);
        }
    }
    return n;
}
