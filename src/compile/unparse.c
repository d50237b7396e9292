/* unparse.c: an expression AST back to source text, for PEP 563 (`from
 * __future__ import annotations`), where each annotation is stored as the
 * string CPython 3.11's C unparser (Python/ast_unparse.c) makes of it:
 * canonical spacing, constants by their repr, and parentheses only where
 * the precedence of the context asks for them. */
#include "compile_int.h"

#include <string.h>

#include "../objects/exc.h"
#include "../objects/str.h"

// Precedence levels, loosest first, as in CPython's unparser: an
// expression is parenthesized when the context asks for a tighter level
// than its own.
enum {
    PR_TUPLE,
    PR_TEST,
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_EXPR, // also `|`
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR,
    PR_POWER,
    PR_AWAIT,
    PR_ATOM,
};

// Returned (with no exception) for an expression this unparser does not
// cover (yield, await, :=).
enum { UNSUPPORTED = -2 };

static int expr(Compiler *c, StrBuf *b, const AstNode *e, int level);

static int open_if(StrBuf *b, bool cond) {
    return cond ? strbuf_append_char(b, '(') : 0;
}

static int close_if(StrBuf *b, bool cond) {
    return cond ? strbuf_append_char(b, ')') : 0;
}

// `items` joined by ", ", each at `level`.
static int seq(Compiler *c, StrBuf *b, const AstSeq *items, int level) {
    for (size_t i = 0; i < items->len; i++) {
        int rc = i > 0 ? strbuf_append_cstr(b, ", ") : 0;
        rc = rc < 0 ? rc : expr(c, b, items->items[i], level);
        if (rc < 0) {
            return rc;
        }
    }
    return 0;
}

static int constant(Compiler *c, StrBuf *b, const AstNode *e) {
    if (e->op == CONST_ELLIPSIS) {
        return strbuf_append_cstr(b, "...");
    }
    Obj *v = comp_constant_value(c, e);
    Obj *r = v != NULL ? obj_repr(c->vm, v) : NULL;
    obj_xdecref(v);
    if (r == NULL) {
        return -1;
    }
    // An infinite literal (1e999) is written so that it reads back as one.
    int rc =
        strcmp(str_cstr(r), "inf") == 0 ? strbuf_append_cstr(b, "1e309") : strbuf_append_str(b, r);
    obj_decref(r);
    return rc;
}

static int binop(Compiler *c, StrBuf *b, const AstNode *e, int level) {
    static const int prec[BINOP_COUNT] = {
        [BINOP_ADD] = PR_ARITH,    [BINOP_SUB] = PR_ARITH,     [BINOP_MUL] = PR_TERM,
        [BINOP_TRUEDIV] = PR_TERM, [BINOP_FLOORDIV] = PR_TERM, [BINOP_MOD] = PR_TERM,
        [BINOP_POW] = PR_POWER,    [BINOP_LSHIFT] = PR_SHIFT,  [BINOP_RSHIFT] = PR_SHIFT,
        [BINOP_AND] = PR_BAND,     [BINOP_OR] = PR_EXPR,       [BINOP_XOR] = PR_BXOR,
        [BINOP_MATMUL] = PR_TERM,
    };
    int pr = prec[e->op];
    int rassoc = e->op == BINOP_POW; // 2 ** 3 ** 4 groups to the right
    int rc = open_if(b, level > pr);
    rc = rc < 0 ? rc : expr(c, b, e->a, pr + rassoc);
    rc = rc < 0 ? rc : strbuf_append_char(b, ' ');
    rc = rc < 0 ? rc : strbuf_append_cstr(b, obj_binop_symbol(e->op));
    rc = rc < 0 ? rc : strbuf_append_char(b, ' ');
    rc = rc < 0 ? rc : expr(c, b, e->b, pr + !rassoc);
    return rc < 0 ? rc : close_if(b, level > pr);
}

