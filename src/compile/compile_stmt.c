/* compile_stmt.c: statements to bytecode: assignment forms, `if`, `raise`,
 * `assert`, imports, expression statements (echoed in the REPL), and the
 * definitions `def` and `class`, whose bodies become nested code objects.
 * Loops, `try`, `with` and the jumps out of them are in compile_flow.c. */
#include "compile_int.h"

#include <string.h>

#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

// The docstring of a body (its first statement, a string literal), or NULL.
static const AstNode *docstring_of(const AstSeq *body) {
    if (body->len == 0) {
        return NULL;
    }
    const AstNode *first = body->items[0];
    if (first->kind == AST_EXPR && first->a->kind == AST_CONSTANT && first->a->op == CONST_STR) {
        return first->a;
    }
    return NULL;
}

static int emit_none(Compiler *c) {
    return comp_load_const_steal(c, obj_newref(OBJ_NONE));
}

// ---------------------------------------------------------------------------
// def and class
// ---------------------------------------------------------------------------

// Decorators are evaluated before the definition: [NULL d1 NULL d2 ...].
static int push_decorators(Compiler *c, const AstSeq *decorators) {
    for (size_t i = 0; i < decorators->len; i++) {
        if (comp_emit(c, OP_PUSH_NULL, 0) < 0 || comp_expr(c, decorators->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

// Applies them innermost first, then stores the result under `name`.
static int apply_decorators_and_store(Compiler *c, const AstSeq *decorators, const char *name) {
    for (size_t i = 0; i < decorators->len; i++) {
        if (comp_emit(c, OP_CALL, 1) < 0) {
            return -1;
        }
    }
    return comp_name_op(c, name, CTX_STORE);
}

static int comp_funcdef(Compiler *c, const AstNode *s) {
    Scope *scope = sym_child(c->u->scope, s);
    if (scope == NULL) {
        err_raise(c->vm, &exc_SystemError, "compiler: no scope for function '%s'", s->name);
        return -1;
    }
    int firstlineno = s->list.len > 0 ? s->list.items[0]->line : s->line;
    if (push_decorators(c, &s->list) < 0) {
        return -1;
    }
    int flags = comp_defaults(c, s->a);
    int ann = flags < 0 ? -1 : comp_annotations(c, s->a, s->b);
    flags = ann < 0 ? -1 : flags | ann;
    if (flags < 0 || comp_unit_enter(c, scope, s->name, firstlineno) < 0) {
        return -1;
    }
    comp_set_arg_counts(c, s->a);
    // consts[0]: the docstring, or None.
    const AstNode *doc = docstring_of(&s->body);
    Obj *doc_obj = doc != NULL ? comp_str(c, doc->str, doc->str_len) : obj_newref(OBJ_NONE);
    if (doc_obj == NULL || comp_add_const_steal(c, doc_obj) < 0) {
        return -1;
    }
    for (size_t i = doc != NULL ? 1 : 0; i < s->body.len; i++) {
        if (comp_stmt(c, s->body.items[i]) < 0) {
            return -1;
        }
    }
    if (emit_none(c) < 0 || comp_emit(c, OP_RETURN_VALUE, 0) < 0) {
        return -1;
    }
    Obj *code = comp_unit_leave(c);
    if (code == NULL) {
        return -1;
    }
    c->u->line = s->line;
    if (comp_make_function(c, scope, code, flags) < 0) {
        return -1;
    }
    return apply_decorators_and_store(c, &s->list, s->name);
}

// The class body: __module__, __qualname__, __doc__, the statements, and
// the __class__ cell handed back through __classcell__ when methods use it.
static int class_body(Compiler *c, const AstNode *s, Scope *scope) {
    Unit *u = c->u;
    if (comp_emit_name(c, OP_LOAD_NAME, "__name__") < 0 ||
        comp_emit_name(c, OP_STORE_NAME, "__module__") < 0 ||
        comp_load_const_steal(c, obj_newref(u->qualname)) < 0 ||
        comp_emit_name(c, OP_STORE_NAME, "__qualname__") < 0) {
        return -1;
    }
    if (comp_setup_annotations(c, &s->body) < 0) {
        return -1;
    }
    const AstNode *doc = docstring_of(&s->body);
    if (doc != NULL) {
        u->line = doc->line;
        if (comp_load_const_steal(c, comp_str(c, doc->str, doc->str_len)) < 0 ||
            comp_emit_name(c, OP_STORE_NAME, "__doc__") < 0) {
            return -1;
        }
    }
    for (size_t i = doc != NULL ? 1 : 0; i < s->body.len; i++) {
        if (comp_stmt(c, s->body.items[i]) < 0) {
            return -1;
        }
    }
    if (scope->needs_class_cell) {
        int index = sym_cell_index(scope, "__class__");
        if (comp_emit(c, OP_LOAD_CLOSURE, (uint32_t)index) < 0 || comp_emit(c, OP_DUP_TOP, 0) < 0 ||
            comp_emit_name(c, OP_STORE_NAME, "__classcell__") < 0) {
            return -1;
        }
    } else if (emit_none(c) < 0) {
        return -1;
    }
    return comp_emit(c, OP_RETURN_VALUE, 0);
}

static int comp_classdef(Compiler *c, const AstNode *s) {
    Scope *scope = sym_child(c->u->scope, s);
    if (scope == NULL) {
        err_raise(c->vm, &exc_SystemError, "compiler: no scope for class '%s'", s->name);
        return -1;
    }
    int firstlineno = s->list3.len > 0 ? s->list3.items[0]->line : s->line;
    if (push_decorators(c, &s->list3) < 0 || comp_emit(c, OP_PUSH_NULL, 0) < 0 ||
        comp_emit(c, OP_LOAD_BUILD_CLASS, 0) < 0 ||
        comp_unit_enter(c, scope, s->name, firstlineno) < 0) {
        return -1;
    }
    if (class_body(c, s, scope) < 0) {
        return -1;
    }
    Obj *code = comp_unit_leave(c);
    if (code == NULL) {
        return -1;
    }
    c->u->line = s->line;
    // [NULL __build_class__ body_function 'C' bases... keywords...]
    if (comp_make_function(c, scope, code, 0) < 0 ||
        comp_load_const_steal(c, comp_str(c, s->name, strlen(s->name))) < 0 ||
        comp_call_args(c, s, 2, &s->list, &s->list2) < 0) {
        return -1;
    }
    return apply_decorators_and_store(c, &s->list3, s->name);
}

// ---------------------------------------------------------------------------
// Assignment
// ---------------------------------------------------------------------------

static int comp_assign(Compiler *c, const AstNode *s) {
    if (comp_expr(c, s->a) < 0) {
        return -1;
    }
    for (size_t i = 0; i < s->list.len; i++) {
        if (i + 1 < s->list.len && comp_emit(c, OP_DUP_TOP, 0) < 0) {
            return -1;
        }
        if (comp_store(c, s->list.items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

// x op= v, o.a op= v, o[k] op= v: the target's parts are evaluated once.
// The load half of `t op= v`, at the span of the target `t` (where CPython
// points when it fails): `dup` first (DUP_TOP for an attribute, whose name
// is `attr`; DUP_TOP_TWO for a subscript; NOP for a name).
static int load_target(Compiler *c, const AstNode *t, Opcode dup, const char *attr) {
    SpanSave saved = comp_set_span(c, t);
    int rc = dup != OP_NOP ? comp_emit(c, dup, 0) : 0;
    if (rc == 0) {
        rc = t->kind == AST_NAME        ? comp_name_op(c, t->name, CTX_LOAD)
             : t->kind == AST_ATTRIBUTE ? comp_emit_name(c, OP_LOAD_ATTR, attr)
                                        : comp_emit(c, OP_BINARY_SUBSCR, 0);
    }
    comp_restore_span(c, saved);
    return rc;
}

static int comp_augassign(Compiler *c, const AstNode *s) {
    const AstNode *t = s->a;
    uint32_t op = (uint32_t)s->op + BINOP_INPLACE;
    switch (t->kind) {
        case AST_NAME:
            if (load_target(c, t, OP_NOP, NULL) < 0 || comp_expr(c, s->b) < 0 ||
                comp_emit(c, OP_BINARY_OP, op) < 0) {
                return -1;
            }
            return comp_name_op(c, t->name, CTX_STORE);
        case AST_ATTRIBUTE: {
            char buf[256];
            const char *attr = sym_mangle(c->u->scope->private_name, t->name, buf, sizeof buf);
            // [o] -> [o o] -> [o o.a] -> [o r] -> [r o] -> STORE_ATTR
            if (comp_expr(c, t->a) < 0 || load_target(c, t, OP_DUP_TOP, attr) < 0 ||
                comp_expr(c, s->b) < 0 || comp_emit(c, OP_BINARY_OP, op) < 0 ||
                comp_emit(c, OP_ROT_TWO, 0) < 0) {
                return -1;
            }
            return comp_emit_name(c, OP_STORE_ATTR, attr);
        }
        case AST_SUBSCRIPT:
            // [o k] -> [o k o k] -> [o k o[k]] -> [o k r] -> [r o k] -> STORE_SUBSCR
            if (comp_expr(c, t->a) < 0 || comp_expr(c, t->b) < 0 ||
                load_target(c, t, OP_DUP_TOP_TWO, NULL) < 0 || comp_expr(c, s->b) < 0 ||
                comp_emit(c, OP_BINARY_OP, op) < 0 || comp_emit(c, OP_ROT_THREE, 0) < 0) {
                return -1;
            }
            return comp_emit(c, OP_STORE_SUBSCR, 0);
        default:
            return comp_error(c, t, "illegal expression for augmented assignment");
    }
}

// `x: T = v`. At module and class level the annotation is evaluated (after
// the value) and, for a simple name, stored in __annotations__; function
// annotations are not evaluated, as in CPython. A target without a value
// still evaluates its object and subscript parts.
static int comp_annassign(Compiler *c, const AstNode *s) {
    const AstNode *t = s->a;
    if (s->c != NULL) {
        if (comp_expr(c, s->c) < 0 || comp_store(c, t) < 0) {
            return -1;
        }
    } else if (t->kind == AST_ATTRIBUTE) {
        if (comp_expr(c, t->a) < 0 || comp_emit(c, OP_POP_TOP, 0) < 0) {
            return -1;
        }
    } else if (t->kind == AST_SUBSCRIPT) {
        if (comp_expr(c, t->a) < 0 || comp_emit(c, OP_POP_TOP, 0) < 0 || comp_expr(c, t->b) < 0 ||
            comp_emit(c, OP_POP_TOP, 0) < 0) {
            return -1;
        }
    }
    ScopeKind kind = c->u->scope->kind;
    if (kind != SCOPE_MODULE && kind != SCOPE_CLASS) {
        return 0;
    }
    bool simple = s->flag && t->kind == AST_NAME;
    if (!simple && c->future_annotations) {
        return 0; // PEP 563: the annotation of `x.y: T` is not evaluated
    }
    if (comp_annotation_value(c, s->b) < 0) {
        return -1;
    }
    if (!simple) {
        return comp_emit(c, OP_POP_TOP, 0);
    }
    // [annotation] -> __annotations__['x'] = annotation
    char buf[256];
    const char *name = sym_mangle(c->u->scope->private_name, t->name, buf, sizeof buf);
    if (comp_emit_name(c, OP_LOAD_NAME, "__annotations__") < 0 ||
        comp_load_const_steal(c, comp_str(c, name, strlen(name))) < 0) {
        return -1;
    }
    return comp_emit(c, OP_STORE_SUBSCR, 0);
}

// True when `body` has an annotated assignment outside nested definitions:
// the module or class body then starts by creating __annotations__.
static bool has_annotations(const AstSeq *body) {
    for (size_t i = 0; i < body->len; i++) {
        const AstNode *s = body->items[i];
        switch (s->kind) {
            case AST_ANNASSIGN:
                return true;
            case AST_FUNCDEF:
            case AST_CLASSDEF:
                break;
            case AST_TRY:
                for (size_t h = 0; h < s->list.len; h++) {
                    if (has_annotations(&s->list.items[h]->body)) {
                        return true;
                    }
                }
                if (has_annotations(&s->list2)) {
                    return true;
                }
                __attribute__((fallthrough));
            default:
                if (has_annotations(&s->body) || has_annotations(&s->orelse)) {
                    return true;
                }
                break;
        }
    }
    return false;
}

int comp_setup_annotations(Compiler *c, const AstSeq *body) {
    if (!has_annotations(body)) {
        return 0;
    }
    if (comp_emit(c, OP_BUILD_MAP, 0) < 0) {
        return -1;
    }
    return comp_emit_name(c, OP_STORE_NAME, "__annotations__");
}

// ---------------------------------------------------------------------------
// Imports
// ---------------------------------------------------------------------------

static int emit_import_name(Compiler *c, int level, STEALS Obj *fromlist, const char *module) {
    if (comp_load_const_steal(c, int_from_i64(c->vm, level)) < 0) {
        obj_xdecref(fromlist);
        return -1;
    }
    if (comp_load_const_steal(c, fromlist) < 0) {
        return -1;
    }
    return comp_emit_name(c, OP_IMPORT_NAME, module);
}

static int comp_import(Compiler *c, const AstNode *s) {
    for (size_t i = 0; i < s->list.len; i++) {
        const AstNode *alias = s->list.items[i];
        const char *name = alias->name;
        if (emit_import_name(c, 0, obj_newref(OBJ_NONE), name) < 0) {
            return -1;
        }
        const char *dot = strchr(name, '.');
        if (alias->str == NULL) {
            // `import a.b.c` binds the top-level package `a`.
            char buf[256];
            size_t n = dot != NULL ? (size_t)(dot - name) : strlen(name);
            if (n >= sizeof buf) {
                return comp_error(c, alias, "module name too long");
            }
            memcpy(buf, name, n);
            buf[n] = '\0';
            if (comp_name_op(c, buf, CTX_STORE) < 0) {
                return -1;
            }
            continue;
        }
        if (dot == NULL) {
            if (comp_name_op(c, alias->str, CTX_STORE) < 0) {
                return -1;
            }
            continue;
        }
        // `import a.b.c as d`: walk down with IMPORT_FROM, keeping the last.
        while (dot != NULL) {
            const char *part = dot + 1;
            const char *next = strchr(part, '.');
            char buf[256];
            size_t n = next != NULL ? (size_t)(next - part) : strlen(part);
            if (n >= sizeof buf) {
                return comp_error(c, alias, "module name too long");
            }
            memcpy(buf, part, n);
            buf[n] = '\0';
            if (comp_emit_name(c, OP_IMPORT_FROM, buf) < 0) {
                return -1;
            }
            if (next != NULL &&
                (comp_emit(c, OP_ROT_TWO, 0) < 0 || comp_emit(c, OP_POP_TOP, 0) < 0)) {
                return -1;
            }
            dot = next;
        }
        if (comp_name_op(c, alias->str, CTX_STORE) < 0 || comp_emit(c, OP_POP_TOP, 0) < 0) {
            return -1;
        }
    }
    return 0;
}

static int comp_importfrom(Compiler *c, const AstNode *s) {
    const char *module = s->name != NULL ? s->name : "";
    if (strcmp(module, "__future__") == 0 && s->op == 0 && comp_future_check(c, s) < 0) {
        // Checked and applied by future.c; when allowed, it is then an
        // ordinary import from lib/__future__.py, which binds the names.
        return -1;
    }
    Obj *fromlist = tuple_new(c->vm, s->list.len);
    if (fromlist == NULL) {
        return -1;
    }
    for (size_t i = 0; i < s->list.len; i++) {
        const char *name = s->list.items[i]->name;
        Obj *str = comp_str(c, name, strlen(name));
        if (str == NULL) {
            obj_decref(fromlist);
            return -1;
        }
        tuple_set_steal(fromlist, i, str);
    }
    if (emit_import_name(c, s->op, fromlist, module) < 0) {
        return -1;
    }
    for (size_t i = 0; i < s->list.len; i++) {
        const AstNode *alias = s->list.items[i];
        if (strcmp(alias->name, "*") == 0) {
            return comp_emit(c, OP_IMPORT_STAR, 0);
        }
        if (comp_emit_name(c, OP_IMPORT_FROM, alias->name) < 0 ||
            comp_name_op(c, alias->str != NULL ? alias->str : alias->name, CTX_STORE) < 0) {
            return -1;
        }
    }
    return comp_emit(c, OP_POP_TOP, 0);
}

// ---------------------------------------------------------------------------
// Simple statements
// ---------------------------------------------------------------------------

static int comp_if(Compiler *c, const AstNode *s) {
    int end = comp_new_label(c);
    int orelse = s->orelse.len > 0 ? comp_new_label(c) : end;
    if (end < 0 || orelse < 0 || comp_jump_if(c, s->a, orelse, false) < 0 ||
        comp_stmts(c, &s->body) < 0) {
        return -1;
    }
    if (s->orelse.len > 0) {
        if (comp_emit(c, OP_JUMP, (uint32_t)end) < 0) {
            return -1;
        }
        comp_bind(c, orelse);
        if (comp_stmts(c, &s->orelse) < 0) {
            return -1;
        }
    }
    comp_bind(c, end);
    return 0;
}

static int comp_raise(Compiler *c, const AstNode *s) {
    uint32_t n = 0;
    if (s->a != NULL) {
        if (comp_expr(c, s->a) < 0) {
            return -1;
        }
        n = 1;
        if (s->b != NULL) {
            if (comp_expr(c, s->b) < 0) {
                return -1;
            }
            n = 2;
        }
    }
    return comp_emit(c, OP_RAISE_VARARGS, n);
}

static int comp_assert(Compiler *c, const AstNode *s) {
    if (s->a->kind == AST_TUPLE && s->a->list.len > 0) {
        comp_warn(c, s, "assertion is always true, perhaps remove parentheses?");
    }
    int end = comp_new_label(c);
    if (end < 0 || comp_jump_if(c, s->a, end, true) < 0) {
        return -1;
    }
    if (s->b != NULL) {
        // [NULL AssertionError msg] CALL 1
        if (comp_emit(c, OP_PUSH_NULL, 0) < 0 || comp_emit(c, OP_LOAD_ASSERTION_ERROR, 0) < 0 ||
            comp_expr(c, s->b) < 0 || comp_emit(c, OP_CALL, 1) < 0) {
            return -1;
        }
    } else if (comp_emit(c, OP_LOAD_ASSERTION_ERROR, 0) < 0) {
        return -1;
    }
    // CPython 3.11 points a failed `assert a == b` at the comparison.
    SpanSave saved = {c->u->span, c->u->line};
    if (s->a->kind == AST_COMPARE && s->a->list.len == 1) {
        comp_set_span(c, s->a);
    }
    int rc = comp_emit(c, OP_RAISE_VARARGS, 1);
    comp_restore_span(c, saved);
    if (rc < 0) {
        return -1;
    }
    comp_bind(c, end);
    return 0;
}

static int comp_expr_stmt(Compiler *c, const AstNode *s) {
    if (comp_expr(c, s->a) < 0) {
        return -1;
    }
    bool echo = c->mode == PARSE_SINGLE && c->u->parent == NULL;
    return comp_emit(c, echo ? OP_PRINT_EXPR : OP_POP_TOP, 0);
}

static int comp_stmt_inner(Compiler *c, const AstNode *s) {
    switch (s->kind) {
        case AST_FUNCDEF:
            return comp_funcdef(c, s);
        case AST_CLASSDEF:
            return comp_classdef(c, s);
        case AST_RETURN:
            return comp_return(c, s);
        case AST_DELETE:
            for (size_t i = 0; i < s->list.len; i++) {
                if (comp_delete(c, s->list.items[i]) < 0) {
                    return -1;
                }
            }
            return 0;
        case AST_ASSIGN:
            return comp_assign(c, s);
        case AST_AUGASSIGN:
            return comp_augassign(c, s);
        case AST_ANNASSIGN:
            return comp_annassign(c, s);
        case AST_FOR:
            return comp_for(c, s);
        case AST_WHILE:
            return comp_while(c, s);
        case AST_IF:
            return comp_if(c, s);
        case AST_WITH:
            return comp_with(c, s);
        case AST_MATCH:
            return comp_match(c, s);
        case AST_RAISE:
            return comp_raise(c, s);
        case AST_TRY:
            return comp_try(c, s);
        case AST_ASSERT:
            return comp_assert(c, s);
        case AST_IMPORT:
            return comp_import(c, s);
        case AST_IMPORTFROM:
            return comp_importfrom(c, s);
        case AST_EXPR:
            return comp_expr_stmt(c, s);
        case AST_BREAK:
        case AST_CONTINUE:
            return comp_break_continue(c, s);
        case AST_GLOBAL:
        case AST_NONLOCAL:
            return 0;
        case AST_PASS:
            return comp_emit(c, OP_NOP, 0);
        default:
            err_raise(c->vm, &exc_SystemError, "compiler: unexpected %s in a statement",
                      ast_kind_name(s->kind));
            return -1;
    }
}

int comp_stmt(Compiler *c, const AstNode *s) {
    if (comp_enter(c) < 0) {
        return -1;
    }
    comp_set_span(c, s);
    // A statement's own instructions point at the rest of its line, which
    // CPython's whole-statement span covers (no carets are drawn).
    c->u->span.end_line = s->line;
    c->u->span.end_col = INT16_MAX;
    int rc = comp_stmt_inner(c, s);
    comp_leave(c);
    return rc;
}

int comp_stmts(Compiler *c, const AstSeq *body) {
    for (size_t i = 0; i < body->len; i++) {
        if (comp_stmt(c, body->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}
