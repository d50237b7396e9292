/* traceback.c: traceback entries (one per frame an exception passed
 * through) and the printing of uncaught exceptions in CPython 3.11's format:
 * cause/context chains, source lines, folded repeats and SyntaxError carets. */
#include "objects/traceback.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "memory/gc.h"
#include "objects/bytesobj.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/suggest.h"
#include "objects/tuple.h"
#include "objects/type.h"

// ---------------------------------------------------------------------------
// The traceback type.
// ---------------------------------------------------------------------------
static TracebackObj *as_tb(Obj *o) {
    return (TracebackObj *)o;
}

static int tb_traverse(Obj *self, GcVisitFn visit, void *arg) {
    TracebackObj *tb = as_tb(self);
    Obj *refs[3] = {tb->next, tb->filename, tb->name};
    for (int i = 0; i < 3; i++) {
        if (refs[i] != NULL) {
            int rc = visit(refs[i], arg);
            if (rc != 0) {
                return rc;
            }
        }
    }
    return 0;
}

static void tb_clear(Obj *self) {
    TracebackObj *tb = as_tb(self);
    Obj *refs[3] = {tb->next, tb->filename, tb->name};
    tb->next = tb->filename = tb->name = NULL;
    for (int i = 0; i < 3; i++) {
        obj_xdecref(refs[i]);
    }
}

static void tb_dealloc(Obj *self) {
    gc_untrack(self);
    tb_clear(self);
    obj_free(self);
}

static Obj *tb_get_next(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    Obj *next = as_tb(self)->next;
    return obj_newref(next != NULL ? next : OBJ_NONE);
}

static Obj *tb_get_lineno(Vm *vm, Obj *self) {
    return int_from_i64(vm, as_tb(self)->span.line);
}

static size_t tb_sizeof(Obj *self) {
    OURO_UNUSED(self);
    return sizeof(TracebackObj);
}

static const GetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {NULL, NULL, NULL},
};

TypeObj traceback_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "traceback",
    .basicsize = sizeof(TracebackObj),
    .flags = TYPE_FLAG_GC,
    .base = &object_type,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getattr = obj_generic_getattr,
    .sizeof_ = tb_sizeof,
    .getset = tb_getset,
};

int traceback_add(Vm *vm, Obj *exc, Obj *filename, Obj *name, const SourceSpan *span) {
    Obj *o = obj_new_container(vm, &traceback_type, sizeof(TracebackObj));
    if (o == NULL) {
        return -1;
    }
    TracebackObj *tb = as_tb(o);
    tb->filename = obj_newref(filename);
    tb->name = obj_newref(name);
    tb->span = *span;
    ExcObj *e = (ExcObj *)exc;
    tb->next = e->traceback; // the new entry takes over the old chain
    e->traceback = o;
    return 0;
}

// ---------------------------------------------------------------------------
// Printing.
// ---------------------------------------------------------------------------

// Copies line `lineno` (1-based) of file `path` into `buf` without its line
// ending. False when the file or the line does not exist.
static bool read_source_line(const char *path, int lineno, char *buf, size_t size) {
    if (path[0] == '<' || lineno < 1) {
        return false; // "<string>", "<stdin>": no file to read
    }
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        return false;
    }
    int current = 1;
    bool found = false;
    while (fgets(buf, (int)size, f) != NULL) {
        size_t n = strlen(buf);
        bool whole = n > 0 && buf[n - 1] == '\n';
        if (current == lineno) {
            found = true;
            break;
        }
        if (whole || feof(f)) {
            current++;
        }
    }
    fclose(f);
    return found;
}

static bool is_blank(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\f' || ch == '\r' || ch == '\n' || ch == '\v';
}

// Characters (code points) in the first `nbytes` bytes of UTF-8 `s`.
static int64_t char_count(const char *s, int64_t nbytes) {
    int64_t n = 0;
    for (int64_t i = 0; i < nbytes && s[i] != '\0'; i++) {
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    }
    return n;
}

// Refines the anchors of a binary operation or a subscript against the
// source `line`, as CPython 3.11 does when it re-parses the segment: the
// `^` run covers the operator (one or two characters, skipping whitespace
// and closing parentheses after the left operand), or the subscript from
// its `[` through its `]`. Byte columns; false when there is nothing to mark.
static bool find_anchors(const char *line, int64_t len, const SourceSpan *sp, int64_t *left,
                         int64_t *right) {
    int64_t a = sp->a, b = sp->b;
    if (a < 0 || b < 0 || a > len || b > len) {
        return false;
    }
    if (sp->kind == SPAN_BINOP) {
        for (int64_t i = a; i < b; i++) {
            if (is_blank(line[i])) {
                continue;
            }
            *left = i;
            *right = i + 1;
            if (i + 1 < b && !is_blank(line[i + 1])) {
                ++*right; // a two-character operator such as `//` or `**`
            }
            if (i + 1 < b && line[i] == ')') {
                continue;
            }
            return true;
        }
        return false;
    }
    int64_t end = sp->end_col < len ? sp->end_col : len;
    int64_t l = a, r = b + 1;
    while (l < end && line[l] != '[') {
        l++;
    }
    while (r < end && line[r] != ']') {
        r++;
    }
    if (r < end) {
        r++;
    }
    *left = l;
    *right = r;
    return true;
}

