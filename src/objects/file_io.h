/* file_io.h: the file objects open() returns: _io.TextIOWrapper over an
 * encoding, and the binary _io.BufferedReader / BufferedWriter /
 * BufferedRandom / FileIO. All share one struct over a C stdio stream;
 * file_io.c holds open() and the methods every kind has, file_text.c and
 * file_binary.c the reading and writing of each kind. */
#ifndef OURO_FILE_IO_H
#define OURO_FILE_IO_H

#include <stdio.h>

#include "object.h"
#include "str.h"

// Which of CPython's classes the object plays.
extern TypeObj fio_text_type;   // _io.TextIOWrapper
extern TypeObj fio_reader_type; // _io.BufferedReader (mode 'rb')
extern TypeObj fio_writer_type; // _io.BufferedWriter ('wb', 'ab', 'xb')
extern TypeObj fio_random_type; // _io.BufferedRandom (any '+' binary mode)
extern TypeObj fio_raw_type;    // _io.FileIO (buffering=0)

// How a text file finds and translates line endings (the `newline` argument).
typedef enum FioNewline {
    FIO_NL_UNIVERSAL, // None: \r, \n and \r\n end lines and read as \n
    FIO_NL_RECOGNIZE, // '': the same endings, returned untranslated
    FIO_NL_LF,        // '\n'
    FIO_NL_CR,        // '\r': lines end at \r; \n is written as \r
    FIO_NL_CRLF,      // '\r\n': lines end at \r\n; \n is written as \r\n
} FioNewline;

// The last transfer on the stream: C stdio needs a flush or a seek between
// a write and a read on the same stream, in either order.
typedef enum FioLastOp { FIO_OP_NONE, FIO_OP_READ, FIO_OP_WRITE } FioLastOp;

typedef struct IoFile {
    Obj head;
    FILE *fp;      // owned; NULL once closed
    int fd;        // what fileno() reports (the caller's fd when closefd=False)
    Obj *name;     // str, bytes or int, as given to open()
    Obj *encoding; // str (text files), else NULL
    Obj *errors;   // str (text files), else NULL
    char mode[8];  // .mode as CPython reports it ("r", "rb+", ...)
    bool is_readable;
    bool is_writable;
    bool is_appending;
    bool is_seekable; // a regular file or the like (lseek works)
    bool closefd;
    bool line_buffering; // text: flush after writing a line ending
    FioNewline newline;
    FioLastOp last_op;
    char width; // text: 'u' for UTF-8 (1-4 bytes a character), 'b' for 1 byte
} IoFile;

// True for every kind of IoFile.
bool fio_check(const Obj *o);

// The file object for open(file, mode, buffering, encoding, errors, newline,
// closefd) with CPython's argument checks and messages; `args` are bound by
// the caller (NULL where not given). NULL with an exception pending
// (ValueError, LookupError, TypeError, or the OSError subclass of errno).
NEWREF Obj *fio_open(Vm *vm, Obj *const *args);

// open() as a built-in function, for the builtins table and _io.open.
NEWREF Obj *fio_py_open(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

// os.fspath(`path`): a str or bytes as it is, or what its __fspath__
// returns. TypeError as CPython's: "expected str, bytes or os.PathLike
// object, not float"; `allow_fd` also accepts an int (returned as it is).
NEWREF Obj *fio_fspath(Vm *vm, Obj *path, bool allow_fd);

// The C path of a fio_fspath() result: 0, or -1 with ValueError pending
// for an embedded null character. `*out` is valid while `path` lives.
int fio_path_cstr(Vm *vm, Obj *path, const char **out);

// Raises io.UnsupportedOperation(`what`) (OSError where the io module was
// never loaded: only the standard streams can get there). Returns NULL.
NEWREF Obj *fio_unsupported(Vm *vm, const char *what);

// Checks that `f` is open: 0, or -1 with the ValueError CPython raises for
// operation `op` on that class ("read", "write", "flush", "seek",
// "truncate", "iobase" for IOBase's methods, "" for the others).
int fio_check_open(Vm *vm, IoFile *f, const char *op);

// Readies the stream for a read or a write (`op`) after the other one.
// 0, or -1 with OSError pending.
int fio_switch(Vm *vm, IoFile *f, FioLastOp op);

// Raises the OSError of the current errno for `f` (no filename, as CPython
// reports failed reads and writes). Returns NULL.
NEWREF Obj *fio_raise_errno(Vm *vm);

// Reads the rest of `fp` into `b`. 0, or -1 with OSError pending.
int fio_read_all(Vm *vm, FILE *fp, StrBuf *b);

// Reads one text line, or `limit` characters (-1: no limit) of the
// encoding `enc` ('u' UTF-8, any other byte: one byte per character) from
// `fp` into `b`, translating and recognising line endings per `nl`.
// `can_seek` allows the fast line reader, which may seek back a little.
// 0, or -1 with OSError pending.
int fio_read_text(Vm *vm, FILE *fp, FioNewline nl, char enc, int64_t limit, bool one_line,
                  bool can_seek, StrBuf *b);

// Reads the optional size/limit argument of read(), readline(), readlines()
// (`args[0]` when nargs > 0): None or a negative int mean -1. 0 or -1.
int fio_size_arg(Vm *vm, Obj *const *args, size_t nargs, int64_t *out);

// The methods and attributes shared by every kind (file_io.c), which the
// kind's own tables put next to its reading and writing methods.
NEWREF Obj *fio_py_close(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *fio_py_flush(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *fio_py_fileno(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *fio_py_isatty(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *fio_py_readable(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *fio_py_writable(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *fio_py_seekable(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *fio_py_tell(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *fio_py_seek(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *fio_py_truncate(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *fio_py_enter(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *fio_py_exit(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *fio_py_readlines(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *fio_py_writelines(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
NEWREF Obj *fio_get_closed(Vm *vm, Obj *self);
NEWREF Obj *fio_get_name(Vm *vm, Obj *self);
NEWREF Obj *fio_get_mode(Vm *vm, Obj *self);
NEWREF Obj *fio_iter(Vm *vm, Obj *self);

// Shared slots of the five types.
void fio_dealloc(Obj *self);
size_t fio_sizeof(Obj *self);

#endif
