/* main.c: the command line. Parses CPython-style options, creates the
 * interpreter, runs a file, a -c command, a -m module, stdin or the REPL in
 * the __main__ module, and turns the outcome into CPython's exit status
 * (0, 1 for an uncaught exception, SystemExit's code, 2 for usage errors,
 * death by SIGINT for KeyboardInterrupt, 3 when -X leakcheck finds live
 * objects at exit). */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../memory/gc.h"
#include "../memory/mem.h"
#include "../modules/mod_sys.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/runtime.h"
#include "../objects/str.h"
#include "../parse/parser.h"
#include "../vm/vm.h"
#include "repl.h"
#include "stream.h"

#define USAGE_LINE "usage: ouro [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"

static const char usage_text[] =
    USAGE_LINE "Options:\n"
               "-c cmd : program passed in as string (terminates option list)\n"
               "-h     : print this help message and exit (also -? or --help)\n"
               "-i     : inspect interactively after running script\n"
               "-m mod : run library module as a script (terminates option list)\n"
               "-q     : don't print version and copyright messages on interactive startup\n"
               "-u     : force the stdout and stderr streams to be unbuffered\n"
               "-V     : print the Python version number and exit (also --version)\n"
               "-X opt : set implementation-specific option:\n"
               "         -X leakcheck    report objects still alive at exit (exit status 3)\n"
               "         -X gcstats      print statistics of every collection on stderr\n"
               "         -X dis          print the program's bytecode on stderr before running it\n"
               "         -X heaplimit=N  cap the heap at N bytes (K, M, G suffixes);\n"
               "                         also OUROHEAPLIMIT=N in the environment\n"
               "         -X memstats     print heap and collector statistics at exit\n"
               "file   : program read from script file\n"
               "-      : program read from stdin (default; interactive mode if a tty)\n"
               "arg ...: arguments passed to program in sys.argv[1:]\n";

typedef enum { RUN_FILE, RUN_COMMAND, RUN_MODULE, RUN_STDIN, RUN_REPL } RunKind;

typedef struct CliArgs {
    RunKind kind;
    const char *target; // file, command or module name
    int argv_start;     // index in argv of sys.argv[1]
    bool inspect, quiet, unbuffered;
    bool stdin_dash; // "-" given explicitly
    RtOptions options;
} CliArgs;

static int usage_error(const char *fmt, const char *what) {
    fprintf(stderr, fmt, what);
    fprintf(stderr, USAGE_LINE "Try `ouro -h' for more information.\n");
    return 2;
}

// A byte count with an optional K, M or G suffix ("64M"), for -X heaplimit
// and OUROHEAPLIMIT. False when `text` is not one.
static bool parse_size(const char *text, size_t *out) {
    char *end;
    errno = 0;
    unsigned long long n = strtoull(text, &end, 10);
    unsigned long long mul = 1;
    if (*end == 'K' || *end == 'k') {
        mul = 1024ull;
        end++;
    } else if (*end == 'M' || *end == 'm') {
        mul = 1024ull * 1024;
        end++;
    } else if (*end == 'G' || *end == 'g') {
        mul = 1024ull * 1024 * 1024;
        end++;
    }
    if (errno != 0 || end == text || *end != '\0' || text[0] == '-' || n > SIZE_MAX / mul) {
        return false;
    }
    *out = (size_t)(n * mul);
    return true;
}

// "-X heaplimit=64M" and friends. Unknown -X options are ignored, as in
// CPython.
static int parse_x_option(CliArgs *a, const char *opt) {
    if (strcmp(opt, "leakcheck") == 0) {
        a->options.leak_check = true;
    } else if (strcmp(opt, "gcstats") == 0) {
        a->options.gc_stats = true;
    } else if (strcmp(opt, "dis") == 0) {
        a->options.dis = true;
    } else if (strcmp(opt, "memstats") == 0) {
        gc_set_exit_report(true);
    } else if (strncmp(opt, "heaplimit=", 10) == 0) {
        if (!parse_size(opt + 10, &a->options.heap_limit)) {
            fprintf(stderr, "ouro: invalid -X heaplimit value: '%s'\n", opt + 10);
            return 2;
        }
    }
    return 0;
}

