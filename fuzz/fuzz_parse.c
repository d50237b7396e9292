/* fuzz_parse.c: libFuzzer target for the front end (re2c lexer, layout
 * pass, lemon parser, AST builder). Every input is parsed twice, as a
 * module (PARSE_FILE) and as one interactive statement (PARSE_SINGLE).
 * The parser must return a tree or a ParseError for any bytes: never
 * crash, read out of bounds, recurse without bound or leak its arena. */
#include <stddef.h>
#include <stdint.h>

#include "parse/parser.h"

static void parse_once(const uint8_t *data, size_t size, ParseMode mode) {
    AstArena *arena = ast_arena_new();
    if (arena == NULL) {
        return;
    }
    ParseError err;
    (void)parser_parse(arena, (const char *)data, size, mode, &err);
    ast_arena_free(arena);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    parse_once(data, size, PARSE_FILE);
    parse_once(data, size, PARSE_SINGLE);
    return 0;
}
