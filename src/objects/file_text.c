/* file_text.c: _io.TextIOWrapper, the text files of open(): characters
 * decoded from the file's encoding (UTF-8 by default), universal newlines
 * on read, and \n translated on write when `newline` asks for it. Also the
 * byte-level line reader that sys.stdin shares. */
#include <errno.h>
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

// ---------------------------------------------------------------------------
// Reading bytes off the stream (shared with sys.stdin).
// ---------------------------------------------------------------------------

int fio_read_all(Vm *vm, FILE *fp, StrBuf *b) {
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        if (strbuf_append(b, chunk, n) < 0) {
            return -1;
        }
    }
    if (ferror(fp)) {
        clearerr(fp);
        fio_raise_errno(vm);
        return -1;
    }
    return 0;
}

// Replaces \r\n and lone \r by \n in `b` (universal newlines on read).
static void translate_newlines(StrBuf *b) {
    size_t out = 0;
    for (size_t i = 0; i < b->size; i++) {
        char c = b->data[i];
        if (c == '\r') {
            c = '\n';
            if (i + 1 < b->size && b->data[i + 1] == '\n') {
                i++;
            }
        }
        b->data[out++] = c;
    }
    b->size = out;
}

// True when byte `c`, just appended to `b`, ends a line for `nl`.
static bool ends_line(const StrBuf *b, int c, FioNewline nl) {
    switch (nl) {
        case FIO_NL_CR:
            return c == '\r';
        case FIO_NL_CRLF:
            return c == '\n' && b->size >= 2 && b->data[b->size - 2] == '\r';
        default:
            return c == '\n';
    }
}

// A \r under universal newlines: it ends a line alone or with a following
// \n, which is consumed with it. Appends the ending as the mode returns it.
static int read_cr(FILE *fp, FioNewline nl, StrBuf *b) {
    int d = getc_unlocked(fp);
    bool crlf = d == '\n';
    if (!crlf && d != EOF) {
        ungetc(d, fp);
    }
    if (nl == FIO_NL_UNIVERSAL) {
        return strbuf_append_char(b, '\n');
    }
    return strbuf_append(b, "\r\n", crlf ? 2 : 1);
}

// A whole line, the common case: getdelim() finds the \n with memchr in
// stdio's buffer. Under universal newlines a lone \r before it ends the
// line earlier, and the bytes after it are given back with a seek, which
// is why the caller uses this only on seekable streams. 0 or -1.
static int read_line_fast(Vm *vm, FILE *fp, FioNewline nl, StrBuf *b) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getdelim(&line, &cap, '\n', fp);
    int rc = 0;
    if (n < 0) {
        if (ferror(fp)) {
            clearerr(fp);
            fio_raise_errno(vm);
            rc = -1;
        }
        free(line); // getdelim's buffer comes from malloc, outside the counted heap
        return rc;
    }
    size_t len = (size_t)n;
    char *cr = nl != FIO_NL_LF ? memchr(line, '\r', len) : NULL;
    if (cr != NULL) {
        size_t i = (size_t)(cr - line);
        bool crlf = i + 2 == len && line[i + 1] == '\n';
        if (!crlf && i + 1 < len && fseeko(fp, -(off_t)(len - i - 1), SEEK_CUR) != 0) {
            rc = -1;
            fio_raise_errno(vm);
        }
        if (!crlf || nl == FIO_NL_UNIVERSAL) {
            len = i + 1;
            line[i] = nl == FIO_NL_UNIVERSAL ? '\n' : '\r';
        }
    }
    if (rc == 0) {
        rc = strbuf_append(b, line, len);
    }
    free(line);
    return rc;
}

// Characters are counted by their first byte (UTF-8 continuation bytes do
// not count), so the stream stops exactly at a character boundary and
// ftell() stays a valid position: the stream is read one byte at a time
// through stdio's buffer, nothing is read ahead.
int fio_read_text(Vm *vm, FILE *fp, FioNewline nl, char enc, int64_t limit, bool one_line,
                  bool can_seek, StrBuf *b) {
    if (one_line && limit < 0 &&
        (nl == FIO_NL_LF || (can_seek && (nl == FIO_NL_UNIVERSAL || nl == FIO_NL_RECOGNIZE)))) {
        return read_line_fast(vm, fp, nl, b);
    }
    int64_t count = 0;
    for (;;) {
        int c = getc_unlocked(fp);
        if (c == EOF) {
            if (ferror(fp)) {
                clearerr(fp);
                fio_raise_errno(vm);
                return -1;
            }
            return 0;
        }
        if (enc != 'u' || (c & 0xC0) != 0x80) {
            if (limit >= 0 && count >= limit) {
                ungetc(c, fp);
                return 0;
            }
            count++;
        }
        if (c == '\r' && (nl == FIO_NL_UNIVERSAL || nl == FIO_NL_RECOGNIZE)) {
            if (read_cr(fp, nl, b) < 0) {
                return -1;
            }
            if (one_line) {
                return 0;
            }
            continue;
        }
        if (strbuf_append_char(b, (char)c) < 0) {
            return -1;
        }
        if (one_line && ends_line(b, c, nl)) {
            return 0;
        }
    }
}

