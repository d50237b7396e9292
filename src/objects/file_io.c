/* file_io.c: open() and what every file object it returns shares: closing,
 * flushing, positioning (seek/tell/truncate), the context manager and the
 * line iteration. Each object owns a C stdio stream over the descriptor;
 * file_text.c and file_binary.c add the reading and writing. */
#include "objects/file_io.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "memory/mem.h"
#include "objects/args.h"
#include "objects/bytesobj.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/intobj.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/type.h"

static IoFile *as_fio(Obj *o) {
    return (IoFile *)o;
}

bool fio_check(const Obj *o) {
    TypeObj *t = obj_type(o);
    return t == &fio_text_type || t == &fio_reader_type || t == &fio_writer_type ||
           t == &fio_random_type || t == &fio_raw_type;
}

// ---------------------------------------------------------------------------
// Errors.
// ---------------------------------------------------------------------------

Obj *fio_unsupported(Vm *vm, const char *what) {
    // The class lives in the _io module; only a program that never
    // imported io nor called open() can miss it (sys.stdin.write()).
    Obj *m = dict_get_cstr_borrow(vm, vm->modules, "_io");
    Obj *t = m != NULL ? dict_get_cstr_borrow(vm, module_dict(m), "UnsupportedOperation") : NULL;
    if (t == NULL || obj_type(t) != &type_type) {
        err_clear(vm);
        t = (Obj *)&exc_OSError;
    }
    return err_raise(vm, (TypeObj *)t, "%s", what);
}

Obj *fio_raise_errno(Vm *vm) {
    return err_raise_errno(vm, errno, NULL, NULL);
}

// CPython's messages for an operation on a closed file depend on the layer
// that notices: TextIOWrapper says "I/O operation on closed file.", the
// buffered classes "read of closed file", FileIO has no full stop.
int fio_check_open(Vm *vm, IoFile *f, const char *op) {
    if (f->fp != NULL) {
        return 0;
    }
    TypeObj *t = obj_type((Obj *)f);
    const char *generic = "I/O operation on closed file";
    bool flush = strcmp(op, "flush") == 0;
    bool iobase = strcmp(op, "iobase") == 0; // methods every class inherits from IOBase
    if (t == &fio_text_type || iobase || (flush && (t == &fio_raw_type || !f->is_writable))) {
        err_raise(vm, &exc_ValueError, "%s.", generic);
    } else if (t == &fio_raw_type) {
        err_raise(vm, &exc_ValueError, "%s", generic);
    } else if (strcmp(op, "write") == 0) {
        err_raise(vm, &exc_ValueError, "write to closed file");
    } else if (op[0] != '\0') {
        err_raise(vm, &exc_ValueError, "%s of closed file", op);
    } else {
        err_raise(vm, &exc_ValueError, "%s", generic);
    }
    return -1;
}

int fio_switch(Vm *vm, IoFile *f, FioLastOp op) {
    if (f->last_op != FIO_OP_NONE && f->last_op != op) {
        // C11 7.21.5.3: output then input needs fflush, input then output a
        // positioning call; a zero seek does both.
        if (fseeko(f->fp, 0, SEEK_CUR) != 0 && errno != ESPIPE) {
            fio_raise_errno(vm);
            return -1;
        }
    }
    f->last_op = op;
    return 0;
}

// ---------------------------------------------------------------------------
// Paths.
// ---------------------------------------------------------------------------

Obj *fio_fspath(Vm *vm, Obj *path, bool allow_fd) {
    if (str_check(path) || bytes_check(path) || (allow_fd && int_check(path))) {
        return obj_newref(path);
    }
    Obj *name = str_intern_cstr(vm, "__fspath__");
    Obj *fn = name != NULL ? type_lookup(vm, obj_type(path), name) : NULL;
    if (fn == NULL) {
        return err_raise(vm, &exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                         obj_type_name(path));
    }
    Obj *res = obj_call_method(vm, path, "__fspath__", NULL, 0);
    if (res != NULL && !str_check(res) && !bytes_check(res)) {
        err_raise(vm, &exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                  obj_type_name(path), obj_type_name(res));
        obj_decref(res);
        return NULL;
    }
    return res;
}

