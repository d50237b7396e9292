/* tokens.h: lemon's generated token codes (TK_*), from the build tree's
 * gen/parser.h. Angle brackets on purpose: a quoted "parser.h" would find
 * src/parse/parser.h, the parser's public contract, first. */
#ifndef OURO_TOKENS_H
#define OURO_TOKENS_H

#include <parser.h>

#endif