// The caret line under a source line, as CPython 3.11 draws it: `^` under
// the instruction's span (to the end of the line when the span goes on),
// with `~` and `^` for an operator or a subscript; nothing when the span
// is unknown or covers the whole line without anchors.
static void print_carets(FILE *out, const char *line, const SourceSpan *sp) {
    int64_t len = (int64_t)strlen(line);
    while (len > 0 && is_blank(line[len - 1])) {
        len--;
    }
    int64_t indent = 0;
    while (indent < len && is_blank(line[indent])) {
        indent++;
    }
    if (sp->col < 0 || sp->end_col < 0 || sp->col > len || sp->end_line < sp->line) {
        return;
    }
    int64_t start = sp->col, end = sp->end_col;
    bool anchored = false;
    int64_t left = 0, right = 0;
    if (sp->end_line != sp->line) {
        end = len; // through the last non-blank character
    } else {
        if (end > len) {
            end = len;
        }
        anchored = sp->kind != SPAN_PLAIN && find_anchors(line, len, sp, &left, &right);
    }
    if (end <= start || start < indent) {
        return;
    }
    int64_t cstart = char_count(line, start), cend = char_count(line, end);
    int64_t cindent = char_count(line, indent), cline = char_count(line, len);
    if (cend - cstart == cline - cindent && !anchored) {
        return;
    }
    int64_t cleft = anchored ? char_count(line, left) : -1;
    int64_t cright = anchored ? char_count(line, right) : -1;
    fprintf(out, "    %*s", (int)(cstart - cindent), "");
    for (int64_t i = cstart; i < cend; i++) {
        fputc(!anchored || (i >= cleft && i < cright) ? '^' : '~', out);
    }
    fputc('\n', out);
}

static void print_entry(FILE *out, const TracebackObj *tb) {
    const char *file = tb->filename != NULL ? str_cstr(tb->filename) : "<unknown>";
    const char *name = tb->name != NULL ? str_cstr(tb->name) : "?";
    fprintf(out, "  File \"%s\", line %d, in %s\n", file, (int)tb->span.line, name);
    char line[4096];
    if (!read_source_line(file, tb->span.line, line, sizeof line)) {
        return;
    }
    const char *text = line;
    int64_t n = (int64_t)strlen(line);
    while (*text != '\0' && is_blank(*text)) {
        text++;
    }
    while (n > text - line && is_blank(line[n - 1])) {
        n--;
    }
    if (n <= text - line) {
        return;
    }
    fprintf(out, "    %.*s\n", (int)(n - (text - line)), text);
    print_carets(out, line, &tb->span);
}

static bool same_place(const TracebackObj *a, const TracebackObj *b) {
    return a->span.line == b->span.line && a->filename != NULL && b->filename != NULL &&
           a->name != NULL && b->name != NULL && str_equal(a->filename, b->filename) &&
           str_equal(a->name, b->name);
}

// The entries of a traceback chain, folding runs of one repeated place
// after three, as CPython does for deep recursion.
static void print_entries(FILE *out, Obj *chain) {
    fprintf(out, "Traceback (most recent call last):\n");
    const TracebackObj *last = NULL;
    long repeats = 0;
    for (Obj *o = chain; o != NULL; o = as_tb(o)->next) {
        const TracebackObj *tb = as_tb(o);
        if (last != NULL && same_place(last, tb)) {
            repeats++;
        } else {
            if (repeats > 3) {
                fprintf(out, "  [Previous line repeated %ld more time%s]\n", repeats - 3,
                        repeats - 3 == 1 ? "" : "s");
            }
            repeats = 1;
            last = tb;
        }
        if (repeats <= 3) {
            print_entry(out, tb);
        }
    }
    if (repeats > 3) {
        fprintf(out, "  [Previous line repeated %ld more time%s]\n", repeats - 3,
                repeats - 3 == 1 ? "" : "s");
    }
}