// The environment's OUROHEAPLIMIT (same syntax as -X heaplimit=, which is
// parsed later and so wins). Returns 0 or the exit status 2.
static int parse_env(CliArgs *a) {
    const char *limit = getenv("OUROHEAPLIMIT");
    if (limit != NULL && limit[0] != '\0' && !parse_size(limit, &a->options.heap_limit)) {
        fprintf(stderr, "ouro: invalid OUROHEAPLIMIT value: '%s'\n", limit);
        return 2;
    }
    return 0;
}

// Parses the options; returns -1 to go on, or an exit status.
static int parse_args(int argc, char **argv, CliArgs *a) {
    memset(a, 0, sizeof *a);
    a->kind = RUN_REPL;
    if (parse_env(a) != 0) {
        return 2;
    }
    int i = 1;
    for (; i < argc; i++) {
        const char *arg = argv[i];
        if (arg[0] != '-' || strcmp(arg, "-") == 0) {
            break;
        }
        if (strcmp(arg, "--version") == 0) {
            printf("Ouro %s\n", OURO_VERSION);
            return 0;
        }
        if (strcmp(arg, "--help") == 0) {
            fputs(usage_text, stdout);
            return 0;
        }
        if (strcmp(arg, "--") == 0) {
            i++;
            break;
        }
        if (arg[1] == '-') {
            return usage_error("unknown option %s\n", arg);
        }
        // A cluster of one-letter flags, possibly ending in one that takes
        // a value (-c, -m, -X), as getopt does.
        for (const char *p = arg + 1; *p != '\0'; p++) {
            switch (*p) {
                case 'V':
                    printf("Ouro %s\n", OURO_VERSION);
                    return 0;
                case 'h':
                case '?':
                    fputs(usage_text, stdout);
                    return 0;
                case 'q':
                    a->quiet = true;
                    break;
                case 'u':
                    a->unbuffered = true;
                    break;
                case 'i':
                    a->inspect = true;
                    break;
                case 'c':
                case 'm':
                case 'X': {
                    const char *value = p[1] != '\0' ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                    if (value == NULL) {
                        char opt[3] = {'-', *p, '\0'};
                        return usage_error("Argument expected for the %s option\n", opt);
                    }
                    if (*p == 'X') {
                        int rc = parse_x_option(a, value);
                        if (rc != 0) {
                            return rc;
                        }
                        goto next_arg;
                    }
                    a->kind = *p == 'c' ? RUN_COMMAND : RUN_MODULE;
                    a->target = value;
                    a->argv_start = i + 1;
                    return -1;
                }
                default: {
                    char opt[3] = {'-', *p, '\0'};
                    return usage_error("Unknown option: %s\n", opt);
                }
            }
        }
    next_arg:;
    }
    if (i < argc) {
        a->stdin_dash = strcmp(argv[i], "-") == 0;
        a->kind = a->stdin_dash ? RUN_STDIN : RUN_FILE;
        a->target = argv[i];
        a->argv_start = i + 1;
    } else {
        // -i forces the interactive loop even on a pipe, as in CPython.
        a->kind = isatty(STDIN_FILENO) || a->inspect ? RUN_REPL : RUN_STDIN;
        a->argv_start = argc;
    }
    return -1;
}

// The path CPython shows for a script: absolute, but not normalized.
static void absolute_path(const char *path, char *out, size_t size) {
    char cwd[PATH_MAX];
    int n;
    if (path[0] == '/' || getcwd(cwd, sizeof cwd) == NULL) {
        n = snprintf(out, size, "%s", path);
    } else {
        n = snprintf(out, size, "%s/%s", cwd, path);
    }
    if (n < 0) {
        out[0] = '\0';
    }
}

// sys.argv and sys.path[0].
// The directories of OUROPATH (colon-separated, as PYTHONPATH), put at the
// front of sys.path in their order; the script's directory goes before
// them. Empty entries are skipped. 0 or -1.
static int add_ouropath(Vm *vm) {
    const char *env = getenv("OUROPATH");
    if (env == NULL) {
        return 0;
    }
    // modsys_add_path prepends, so the entries go in from the last.
    const char *end = env + strlen(env);
    while (end > env) {
        const char *start = end;
        while (start > env && start[-1] != ':') {
            start--;
        }
        if (end > start) {
            Obj *dir = str_from_utf8(vm, start, (size_t)(end - start));
            int rc = dir != NULL ? modsys_add_path(vm, dir) : -1;
            obj_xdecref(dir);
            if (rc < 0) {
                return -1;
            }
        }
        end = start > env ? start - 1 : env;
    }
    return 0;
}

