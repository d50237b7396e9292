/* fileobj.c: text file objects over C stdio streams. They back sys.stdout,
 * sys.stderr and sys.stdin, so print(file=sys.stderr) and
 * sys.stdout.write() work as in CPython (write returns the length). */
#include "objects/fileobj.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "memory/mem.h"
#include "objects/args.h"
#include "objects/exc.h"
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

static Obj *unsupported(Vm *vm, const char *what) {
    return err_raise(vm, &exc_OSError, "not %s", what);
}

static Obj *file_py_write(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "write", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "write() argument must be str, not %s",
                         obj_type_name(args[0]));
    }
    if (strchr(as_file(self)->mode, 'w') == NULL) {
        return unsupported(vm, "writable");
    }
    fwrite(str_cstr(args[0]), 1, str_size(args[0]), as_file(self)->fp);
    return int_from_u64(vm, str_len(args[0]));
}

static Obj *file_py_flush(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "flush", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    fflush(as_file(self)->fp);
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

// Reads up to a newline (included) or to the end; "" at end of file.
static Obj *file_py_readline(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "readline", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    if (strchr(as_file(self)->mode, 'r') == NULL) {
        return unsupported(vm, "readable");
    }
    StrBuf b;
    strbuf_init(&b);
    int c;
    while ((c = fgetc(as_file(self)->fp)) != EOF) {
        if (strbuf_append_char(&b, (char)c) < 0) {
            strbuf_free(&b);
            return NULL;
        }
        if (c == '\n') {
            break;
        }
    }
    return strbuf_finish(vm, &b);
}

// Reads everything up to the end of the stream.
static Obj *file_py_read(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "read", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    if (strchr(as_file(self)->mode, 'r') == NULL) {
        return unsupported(vm, "readable");
    }
    StrBuf b;
    strbuf_init(&b);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, as_file(self)->fp)) > 0) {
        if (strbuf_append(&b, chunk, n) < 0) {
            strbuf_free(&b);
            return NULL;
        }
    }
    return strbuf_finish(vm, &b);
}

static const MethodDef file_methods[] = {
    {"write", file_py_write, METH_DEFAULT, "Write a string; returns its length."},
    {"flush", file_py_flush, METH_DEFAULT, "Flush the stream."},
    {"fileno", file_py_fileno, METH_DEFAULT, "The file descriptor."},
    {"isatty", file_py_isatty, METH_DEFAULT, "True when the stream is a terminal."},
    {"readline", file_py_readline, METH_DEFAULT, "Read one line."},
    {"read", file_py_read, METH_DEFAULT, "Read to the end."},
    {NULL, NULL, 0, NULL},
};

static size_t file_sizeof(Obj *self) {
    OURO_UNUSED(self);
    return sizeof(FileObj);
}

TypeObj file_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "TextIOWrapper",
    .basicsize = sizeof(FileObj),
    .base = &object_type,
    .dealloc = file_dealloc,
    .repr = file_repr,
    .getattr = obj_generic_getattr,
    .sizeof_ = file_sizeof,
    .methods = file_methods,
};
