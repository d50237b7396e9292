/* libmods.c: lookup in the table of built-in Python modules (libmods.h);
 * the table itself is generated at build time. */
#include "libmods.h"

#include <string.h>

const LibModule *libmods_find(const char *name) {
    for (size_t i = 0; i < libmods_count; i++) {
        if (strcmp(libmods_table[i].name, name) == 0) {
            return &libmods_table[i];
        }
    }
    return NULL;
}