static int setup_sys(Vm *vm, int argc, char **argv, const CliArgs *a, const char *argv0,
                     const char *path0) {
    Obj *list = list_new(vm, 0);
    if (list == NULL) {
        return -1;
    }
    Obj *s = str_from_cstr(vm, argv0);
    if (s == NULL || list_append_steal(vm, list, s) < 0) {
        obj_decref(list);
        return -1;
    }
    for (int i = a->argv_start; i < argc; i++) {
        s = str_from_cstr(vm, argv[i]);
        if (s == NULL || list_append_steal(vm, list, s) < 0) {
            obj_decref(list);
            return -1;
        }
    }
    int rc = modsys_set_argv(vm, list);
    obj_decref(list);
    if (rc < 0 || add_ouropath(vm) < 0) {
        return -1;
    }
    Obj *p0 = str_from_cstr(vm, path0);
    if (p0 == NULL) {
        return -1;
    }
    rc = modsys_add_path(vm, p0);
    obj_decref(p0);
    return rc;
}

// The __main__ module, registered in sys.modules. Borrowed.
static Obj *make_main(Vm *vm, const char *file) {
    Obj *m = module_new(vm, "__main__");
    if (m == NULL) {
        return NULL;
    }
    Obj *g = module_dict(m);
    Obj *bm = dict_get_cstr_borrow(vm, vm->modules, "builtins");
    int rc = dict_set_cstr(vm, g, "__builtins__", bm != NULL ? bm : vm->builtins);
    if (rc == 0 && file != NULL) {
        Obj *f = str_from_cstr(vm, file);
        rc = f == NULL ? -1 : dict_set_cstr(vm, g, "__file__", f);
        obj_xdecref(f);
    }
    if (rc == 0) {
        rc = dict_set_cstr(vm, vm->modules, "__main__", m);
    }
    obj_decref(m); // sys.modules holds it
    return rc < 0 ? NULL : m;
}

// Finds MODULE.py along sys.path for -m.
static bool find_module_file(Vm *vm, const char *name, char *out, size_t size) {
    Obj *path = dict_get_cstr_borrow(vm, module_dict(vm->sys_module), "path");
    char rel[PATH_MAX];
    snprintf(rel, sizeof rel, "%s", name);
    for (char *p = rel; *p != '\0'; p++) {
        if (*p == '.') {
            *p = '/';
        }
    }
    for (size_t i = 0; path != NULL && list_check(path) && i < list_len(path); i++) {
        Obj *d = list_get_borrow(path, i);
        if (!str_check(d)) {
            continue;
        }
        int n = snprintf(out, size, "%s/%s.py", str_size(d) > 0 ? str_cstr(d) : ".", rel);
        if (n > 0 && (size_t)n < size && access(out, R_OK) == 0) {
            return true;
        }
    }
    return false;
}

// CPython reads a script file through its decoding tokenizer, which stops
// at the first byte that is not UTF-8 (no encoding declarations are read)
// with this one-line SyntaxError and status 1. True when it reported one.
static bool report_non_utf8(const char *src, size_t len, const char *display) {
    const char *why;
    size_t bad = parser_utf8_check(src, len, &why);
    if (bad == len) {
        return false;
    }
    int line = 1;
    for (size_t i = 0; i < bad; i++) {
        line += src[i] == '\n';
    }
    fflush(stdout);
    fprintf(stderr,
            "SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no "
            "encoding declared; see https://peps.python.org/pep-0263/ for details\n",
            (unsigned char)src[bad], display, line);
    return true;
}

