/* fileobj.c: the text file objects of the standard streams (sys.stdout,
 * sys.stderr, sys.stdin) over C stdio, which print() and input() use
 * directly. Reading shares the line reader of file_text.c; the files of
 * open() are file_io.c's. */
#include "objects/fileobj.h"

#include <errno.h>
#include <stdio_ext.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "memory/mem.h"
#include "objects/args.h"
#include "objects/bytesobj.h"
#include "objects/exc.h"
#include "objects/file_io.h"
#include "objects/intobj.h"
#include "objects/str.h"
#include "objects/type.h"

static FileObj *as_file(Obj *o) {
    return (FileObj *)o;
}

Obj *file_new(Vm *vm, FILE *fp, const char *name, const char *mode) {
    Obj *o = obj_new(vm, &file_type, sizeof(FileObj));
    if (o == NULL) {
        return NULL;
    }
    as_file(o)->fp = fp;
    as_file(o)->name = name;
    as_file(o)->mode = mode;
    return o;
}

static void file_dealloc(Obj *self) {
    obj_free(self);
}

static Obj *file_repr(Vm *vm, Obj *self) {
    return str_from_fmt(vm, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>",
                        as_file(self)->name, as_file(self)->mode);
}

int file_check_write(Vm *vm, FILE *fp) {
    if (!ferror(fp)) {
        return 0;
    }
    int code = errno != 0 ? errno : EIO;
    __fpurge(fp);
    clearerr(fp);
    err_raise_errno(vm, code, NULL, NULL);
    return -1;
}

static bool can_write(Obj *self) {
    return strchr(as_file(self)->mode, 'w') != NULL;
}

static bool can_read(Obj *self) {
    return strchr(as_file(self)->mode, 'r') != NULL;
}

static Obj *file_py_write(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "write", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "write() argument must be str, not %s",
                         obj_type_name(args[0]));
    }
    if (!can_write(self)) {
        return fio_unsupported(vm, "not writable");
    }
    fwrite(str_cstr(args[0]), 1, str_size(args[0]), as_file(self)->fp);
    if (file_check_write(vm, as_file(self)->fp) < 0) {
        return NULL;
    }
    return int_from_u64(vm, str_len(args[0]));
}

static Obj *file_py_flush(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "flush", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    fflush(as_file(self)->fp);
    if (file_check_write(vm, as_file(self)->fp) < 0) {
        return NULL;
    }
    return obj_newref(OBJ_NONE);
}

static Obj *file_py_fileno(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "fileno", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return int_from_i64(vm, fileno(as_file(self)->fp));
}

static Obj *file_py_isatty(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "isatty", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return obj_newref(obj_bool(isatty(fileno(as_file(self)->fp)) == 1));
}

// Reads a line or `limit` characters; "" at the end. As in CPython, the
// standard streams use newline='\n': lines end at \n and \r stays.
static Obj *read_text(Vm *vm, Obj *self, int64_t limit, bool one_line) {
    if (!can_read(self)) {
        return fio_unsupported(vm, "not readable");
    }
    StrBuf b;
    strbuf_init(&b);
    int rc;
    if (limit < 0 && !one_line) {
        rc = fio_read_all(vm, as_file(self)->fp, &b);
    } else {
        rc = fio_read_text(vm, as_file(self)->fp, FIO_NL_LF, 'u', limit, one_line, false, &b);
    }
    if (rc < 0) {
        strbuf_free(&b);
        return NULL;
    }
    Obj *s = bytes_decode(vm, b.data != NULL ? b.data : "", b.size, "utf-8", "strict");
    strbuf_free(&b);
    return s;
}

static Obj *file_py_readline(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int64_t limit;
    if (args_check(vm, "readline", nargs, kwnames, 0, 1) < 0 ||
        fio_size_arg(vm, args, nargs, &limit) < 0) {
        return NULL;
    }
    return read_text(vm, self, limit, true);
}

static Obj *file_py_read(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int64_t limit;
    if (args_check(vm, "read", nargs, kwnames, 0, 1) < 0 ||
        fio_size_arg(vm, args, nargs, &limit) < 0) {
        return NULL;
    }
    return read_text(vm, self, limit, false);
}

static Obj *file_iter(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(self);
}

static Obj *file_next(Vm *vm, Obj *self) {
    Obj *line = read_text(vm, self, -1, true);
    if (line != NULL && str_size(line) == 0) {
        obj_decref(line);
        return NULL;
    }
    return line;
}

static Obj *file_py_readable(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "readable", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return obj_bool(can_read(self));
}

static Obj *file_py_writable(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "writable", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return obj_bool(can_write(self));
}

static Obj *file_get_name(Vm *vm, Obj *self) {
    return str_from_cstr(vm, as_file(self)->name);
}

static Obj *file_get_mode(Vm *vm, Obj *self) {
    return str_from_cstr(vm, as_file(self)->mode);
}

static Obj *file_get_encoding(Vm *vm, Obj *self) {
    OURO_UNUSED(self);
    return str_from_cstr(vm, "utf-8");
}

static Obj *file_get_closed(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    OURO_UNUSED(self);
    return obj_bool(false);
}

static const GetSetDef file_getset[] = {
    {"name", file_get_name, NULL},
    {"mode", file_get_mode, NULL},
    {"encoding", file_get_encoding, NULL},
    {"closed", file_get_closed, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef file_methods[] = {
    {"write", file_py_write, METH_DEFAULT, "Write a string; returns its length."},
    {"flush", file_py_flush, METH_DEFAULT, "Flush the stream."},
    {"fileno", file_py_fileno, METH_DEFAULT, "The file descriptor."},
    {"isatty", file_py_isatty, METH_DEFAULT, "True when the stream is a terminal."},
    {"readline", file_py_readline, METH_DEFAULT, "Read one line."},
    {"read", file_py_read, METH_DEFAULT, "Read at most size characters; all when size < 0."},
    {"readlines", fio_py_readlines, METH_DEFAULT, "The list of the remaining lines."},
    {"writelines", fio_py_writelines, METH_DEFAULT, "Write each string of an iterable."},
    {"readable", file_py_readable, METH_DEFAULT, "True for sys.stdin."},
    {"writable", file_py_writable, METH_DEFAULT, "True for sys.stdout and sys.stderr."},
    {NULL, NULL, 0, NULL},
};

static size_t file_sizeof(Obj *self) {
    OURO_UNUSED(self);
    return sizeof(FileObj);
}

TypeObj file_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(FileObj),
    .base = &object_type,
    .dealloc = file_dealloc,
    .repr = file_repr,
    .getattr = obj_generic_getattr,
    .sizeof_ = file_sizeof,
    .iter = file_iter,
    .iternext = file_next,
    .methods = file_methods,
    .getset = file_getset,
};
