/* fileobj.h: the text file objects of sys.stdout / sys.stderr / sys.stdin
 * over the C stdio streams, which print() and input() write and read
 * directly. The files of open() are file_io.h's. */
#ifndef OURO_FILEOBJ_H
#define OURO_FILEOBJ_H

#include <stdio.h>

#include "object.h"

extern TypeObj file_type;

typedef struct FileObj {
    Obj head;
    FILE *fp;          // not owned: the standard streams outlive the object
    const char *name;  // static text: "<stdout>"
    const char *mode;  // static text: "r" or "w"
} FileObj;

// A file object writing to or reading from `fp` (which it does not close).
// `name` and `mode` must be static strings. NULL with MemoryError pending.
NEWREF Obj *file_new(Vm *vm, FILE *fp, const char *name, const char *mode);

// After a write to or flush of `fp`: 0 when the stream is fine, else -1
// with the OSError for errno raised (BrokenPipeError when the reader of a
// pipe has gone). The data still buffered is dropped and the error state
// cleared, as CPython's stdout does, so that the flush at exit does not
// fail a second time.
int file_check_write(Vm *vm, FILE *fp);

#endif
