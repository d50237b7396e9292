/* test_file_io.c: the C entry points of the file objects (objects/file_io.c
 * and friends) and err_raise_errno: path conversion, open()'s checks, a
 * text round trip through the methods, and the OSError subclasses. */
#include "support.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "memory/mem.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/file_io.h"
#include "objects/intobj.h"
#include "objects/str.h"
#include "vm/vm.h"

SUPPORT_SUITE(file_io);

// The message of the pending exception, which is cleared.
static void expect_message(TypeObj *type, const char *text) {
    cr_assert(err_matches(vm, type));
    Obj *e = err_fetch(vm);
    Obj *m = exc_message(vm, e);
    cr_assert_not_null(m);
    cr_assert_str_eq(str_cstr(m), text);
    obj_decref(m);
    obj_decref(e);
}

// open(path, mode) through fio_open, the other arguments left out.
static Obj *open2(const char *path, const char *mode) {
    Obj *p = str_from_cstr(vm, path);
    Obj *m = str_from_cstr(vm, mode);
    Obj *args[7] = {p, m, NULL, NULL, NULL, NULL, NULL};
    Obj *f = fio_open(vm, args);
    obj_decref(p);
    obj_decref(m);
    return f;
}

Test(file_io, fspath_accepts_str_and_rejects_float) {
    Obj *s = str_from_cstr(vm, "a/b");
    Obj *r = fio_fspath(vm, s, false);
    cr_assert_eq(r, s);
    obj_decref(r);
    obj_decref(s);
    Obj *x = float_from_double(vm, 1.5);
    cr_assert_null(fio_fspath(vm, x, true));
    expect_message(&exc_TypeError, "expected str, bytes or os.PathLike object, not float");
    obj_decref(x);
}

Test(file_io, err_raise_errno_picks_the_subclass) {
    Obj *name = str_from_cstr(vm, "missing.txt");
    cr_assert_null(err_raise_errno(vm, 2, name, NULL));
    expect_message(&exc_FileNotFoundError, "[Errno 2] No such file or directory: 'missing.txt'");
    cr_assert_null(err_raise_errno(vm, 17, NULL, NULL));
    expect_message(&exc_FileExistsError, "[Errno 17] File exists");
    obj_decref(name);
}

Test(file_io, open_checks_the_mode) {
    cr_assert_null(open2("x", "rw"));
    expect_message(&exc_ValueError, "must have exactly one of create/read/write/append mode");
    cr_assert_null(open2("x", "rq"));
    expect_message(&exc_ValueError, "invalid mode: 'rq'");
    cr_assert_null(open2("/nonexistent-ouro-dir/x", "r"));
    cr_assert(err_matches(vm, &exc_FileNotFoundError));
    err_clear(vm);
}

Test(file_io, text_round_trip_and_close) {
    char path[] = "/tmp/ouro_test_file_io_XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    close(fd);
    Obj *f = open2(path, "w");
    cr_assert_not_null(f);
    cr_assert(fio_check(f));
    Obj *text = str_from_cstr(vm, "h\xc3\xa9\r\nx");
    Obj *n = obj_call_method(vm, f, "write", &text, 1);
    cr_assert_not_null(n);
    cr_assert(int_check(n));
    obj_decref(n);
    obj_decref(text);
    obj_decref(f); // flushes and closes
    f = open2(path, "r");
    cr_assert_not_null(f);
    Obj *line = obj_call_method(vm, f, "readline", NULL, 0);
    cr_assert_not_null(line);
    cr_assert_str_eq(str_cstr(line), "h\xc3\xa9\n"); // universal newlines
    obj_decref(line);
    Obj *res = fio_py_close(vm, f, NULL, 0, NULL);
    obj_decref(res);
    cr_assert_null(obj_call_method(vm, f, "read", NULL, 0));
    expect_message(&exc_ValueError, "I/O operation on closed file.");
    obj_decref(f);
    unlink(path);
}

// Every allocation of a program that opens, writes, reads and closes files
// fails once in turn: each run ends with MemoryError or succeeds, never a
// crash, and the leak check of the suite's teardown sees what was left.
Test(file_io, allocation_failures_raise_memory_error) {
    char dir[] = "/tmp/ouro_test_file_io_dir_XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char src[512];
    snprintf(src, sizeof src,
             "p = '%s/f.txt'\n"
             "with open(p, 'w', encoding='latin-1') as f:\n"
             "    f.write('caf\\xe9\\n' * 3)\n"
             "with open(p, newline='', encoding='latin-1') as f:\n"
             "    lines = f.readlines()\n"
             "with open(p, 'rb') as f:\n"
             "    data = f.read(2) + f.readline()\n",
             dir);
    size_t succeeded = 0;
    for (size_t n = 1; n < 400; n++) {
        Obj *g = dict_new(vm);
        cr_assert_not_null(g);
        mem_fail_after(n);
        Obj *r = vm_run_source(vm, src, strlen(src), "<test>", g);
        mem_fail_after(0);
        if (r == NULL) {
            cr_assert(err_occurred(vm), "NULL without an exception at n=%zu", n);
            err_clear(vm);
        } else {
            obj_decref(r);
            succeeded++;
        }
        dict_clear(g);
        obj_decref(g);
    }
    cr_assert(succeeded > 0, "the program never ran to its end: raise the bound");
    char path[128];
    snprintf(path, sizeof path, "%s/f.txt", dir);
    unlink(path);
    rmdir(dir);
}
