/* compile_err.c: building SyntaxError (and IndentationError, TabError)
 * instances with CPython's args tuple and attributes, for the parser glue
 * and the compiler passes alike. */
#include "compile_err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../objects/exc.h"
#include "../objects/intobj.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

// Sets one attribute named `name` on `exc`; `value` is stolen.
static int set_attr_steal(Vm *vm, Obj *exc, const char *name, STEALS Obj *value) {
    if (value == NULL) {
        return -1;
    }
    Obj *key = str_intern_cstr(vm, name);
    int rc = key == NULL ? -1 : obj_setattr(vm, exc, key, value);
    obj_decref(value);
    return rc;
}

Obj *comp_raise_syntax(Vm *vm, TypeObj *type, const char *msg, Obj *filename, int lineno,
                       int offset, Obj *text, int end_lineno, int end_offset) {
    Obj *items[6] = {NULL};
    Obj *msg_obj = NULL, *loc = NULL, *args = NULL, *exc = NULL;
    msg_obj = str_from_cstr(vm, msg);
    if (msg_obj == NULL) {
        goto fail;
    }
    items[0] = obj_newref(filename);
    items[1] = int_from_i64(vm, lineno);
    items[2] = int_from_i64(vm, offset);
    items[3] = obj_newref(text != NULL ? text : OBJ_NONE);
    items[4] = int_from_i64(vm, end_lineno);
    items[5] = int_from_i64(vm, end_offset);
    for (int i = 0; i < 6; i++) {
        if (items[i] == NULL) {
            goto fail;
        }
    }
    loc = tuple_pack(vm, 6, items);
    if (loc == NULL) {
        goto fail;
    }
    args = tuple_pack2(vm, msg_obj, loc);
    if (args == NULL) {
        goto fail;
    }
    exc = exc_new(vm, type, args);
    if (exc == NULL) {
        goto fail;
    }
    static const char *const names[6] = {"filename", "lineno",     "offset",
                                         "text",     "end_lineno", "end_offset"};
    if (set_attr_steal(vm, exc, "msg", obj_newref(msg_obj)) < 0) {
        goto fail;
    }
    for (int i = 0; i < 6; i++) {
        if (set_attr_steal(vm, exc, names[i], obj_newref(items[i])) < 0) {
            goto fail;
        }
    }
    err_set(vm, exc);
fail:
    for (int i = 0; i < 6; i++) {
        obj_xdecref(items[i]);
    }
    obj_xdecref(msg_obj);
    obj_xdecref(loc);
    obj_xdecref(args);
    obj_xdecref(exc);
    if (!err_occurred(vm)) {
        err_nomemory(vm);
    }
    return NULL;
}

// Extends (*line, *col) to the end of `child` when that is further on.
static void extend_end(const AstNode *child, int *line, int *col) {
    if (child != NULL && (child->end_line > *line ||
                          (child->end_line == *line && child->end_col > *col))) {
        *line = child->end_line;
        *col = child->end_col;
    }
}

void comp_node_end(const AstNode *node, int *line, int *col) {
    *line = node->end_line >= node->line ? node->end_line : node->line;
    *col = node->end_line >= node->line ? node->end_col : node->col;
    extend_end(node->a, line, col);
    extend_end(node->b, line, col);
    if (node->list.len > 0) {
        extend_end(node->list.items[node->list.len - 1], line, col);
    }
}

Obj *comp_error_at(Vm *vm, Obj *filename, const AstNode *node, const char *fmt, ...) {
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int line = node != NULL ? node->line : 1;
    int col = node != NULL ? node->col : 0;
    int end_line = line, end_col = col;
    if (node != NULL) {
        comp_node_end(node, &end_line, &end_col);
    }
    return comp_raise_syntax(vm, &exc_SyntaxError, msg, filename, line, col + 1, NULL, end_line,
                             end_col + 1);
}

Obj *comp_source_line(Vm *vm, const char *src, size_t len, int lineno) {
    size_t pos = 0;
    for (int l = 1; l < lineno && pos < len; pos++) {
        if (src[pos] == '\n') {
            l++;
        }
    }
    if (lineno < 1 || pos >= len) {
        return obj_newref(OBJ_NONE);
    }
    size_t end = pos;
    while (end < len && src[end] != '\n') {
        end++;
    }
    if (end < len) {
        end++; // keep the newline, as CPython does
    }
    return str_from_utf8(vm, src + pos, end - pos);
}

void comp_error_fill_text(Vm *vm, const char *src, size_t len) {
    if (!err_matches(vm, &exc_SyntaxError)) {
        return;
    }
    ExcObj *exc = (ExcObj *)vm->exc;
    if (!tuple_check(exc->args) || tuple_len(exc->args) != 2) {
        return;
    }
    Obj *loc = tuple_get_borrow(exc->args, 1);
    if (!tuple_check(loc) || tuple_len(loc) != 6 || tuple_get_borrow(loc, 3) != OBJ_NONE ||
        !OBJ_IS_SMALLINT(tuple_get_borrow(loc, 1))) {
        return;
    }
    // Take the exception out while it is rebuilt so that a MemoryError on
    // the way simply replaces it.
    Obj *saved = err_fetch(vm);
    Obj *text = comp_source_line(vm, src, len, (int)SMALLINT_VALUE(tuple_get_borrow(loc, 1)));
    if (text == NULL) {
        obj_decref(saved);
        return;
    }
    Obj *items[6];
    for (int i = 0; i < 6; i++) {
        items[i] = tuple_get_borrow(loc, i);
    }
    items[3] = text;
    Obj *newloc = tuple_pack(vm, 6, items);
    Obj *newargs = newloc == NULL ? NULL : tuple_pack2(vm, tuple_get_borrow(exc->args, 0), newloc);
    if (newargs != NULL) {
        obj_replace(&exc->args, newargs);
        Obj *key = str_intern_cstr(vm, "text");
        if (key == NULL || obj_setattr(vm, saved, key, text) < 0) {
            err_clear(vm);
        }
    } else {
        err_clear(vm);
    }
    obj_xdecref(newloc);
    obj_xdecref(newargs);
    obj_decref(text);
    err_set(vm, saved);
    obj_decref(saved);
}