// An attribute of a SyntaxError from its attribute table (borrowed), or NULL.
static Obj *syntax_attr(Vm *vm, Obj *exc, const char *name) {
    Obj *key = str_intern_cstr(vm, name);
    Obj *v = key != NULL ? dicttable_get(vm, &((ExcObj *)exc)->attrs, key) : NULL;
    if (v == NULL) {
        err_clear(vm);
    }
    return v == OBJ_NONE ? NULL : v;
}

static int64_t int_or(Vm *vm, Obj *o, int64_t dflt) {
    int64_t v;
    if (o == NULL || !int_check(o) || int_as_i64(vm, o, &v) < 0) {
        err_clear(vm);
        return dflt;
    }
    return v;
}

// The location block of a SyntaxError: file and line, the source text
// (stripped on the left), and carets under offset..end_offset.
static void print_syntax_location(Vm *vm, Obj *exc, FILE *out) {
    Obj *filename = syntax_attr(vm, exc, "filename");
    Obj *text = syntax_attr(vm, exc, "text");
    int64_t lineno = int_or(vm, syntax_attr(vm, exc, "lineno"), 0);
    int64_t offset = int_or(vm, syntax_attr(vm, exc, "offset"), 0);
    int64_t end_lineno = int_or(vm, syntax_attr(vm, exc, "end_lineno"), lineno);
    int64_t end_offset = int_or(vm, syntax_attr(vm, exc, "end_offset"), 0);
    fprintf(out, "  File \"%s\", line %lld\n",
            filename != NULL && str_check(filename) ? str_cstr(filename) : "<string>",
            (long long)lineno);
    if (text == NULL || !str_check(text)) {
        return;
    }
    const char *t = str_cstr(text);
    size_t n = strlen(t);
    size_t skip = 0;
    while (skip < n && (t[skip] == ' ' || t[skip] == '\t' || t[skip] == '\f')) {
        skip++;
    }
    while (n > skip && strchr(" \t\r\n\f", t[n - 1]) != NULL) {
        n--;
    }
    fprintf(out, "    %.*s\n", (int)(n - skip), t + skip);
    if (offset < 1) {
        return;
    }
    // Offsets count characters (1-based); the carets line up under bytes,
    // which is the same for the ASCII source our messages point into.
    int64_t col = offset - 1 - (int64_t)skip;
    if (col < 0) {
        return; // CPython prints no caret left of the text
    }
    // CPython underlines the whole range, except for IndentationError,
    // which always gets a single caret.
    int64_t width = 1;
    if (end_lineno == lineno && end_offset > offset &&
        !obj_is_instance(exc, &exc_IndentationError)) {
        width = end_offset - offset;
    }
    if (col > (int64_t)(n - skip)) {
        col = (int64_t)(n - skip);
    }
    fprintf(out, "    %*s", (int)col, "");
    for (int64_t i = 0; i < width; i++) {
        fputc('^', out);
    }
    fputc('\n', out);
}

// "module.Qualname" as CPython prints the type of an uncaught exception:
// the module is left out for builtins and __main__.
static void print_type_name(FILE *out, TypeObj *t) {
    const char *name = t->name;
    if (t->flags & TYPE_FLAG_HEAPTYPE) {
        Obj *q = t->qualname != NULL ? t->qualname : t->name_obj;
        if (q != NULL && str_check(q)) {
            name = str_cstr(q);
        }
        Obj *m = t->module;
        if (m != NULL && str_check(m) && !str_equal_cstr(m, "builtins") &&
            !str_equal_cstr(m, "__main__")) {
            fprintf(out, "%s.", str_cstr(m));
        }
    }
    fputs(name != NULL ? name : "?", out);
}

// Writes the str (or repr) of `o` and a newline, or `failed` when that
// raises.
static void print_str_or(Vm *vm, Obj *o, bool use_repr, const char *failed, FILE *out) {
    Obj *s = use_repr ? obj_repr(vm, o) : obj_str(vm, o);
    if (s == NULL) {
        err_clear(vm);
        fputs(failed, out);
    } else {
        fwrite(str_cstr(s), 1, str_size(s), out);
        obj_decref(s);
    }
    fputc('\n', out);
}

// The lines of exc.__notes__ (add_note), each under the message; notes
// that are not a list or tuple print as their repr, as CPython 3.11.
static void print_notes(Vm *vm, Obj *exc, FILE *out) {
    Obj *key = str_intern_cstr(vm, "__notes__");
    Obj *notes = key != NULL ? obj_lookup_attr(vm, exc, key) : NULL;
    if (notes == NULL) {
        err_clear(vm);
        return;
    }
    if (list_check(notes) || tuple_check(notes)) {
        // A note's str() may change the list: its length is read again.
        for (size_t i = 0;; i++) {
            bool is_list = list_check(notes);
            if (i >= (is_list ? list_len(notes) : tuple_len(notes))) {
                break;
            }
            Obj *note = obj_newref(is_list ? list_get_borrow(notes, i) : tuple_get_borrow(notes, i));
            print_str_or(vm, note, false, "<note str() failed>", out);
            obj_decref(note);
        }
    } else {
        print_str_or(vm, notes, true, "<__notes__ repr() failed>", out);
    }
    obj_decref(notes);
}

