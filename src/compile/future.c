/* future.c: `from __future__ import ...` statements. They must lead the
 * module (after its docstring) and name known features; all of them are
 * always on in Python 3.11 except `annotations` (PEP 563), which makes the
 * compiler keep annotations as strings (see unparse.c). */
#include "compile_int.h"
#include "future.h"

#include <string.h>

// The features CPython 3.11's __future__ knows; only `annotations` changes
// what the compiler does.
static const char *const known_features[] = {
    "nested_scopes",  "generators",       "division",       "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations",
};

static bool is_future_import(const AstNode *s) {
    return s->kind == AST_IMPORTFROM && s->op == 0 && s->name != NULL &&
           strcmp(s->name, "__future__") == 0;
}

// Checks the features of one leading future import.
static int check_features(Compiler *c, const AstNode *s) {
    for (size_t i = 0; i < s->list.len; i++) {
        const char *name = s->list.items[i]->name;
        if (strcmp(name, "braces") == 0) {
            return comp_error(c, s, "not a chance");
        }
        bool known = false;
        for (size_t k = 0; k < sizeof known_features / sizeof known_features[0]; k++) {
            known = known || strcmp(name, known_features[k]) == 0;
        }
        if (!known) {
            return comp_error(c, s, "future feature %s is not defined", name);
        }
        if (strcmp(name, "annotations") == 0) {
            c->future_annotations = true;
        }
    }
    return 0;
}

// Index of the first statement of module `tree` after its docstring.
static size_t first_statement(const AstNode *tree) {
    const AstSeq *body = &tree->body;
    bool has_doc = tree->kind == AST_MODULE && body->len > 0 && body->items[0]->kind == AST_EXPR &&
                   body->items[0]->a->kind == AST_CONSTANT && body->items[0]->a->op == CONST_STR;
    return has_doc ? 1 : 0;
}

bool comp_future_annotations(const AstNode *tree) {
    if (tree->kind != AST_MODULE && tree->kind != AST_INTERACTIVE) {
        return false;
    }
    const AstSeq *body = &tree->body;
    for (size_t i = first_statement(tree); i < body->len && is_future_import(body->items[i]); i++) {
        const AstNode *s = body->items[i];
        for (size_t k = 0; k < s->list.len; k++) {
            if (strcmp(s->list.items[k]->name, "annotations") == 0) {
                return true;
            }
        }
    }
    return false;
}

int comp_future_scan(Compiler *c, const AstNode *tree) {
    if (tree->kind != AST_MODULE && tree->kind != AST_INTERACTIVE) {
        return 0;
    }
    const AstSeq *body = &tree->body;
    size_t i = first_statement(tree);
    for (; i < body->len && is_future_import(body->items[i]); i++) {
        if (check_features(c, body->items[i]) < 0) {
            return -1;
        }
    }
    c->future_ok = body;
    c->nfuture_ok = i;
    return 0;
}

int comp_future_check(Compiler *c, const AstNode *s) {
    for (size_t i = 0; c->future_ok != NULL && i < c->nfuture_ok; i++) {
        if (c->future_ok->items[i] == s) {
            return 0;
        }
    }
    return comp_error(c, s, "from __future__ imports must occur at the beginning of the file");
}

int comp_annotation_value(Compiler *c, const AstNode *e) {
    return c->future_annotations ? comp_unparse_annotation(c, e) : comp_expr(c, e);
}
