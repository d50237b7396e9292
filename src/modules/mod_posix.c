/* mod_posix.c: the `posix` module, the system calls under lib/os.py:
 * directories, files, stat, the environment, process ids, descriptors and
 * random bytes. Failures raise the OSError subclass of errno with the path
 * as e.filename, as CPython's posixmodule does. */
#include "modules/mod_posix.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules/mod_sys.h"
#include "objects/args.h"
#include "objects/bytesobj.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/file_io.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/type.h"

extern char **environ;

// ---------------------------------------------------------------------------
// Paths.
// ---------------------------------------------------------------------------

// What a path parameter accepts, for CPython's TypeError message.
#define PATH_PLAIN   "string, bytes or os.PathLike"
#define PATH_OR_FD   "string, bytes, os.PathLike or integer"
#define PATH_FD_NONE "string, bytes, os.PathLike, integer or None"

// A path argument: `arg` through os.fspath, its C text in `*cpath`. The
// result (a new reference) keeps the text alive. NULL on error, with
// "stat: path should be string, bytes, os.PathLike or integer, not float"
// (`fname`, `param` and `accepts` make the message) for other types.
static Obj *path_arg(Vm *vm, const char *fname, const char *param, const char *accepts, Obj *arg,
                     const char **cpath) {
    Obj *name = str_intern_cstr(vm, "__fspath__");
    if (name == NULL) {
        return NULL;
    }
    if (!str_check(arg) && !bytes_check(arg) && type_lookup(vm, obj_type(arg), name) == NULL) {
        return err_raise(vm, &exc_TypeError, "%s: %s should be %s, not %s", fname, param, accepts,
                         obj_type_name(arg));
    }
    Obj *p = fio_fspath(vm, arg, false);
    if (p != NULL && fio_path_cstr(vm, p, cpath) < 0) {
        obj_decref(p);
        return NULL;
    }
    return p;
}