static void print_one(Vm *vm, Obj *exc, FILE *out, bool entries, bool suggest) {
    ExcObj *e = (ExcObj *)exc;
    if (entries && e->traceback != NULL) {
        print_entries(out, e->traceback);
    }
    if (obj_is_instance(exc, &exc_SyntaxError)) {
        print_syntax_location(vm, exc, out);
    }
    print_type_name(out, obj_type(exc));
    Obj *msg = obj_is_instance(exc, &exc_SyntaxError) ? syntax_attr(vm, exc, "msg") : NULL;
    msg = msg != NULL ? obj_str(vm, msg) : exc_message(vm, exc);
    if (msg == NULL) {
        err_clear(vm);
        fputs(": <exception str() failed>\n", out);
        return;
    }
    if (str_size(msg) > 0) {
        fprintf(out, ": %s", str_cstr(msg));
    }
    obj_decref(msg);
    Obj *hint = suggest ? suggest_for_exception(vm, exc) : NULL;
    if (hint != NULL) {
        fprintf(out, ". Did you mean: '%s'?", str_cstr(hint));
        obj_decref(hint);
    }
    fputc('\n', out);
    print_notes(vm, exc, out);
}

// Prints the chain behind `exc` (causes and contexts, oldest first), then
// `exc`. `seen` holds the exceptions already printed, against loops.
enum { CHAIN_MAX = 64 };
static void print_chain(Vm *vm, Obj *exc, FILE *out, Obj **seen, int *nseen, bool suggest) {
    seen[(*nseen)++] = exc;
    ExcObj *e = (ExcObj *)exc;
    Obj *prior = NULL;
    const char *link = NULL;
    if (e->cause != NULL) {
        prior = e->cause;
        link = "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (e->context != NULL && !e->suppress_context) {
        prior = e->context;
        link = "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    if (prior != NULL && *nseen < CHAIN_MAX && obj_is_instance(prior, &exc_BaseException)) {
        bool dup = false;
        for (int i = 0; i < *nseen; i++) {
            dup |= seen[i] == prior;
        }
        if (!dup) {
            print_chain(vm, prior, out, seen, nseen, suggest);
            fputs(link, out);
        }
    }
    print_one(vm, exc, out, true, suggest);
}

// `suggest`: end an AttributeError's or NameError's line with "Did you
// mean", as the interpreter's own printer does (not the traceback module's
// or the unraisable hook's, in CPython 3.11).
static void write_exception(Vm *vm, Obj *exc, FILE *out, TracebackWhat what, bool suggest) {
    Obj *saved = vm->exc; // printing calls str(), which must start clean
    vm->exc = NULL;
    obj_incref(exc);
    if (!obj_is_instance(exc, &exc_BaseException)) {
        fprintf(out, "TypeError: exceptions must derive from BaseException\n");
    } else if (what == TB_CHAIN) {
        Obj *seen[CHAIN_MAX];
        int nseen = 0;
        print_chain(vm, exc, out, seen, &nseen, suggest);
    } else {
        print_one(vm, exc, out, what == TB_ONE, suggest);
    }
    obj_decref(exc);
    err_clear(vm);
    vm->exc = saved;
}

void traceback_write_exception(Vm *vm, Obj *exc, FILE *out, TracebackWhat what) {
    write_exception(vm, exc, out, what, false);
}

void traceback_print_exception(Vm *vm, Obj *exc) {
    fflush(stdout);
    write_exception(vm, exc, stderr, TB_CHAIN, true);
    fflush(stderr);
}

NEWREF Obj *traceback_format_exception(Vm *vm, Obj *exc, TracebackWhat what) {
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    if (out == NULL) {
        return err_nomemory(vm);
    }
    traceback_write_exception(vm, exc, out, what);
    if (fclose(out) != 0 || text == NULL) {
        free(text);
        return err_nomemory(vm);
    }
    // Source lines come from files as they are; never fail on bad bytes.
    Obj *s = bytes_decode(vm, text, size, "utf-8", "replace");
    free(text);
    return s;
}

int traceback_source_line(const char *path, int lineno, char *buf, size_t size) {
    return read_source_line(path, lineno, buf, size) ? 0 : -1;
}
