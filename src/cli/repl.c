/* repl.c: the interactive loop. Lines are gathered until the compiler says
 * the statement is complete (its `incomplete` flag, Lua's trick); a
 * compound statement also waits for an empty line, as CPython's prompt
 * does. Each statement runs in the __main__ globals; PRINT_EXPR echoes. */
#include "repl.h"

#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <editline/readline.h>

#include "../compile/compiler.h"
#include "../memory/mem.h"
#include "../objects/exc.h"
#include "../objects/dict.h"
#include "../objects/intobj.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/traceback.h"
#include "../objects/tuple.h"
#include "../vm/vm.h"
#include "complete.h"
#include "stream.h"

// Reports an uncaught exception through sys.excepthook when a program has
// replaced it (CPython's rule), else with the built-in printer. A hook
// that fails is reported too, then the original exception.
static void print_uncaught(Vm *vm, Obj *exc) {
    Obj *d = vm->sys_module != NULL ? module_dict(vm->sys_module) : NULL;
    Obj *hook = d != NULL ? dict_get_cstr_borrow(vm, d, "excepthook") : NULL;
    Obj *orig = d != NULL ? dict_get_cstr_borrow(vm, d, "__excepthook__") : NULL;
    err_clear(vm);
    if (hook == NULL || hook == orig) {
        traceback_print_exception(vm, exc);
        return;
    }
    ExcObj *e = (ExcObj *)exc;
    Obj *args[3] = {(Obj *)obj_type(exc), exc, e->traceback != NULL ? e->traceback : OBJ_NONE};
    obj_incref(hook);
    Obj *r = obj_call(vm, hook, args, 3, NULL);
    obj_decref(hook);
    if (r != NULL) {
        obj_decref(r);
        return;
    }
    Obj *failure = err_fetch(vm);
    fflush(stdout);
    fputs("Error in sys.excepthook:\n", stderr);
    traceback_print_exception(vm, failure);
    obj_decref(failure);
    fputs("\nOriginal exception was:\n", stderr);
    traceback_print_exception(vm, exc);
}

int repl_handle_exception(Vm *vm, Obj *exc, bool *is_exit, bool *is_interrupt) {
    *is_exit = false;
    *is_interrupt = false;
    fflush(stdout);
    if (obj_is_instance(exc, &exc_SystemExit)) {
        *is_exit = true;
        Obj *args = ((ExcObj *)exc)->args;
        Obj *code = OBJ_NONE;
        if (args != NULL && tuple_len(args) == 1) {
            code = tuple_get_borrow(args, 0);
        } else if (args != NULL && tuple_len(args) > 1) {
            code = args;
        }
        int status = 0;
        if (code == OBJ_NONE) {
            status = 0;
        } else if (int_check(code)) {
            int64_t v = 0;
            if (int_as_i64(vm, code, &v) < 0) {
                err_clear(vm);
                v = -1;
            }
            status = (int)(v & 0xFF);
        } else {
            Obj *s = obj_str(vm, code);
            if (s != NULL) {
                fprintf(stderr, "%s\n", str_cstr(s));
                obj_decref(s);
            } else {
                err_clear(vm);
            }
            status = 1;
        }
        obj_decref(exc);
        return status;
    }
    *is_interrupt = obj_is_instance(exc, &exc_KeyboardInterrupt);
    print_uncaught(vm, exc);
    obj_decref(exc);
    err_clear(vm);
    return 1;
}

// True when the last non-blank character of `line` is ':' (a compound
// statement's header), ignoring a trailing comment roughly.
static bool ends_block_header(const char *line) {
    size_t n = strlen(line);
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == ' ' || line[n - 1] == '\t' ||
                     line[n - 1] == '\r')) {
        n--;
    }
    return n > 0 && line[n - 1] == ':';
}

static bool is_blank(const char *line) {
    for (; *line != '\0'; line++) {
        if (*line != ' ' && *line != '\t' && *line != '\n' && *line != '\r') {
            return false;
        }
    }
    return true;
}

// Automatic indentation at a terminal. libedit clears its line before it
// reads, so the indentation is typed for the user instead: the character
// reader below hands out next_indent before the keyboard's characters.
// After a block header the next line gets four more spaces than the
// header; inside a block, the indentation of the line before. A line left
// with only that whitespace is blank and ends the block. Nothing is typed
// for lines that are pasted (see read_line).
static char next_indent[128];
static const char *indent_left = "";