// Runs the program; returns its exit status before finalization.
static int run_program(Vm *vm, int argc, char **argv, CliArgs *a, bool *interrupted) {
    char *src = NULL;
    size_t len = 0;
    char display[PATH_MAX * 2];
    const char *filename = "<stdin>";
    char dir[PATH_MAX] = "";
    const char *argv0 = "";
    if (a->kind == RUN_FILE || a->kind == RUN_MODULE) {
        char modpath[PATH_MAX];
        if (a->kind == RUN_MODULE) {
            char cwd[PATH_MAX];
            if (getcwd(cwd, sizeof cwd) == NULL) {
                cwd[0] = '\0';
            }
            if (setup_sys(vm, argc, argv, a, "-m", cwd) < 0) {
                return -1;
            }
            if (!find_module_file(vm, a->target, modpath, sizeof modpath)) {
                fprintf(stderr, "ouro: No module named %s\n", a->target);
                return 1;
            }
            a->target = modpath;
        }
        absolute_path(a->target, display, sizeof display);
        FILE *fp = fopen(a->target, "rb");
        if (fp == NULL) {
            fprintf(stderr, "ouro: can't open file '%s': [Errno %d] %s\n", display, errno,
                    strerror(errno));
            return 2;
        }
        src = stream_read_all(fp, &len);
        fclose(fp);
        if (src == NULL) {
            fprintf(stderr, "ouro: can't read file '%s'\n", display);
            return 2;
        }
        filename = display;
        if (a->kind == RUN_FILE && report_non_utf8(src, len, display)) {
            free(src);
            return 1;
        }
        char real[PATH_MAX];
        if (realpath(a->target, real) != NULL) {
            char *slash = strrchr(real, '/');
            if (slash != NULL) {
                *slash = '\0';
            }
            size_t n = strlen(real);
            memcpy(dir, n > 0 ? real : "/", n > 0 ? n + 1 : 2);
        }
        argv0 = a->target;
        if (a->kind == RUN_MODULE) {
            Obj *sysargv = vm->argv;
            Obj *s = str_from_cstr(vm, display);
            if (s != NULL && list_len(sysargv) > 0) {
                Obj *old = ((ListObj *)sysargv)->items[0];
                ((ListObj *)sysargv)->items[0] = s;
                obj_decref(old);
            }
        } else if (setup_sys(vm, argc, argv, a, argv0, dir) < 0) {
            free(src);
            return -1;
        }
    } else if (a->kind == RUN_COMMAND) {
        if (setup_sys(vm, argc, argv, a, "-c", "") < 0) {
            return -1;
        }
        filename = "<string>";
    } else {
        if (setup_sys(vm, argc, argv, a, a->stdin_dash ? "-" : "", "") < 0) {
            return -1;
        }
        if (a->kind == RUN_STDIN) {
            src = stream_read_all(stdin, &len);
            if (src == NULL) {
                fprintf(stderr, "ouro: can't read <stdin>\n");
                return 2;
            }
        }
    }
    Obj *main_mod = make_main(vm, a->kind == RUN_FILE || a->kind == RUN_MODULE ? display : NULL);
    if (main_mod == NULL) {
        free(src);
        return -1;
    }
    obj_incref(main_mod);
    Obj *globals = module_dict(main_mod);
    int status = 0;
    bool exited = false;
    if (a->kind != RUN_REPL) {
        const char *text = a->kind == RUN_COMMAND ? a->target : src;
        size_t n = a->kind == RUN_COMMAND ? strlen(a->target) : len;
        Obj *r = vm_run_source(vm, text, n, filename, globals);
        fflush(stdout);
        if (r != NULL) {
            obj_decref(r);
        } else {
            bool is_exit = false;
            status = repl_handle_exception(vm, err_fetch(vm), &is_exit, interrupted);
            exited = is_exit;
        }
    }
    free(src);
    if ((a->kind == RUN_REPL || a->inspect) && !exited && !*interrupted) {
        status =
            repl_run(vm, globals, a->quiet || a->kind != RUN_REPL, a->kind == RUN_REPL, &exited);
    }
    obj_decref(main_mod);
    return status;
}

int main(int argc, char **argv) {
    CliArgs a;
    int rc = parse_args(argc, argv, &a);
    if (rc >= 0) {
        return rc;
    }
    if (a.unbuffered) {
        setvbuf(stdout, NULL, _IONBF, 0);
        setvbuf(stderr, NULL, _IONBF, 0);
    }
    // As CPython: a closed pipe is an EPIPE error, not a fatal signal.
    signal(SIGPIPE, SIG_IGN);
    Vm *vm = rt_init(&a.options);
    if (vm == NULL) {
        return 1;
    }
    vm_install_sigint();
    bool interrupted = false;
    int status = run_program(vm, argc, argv, &a, &interrupted);
    if (status < 0) {
        fflush(stdout);
        fprintf(stderr, "ouro: out of memory at start-up\n");
        status = 1;
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        status = 120;
    }
    if (rt_finalize(vm) != 0) {
        status = 3;
    }
    if (interrupted) {
        fflush(stderr);
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }
    return status;
}
