/* libmods.h: the modules written in Python (every .py file under lib/), built into the
 * interpreter. cmake/lib.cmake generates the table's definition from the
 * files of lib/ at build time (cmake/embed_lib.cmake). The importer looks a
 * module up here after sys.path, so that a user's module of the same name
 * wins, as it does over CPython's standard library. */
#ifndef OURO_LIBMODS_H
#define OURO_LIBMODS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *name;        // dotted module name: "functools", "pkg.sub"
    const char *path;        // relative to lib/: "functools.py"
    const unsigned char *src; // the file's bytes, NUL-terminated
    size_t len;              // without the NUL
    bool is_package;         // lib/NAME/__init__.py
} LibModule;

// Ends with a row whose name is NULL; libmods_count rows before it.
extern const LibModule libmods_table[];
extern const size_t libmods_count;

// The embedded module named `name` (dotted), or NULL. BORROWED (static).
// The prefix of the __file__ and __path__ of embedded modules.
#define LIBMODS_PREFIX "<ouro-lib>"

const LibModule *libmods_find(const char *name);

#endif