// One byte from `fd`, retrying after signals other than Ctrl-C; -1 at end
// of input or when Ctrl-C arrived (left pending for read_line).
static int read_byte(int fd) {
    for (;;) {
        unsigned char c;
        ssize_t n = read(fd, &c, 1);
        if (n == 1) {
            return c;
        }
        if (n < 0 && errno == EINTR) {
            if (vm_take_interrupt()) {
                vm_request_interrupt();
                return -1;
            }
            continue; // another signal (a resized window): keep reading
        }
        return -1;
    }
}

// libedit's readline() treats what this returns as one character, so a
// UTF-8 sequence is decoded to its code point here (a malformed one is
// passed on byte by byte).
static int indent_getc(FILE *fp) {
    if (*indent_left != '\0') {
        return (unsigned char)*indent_left++;
    }
    int c = read_byte(fileno(fp));
    int extra = c >= 0xF0 && c < 0xF8 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (c < 0x80 || extra == 0) {
        return c < 0 ? EOF : c;
    }
    int cp = c & (0x3F >> extra);
    for (int i = 0; i < extra; i++) {
        int b = read_byte(fileno(fp));
        if (b < 0 || (b & 0xC0) != 0x80) {
            return b < 0 ? EOF : b;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    return cp;
}

// Sets next_indent from the continuation line just read.
static void plan_indent(const char *line) {
    size_t lead = strspn(line, " \t");
    if (is_blank(line) || lead + 5 > sizeof next_indent) {
        next_indent[0] = '\0';
        return;
    }
    memcpy(next_indent, line, lead);
    if (ends_block_header(line)) {
        memcpy(next_indent + lead, "    ", 4);
        lead += 4;
    }
    next_indent[lead] = '\0';
}

// Ctrl-C at the prompt interrupts the read (no SA_RESTART) so that the
// loop can print KeyboardInterrupt and prompt again.
static void install_interrupting_sigint(void) {
    vm_install_sigint();
    struct sigaction sa;
    sigaction(SIGINT, NULL, &sa);
    sa.sa_flags &= ~SA_RESTART;
    sigaction(SIGINT, &sa, NULL);
}

// Reads one line (with its newline) into `line`: through libedit, with
// history, when stdin is a terminal; with fgets otherwise. Returns 1 for a
// line, 0 at end of input, -1 when Ctrl-C interrupted the read.
static int read_line(bool tty, const char *prompt, char *line, size_t size) {
    if (tty) {
        // Pasted text arrives all at once: when the next line is already
        // waiting, it brings its own indentation.
        struct pollfd pfd = {.fd = STDIN_FILENO, .events = POLLIN};
        indent_left = poll(&pfd, 1, 0) > 0 ? "" : next_indent;
        char *text = readline(prompt);
        indent_left = "";
        if (vm_take_interrupt()) {
            free(text);
            return -1;
        }
        if (text == NULL) {
            return 0;
        }
        if (text[0] != '\0') {
            add_history(text);
        }
        snprintf(line, size, "%s\n", text);
        free(text);
        return 1;
    }
    fputs(prompt, stderr);
    fflush(stderr);
    if (fgets(line, (int)size, stdin) == NULL) {
        if (ferror(stdin) && errno == EINTR) {
            clearerr(stdin);
            vm_take_interrupt();
            return -1;
        }
        return 0;
    }
    return 1;
}

// Prints the pending exception, if any. Returns -1 when it was SystemExit,
// which ends the session with the status in *status; 0 otherwise.
static int report_exception(Vm *vm, int *status, bool *exited) {
    Obj *exc = err_fetch(vm);
    if (exc == NULL) {
        return 0;
    }
    bool is_exit, is_interrupt;
    int st = repl_handle_exception(vm, exc, &is_exit, &is_interrupt);
    if (is_exit) {
        *status = st;
        *exited = true;
        return -1;
    }
    return 0;
}

// Runs one complete statement. Returns -1 when the loop must stop (exit
// status in *status), 0 otherwise.
static int run_statement(Vm *vm, Obj *globals, const char *src, size_t len, int *status,
                         bool *exited) {
    bool incomplete = false;
    Obj *code = comp_compile_source(vm, src, len, "<stdin>", PARSE_SINGLE, &incomplete);
    Obj *r = NULL;
    if (code != NULL) {
        r = vm_exec_code(vm, code, globals, globals);
        obj_decref(code);
    }
    fflush(stdout);
    if (r != NULL) {
        obj_decref(r);
        return 0;
    }
    return report_exception(vm, status, exited);
}

// Runs the file named by OUROSTARTUP in `globals`, as CPython does with
// PYTHONSTARTUP. Returns -1 when it raised SystemExit (status in *status).
static int run_startup(Vm *vm, Obj *globals, int *status, bool *exited) {
    const char *path = getenv("OUROSTARTUP");
    if (path == NULL || path[0] == '\0') {
        return 0;
    }
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        fprintf(stderr, "Could not open OUROSTARTUP\nFileNotFoundError: [Errno %d] %s: '%s'\n",
                errno, strerror(errno), path);
        return 0;
    }
    size_t len = 0;
    char *src = stream_read_all(fp, &len);
    fclose(fp);
    if (src == NULL) {
        fprintf(stderr, "Could not read OUROSTARTUP '%s'\n", path);
        return 0;
    }
    Obj *r = vm_run_source(vm, src, len, path, globals);
    free(src);
    fflush(stdout);
    if (r != NULL) {
        obj_decref(r);
        return 0;
    }
    return report_exception(vm, status, exited);
}

// The history file, ~/.ouro_history; false when HOME is unset.
static bool history_path(char *out, size_t size) {
    const char *home = getenv("HOME");
    if (home == NULL || home[0] == '\0') {
        return false;
    }
    int n = snprintf(out, size, "%s/.ouro_history", home);
    return n > 0 && (size_t)n < size;
}

int repl_run(Vm *vm, Obj *globals, bool quiet, bool startup, bool *exited) {
    *exited = false;
    if (!quiet) {
        fprintf(stderr, "Ouro %s\nType Ctrl-D to exit.\n", OURO_VERSION);
    }
    int status = 0;
    if (startup && run_startup(vm, globals, &status, exited) < 0) {
        return status;
    }
    install_interrupting_sigint();
    bool tty = isatty(STDIN_FILENO) != 0;
    char hist[4096];
    bool has_hist = tty && history_path(hist, sizeof hist);
    if (tty) {
        // libedit reads and shows non-ASCII text only in a UTF-8 locale;
        // like CPython (PEP 538), the C locale is taken as C.UTF-8.
        const char *loc = setlocale(LC_CTYPE, "");
        if (loc == NULL || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0) {
            setlocale(LC_CTYPE, "C.UTF-8");
        }
        rl_readline_name = "ouro";
        rl_getc_function = indent_getc;
        complete_install(vm, globals);
        stifle_history(1000);
        if (has_hist) {
            read_history(hist);
        }
    }
    StrBuf buf;
    strbuf_init(&buf);
    char line[4096];
    bool more = false, block = false;
    for (;;) {
        int got = read_line(tty, more ? "... " : ">>> ", line, sizeof line);
        next_indent[0] = '\0';
        if (got < 0) {
            err_clear(vm);
            fputs("\nKeyboardInterrupt\n", stderr);
            buf.size = 0;
            more = block = false;
            continue;
        }
        if (got == 0) {
            fputc('\n', stderr);
            break;
        }
        if (!more && is_blank(line)) {
            continue;
        }
        if (strbuf_append_cstr(&buf, line) < 0) {
            err_clear(vm);
            break;
        }
        if (block && !is_blank(line)) {
            plan_indent(line);
            continue; // a compound statement ends with an empty line
        }
        bool incomplete = false;
        Obj *probe =
            comp_compile_source(vm, buf.data, buf.size, "<stdin>", PARSE_SINGLE, &incomplete);
        obj_xdecref(probe);
        err_clear(vm);
        if (incomplete && !(block && is_blank(line))) {
            more = true;
            block = block || ends_block_header(line);
            plan_indent(line);
            continue;
        }
        int stop = run_statement(vm, globals, buf.data, buf.size, &status, exited);
        buf.size = 0;
        more = block = false;
        if (stop < 0) {
            break;
        }
    }
    strbuf_free(&buf);
    if (has_hist) {
        write_history(hist);
    }
    if (tty) {
        complete_release();
    }
    return status;
}

