/* complete.c: Tab completion for the REPL. libedit calls the generator
 * with state 0 first, then again until it returns NULL; the candidates are
 * gathered at state 0 into a list of str and handed out one by one. A
 * dotted prefix is resolved by dictionary lookups and getattr only, so
 * completion never runs the user's expressions (getattr may still run a
 * property, as CPython's rlcompleter does). */
#include "complete.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <editline/readline.h>

#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/list.h"
#include "../objects/str.h"

static Vm *comp_vm;
static Obj *comp_globals;    // BORROWED
static Obj *comp_candidates; // list of str, NEWREF while completing
static size_t comp_pos;
static char comp_base[512]; // "a.b." before the word being completed

// Appends every str key of `dict` to the candidate list.
static void add_keys(Obj *dict) {
    size_t pos = 0;
    Obj *key, *value;
    while (dict_next(dict, &pos, &key, &value)) {
        if (str_check(key) && list_append(comp_vm, comp_candidates, key) < 0) {
            err_clear(comp_vm);
            return;
        }
    }
}

// NEWREF: the object named by the dotted path `path` (without the final
// dot), or NULL without an exception.
static Obj *resolve(const char *path) {
    char part[256];
    Obj *obj = NULL;
    while (*path != '\0') {
        size_t n = strcspn(path, ".");
        if (n == 0 || n >= sizeof part) {
            obj_xdecref(obj);
            return NULL;
        }
        memcpy(part, path, n);
        part[n] = '\0';
        Obj *next;
        if (obj == NULL) {
            next = dict_get_cstr_borrow(comp_vm, comp_globals, part);
            if (next == NULL) {
                next = dict_get_cstr_borrow(comp_vm, comp_vm->builtins, part);
            }
            obj_xincref(next);
        } else {
            next = obj_getattr_cstr(comp_vm, obj, part);
            obj_decref(obj);
        }
        err_clear(comp_vm);
        if (next == NULL) {
            return NULL;
        }
        obj = next;
        path += n + (path[n] == '.');
    }
    return obj;
}

// Fills comp_candidates for the word `text`; comp_base gets its dotted
// prefix.
static void gather(const char *text) {
    Obj *old = comp_candidates;
    comp_candidates = NULL;
    obj_xdecref(old);
    comp_pos = 0;
    comp_base[0] = '\0';
    const char *dot = strrchr(text, '.');
    if (dot == NULL) {
        comp_candidates = list_new(comp_vm, 0);
        if (comp_candidates != NULL) {
            add_keys(comp_globals);
            add_keys(comp_vm->builtins);
        }
        err_clear(comp_vm);
        return;
    }
    size_t n = (size_t)(dot - text);
    if (n + 2 > sizeof comp_base) {
        return;
    }
    memcpy(comp_base, text, n);
    comp_base[n] = '\0';
    Obj *obj = resolve(comp_base);
    comp_base[n] = '.';
    comp_base[n + 1] = '\0';
    if (obj == NULL) {
        return;
    }
    Obj *dir = dict_get_cstr_borrow(comp_vm, comp_vm->builtins, "dir");
    Obj *names = dir != NULL ? obj_call1(comp_vm, dir, obj) : NULL;
    obj_decref(obj);
    if (names != NULL && list_check(names)) {
        comp_candidates = names;
    } else {
        obj_xdecref(names);
    }
    err_clear(comp_vm);
}

static char *generate(const char *text, int state) {
    if (state == 0) {
        gather(text);
    }
    if (comp_candidates == NULL) {
        return NULL;
    }
    size_t base = strlen(comp_base);
    const char *word = text + base;
    size_t wlen = strlen(word);
    while (comp_pos < list_len(comp_candidates)) {
        Obj *name = list_get_borrow(comp_candidates, comp_pos++);
        // Private names only when the user typed the underscore.
        if (!str_check(name) || strncmp(str_cstr(name), word, wlen) != 0 ||
            (wlen == 0 && str_cstr(name)[0] == '_')) {
            continue;
        }
        size_t len = base + str_size(name) + 1;
        char *out = malloc(len);
        if (out != NULL) {
            snprintf(out, len, "%s%s", comp_base, str_cstr(name));
        }
        return out;
    }
    Obj *done = comp_candidates;
    comp_candidates = NULL;
    obj_decref(done);
    return NULL;
}

// Tab in leading whitespace indents, as CPython's prompt does; elsewhere
// it completes the word before the cursor.
static char **attempt(const char *text, int start, int end) {
    (void)end;
    bool indent = true;
    for (int i = 0; i < start && rl_line_buffer[i] != '\0'; i++) {
        indent = indent && (rl_line_buffer[i] == ' ' || rl_line_buffer[i] == '\t');
    }
    if (indent && text[0] == '\0') {
        rl_attempted_completion_over = 1;
        rl_insert_text("    ");
        return NULL;
    }
    rl_completion_append_character = '\0';
    return rl_completion_matches(text, generate);
}

void complete_install(Vm *vm, Obj *globals) {
    comp_vm = vm;
    comp_globals = globals;
    rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(+-*/%,[]:~^!";
    rl_attempted_completion_function = attempt;
}

void complete_release(void) {
    Obj *c = comp_candidates;
    comp_candidates = NULL;
    obj_xdecref(c);
    comp_globals = NULL;
    rl_attempted_completion_function = NULL;
}