static int unaryop(Compiler *c, StrBuf *b, const AstNode *e, int level) {
    static const char *const ops[] = {
        [UNARY_NOT] = "not ", [UNARY_NEG] = "-", [UNARY_POS] = "+", [UNARY_INVERT] = "~"};
    int pr = e->op == UNARY_NOT ? PR_NOT : PR_FACTOR;
    int rc = open_if(b, level > pr);
    rc = rc < 0 ? rc : strbuf_append_cstr(b, ops[e->op]);
    rc = rc < 0 ? rc : expr(c, b, e->a, pr);
    return rc < 0 ? rc : close_if(b, level > pr);
}

static int boolop(Compiler *c, StrBuf *b, const AstNode *e, int level) {
    int pr = e->op == BOOL_AND ? PR_AND : PR_OR;
    int rc = open_if(b, level > pr);
    for (size_t i = 0; rc == 0 && i < e->list.len; i++) {
        rc = i > 0 ? strbuf_append_cstr(b, e->op == BOOL_AND ? " and " : " or ") : 0;
        rc = rc < 0 ? rc : expr(c, b, e->list.items[i], pr + 1);
    }
    return rc < 0 ? rc : close_if(b, level > pr);
}

static int compare(Compiler *c, StrBuf *b, const AstNode *e, int level) {
    static const char *const ops[] = {
        [CMPX_LT] = " < ",         [CMPX_LE] = " <= ",         [CMPX_EQ] = " == ",
        [CMPX_NE] = " != ",        [CMPX_GT] = " > ",          [CMPX_GE] = " >= ",
        [CMPX_IS] = " is ",        [CMPX_IS_NOT] = " is not ", [CMPX_IN] = " in ",
        [CMPX_NOT_IN] = " not in "};
    int rc = open_if(b, level > PR_CMP);
    rc = rc < 0 ? rc : expr(c, b, e->a, PR_CMP + 1);
    for (size_t i = 0; rc == 0 && i < e->list.len; i++) {
        rc = strbuf_append_cstr(b, ops[e->ops[i]]);
        rc = rc < 0 ? rc : expr(c, b, e->list.items[i], PR_CMP + 1);
    }
    return rc < 0 ? rc : close_if(b, level > PR_CMP);
}

// One parameter of a lambda, with its default when it has one.
static int lambda_param(Compiler *c, StrBuf *b, const char *prefix, const AstNode *arg,
                        const AstNode *dflt, bool *first) {
    int rc = *first ? 0 : strbuf_append_cstr(b, ", ");
    *first = false;
    rc = rc < 0 ? rc : strbuf_append_cstr(b, prefix);
    rc = rc < 0 || arg == NULL ? rc : strbuf_append_cstr(b, arg->name);
    if (rc == 0 && dflt != NULL) {
        rc = strbuf_append_char(b, '=');
        rc = rc < 0 ? rc : expr(c, b, dflt, PR_TEST);
    }
    return rc;
}

static int lambda(Compiler *c, StrBuf *b, const AstNode *e, int level) {
    const AstNode *args = e->a;
    size_t npos = args->list.len + args->list2.len, ndef = args->list5.len;
    bool first = true;
    int rc = open_if(b, level > PR_TEST);
    rc = rc < 0 ? rc : strbuf_append_cstr(b, "lambda");
    bool any = npos > 0 || args->b != NULL || args->list3.len > 0 || args->c != NULL;
    rc = rc < 0 || !any ? rc : strbuf_append_char(b, ' ');
    for (size_t i = 0; rc == 0 && i < npos; i++) {
        bool posonly = i < args->list.len;
        const AstNode *arg = posonly ? args->list.items[i] : args->list2.items[i - args->list.len];
        const AstNode *d = i + ndef >= npos ? args->list5.items[i + ndef - npos] : NULL;
        rc = lambda_param(c, b, "", arg, d, &first);
        if (rc == 0 && posonly && i + 1 == args->list.len) {
            rc = strbuf_append_cstr(b, ", /");
        }
    }
    if (rc == 0 && (args->b != NULL || args->list3.len > 0)) {
        rc = lambda_param(c, b, "*", args->b, NULL, &first);
    }
    for (size_t i = 0; rc == 0 && i < args->list3.len; i++) {
        rc = lambda_param(c, b, "", args->list3.items[i], args->list4.items[i], &first);
    }
    if (rc == 0 && args->c != NULL) {
        rc = lambda_param(c, b, "**", args->c, NULL, &first);
    }
    rc = rc < 0 ? rc : strbuf_append_cstr(b, ": ");
    rc = rc < 0 ? rc : expr(c, b, e->b, PR_TEST);
    return rc < 0 ? rc : close_if(b, level > PR_TEST);
}

