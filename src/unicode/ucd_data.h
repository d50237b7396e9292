/* ucd_data.h: the layout of the generated Unicode Character Database tables
 * (ucd_data.c, written by scripts/gen_unicodedata). Only ucd.c reads them;
 * everything else goes through ucd.h. */
#ifndef OURO_UCD_DATA_H
#define OURO_UCD_DATA_H

#include <stddef.h>
#include <stdint.h>

// The properties a run of code points shares: indexes into ucd_categories,
// ucd_bidi_names and ucd_eaw_names, the canonical combining class, and
// whether the character is mirrored. Record 0 is an unassigned code point's.
typedef struct UcdRecord {
    uint8_t category, bidi, combining, eaw, mirrored;
} UcdRecord;

// Code points [start, next run's start) have record `record`.
typedef struct UcdRun {
    uint32_t start;
    uint16_t record;
} UcdRun;

// Code points lo..hi are named `prefix` followed by their hex value.
typedef struct UcdAlgoName {
    uint32_t lo, hi;
    const char *prefix;
} UcdAlgoName;

// ucd_names holds one (tokenized) name per line in code point order, each for the code
// point after the previous line's; a line "@HEX" sets the code point of the
// next name instead. Each block entry is a code point and the offset of its
// "@HEX" line, every 64 names, to start a scan from.
typedef struct UcdNameBlock {
    uint32_t cp, offset;
} UcdNameBlock;

// The decomposition field of `cp` is the NUL-terminated text at
// ucd_decomp_text + offset ("<compat> 0020 0301" or "0041 0300").
typedef struct UcdDecomp {
    uint32_t cp, offset;
} UcdDecomp;

// Numeric value num/den of `cp`; decimal and digit are -1 when absent.
typedef struct UcdNumeric {
    uint32_t cp;
    int8_t decimal, digit;
    int64_t num;
    int32_t den;
} UcdNumeric;

// The canonical composition of `first` followed by `second`.
typedef struct UcdComposition {
    uint32_t first, second, composite;
} UcdComposition;

extern const char ucd_version[];
extern const char *const ucd_categories[];
extern const char *const ucd_bidi_names[];
extern const char *const ucd_eaw_names[];
extern const UcdRecord ucd_records[];
extern const UcdRun ucd_runs[];
extern const size_t ucd_nruns;
extern const UcdAlgoName ucd_algo_names[];
extern const size_t ucd_nalgo_names;
// Name text is tokenized: a character of ucd_token_single stands for the
// word of its index, a character of ucd_token_leads followed by one of
// ucd_token_second for word len(single) + lead * len(second) + second;
// other characters stand for themselves. The words are NUL-terminated in
// ucd_words, at ucd_word_offsets[index].
extern const char ucd_token_single[];
extern const char ucd_token_leads[];
extern const char ucd_token_second[];
extern const char ucd_words[];
extern const uint32_t ucd_word_offsets[];
extern const size_t ucd_nwords;
extern const char ucd_names[];
// Name aliases, in the layout of ucd_names with an "@HEX" line before each.
extern const char ucd_aliases[];
extern const UcdNameBlock ucd_name_blocks[];
extern const size_t ucd_nname_blocks;
extern const char ucd_decomp_text[];
extern const UcdDecomp ucd_decomps[];
extern const size_t ucd_ndecomps;
extern const UcdNumeric ucd_numerics[];
extern const size_t ucd_nnumerics;
extern const UcdComposition ucd_compositions[];
extern const size_t ucd_ncompositions;

#endif