int fio_path_cstr(Vm *vm, Obj *path, const char **out) {
    bool is_str = str_check(path);
    const char *s = is_str ? str_cstr(path) : bytes_data(path);
    size_t n = is_str ? str_size(path) : bytes_len(path);
    if (memchr(s, '\0', n) != NULL) {
        err_raise(vm, &exc_ValueError, "embedded null byte"); // for str too, as CPython
        return -1;
    }
    *out = s;
    return 0;
}

// ---------------------------------------------------------------------------
// open().
// ---------------------------------------------------------------------------

// What a mode string asks for.
typedef struct OpenMode {
    bool create, read, write, append, plus, text, binary;
} OpenMode;

// Parses `mode` with CPython's checks and messages. 0 or -1.
static int parse_mode(Vm *vm, Obj *mode, OpenMode *m) {
    memset(m, 0, sizeof *m);
    const char *s = str_cstr(mode);
    bool *flags[] = {&m->create, &m->read, &m->write, &m->append, &m->plus, &m->text, &m->binary};
    const char *letters = "xrwa+tb";
    for (size_t i = 0; i < str_size(mode); i++) {
        const char *p = s[i] != '\0' ? strchr(letters, s[i]) : NULL;
        if (p == NULL || *flags[p - letters]) {
            err_raise(vm, &exc_ValueError, "invalid mode: %R", mode);
            return -1;
        }
        *flags[p - letters] = true;
    }
    if (m->text && m->binary) {
        err_raise(vm, &exc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (m->create + m->read + m->write + m->append > 1) {
        err_raise(vm, &exc_ValueError, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    return 0;
}

// No create/read/write/append letter: CPython's FileIO finds it, after the
// path's checks, with its own message.
static int check_mode_given(Vm *vm, const OpenMode *m) {
    if (m->create + m->read + m->write + m->append == 0) {
        err_raise(vm, &exc_ValueError,
                  "Must have exactly one of create/read/write/append mode and at most one plus");
        return -1;
    }
    return 0;
}

// The open(2) flags of a parsed mode.
static int open_flags(const OpenMode *m) {
    int flags = O_CLOEXEC;
    flags |= m->plus ? O_RDWR : m->read ? O_RDONLY : O_WRONLY;
    if (m->write) {
        flags |= O_CREAT | O_TRUNC;
    } else if (m->append) {
        flags |= O_CREAT | O_APPEND;
    } else if (m->create) {
        flags |= O_CREAT | O_EXCL;
    }
    return flags;
}

// Opens the descriptor for `file` (a path, or an fd to use). The result is
// a descriptor the object owns: a caller's fd with closefd=False is
// duplicated, so that closing the stream leaves the caller's one open.
static int open_fd(Vm *vm, Obj *file, const OpenMode *m, bool closefd, int *user_fd) {
    int fd;
    if (int_check(file)) {
        int64_t v;
        if (int_as_i64(vm, file, &v) < 0) {
            return -1;
        }
        if (v < 0 || v > 0x7fffffff) {
            err_raise(vm, &exc_ValueError, "negative file descriptor");
            return -1;
        }
        *user_fd = (int)v;
        fd = closefd ? (int)v : fcntl((int)v, F_DUPFD_CLOEXEC, 0);
        if (fd < 0 || fcntl(fd, F_GETFD) < 0) {
            err_raise_errno(vm, errno, NULL, NULL);
            return -1;
        }
    } else {
        if (!closefd) {
            err_raise(vm, &exc_ValueError, "Cannot use closefd=False with file name");
            return -1;
        }
        const char *path;
        if (fio_path_cstr(vm, file, &path) < 0) {
            return -1;
        }
        do {
            fd = open(path, open_flags(m), 0666);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0) {
            err_raise_errno(vm, errno, file, NULL);
            return -1;
        }
        *user_fd = fd;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        err_raise_errno(vm, EISDIR, file, NULL);
        return -1;
    }
    if (m->append) {
        lseek(fd, 0, SEEK_END); // tell() starts at the end, as CPython's
    }
    return fd;
}

// .mode of the binary classes: FileIO's normalised spelling.
static void binary_mode_string(const OpenMode *m, char *out) {
    const char *base = m->create ? "xb" : m->append ? "ab" : m->read ? "rb" : "wb";
    if (m->write && m->plus) {
        base = "rb"; // CPython reports 'w+b' as 'rb+'
    }
    strcpy(out, base);
    if (m->plus) {
        strcat(out, "+");
    }
}

// 'u' when the file's encoding is UTF-8 (variable-length characters), 'b'
// for the one-byte encodings; found by encoding "é" once. 0 with
// MemoryError pending.
static char char_width(Vm *vm, IoFile *f) {
    Obj *e_acute = str_from_cstr(vm, "\xc3\xa9");
    if (e_acute == NULL) {
        return 0;
    }
    Obj *probe = bytes_encode_str(vm, e_acute, str_cstr(f->encoding), "strict");
    obj_decref(e_acute);
    if (probe == NULL) {
        if (err_matches(vm, &exc_MemoryError)) {
            return 0;
        }
        err_clear(vm); // ASCII cannot encode it: a one-byte codec all the same
        return 'b';
    }
    char width = bytes_len(probe) == 2 ? 'u' : 'b';
    obj_decref(probe);
    return width;
}

// Checks the text-only arguments of open(): encoding (str or None),
// errors, newline. Fills `f`'s text fields. 0 or -1.
static int setup_text(Vm *vm, IoFile *f, Obj *encoding, Obj *errors, Obj *newline) {
    static const struct {
        const char *text;
        FioNewline nl;
    } newlines[] = {
        {"", FIO_NL_RECOGNIZE}, {"\n", FIO_NL_LF}, {"\r", FIO_NL_CR}, {"\r\n", FIO_NL_CRLF}};
    f->newline = FIO_NL_UNIVERSAL;
    if (newline != NULL && newline != OBJ_NONE) {
        size_t i = 0;
        while (i < 4 && !str_equal_cstr(newline, newlines[i].text)) {
            i++;
        }
        if (i == 4) {
            err_raise(vm, &exc_ValueError, "illegal newline value: %S", newline);
            return -1;
        }
        f->newline = newlines[i].nl;
    }
    f->encoding = encoding != NULL && encoding != OBJ_NONE ? obj_newref(encoding)
                                                           : str_from_cstr(vm, "UTF-8");
    f->errors =
        errors != NULL && errors != OBJ_NONE ? obj_newref(errors) : str_from_cstr(vm, "strict");
    if (f->encoding == NULL || f->errors == NULL) {
        return -1;
    }
    // Looks the codec up now, as TextIOWrapper does: LookupError early.
    Obj *probe = bytes_decode(vm, "", 0, str_cstr(f->encoding), "strict");
    obj_xdecref(probe);
    if (probe == NULL) {
        return -1;
    }
    f->width = char_width(vm, f);
    return f->width == 0 ? -1 : 0;
}

// Type checks of open()'s optional arguments, with CPython's messages.
static int check_arg_types(Vm *vm, Obj *const *a) {
    static const char *const names[] = {"file",     "mode",   "buffering",
                                        "encoding", "errors", "newline"};
    if (a[1] != NULL && !str_check(a[1])) {
        err_raise(vm, &exc_TypeError, "open() argument 'mode' must be str, not %s",
                  obj_type_name(a[1]));
        return -1;
    }
    if (a[2] != NULL && !int_check(a[2])) {
        err_raise(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  obj_type_name(a[2]));
        return -1;
    }
    for (int i = 3; i < 6; i++) {
        if (a[i] != NULL && a[i] != OBJ_NONE && !str_check(a[i])) {
            err_raise(vm, &exc_TypeError, "open() argument '%s' must be str or None, not %s",
                      names[i], obj_type_name(a[i]));
            return -1;
        }
    }
    return 0;
}

// The binary-mode restrictions, checked before anything is opened.
static int check_binary_args(Vm *vm, const OpenMode *m, Obj *const *a) {
    static const char *const names[] = {"an encoding", "an errors", "a newline"};
    for (int i = 0; i < 3 && m->binary; i++) {
        if (a[3 + i] != NULL && a[3 + i] != OBJ_NONE) {
            err_raise(vm, &exc_ValueError, "binary mode doesn't take %s argument", names[i]);
            return -1;
        }
    }
    return 0;
}

// The type of object for a mode and buffering.
static TypeObj *file_kind(const OpenMode *m, int64_t buffering) {
    if (!m->binary) {
        return &fio_text_type;
    }
    if (buffering == 0) {
        return &fio_raw_type;
    }
    return m->plus ? &fio_random_type : m->read ? &fio_reader_type : &fio_writer_type;
}

// Before the descriptor of a standard stream is closed (open(1, 'w')):
// what C stdio still holds for it goes out first, as CPython flushes
// sys.stdout before its files are freed at exit.
static void flush_std_stream(int fd) {
    if (fd == STDOUT_FILENO || fd == STDERR_FILENO) {
        fflush(fd == STDOUT_FILENO ? stdout : stderr);
    }
}

// Wraps descriptor `fd` (owned) in a stdio stream for `f`. 0 or -1.
static int attach_stream(Vm *vm, IoFile *f, int fd, int64_t buffering) {
    const char *how = f->is_readable && f->is_writable ? (f->is_appending ? "a+" : "r+")
                      : f->is_readable                 ? "r"
                      : f->is_appending                ? "a"
                                                       : "w";
    f->fp = fdopen(fd, how);
    if (f->fp == NULL && errno == EINVAL) {
        // A descriptor opened for the other direction: CPython accepts it
        // and fails at the first transfer, which a stream of the
        // descriptor's own mode does too.
        int acc = fcntl(fd, F_GETFL) & O_ACCMODE;
        f->fp = fdopen(fd, acc == O_RDONLY ? "r" : acc == O_WRONLY ? "w" : "r+");
    }
    if (f->fp == NULL) {
        int e = errno;
        flush_std_stream(fd);
        close(fd);
        err_raise_errno(vm, e, NULL, NULL);
        return -1;
    }
    if (buffering == 0) {
        setvbuf(f->fp, NULL, _IONBF, 0);
    } else if (buffering > 1) {
        setvbuf(f->fp, NULL, _IOFBF, (size_t)buffering);
    }
    return 0;
}

Obj *fio_open(Vm *vm, Obj *const *a) {
    OpenMode m;
    int64_t buffering = -1;
    Obj *mode = a[1];
    if (check_arg_types(vm, a) < 0 || (a[2] != NULL && int_as_i64(vm, a[2], &buffering) < 0)) {
        return NULL;
    }
    Obj *modestr = mode != NULL ? obj_newref(mode) : str_from_cstr(vm, "r");
    if (modestr == NULL) {
        return NULL;
    }
    int rc = parse_mode(vm, modestr, &m);
    if (rc == 0) {
        rc = check_binary_args(vm, &m, a);
    }
    Obj *file = rc == 0 ? fio_fspath(vm, a[0], true) : NULL;
    if (file != NULL && check_mode_given(vm, &m) < 0) {
        obj_decref(file);
        file = NULL;
    }
    bool closefd = true;
    if (file != NULL && a[6] != NULL) {
        int t = obj_is_true(vm, a[6]);
        closefd = t != 0;
        if (t < 0) {
            obj_decref(file);
            file = NULL;
        }
    }
    if (file == NULL) {
        obj_decref(modestr);
        return NULL;
    }
    IoFile *f = (IoFile *)obj_new(vm, file_kind(&m, buffering), sizeof(IoFile));
    if (f == NULL) {
        goto fail;
    }
    f->fd = -1;
    f->name = obj_newref(file);
    f->closefd = closefd;
    f->is_readable = m.read || m.plus;
    f->is_writable = !m.read || m.plus;
    f->is_appending = m.append;
    if (m.binary) {
        binary_mode_string(&m, f->mode);
    } else {
        snprintf(f->mode, sizeof f->mode, "%s", str_cstr(modestr));
    }
    int fd = open_fd(vm, file, &m, closefd, &f->fd);
    if (fd < 0) {
        goto fail;
    }
    if (attach_stream(vm, f, fd, buffering) < 0) {
        goto fail;
    }
    f->is_seekable = lseek(fd, 0, SEEK_CUR) >= 0;
    if (!m.binary) {
        if (buffering == 0) {
            err_raise(vm, &exc_ValueError, "can't have unbuffered text I/O");
            goto fail;
        }
        f->line_buffering = buffering == 1 || isatty(fd) == 1;
        if (setup_text(vm, f, a[3], a[4], a[5]) < 0) {
            goto fail;
        }
    }
    obj_decref(modestr);
    obj_decref(file);
    return (Obj *)f;
fail:
    obj_decref(modestr);
    obj_decref(file);
    obj_xdecref((Obj *)f); // closes the stream if it was attached
    return NULL;
}

Obj *fio_py_open(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(self);
    static const char *const names[] = {"file",   "mode",    "buffering", "encoding",
                                        "errors", "newline", "closefd",   NULL};
    Obj *a[7];
    if (args_bind(vm, "open", args, nargs, kwnames, names, 7, 1, a) < 0) {
        return NULL;
    }
    return fio_open(vm, a);
}

// ---------------------------------------------------------------------------
// Life cycle.
// ---------------------------------------------------------------------------

// Flushes and closes the stream. 0, or -1 with OSError pending when the
// flush failed (the stream is closed either way).
static int close_stream(Vm *vm, IoFile *f) {
    FILE *fp = f->fp;
    f->fp = NULL;
    if (fp == NULL) {
        return 0;
    }
    flush_std_stream(fileno(fp)); // the older output first
    int rc = fflush(fp);
    int e = errno;
    fclose(fp);
    if (rc != 0 && vm != NULL) {
        err_raise_errno(vm, e, NULL, NULL);
        return -1;
    }
    return 0;
}

void fio_dealloc(Obj *self) {
    IoFile *f = as_fio(self);
    close_stream(NULL, f); // a file dropped without close() is flushed now
    obj_xdecref(f->name);
    obj_xdecref(f->encoding);
    obj_xdecref(f->errors);
    obj_free(self);
}

size_t fio_sizeof(Obj *self) {
    OURO_UNUSED(self);
    return sizeof(IoFile);
}

Obj *fio_py_close(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "close", nargs, kwnames, 0, 0) < 0 || close_stream(vm, as_fio(self)) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

Obj *fio_py_flush(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    IoFile *f = as_fio(self);
    if (args_check(vm, "flush", nargs, kwnames, 0, 0) < 0 || fio_check_open(vm, f, "flush") < 0) {
        return NULL;
    }
    if (fflush(f->fp) != 0) {
        return fio_raise_errno(vm);
    }
    return obj_newref(OBJ_NONE);
}

Obj *fio_py_enter(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "__enter__", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    if (as_fio(self)->fp == NULL) {
        return err_raise(vm, &exc_ValueError, "I/O operation on closed file.");
    }
    return obj_newref(self);
}

Obj *fio_py_exit(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    OURO_UNUSED(nargs);
    OURO_UNUSED(kwnames);
    if (close_stream(vm, as_fio(self)) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

// ---------------------------------------------------------------------------
// Queries.
// ---------------------------------------------------------------------------

// Shared start of the no-argument queries: arity, then an open file.
static int query(Vm *vm, Obj *self, const char *fname, size_t nargs, Obj *kwnames) {
    if (args_check(vm, fname, nargs, kwnames, 0, 0) < 0) {
        return -1;
    }
    if (as_fio(self)->fp == NULL) {
        err_raise(vm, &exc_ValueError, "I/O operation on closed file");
        return -1;
    }
    return 0;
}

Obj *fio_py_fileno(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    return query(vm, self, "fileno", nargs, kwnames) < 0 ? NULL
                                                         : int_from_i64(vm, as_fio(self)->fd);
}

Obj *fio_py_isatty(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (query(vm, self, "isatty", nargs, kwnames) < 0) {
        return NULL;
    }
    return obj_bool(isatty(fileno(as_fio(self)->fp)) == 1);
}

// readable() answers even on a closed file, as CPython's classes do.
Obj *fio_py_readable(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "readable", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return obj_bool(as_fio(self)->is_readable);
}

Obj *fio_py_writable(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (query(vm, self, "writable", nargs, kwnames) < 0) {
        return NULL;
    }
    return obj_bool(as_fio(self)->is_writable);
}

Obj *fio_py_seekable(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (query(vm, self, "seekable", nargs, kwnames) < 0) {
        return NULL;
    }
    return obj_bool(lseek(fileno(as_fio(self)->fp), 0, SEEK_CUR) >= 0);
}

Obj *fio_get_closed(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_bool(as_fio(self)->fp == NULL);
}

Obj *fio_get_name(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(as_fio(self)->name);
}

Obj *fio_get_mode(Vm *vm, Obj *self) {
    return str_from_cstr(vm, as_fio(self)->mode);
}

// ---------------------------------------------------------------------------
// Positioning.
// ---------------------------------------------------------------------------

Obj *fio_py_tell(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    IoFile *f = as_fio(self);
    if (args_check(vm, "tell", nargs, kwnames, 0, 0) < 0 || fio_check_open(vm, f, "") < 0) {
        return NULL;
    }
    off_t pos = ftello(f->fp);
    return pos < 0 ? fio_raise_errno(vm) : int_from_i64(vm, pos);
}

// Text files accept only cookies from tell() and zero relative offsets
// (CPython's opaque cookies); binary files any offset the system does.
static int check_text_seek(Vm *vm, int64_t off, int64_t whence) {
    if (whence == SEEK_CUR && off != 0) {
        fio_unsupported(vm, "can't do nonzero cur-relative seeks");
        return -1;
    }
    if (whence == SEEK_END && off != 0) {
        fio_unsupported(vm, "can't do nonzero end-relative seeks");
        return -1;
    }
    if (whence == SEEK_SET && off < 0) {
        err_raise(vm, &exc_ValueError, "negative seek position %lld", (long long)off);
        return -1;
    }
    return 0;
}

Obj *fio_py_seek(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    IoFile *f = as_fio(self);
    int64_t off, whence = SEEK_SET;
    bool text = obj_type(self) == &fio_text_type;
    if (args_check(vm, "seek", nargs, kwnames, 1, 2) < 0 || fio_check_open(vm, f, "seek") < 0 ||
        obj_as_ssize(vm, args[0], &off) < 0 ||
        (nargs > 1 && obj_as_ssize(vm, args[1], &whence) < 0)) {
        return NULL;
    }
    if (whence < 0 || whence > 2) {
        if (text) {
            return err_raise(vm, &exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                             (long long)whence);
        }
        return err_raise_errno(vm, EINVAL, NULL, NULL);
    }
    if (text && check_text_seek(vm, off, whence) < 0) {
        return NULL;
    }
    if (!text && whence == SEEK_SET && off < 0 && obj_type(self) != &fio_raw_type) {
        return err_raise(vm, &exc_ValueError, "negative seek position %lld", (long long)off);
    }
    if (fseeko(f->fp, (off_t)off, (int)whence) != 0) {
        return fio_raise_errno(vm);
    }
    f->last_op = FIO_OP_NONE;
    off_t pos = ftello(f->fp);
    return pos < 0 ? fio_raise_errno(vm) : int_from_i64(vm, pos);
}

Obj *fio_py_truncate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    IoFile *f = as_fio(self);
    int64_t size = -1;
    if (args_check(vm, "truncate", nargs, kwnames, 0, 1) < 0 ||
        fio_check_open(vm, f, "truncate") < 0) {
        return NULL;
    }
    if (!f->is_writable) {
        return fio_unsupported(vm, "truncate");
    }
    if (nargs > 0 && args[0] != OBJ_NONE && obj_as_ssize(vm, args[0], &size) < 0) {
        return NULL;
    }
    if (fflush(f->fp) != 0) {
        return fio_raise_errno(vm);
    }
    if (size < 0) {
        size = ftello(f->fp);
    }
    if (size < 0 || ftruncate(fileno(f->fp), (off_t)size) != 0) {
        return fio_raise_errno(vm);
    }
    return int_from_i64(vm, size);
}

// ---------------------------------------------------------------------------
// Lines.
// ---------------------------------------------------------------------------

Obj *fio_iter(Vm *vm, Obj *self) {
    if (fio_check_open(vm, as_fio(self), "iobase") < 0) {
        return NULL;
    }
    return obj_newref(self);
}

int fio_size_arg(Vm *vm, Obj *const *args, size_t nargs, int64_t *out) {
    *out = -1;
    if (nargs == 0 || args[0] == OBJ_NONE) {
        return 0;
    }
    if (!int_check(args[0])) {
        err_raise(vm, &exc_TypeError, "argument should be integer or None, not '%s'",
                  obj_type_name(args[0]));
        return -1;
    }
    if (int_as_i64(vm, args[0], out) < 0) {
        return -1;
    }
    if (*out < 0) {
        *out = -1;
    }
    return 0;
}

// readlines(hint=-1): lines until their total size reaches `hint`.
Obj *fio_py_readlines(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int64_t hint, total = 0;
    if (args_check(vm, "readlines", nargs, kwnames, 0, 1) < 0 ||
        fio_size_arg(vm, args, nargs, &hint) < 0) {
        return NULL;
    }
    // The standard streams (fileobj.c) share this method and never close.
    if (fio_check(self) && fio_check_open(vm, as_fio(self), "iobase") < 0) {
        return NULL;
    }
    Obj *lines = list_new(vm, 0);
    while (lines != NULL) {
        Obj *line = obj_type(self)->iternext(vm, self);
        if (line == NULL) {
            if (err_occurred(vm)) {
                obj_decref(lines);
                return NULL;
            }
            break;
        }
        total += str_check(line) ? (int64_t)str_len(line) : (int64_t)bytes_len(line);
        if (list_append_steal(vm, lines, line) < 0) {
            obj_decref(lines);
            return NULL;
        }
        if (hint > 0 && total >= hint) {
            break;
        }
    }
    return lines;
}

Obj *fio_py_writelines(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "writelines", nargs, kwnames, 1, 1) < 0 ||
        (fio_check(self) && fio_check_open(vm, as_fio(self), "iobase") < 0)) {
        return NULL;
    }
    Obj *it = obj_iter(vm, args[0]);
    if (it == NULL) {
        return NULL;
    }
    Obj *item;
    while ((item = obj_next(vm, it)) != NULL) {
        Obj *res = obj_call_method(vm, self, "write", &item, 1);
        obj_decref(item);
        if (res == NULL) {
            break;
        }
        obj_decref(res);
    }
    obj_decref(it);
    return err_occurred(vm) ? NULL : obj_newref(OBJ_NONE);
}