static int ifexp(Compiler *c, StrBuf *b, const AstNode *e, int level) {
    int rc = open_if(b, level > PR_TEST);
    rc = rc < 0 ? rc : expr(c, b, e->b, PR_TEST + 1);
    rc = rc < 0 ? rc : strbuf_append_cstr(b, " if ");
    rc = rc < 0 ? rc : expr(c, b, e->a, PR_TEST + 1);
    rc = rc < 0 ? rc : strbuf_append_cstr(b, " else ");
    rc = rc < 0 ? rc : expr(c, b, e->c, PR_TEST);
    return rc < 0 ? rc : close_if(b, level > PR_TEST);
}

static int tuple(Compiler *c, StrBuf *b, const AstNode *e, int level) {
    if (e->list.len == 0) {
        return strbuf_append_cstr(b, "()");
    }
    int rc = open_if(b, level > PR_TUPLE);
    rc = rc < 0 ? rc : seq(c, b, &e->list, PR_TEST);
    rc = rc < 0 || e->list.len != 1 ? rc : strbuf_append_char(b, ',');
    return rc < 0 ? rc : close_if(b, level > PR_TUPLE);
}

static int dict(Compiler *c, StrBuf *b, const AstNode *e) {
    int rc = strbuf_append_char(b, '{');
    for (size_t i = 0; rc == 0 && i < e->list.len; i++) {
        rc = i > 0 ? strbuf_append_cstr(b, ", ") : 0;
        const AstNode *k = e->list.items[i];
        if (rc == 0 && k != NULL) {
            rc = expr(c, b, k, PR_TEST);
            rc = rc < 0 ? rc : strbuf_append_cstr(b, ": ");
            rc = rc < 0 ? rc : expr(c, b, e->list2.items[i], PR_TEST);
        } else if (rc == 0) {
            rc = strbuf_append_cstr(b, "**");
            rc = rc < 0 ? rc : expr(c, b, e->list2.items[i], PR_EXPR);
        }
    }
    return rc < 0 ? rc : strbuf_append_char(b, '}');
}

static int call(Compiler *c, StrBuf *b, const AstNode *e) {
    int rc = expr(c, b, e->a, PR_ATOM);
    if (rc == 0 && e->list.len == 1 && e->list2.len == 0 && e->list.items[0]->kind == AST_GENEXP) {
        return expr(c, b, e->list.items[0], PR_TEST); // f(x for x in y): its own parentheses
    }
    rc = rc < 0 ? rc : strbuf_append_char(b, '(');
    rc = rc < 0 ? rc : seq(c, b, &e->list, PR_TEST);
    for (size_t i = 0; rc == 0 && i < e->list2.len; i++) {
        const AstNode *kw = e->list2.items[i];
        rc = i > 0 || e->list.len > 0 ? strbuf_append_cstr(b, ", ") : 0;
        if (rc == 0) {
            rc = kw->name != NULL ? strbuf_append_cstr(b, kw->name) : strbuf_append_cstr(b, "**");
        }
        rc = rc < 0 || kw->name == NULL ? rc : strbuf_append_char(b, '=');
        rc = rc < 0 ? rc : expr(c, b, kw->a, PR_TEST);
    }
    return rc < 0 ? rc : strbuf_append_char(b, ')');
}

