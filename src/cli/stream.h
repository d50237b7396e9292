/* stream.h: reading a whole script or startup file into memory. */
#ifndef OURO_STREAM_H
#define OURO_STREAM_H

#include <stddef.h>
#include <stdio.h>

// Reads `fp` to its end into a malloc'd, NUL-terminated buffer (the caller
// frees it) and stores its length in *len. NULL on a read error or when
// memory runs out.
char *stream_read_all(FILE *fp, size_t *len);

#endif