// ---------------------------------------------------------------------------
// Decoding and encoding.
// ---------------------------------------------------------------------------

// The str of the bytes in `b` (freed here). NULL with UnicodeDecodeError.
static Obj *decode(Vm *vm, IoFile *f, StrBuf *b) {
    // ASCII reads the same in every supported encoding, and is valid UTF-8.
    size_t i = 0;
    while (i < b->size && (unsigned char)b->data[i] < 0x80) {
        i++;
    }
    if (i == b->size) {
        Obj *s = str_from_utf8(vm, b->data != NULL ? b->data : "", b->size);
        strbuf_free(b);
        return s;
    }
    Obj *s = bytes_decode(vm, b->data != NULL ? b->data : "", b->size, str_cstr(f->encoding),
                          str_cstr(f->errors));
    strbuf_free(b);
    return s;
}

// Checks the file is open and readable, and readies the stream. 0 or -1.
static int start_read(Vm *vm, IoFile *f) {
    if (fio_check_open(vm, f, "read") < 0) {
        return -1;
    }
    if (!f->is_readable) {
        fio_unsupported(vm, "not readable");
        return -1;
    }
    return fio_switch(vm, f, FIO_OP_READ);
}

// Reads up to `limit` characters (-1: all), or one line.
static Obj *read_text(Vm *vm, IoFile *f, int64_t limit, bool one_line) {
    StrBuf b;
    strbuf_init(&b);
    if (start_read(vm, f) < 0) {
        return NULL;
    }
    int rc;
    if (limit < 0 && !one_line) {
        rc = fio_read_all(vm, f->fp, &b);
        if (rc == 0 && f->newline == FIO_NL_UNIVERSAL) {
            translate_newlines(&b);
        }
    } else {
        rc = fio_read_text(vm, f->fp, f->newline, f->width, limit, one_line, f->is_seekable, &b);
    }
    if (rc < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return decode(vm, f, &b);
}

static Obj *text_py_read(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int64_t limit;
    if (args_check(vm, "read", nargs, kwnames, 0, 1) < 0 ||
        fio_size_arg(vm, args, nargs, &limit) < 0) {
        return NULL;
    }
    return read_text(vm, as_fio(self), limit, false);
}

// readline(size=-1): unlike read(), CPython's text readline takes no None.
static Obj *text_py_readline(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    int64_t limit = -1;
    if (args_check(vm, "readline", nargs, kwnames, 0, 1) < 0 ||
        (nargs > 0 && obj_as_ssize(vm, args[0], &limit) < 0)) {
        return NULL;
    }
    return read_text(vm, as_fio(self), limit < 0 ? -1 : limit, true);
}

// next(file): the next line, NULL with nothing pending at the end.
static Obj *text_next(Vm *vm, Obj *self) {
    Obj *line = read_text(vm, as_fio(self), -1, true);
    if (line != NULL && str_size(line) == 0) {
        obj_decref(line);
        return NULL;
    }
    return line;
}

// The bytes `s` is written as: its encoding, with \n replaced for
// newline='\r' or '\r\n'. 0 or -1 (UnicodeEncodeError).
static int encode(Vm *vm, IoFile *f, Obj *s, StrBuf *out) {
    if (str_len(s) == str_size(s) && f->newline != FIO_NL_CR && f->newline != FIO_NL_CRLF) {
        return strbuf_append(out, str_cstr(s), str_size(s)); // ASCII: the same in every codec
    }
    Obj *data = bytes_encode_str(vm, s, str_cstr(f->encoding), str_cstr(f->errors));
    if (data == NULL) {
        return -1;
    }
    const char *p = bytes_data(data);
    size_t n = bytes_len(data);
    int rc = 0;
    if (f->newline != FIO_NL_CR && f->newline != FIO_NL_CRLF) {
        rc = strbuf_append(out, p, n);
    } else {
        const char *ending = f->newline == FIO_NL_CR ? "\r" : "\r\n";
        for (size_t i = 0; i < n && rc == 0; i++) {
            rc = p[i] == '\n' ? strbuf_append_cstr(out, ending) : strbuf_append_char(out, p[i]);
        }
    }
    obj_decref(data);
    return rc;
}

static Obj *text_py_write(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    IoFile *f = as_fio(self);
    if (args_check(vm, "write", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    if (!str_check(args[0])) {
        return err_raise(vm, &exc_TypeError, "write() argument must be str, not %s",
                         obj_type_name(args[0]));
    }
    if (fio_check_open(vm, f, "write") < 0) {
        return NULL;
    }
    if (!f->is_writable) {
        return fio_unsupported(vm, "not writable");
    }
    StrBuf b;
    strbuf_init(&b);
    if (fio_switch(vm, f, FIO_OP_WRITE) < 0 || encode(vm, f, args[0], &b) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    bool failed = b.size > 0 && fwrite(b.data, 1, b.size, f->fp) != b.size;
    bool has_eol = memchr(b.data != NULL ? b.data : "", '\n', b.size) != NULL ||
                   memchr(b.data != NULL ? b.data : "", '\r', b.size) != NULL;
    strbuf_free(&b);
    if (!failed && f->line_buffering && has_eol) {
        failed = fflush(f->fp) != 0;
    }
    if (failed) {
        return fio_raise_errno(vm);
    }
    return int_from_u64(vm, str_len(args[0]));
}

// ---------------------------------------------------------------------------
// Attributes and the type.
// ---------------------------------------------------------------------------

static Obj *text_repr(Vm *vm, Obj *self) {
    IoFile *f = as_fio(self);
    return str_from_fmt(vm, "<_io.TextIOWrapper name=%R mode='%s' encoding=%R>", f->name, f->mode,
                        f->encoding);
}

static Obj *text_get_encoding(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(as_fio(self)->encoding);
}

static Obj *text_get_errors(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_newref(as_fio(self)->errors);
}

static Obj *text_get_line_buffering(Vm *vm, Obj *self) {
    OURO_UNUSED(vm);
    return obj_bool(as_fio(self)->line_buffering);
}

static const MethodDef text_methods[] = {
    {"read", text_py_read, METH_DEFAULT, "Read at most size characters; all when size < 0."},
    {"readline", text_py_readline, METH_DEFAULT, "Read one line (at most size characters)."},
    {"readlines", fio_py_readlines, METH_DEFAULT, "The list of the remaining lines."},
    {"write", text_py_write, METH_DEFAULT, "Write a string; returns its length."},
    {"writelines", fio_py_writelines, METH_DEFAULT, "Write each string of an iterable."},
    {"close", fio_py_close, METH_DEFAULT, "Flush and close the file."},
    {"flush", fio_py_flush, METH_DEFAULT, "Write buffered data to the file."},
    {"fileno", fio_py_fileno, METH_DEFAULT, "The file descriptor."},
    {"isatty", fio_py_isatty, METH_DEFAULT, "True when the file is a terminal."},
    {"readable", fio_py_readable, METH_DEFAULT, "True when the file was opened for reading."},
    {"writable", fio_py_writable, METH_DEFAULT, "True when the file was opened for writing."},
    {"seekable", fio_py_seekable, METH_DEFAULT, "True when the file supports seek()."},
    {"seek", fio_py_seek, METH_DEFAULT, "Move to a position from tell()."},
    {"tell", fio_py_tell, METH_DEFAULT, "The current position, as an opaque number."},
    {"truncate", fio_py_truncate, METH_DEFAULT, "Cut the file at size (default: here)."},
    {"__enter__", fio_py_enter, METH_DEFAULT, "The file itself."},
    {"__exit__", fio_py_exit, METH_DEFAULT, "Close the file."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef text_getset[] = {
    {"closed", fio_get_closed, NULL},
    {"name", fio_get_name, NULL},
    {"mode", fio_get_mode, NULL},
    {"encoding", text_get_encoding, NULL},
    {"errors", text_get_errors, NULL},
    {"line_buffering", text_get_line_buffering, NULL},
    {NULL, NULL, NULL},
};

TypeObj fio_text_type = {
    .head = OBJ_HEAD_INIT(&type_type),
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(IoFile),
    .base = &object_type,
    .dealloc = fio_dealloc,
    .repr = text_repr,
    .getattr = obj_generic_getattr,
    .iter = fio_iter,
    .iternext = text_next,
    .sizeof_ = fio_sizeof,
    .methods = text_methods,
    .getset = text_getset,
};