static int slice(Compiler *c, StrBuf *b, const AstNode *e) {
    int rc = e->a != NULL ? expr(c, b, e->a, PR_TEST) : 0;
    rc = rc < 0 ? rc : strbuf_append_char(b, ':');
    rc = rc < 0 || e->b == NULL ? rc : expr(c, b, e->b, PR_TEST);
    if (rc == 0 && e->c != NULL) {
        rc = strbuf_append_char(b, ':');
        rc = rc < 0 ? rc : expr(c, b, e->c, PR_TEST);
    }
    return rc;
}

// The `for ... in ... if ...` clauses of a comprehension.
static int generators(Compiler *c, StrBuf *b, const AstSeq *gens) {
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < gens->len; i++) {
        const AstNode *g = gens->items[i];
        rc = strbuf_append_cstr(b, g->flag ? " async for " : " for ");
        rc = rc < 0 ? rc : expr(c, b, g->a, PR_TUPLE);
        rc = rc < 0 ? rc : strbuf_append_cstr(b, " in ");
        rc = rc < 0 ? rc : expr(c, b, g->b, PR_TEST + 1);
        for (size_t j = 0; rc == 0 && j < g->list.len; j++) {
            rc = strbuf_append_cstr(b, " if ");
            rc = rc < 0 ? rc : expr(c, b, g->list.items[j], PR_TEST + 1);
        }
    }
    return rc;
}

static int comprehension(Compiler *c, StrBuf *b, const AstNode *e, const char *brackets) {
    int rc = strbuf_append_char(b, brackets[0]);
    rc = rc < 0 ? rc : expr(c, b, e->a, PR_TEST);
    if (rc == 0 && e->kind == AST_DICTCOMP) {
        rc = strbuf_append_cstr(b, ": ");
        rc = rc < 0 ? rc : expr(c, b, e->b, PR_TEST);
    }
    rc = rc < 0 ? rc : generators(c, b, &e->list);
    return rc < 0 ? rc : strbuf_append_char(b, brackets[1]);
}

static int fstring_body(Compiler *c, StrBuf *b, const AstNode *joined);

// `{value!r:spec}` inside an f-string body. A value that starts with `{`
// (a dict or set) gets a space, so it does not read as an escaped brace.
static int formatted_value(Compiler *c, StrBuf *b, const AstNode *e) {
    StrBuf v;
    strbuf_init(&v);
    int rc = expr(c, &v, e->a, PR_TEST + 1);
    if (rc < 0) {
        strbuf_free(&v);
        return rc;
    }
    rc = strbuf_append_cstr(b, v.size > 0 && v.data[0] == '{' ? "{ " : "{");
    rc = rc < 0 ? rc : strbuf_append(b, v.data, v.size);
    strbuf_free(&v);
    if (rc == 0 && e->op > 0) {
        char conv[3] = {'!', (char)e->op, '\0'};
        rc = strbuf_append_cstr(b, conv);
    }
    if (rc == 0 && e->b != NULL) {
        rc = strbuf_append_char(b, ':');
        rc = rc < 0 ? rc : fstring_body(c, b, e->b);
    }
    return rc < 0 ? rc : strbuf_append_char(b, '}');
}

// The text between the quotes of an f-string, braces of its literal parts
// doubled; the caller quotes it (with repr) or, for a format spec, not.
static int fstring_body(Compiler *c, StrBuf *b, const AstNode *joined) {
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < joined->list.len; i++) {
        const AstNode *part = joined->list.items[i];
        if (part->kind == AST_FORMATTEDVALUE) {
            rc = formatted_value(c, b, part);
            continue;
        }
        for (size_t k = 0; rc == 0 && k < part->str_len; k++) {
            char ch = part->str[k];
            rc = strbuf_append_char(b, ch);
            if (rc == 0 && (ch == '{' || ch == '}')) {
                rc = strbuf_append_char(b, ch);
            }
        }
    }
    return rc;
}