// Runs a one-path system call `op` on args[0]: None, or OSError naming it.
static Obj *path_call(Vm *vm, const char *fname, const char *accepts, Obj *const *args,
                      size_t nargs, Obj *kwnames, int (*op)(const char *)) {
    const char *path;
    if (args_check(vm, fname, nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    Obj *p = path_arg(vm, fname, "path", accepts, args[0], &path);
    if (p == NULL) {
        return NULL;
    }
    int rc = op(path);
    obj_decref(p);
    if (rc != 0) {
        return err_raise_errno(vm, errno, args[0], NULL);
    }
    return obj_newref(OBJ_NONE);
}

#define PATH_FUNC(name, accepts, op)                                                               \
    static Obj *modposix_py_##name(Vm *vm, Obj *self, Obj *const *args, size_t nargs,              \
                                   Obj *kwnames) {                                                 \
        OURO_UNUSED(self);                                                                         \
        return path_call(vm, #name, accepts, args, nargs, kwnames, op);                            \
    }
PATH_FUNC(chdir, PATH_OR_FD, chdir)
PATH_FUNC(rmdir, PATH_PLAIN, rmdir)
PATH_FUNC(remove, PATH_PLAIN, unlink)
PATH_FUNC(unlink, PATH_PLAIN, unlink)
#undef PATH_FUNC

// rename(src, dst) and replace(src, dst): POSIX rename() replaces already.
static Obj *modposix_py_rename(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    const char *src, *dst;
    if (args_check(vm, "rename", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    Obj *a = path_arg(vm, "rename", "src", PATH_PLAIN, args[0], &src);
    Obj *b = a != NULL ? path_arg(vm, "rename", "dst", PATH_PLAIN, args[1], &dst) : NULL;
    int rc = b != NULL ? rename(src, dst) : 0;
    int e = errno;
    obj_xdecref(a);
    if (b == NULL) {
        return NULL;
    }
    obj_decref(b);
    if (rc != 0) {
        return err_raise_errno(vm, e, args[0], args[1]);
    }
    return obj_newref(OBJ_NONE);
}

static Obj *modposix_py_mkdir(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"path", "mode", NULL};
    Obj *a[2];
    int64_t mode = 0777;
    const char *path;
    if (args_bind(vm, "mkdir", args, nargs, kwnames, names, 2, 1, a) < 0 ||
        (a[1] != NULL && obj_as_ssize(vm, a[1], &mode) < 0)) {
        return NULL;
    }
    Obj *p = path_arg(vm, "mkdir", "path", PATH_PLAIN, a[0], &path);
    if (p == NULL) {
        return NULL;
    }
    int rc = mkdir(path, (mode_t)mode);
    obj_decref(p);
    if (rc != 0) {
        return err_raise_errno(vm, errno, a[0], NULL);
    }
    return obj_newref(OBJ_NONE);
}

static Obj *modposix_py_getcwd(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "getcwd", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    char *cwd = getcwd(NULL, 0);
    if (cwd == NULL) {
        return err_raise_errno(vm, errno, NULL, NULL);
    }
    Obj *res = str_from_cstr(vm, cwd);
    free(cwd);
    return res;
}

// listdir(path='.'): the names in the folder, without '.' and '..', as
// str (bytes when `path` is bytes), in the order the system gives them.
static Obj *modposix_py_listdir(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    const char *path = ".";
    if (args_check(vm, "listdir", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    Obj *p = nargs > 0 && args[0] != OBJ_NONE
                 ? path_arg(vm, "listdir", "path", PATH_FD_NONE, args[0], &path)
                 : obj_newref(OBJ_NONE);
    if (p == NULL) {
        return NULL;
    }
    bool as_bytes = bytes_check(p);
    DIR *dir = opendir(path);
    obj_decref(p);
    if (dir == NULL) {
        return err_raise_errno(vm, errno, nargs > 0 ? args[0] : NULL, NULL);
    }
    Obj *names = list_new(vm, 0);
    struct dirent *ent;
    while (names != NULL && (ent = readdir(dir)) != NULL) {
        const char *n = ent->d_name;
        if (strcmp(n, ".") == 0 || strcmp(n, "..") == 0) {
            continue;
        }
        Obj *name = as_bytes ? bytes_from_data(vm, n, strlen(n)) : str_from_cstr(vm, n);
        if (name == NULL || list_append_steal(vm, names, name) < 0) {
            obj_decref(names);
            names = NULL;
        }
    }
    closedir(dir);
    return names;
}

// readlink(path): the target of a symbolic link (bytes for a bytes path).
static Obj *modposix_py_readlink(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    const char *path;
    char buf[4096];
    if (args_check(vm, "readlink", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    Obj *p = path_arg(vm, "readlink", "path", PATH_PLAIN, args[0], &path);
    if (p == NULL) {
        return NULL;
    }
    ssize_t n = readlink(path, buf, sizeof buf);
    bool as_bytes = bytes_check(p);
    obj_decref(p);
    if (n < 0) {
        return err_raise_errno(vm, errno, args[0], NULL);
    }
    return as_bytes ? bytes_from_data(vm, buf, (size_t)n) : str_from_utf8(vm, buf, (size_t)n);
}

// ---------------------------------------------------------------------------
// stat.
// ---------------------------------------------------------------------------

// Ouro's stat_result keeps CPython's field names; items 7-9 are the float
// times (CPython's tuple has int seconds there, its attributes floats).
static const char *const stat_fields[] = {
    "st_mode",     "st_ino",      "st_dev",      "st_nlink",   "st_uid",
    "st_gid",      "st_size",     "st_atime",    "st_mtime",   "st_ctime",
    "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks",
};
static StructSeqDesc stat_desc = {"stat_result", "os",  stat_fields, 10,  15,
                                  NULL,          {{0}}, NULL,        NULL};

static Obj *stat_result(Vm *vm, const struct stat *st) {
    Obj *items[15];
    int64_t ints[7] = {st->st_mode, (int64_t)st->st_ino, (int64_t)st->st_dev, (int64_t)st->st_nlink,
                       st->st_uid,  st->st_gid,          st->st_size};
    for (int i = 0; i < 7; i++) {
        items[i] = int_from_i64(vm, ints[i]);
    }
    const struct timespec *ts[3] = {&st->st_atim, &st->st_mtim, &st->st_ctim};
    for (int i = 0; i < 3; i++) {
        items[7 + i] = float_from_double(vm, (double)ts[i]->tv_sec + ts[i]->tv_nsec * 1e-9);
        items[10 + i] = int_from_i64(vm, (int64_t)ts[i]->tv_sec * 1000000000 + ts[i]->tv_nsec);
    }
    items[13] = int_from_i64(vm, st->st_blksize);
    items[14] = int_from_i64(vm, st->st_blocks);
    return modsys_structseq_new_steal(vm, &stat_desc, items);
}

// stat(path) / lstat(path); an int is a descriptor (fstat), as in CPython.
static Obj *do_stat(Vm *vm, const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                    bool follow) {
    struct stat st;
    const char *path;
    int rc;
    if (args_check(vm, fname, nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (int_check(args[0])) {
        int64_t fd;
        if (int_as_i64(vm, args[0], &fd) < 0) {
            return NULL;
        }
        rc = fstat((int)fd, &st);
    } else {
        Obj *p = path_arg(vm, fname, "path", follow ? PATH_OR_FD : PATH_PLAIN, args[0], &path);
        if (p == NULL) {
            return NULL;
        }
        rc = follow ? stat(path, &st) : lstat(path, &st);
        obj_decref(p);
    }
    if (rc != 0) {
        return err_raise_errno(vm, errno, int_check(args[0]) ? NULL : args[0], NULL);
    }
    return stat_result(vm, &st);
}

static Obj *modposix_py_stat(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return do_stat(vm, "stat", args, nargs, kwnames, true);
}

static Obj *modposix_py_lstat(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    return do_stat(vm, "lstat", args, nargs, kwnames, false);
}

static Obj *modposix_py_fstat(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "fstat", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!int_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         obj_type_name(args[0]));
    }
    return do_stat(vm, "fstat", args, nargs, kwnames, true);
}

// access(path, mode): True when the process may use the path that way.
static Obj *modposix_py_access(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    const char *path;
    int64_t mode;
    if (args_check(vm, "access", nargs, kwnames, 2, 2) < 0 ||
        obj_as_ssize(vm, args[1], &mode) < 0) {
        return NULL;
    }
    Obj *p = path_arg(vm, "access", "path", PATH_OR_FD, args[0], &path);
    if (p == NULL) {
        return NULL;
    }
    int rc = access(path, (int)mode);
    obj_decref(p);
    return obj_bool(rc == 0);
}

// ---------------------------------------------------------------------------
// Descriptors.
// ---------------------------------------------------------------------------

static Obj *modposix_py_open(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"path", "flags", "mode", NULL};
    Obj *a[3];
    int64_t flags, mode = 0777;
    const char *path;
    if (args_bind(vm, "open", args, nargs, kwnames, names, 3, 2, a) < 0 ||
        obj_as_ssize(vm, a[1], &flags) < 0 || (a[2] != NULL && obj_as_ssize(vm, a[2], &mode) < 0)) {
        return NULL;
    }
    Obj *p = path_arg(vm, "open", "path", PATH_PLAIN, a[0], &path);
    if (p == NULL) {
        return NULL;
    }
    int fd = open(path, (int)flags | O_CLOEXEC, (mode_t)mode);
    obj_decref(p);
    if (fd < 0) {
        return err_raise_errno(vm, errno, a[0], NULL);
    }
    return int_from_i64(vm, fd);
}

// The descriptor argument `args[i]`. 0 or -1.
static int fd_arg(Vm *vm, Obj *const *args, size_t i, int *out) {
    int64_t v;
    if (obj_as_ssize(vm, args[i], &v) < 0) {
        return -1;
    }
    *out = (int)v;
    return 0;
}

static Obj *modposix_py_close(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    int fd;
    if (args_check(vm, "close", nargs, kwnames, 1, 1) < 0 || fd_arg(vm, args, 0, &fd) < 0) {
        return NULL;
    }
    if (close(fd) != 0) {
        return err_raise_errno(vm, errno, NULL, NULL);
    }
    return obj_newref(OBJ_NONE);
}

static Obj *modposix_py_read(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    int fd;
    int64_t n;
    if (args_check(vm, "read", nargs, kwnames, 2, 2) < 0 || fd_arg(vm, args, 0, &fd) < 0 ||
        obj_as_ssize(vm, args[1], &n) < 0) {
        return NULL;
    }
    if (n < 0) {
        return err_raise_errno(vm, EINVAL, NULL, NULL);
    }
    Obj *buf = bytes_new_uninit(vm, (size_t)n);
    if (buf == NULL) {
        return NULL;
    }
    ssize_t got = read(fd, bytes_data_mut(buf), (size_t)n);
    Obj *res = got < 0 ? err_raise_errno(vm, errno, NULL, NULL)
                       : bytes_from_data(vm, bytes_data(buf), (size_t)got);
    obj_decref(buf);
    return res;
}

static Obj *modposix_py_write(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    int fd;
    const char *data;
    size_t len;
    if (args_check(vm, "write", nargs, kwnames, 2, 2) < 0 || fd_arg(vm, args, 0, &fd) < 0) {
        return NULL;
    }
    if (!bytes_like_view(args[1], &data, &len)) {
        return err_raise(vm, &exc_TypeError, "a bytes-like object is required, not '%s'",
                         obj_type_name(args[1]));
    }
    ssize_t n = write(fd, data, len);
    return n < 0 ? err_raise_errno(vm, errno, NULL, NULL) : int_from_i64(vm, n);
}

static Obj *modposix_py_lseek(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    int fd;
    int64_t off, how;
    if (args_check(vm, "lseek", nargs, kwnames, 3, 3) < 0 || fd_arg(vm, args, 0, &fd) < 0 ||
        obj_as_ssize(vm, args[1], &off) < 0 || obj_as_ssize(vm, args[2], &how) < 0) {
        return NULL;
    }
    off_t pos = lseek(fd, (off_t)off, (int)how);
    return pos < 0 ? err_raise_errno(vm, errno, NULL, NULL) : int_from_i64(vm, pos);
}

static Obj *modposix_py_isatty(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    int fd;
    if (args_check(vm, "isatty", nargs, kwnames, 1, 1) < 0 || fd_arg(vm, args, 0, &fd) < 0) {
        return NULL;
    }
    return obj_bool(isatty(fd) == 1);
}

// ---------------------------------------------------------------------------
// Process and environment.
// ---------------------------------------------------------------------------

static Obj *modposix_py_getpid(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    return args_check(vm, "getpid", nargs, kwnames, 0, 0) < 0 ? NULL : int_from_i64(vm, getpid());
}

static Obj *modposix_py_getppid(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    return args_check(vm, "getppid", nargs, kwnames, 0, 0) < 0 ? NULL : int_from_i64(vm, getppid());
}

static Obj *modposix_py_getuid(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    return args_check(vm, "getuid", nargs, kwnames, 0, 0) < 0 ? NULL : int_from_i64(vm, getuid());
}

static Obj *modposix_py_cpu_count(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    OURO_UNUSED(args);
    if (args_check(vm, "cpu_count", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? int_from_i64(vm, n) : obj_newref(OBJ_NONE);
}

static Obj *modposix_py_urandom(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    int64_t n;
    if (args_check(vm, "urandom", nargs, kwnames, 1, 1) < 0 || obj_as_ssize(vm, args[0], &n) < 0) {
        return NULL;
    }
    if (n < 0) {
        return err_raise(vm, &exc_ValueError, "negative argument not allowed");
    }
    Obj *buf = bytes_new_uninit(vm, (size_t)n);
    for (size_t done = 0; buf != NULL && done < (size_t)n;) {
        ssize_t got = getrandom(bytes_data_mut(buf) + done, (size_t)n - done, 0);
        if (got < 0 && errno != EINTR) {
            obj_decref(buf);
            return err_raise_errno(vm, errno, NULL, NULL);
        }
        done += got > 0 ? (size_t)got : 0;
    }
    return buf;
}

static Obj *modposix_py_strerror(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    int64_t code;
    if (args_check(vm, "strerror", nargs, kwnames, 1, 1) < 0 ||
        obj_as_ssize(vm, args[0], &code) < 0) {
        return NULL;
    }
    return str_from_cstr(vm, strerror((int)code));
}

static Obj *modposix_py_umask(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    int64_t mask;
    if (args_check(vm, "umask", nargs, kwnames, 1, 1) < 0 || obj_as_ssize(vm, args[0], &mask) < 0) {
        return NULL;
    }
    return int_from_i64(vm, umask((mode_t)mask));
}

// putenv(key, value) / unsetenv(key): os.environ's writes reach the process.
static Obj *modposix_py_putenv(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "putenv", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    if (!str_check(args[0]) || !str_check(args[1])) {
        return err_raise(vm, &exc_TypeError, "str expected, not %s",
                         obj_type_name(str_check(args[0]) ? args[1] : args[0]));
    }
    const char *key = str_cstr(args[0]);
    if (key[0] == '\0' || strchr(key, '=') != NULL) {
        return err_raise(vm, &exc_ValueError, "illegal environment variable name");
    }
    if (setenv(key, str_cstr(args[1]), 1) != 0) {
        return err_raise_errno(vm, errno, NULL, NULL);
    }
    return obj_newref(OBJ_NONE);
}

static Obj *modposix_py_unsetenv(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "unsetenv", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "str expected, not %s", obj_type_name(args[0]));
    }
    if (unsetenv(str_cstr(args[0])) != 0) {
        return err_raise(vm, &exc_ValueError, "illegal environment variable name");
    }
    return obj_newref(OBJ_NONE);
}

// The environment at import time, as a dict of str.
static Obj *environ_dict(Vm *vm) {
    Obj *d = dict_new(vm);
    for (char **e = environ; d != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL) {
            continue;
        }
        Obj *k = str_from_utf8(vm, *e, (size_t)(eq - *e));
        Obj *v = str_from_cstr(vm, eq + 1);
        if (k == NULL || v == NULL || dict_set(vm, d, k, v) < 0) {
            // A variable that is not UTF-8 is left out rather than failing.
            err_clear(vm);
        }
        obj_xdecref(k);
        obj_xdecref(v);
    }
    return d;
}

static Obj *modposix_py_fspath(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    if (args_check(vm, "fspath", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    return fio_fspath(vm, args[0], false);
}

// ---------------------------------------------------------------------------
// The module.
// ---------------------------------------------------------------------------

#define DEF(name, doc)                                                                             \
    { #name, modposix_py_##name, METH_DEFAULT, doc }
static const MethodDef modposix_functions[] = {
    DEF(getcwd, "The current working directory."),
    DEF(chdir, "Change the current working directory."),
    DEF(listdir, "The names of the entries of a directory."),
    DEF(mkdir, "Create a directory."),
    DEF(rmdir, "Remove an empty directory."),
    DEF(remove, "Remove a file."),
    DEF(unlink, "Remove a file."),
    DEF(rename, "Rename a file or directory."),
    {"replace", modposix_py_rename, METH_DEFAULT, "Rename, replacing the destination."},
    DEF(readlink, "The target of a symbolic link."),
    DEF(stat, "Status of a path (follows symbolic links)."),
    DEF(lstat, "Status of a path (does not follow symbolic links)."),
    DEF(fstat, "Status of a file descriptor."),
    DEF(access, "Test the access rights to a path."),
    DEF(open, "Open a file descriptor."),
    DEF(close, "Close a file descriptor."),
    DEF(read, "Read bytes from a file descriptor."),
    DEF(write, "Write bytes to a file descriptor."),
    DEF(lseek, "Move the position of a file descriptor."),
    DEF(isatty, "True when the descriptor is a terminal."),
    DEF(getpid, "The process id."),
    DEF(getppid, "The parent's process id."),
    DEF(getuid, "The real user id."),
    DEF(cpu_count, "The number of CPUs, or None."),
    DEF(urandom, "Random bytes suitable for cryptography."),
    DEF(strerror, "The text of an error number."),
    DEF(umask, "Set the file mode creation mask; returns the old one."),
    DEF(putenv, "Set an environment variable of the process."),
    DEF(unsetenv, "Remove an environment variable of the process."),
    DEF(fspath, "The str or bytes of a path-like object."),
    {NULL, NULL, 0, NULL},
};
#undef DEF

static const struct {
    const char *name;
    int value;
} modposix_ints[] = {
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},     {"O_CREAT", O_CREAT},
    {"O_EXCL", O_EXCL},     {"O_TRUNC", O_TRUNC},   {"O_APPEND", O_APPEND}, {"F_OK", F_OK},
    {"R_OK", R_OK},         {"W_OK", W_OK},         {"X_OK", X_OK},         {"SEEK_SET", SEEK_SET},
    {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
};

// Stores `value` (a new reference, consumed; NULL = failed) as d[key].
static int set_steal(Vm *vm, Obj *d, const char *key, Obj *value) {
    if (value == NULL) {
        return -1;
    }
    int rc = dict_set_cstr(vm, d, key, value);
    obj_decref(value);
    return rc;
}

Obj *modposix_init(Vm *vm) {
    Obj *m = module_create_builtin(vm, "posix", modposix_functions);
    if (m == NULL) {
        return NULL;
    }
    Obj *d = module_dict(m);
    for (size_t i = 0; i < sizeof modposix_ints / sizeof modposix_ints[0]; i++) {
        if (set_steal(vm, d, modposix_ints[i].name, int_from_i64(vm, modposix_ints[i].value)) < 0) {
            return NULL;
        }
    }
    if (set_steal(vm, d, "environ", environ_dict(vm)) < 0 ||
        set_steal(vm, d, "stat_result", modsys_structseq_new_type(vm, &stat_desc)) < 0) {
        return NULL;
    }
    return m;
}
