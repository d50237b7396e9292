/* file_binary.c: the binary files of open(): _io.BufferedReader ('rb'),
 * BufferedWriter ('wb', 'ab', 'xb'), BufferedRandom ('+') and FileIO
 * (buffering=0). They read and write bytes exactly; positions are byte
 * offsets. One set of methods serves the four classes. */
#include <stdlib.h>
#include <string.h>

#include "objects/args.h"
#include "objects/bytesobj.h"
#include "objects/exc.h"
#include "objects/file_io.h"
#include "objects/intobj.h"
#include "objects/type.h"

static IoFile *as_fio(Obj *o) {
    return (IoFile *)o;
}

static bool is_raw(Obj *self) {
    return obj_type(self) == &fio_raw_type;
}

// Checks that the file is open and can do `op` (FIO_OP_READ or WRITE),
// then readies the stream. `name` is the method for the closed message.
static int start(Vm *vm, Obj *self, FioLastOp op, const char *name) {
    IoFile *f = as_fio(self);
    bool ok = op == FIO_OP_READ ? f->is_readable : f->is_writable;
    // The buffered classes check the capability first, FileIO the state.
    if (!is_raw(self) && !ok) {
        fio_unsupported(vm, op == FIO_OP_READ ? "read" : "write");
        return -1;
    }
    if (fio_check_open(vm, f, name) < 0) {
        return -1;
    }
    if (!ok) {
        fio_unsupported(vm, op == FIO_OP_READ ? "File not open for reading"
                                              : "File not open for writing");
        return -1;
    }
    return fio_switch(vm, f, op);
}

// Reads `n` bytes (fewer at the end of the file), or all when n < 0.
static Obj *read_bytes(Vm *vm, Obj *self, int64_t n, const char *name) {
    if (start(vm, self, FIO_OP_READ, name) < 0) {
        return NULL;
    }
    FILE *fp = as_fio(self)->fp;
    if (n < 0) {
        StrBuf b;
        strbuf_init(&b);
        if (fio_read_all(vm, fp, &b) < 0) {
            strbuf_free(&b);
            return NULL;
        }
        Obj *res = bytes_from_data(vm, b.data != NULL ? b.data : "", b.size);
        strbuf_free(&b);
        return res;
    }
    Obj *res = bytes_new_uninit(vm, (size_t)n);
    if (res == NULL) {
        return NULL;
    }
    size_t got = fread(bytes_data_mut(res), 1, (size_t)n, fp);
    if (got < (size_t)n && ferror(fp)) {
        clearerr(fp);
        obj_decref(res);
        return fio_raise_errno(vm);
    }
    if (got == (size_t)n) {
        return res;
    }
    Obj *part = bytes_from_data(vm, bytes_data(res), got);
    obj_decref(res);
    return part;
}

static Obj *bin_py_read(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int64_t n;
    if (args_check(vm, "read", nargs, kwnames, 0, 1) < 0 || fio_size_arg(vm, args, nargs, &n) < 0) {
        return NULL;
    }
    return read_bytes(vm, self, n, "read");
}

// A line without a limit: getdelim() scans stdio's buffer with memchr.
static Obj *read_whole_line(Vm *vm, FILE *fp) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getdelim(&line, &cap, '\n', fp);
    Obj *res;
    if (n >= 0) {
        res = bytes_from_data(vm, line, (size_t)n);
    } else if (ferror(fp)) {
        clearerr(fp);
        res = fio_raise_errno(vm);
    } else {
        res = bytes_from_data(vm, "", 0);
    }
    free(line); // getdelim's buffer comes from malloc, outside the counted heap
    return res;
}

static Obj *bin_py_readall(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "readall", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return read_bytes(vm, self, -1, "read");
}

// Reads up to a b'\n' (included), or `limit` bytes (-1: no limit).
static Obj *read_line(Vm *vm, Obj *self, int64_t limit) {
    if (start(vm, self, FIO_OP_READ, "readline") < 0) {
        return NULL;
    }
    FILE *fp = as_fio(self)->fp;
    if (limit < 0) {
        return read_whole_line(vm, fp);
    }
    StrBuf b;
    strbuf_init(&b);
    int c = 0;
    while ((int64_t)b.size < limit && c != '\n' && (c = getc_unlocked(fp)) != EOF) {
        if (strbuf_append_char(&b, (char)c) < 0) {
            strbuf_free(&b);
            return NULL;
        }
    }
    Obj *res = NULL;
    if (ferror(fp)) {
        clearerr(fp);
        fio_raise_errno(vm);
    } else {
        res = bytes_from_data(vm, b.data != NULL ? b.data : "", b.size);
    }
    strbuf_free(&b);
    return res;
}

static Obj *bin_py_readline(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int64_t limit;
    if (args_check(vm, "readline", nargs, kwnames, 0, 1) < 0 ||
        fio_size_arg(vm, args, nargs, &limit) < 0) {
        return NULL;
    }
    return read_line(vm, self, limit);
}

static Obj *bin_next(Vm *vm, Obj *self) {
    Obj *line = read_line(vm, self, -1);
    if (line != NULL && bytes_len(line) == 0) {
        obj_decref(line);
        return NULL;
    }
    return line;
}