// f'...': the body, quoted as repr() quotes a str, after an `f`.
static int fstring(Compiler *c, StrBuf *b, const AstNode *e) {
    StrBuf body;
    strbuf_init(&body);
    int rc = fstring_body(c, &body, e);
    if (rc < 0) {
        strbuf_free(&body);
        return rc;
    }
    Obj *s = strbuf_finish(c->vm, &body);
    Obj *r = s != NULL ? obj_repr(c->vm, s) : NULL;
    obj_xdecref(s);
    if (r == NULL) {
        return -1;
    }
    rc = strbuf_append_char(b, 'f');
    rc = rc < 0 ? rc : strbuf_append_str(b, r);
    obj_decref(r);
    return rc;
}

static int expr_inner(Compiler *c, StrBuf *b, const AstNode *e, int level) {
    int rc;
    switch (e->kind) {
        case AST_NAME:
            return strbuf_append_cstr(b, e->name);
        case AST_CONSTANT:
            return constant(c, b, e);
        case AST_ATTRIBUTE: {
            // `1 .real`: a space keeps the dot out of the int literal.
            bool is_int = e->a->kind == AST_CONSTANT && e->a->op == CONST_INT;
            rc = expr(c, b, e->a, PR_ATOM);
            rc = rc < 0 ? rc : strbuf_append_cstr(b, is_int ? " ." : ".");
            return rc < 0 ? rc : strbuf_append_cstr(b, e->name);
        }
        case AST_SUBSCRIPT:
            rc = expr(c, b, e->a, PR_ATOM);
            rc = rc < 0 ? rc : strbuf_append_char(b, '[');
            rc = rc < 0 ? rc : expr(c, b, e->b, PR_TUPLE);
            return rc < 0 ? rc : strbuf_append_char(b, ']');
        case AST_STARRED:
            rc = strbuf_append_char(b, '*');
            return rc < 0 ? rc : expr(c, b, e->a, PR_EXPR);
        case AST_BINOP:
            return binop(c, b, e, level);
        case AST_UNARYOP:
            return unaryop(c, b, e, level);
        case AST_BOOLOP:
            return boolop(c, b, e, level);
        case AST_COMPARE:
            return compare(c, b, e, level);
        case AST_LAMBDA:
            return lambda(c, b, e, level);
        case AST_IFEXP:
            return ifexp(c, b, e, level);
        case AST_TUPLE:
            return tuple(c, b, e, level);
        case AST_LIST:
        case AST_SET:
            rc = strbuf_append_char(b, e->kind == AST_LIST ? '[' : '{');
            rc = rc < 0 ? rc : seq(c, b, &e->list, PR_TEST);
            return rc < 0 ? rc : strbuf_append_char(b, e->kind == AST_LIST ? ']' : '}');
        case AST_DICT:
            return dict(c, b, e);
        case AST_CALL:
            return call(c, b, e);
        case AST_SLICE:
            return slice(c, b, e);
        case AST_LISTCOMP:
            return comprehension(c, b, e, "[]");
        case AST_SETCOMP:
        case AST_DICTCOMP:
            return comprehension(c, b, e, "{}");
        case AST_GENEXP:
            return comprehension(c, b, e, "()");
        case AST_JOINEDSTR:
            return fstring(c, b, e);
        default:
            return UNSUPPORTED;
    }
}

static int expr(Compiler *c, StrBuf *b, const AstNode *e, int level) {
    if (comp_enter(c) < 0) {
        return -1;
    }
    int rc = expr_inner(c, b, e, level);
    comp_leave(c);
    return rc;
}

int comp_unparse_annotation(Compiler *c, const AstNode *e) {
    StrBuf b;
    strbuf_init(&b);
    int rc = expr(c, &b, e, PR_TEST);
    if (rc < 0) {
        strbuf_free(&b);
        return rc == UNSUPPORTED ? comp_expr(c, e) : -1;
    }
    Obj *s = strbuf_finish(c->vm, &b);
    return s == NULL ? -1 : comp_load_const_steal(c, s);
}
