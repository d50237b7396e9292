/* compile_call.c: calls to bytecode. Plain calls push NULL and the callable,
 * method calls use LOAD_METHOD, keywords go through CALL_KW with a constant
 * tuple of names, and any `*x` / `**m` builds an argument tuple and a
 * keyword dict for CALL_EX. Class statements reuse the same path. */
#include "compile_int.h"

#include <string.h>

#include "../objects/str.h"
#include "../objects/tuple.h"

static int check_keywords(Compiler *c, const AstSeq *keywords) {
    for (size_t i = 0; i < keywords->len; i++) {
        const AstNode *k = keywords->items[i];
        if (k->name == NULL) {
            continue;
        }
        for (size_t j = i + 1; j < keywords->len; j++) {
            const AstNode *k2 = keywords->items[j];
            if (k2->name != NULL && strcmp(k->name, k2->name) == 0) {
                return comp_error(c, k2, "keyword argument repeated: %s", k->name);
            }
        }
    }
    return 0;
}

static bool call_has_star(const AstSeq *args, const AstSeq *keywords) {
    if (comp_has_starred(args)) {
        return true;
    }
    for (size_t i = 0; i < keywords->len; i++) {
        if (keywords->items[i]->name == NULL) {
            return true;
        }
    }
    return false;
}

// f(*a, **k): [NULL f] + a tuple of the positional values + a dict of the
// keywords, then CALL_EX.
// A lone `*x` goes to CALL_EX as it is (CPython does the same), so that a
// non-iterable is reported as "f() argument after * must be an iterable";
// LIST_EXTEND's "Value after * ..." is CPython's text for the other cases.
static int call_ex(Compiler *c, int npushed, const AstSeq *args, const AstSeq *keywords) {
    if (npushed == 0 && args->len == 1 && args->items[0]->kind == AST_STARRED) {
        if (comp_expr(c, args->items[0]->a) < 0) {
            return -1;
        }
    } else {
        if (comp_emit(c, OP_BUILD_LIST, (uint32_t)npushed) < 0) {
            return -1;
        }
        for (size_t i = 0; i < args->len; i++) {
            const AstNode *a = args->items[i];
            bool star = a->kind == AST_STARRED;
            if (comp_expr(c, star ? a->a : a) < 0 ||
                comp_emit(c, star ? OP_LIST_EXTEND : OP_LIST_APPEND, 1) < 0) {
                return -1;
            }
        }
        if (comp_emit(c, OP_LIST_TO_TUPLE, 0) < 0) {
            return -1;
        }
    }
    if (keywords->len == 0) {
        return comp_emit(c, OP_CALL_EX, 0);
    }
    if (comp_emit(c, OP_BUILD_MAP, 0) < 0) {
        return -1;
    }
    for (size_t i = 0; i < keywords->len; i++) {
        const AstNode *k = keywords->items[i];
        if (k->name != NULL) {
            // One pair at a time, so that DICT_MERGE reports a keyword
            // repeated through `**` in source order.
            if (comp_load_const_steal(c, comp_str(c, k->name, strlen(k->name))) < 0 ||
                comp_expr(c, k->a) < 0 || comp_emit(c, OP_BUILD_MAP, 1) < 0) {
                return -1;
            }
        } else if (comp_expr(c, k->a) < 0) {
            return -1;
        }
        if (comp_emit(c, OP_DICT_MERGE, 1) < 0) {
            return -1;
        }
    }
    return comp_emit(c, OP_CALL_EX, 1);
}

int comp_call_args(Compiler *c, const AstNode *at, int npushed, const AstSeq *args,
                   const AstSeq *keywords) {
    OURO_UNUSED(at);
    if (check_keywords(c, keywords) < 0) {
        return -1;
    }
    if (call_has_star(args, keywords)) {
        return call_ex(c, npushed, args, keywords);
    }
    for (size_t i = 0; i < args->len; i++) {
        if (comp_expr(c, args->items[i]) < 0) {
            return -1;
        }
    }
    uint32_t n = (uint32_t)npushed + (uint32_t)args->len + (uint32_t)keywords->len;
    if (keywords->len == 0) {
        return comp_emit(c, OP_CALL, n);
    }
    Obj *names = tuple_new(c->vm, keywords->len);
    if (names == NULL) {
        return -1;
    }
    for (size_t i = 0; i < keywords->len; i++) {
        const AstNode *k = keywords->items[i];
        Obj *s = comp_str(c, k->name, strlen(k->name));
        if (s == NULL) {
            obj_decref(names);
            return -1;
        }
        tuple_set_steal(names, i, s);
    }
    for (size_t i = 0; i < keywords->len; i++) {
        if (comp_expr(c, keywords->items[i]->a) < 0) {
            obj_decref(names);
            return -1;
        }
    }
    if (comp_load_const_steal(c, names) < 0) {
        return -1;
    }
    return comp_emit(c, OP_CALL_KW, n);
}

int comp_call(Compiler *c, const AstNode *e) {
    const AstNode *f = e->a;
    if (f->kind == AST_ATTRIBUTE && !call_has_star(&e->list, &e->list2)) {
        if (comp_expr(c, f->a) < 0) {
            return -1;
        }
        SpanSave saved = comp_set_span(c, f);
        c->u->line = f->end_line > 0 ? f->end_line : f->line;
        int rc = comp_emit_attr(c, OP_LOAD_METHOD, f->name);
        comp_restore_span(c, saved);
        if (rc < 0) {
            return -1;
        }
    } else if (comp_emit(c, OP_PUSH_NULL, 0) < 0 || comp_expr(c, f) < 0) {
        return -1;
    }
    return comp_call_args(c, e, 0, &e->list, &e->list2);
}