// readinto(buffer): fills a bytearray from the file; the count read.
static Obj *bin_py_readinto(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "readinto", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!bytearray_check(args[0])) {
        return err_raise(vm, &exc_TypeError,
                         "readinto() argument must be read-write bytes-like object, not %s",
                         obj_type_name(args[0]));
    }
    if (start(vm, self, FIO_OP_READ, "readinto") < 0) {
        return NULL;
    }
    FILE *fp = as_fio(self)->fp;
    size_t got = fread(bytearray_data(args[0]), 1, bytearray_len(args[0]), fp);
    if (ferror(fp)) {
        clearerr(fp);
        return fio_raise_errno(vm);
    }
    return int_from_u64(vm, got);
}

static Obj *bin_py_write(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const char *data;
    size_t n;
    if (args_check(vm, "write", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!bytes_like_view(args[0], &data, &n)) {
        return err_raise(vm, &exc_TypeError, "a bytes-like object is required, not '%s'",
                         obj_type_name(args[0]));
    }
    if (start(vm, self, FIO_OP_WRITE, "write") < 0) {
        return NULL;
    }
    if (n > 0 && fwrite(data, 1, n, as_fio(self)->fp) != n) {
        return fio_raise_errno(vm);
    }
    return int_from_u64(vm, n);
}

static Obj *buffered_repr(Vm *vm, Obj *self) {
    return str_from_fmt(vm, "<_io.%s name=%R>", obj_type(self)->name + 4, as_fio(self)->name);
}

static Obj *raw_repr(Vm *vm, Obj *self) {
    IoFile *f = as_fio(self);
    if (f->fp == NULL) {
        return str_from_cstr(vm, "<_io.FileIO [closed]>");
    }
    return str_from_fmt(vm, "<_io.FileIO name=%R mode='%s' closefd=%s>", f->name, f->mode,
                        f->closefd ? "True" : "False");
}

static const MethodDef bin_methods[] = {
    {"read", bin_py_read, METH_DEFAULT, "Read at most size bytes; all when size < 0."},
    {"read1", bin_py_read, METH_DEFAULT, "Read at most size bytes."},
    {"readall", bin_py_readall, METH_DEFAULT, "Read to the end of the file."},
    {"readline", bin_py_readline, METH_DEFAULT, "Read one line (at most size bytes)."},
    {"readlines", fio_py_readlines, METH_DEFAULT, "The list of the remaining lines."},
    {"readinto", bin_py_readinto, METH_DEFAULT, "Read into a bytearray; the count read."},
    {"write", bin_py_write, METH_DEFAULT, "Write bytes; returns their count."},
    {"writelines", fio_py_writelines, METH_DEFAULT, "Write each bytes of an iterable."},
    {"close", fio_py_close, METH_DEFAULT, "Flush and close the file."},
    {"flush", fio_py_flush, METH_DEFAULT, "Write buffered data to the file."},
    {"fileno", fio_py_fileno, METH_DEFAULT, "The file descriptor."},
    {"isatty", fio_py_isatty, METH_DEFAULT, "True when the file is a terminal."},
    {"readable", fio_py_readable, METH_DEFAULT, "True when the file was opened for reading."},
    {"writable", fio_py_writable, METH_DEFAULT, "True when the file was opened for writing."},
    {"seekable", fio_py_seekable, METH_DEFAULT, "True when the file supports seek()."},
    {"seek", fio_py_seek, METH_DEFAULT, "Move to a byte offset; returns the new position."},
    {"tell", fio_py_tell, METH_DEFAULT, "The current byte offset."},
    {"truncate", fio_py_truncate, METH_DEFAULT, "Cut the file at size (default: here)."},
    {"__enter__", fio_py_enter, METH_DEFAULT, "The file itself."},
    {"__exit__", fio_py_exit, METH_DEFAULT, "Close the file."},
    {NULL, NULL, 0, NULL},
};

static Obj *raw_get_closefd(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_bool(as_fio(self)->closefd);
}

static const GetSetDef bin_getset[] = {
    {"closed", fio_get_closed, NULL},   {"name", fio_get_name, NULL}, {"mode", fio_get_mode, NULL},
    {"closefd", raw_get_closefd, NULL}, {NULL, NULL, NULL},
};

#define BINARY_TYPE(var, tname, reprfn)                                                            \
    TypeObj var = {                                                                                \
        .head = OBJ_HEAD_INIT(&type_type),                                                         \
        .name = tname,                                                                             \
        .basicsize = sizeof(IoFile),                                                               \
        .base = &object_type,                                                                      \
        .dealloc = fio_dealloc,                                                                    \
        .repr = reprfn,                                                                            \
        .getattr = obj_generic_getattr,                                                            \
        .iter = fio_iter,                                                                          \
        .iternext = bin_next,                                                                      \
        .sizeof_ = fio_sizeof,                                                                     \
        .methods = bin_methods,                                                                    \
        .getset = bin_getset,                                                                      \
    };
BINARY_TYPE(fio_reader_type, "_io.BufferedReader", buffered_repr)
BINARY_TYPE(fio_writer_type, "_io.BufferedWriter", buffered_repr)
BINARY_TYPE(fio_random_type, "_io.BufferedRandom", buffered_repr)
BINARY_TYPE(fio_raw_type, "_io.FileIO", raw_repr)
#undef BINARY_TYPE
