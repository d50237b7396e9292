/* ucd.c: lookups in the generated Unicode Character Database tables
 * (ucd_data.c): binary searches over sorted arrays, a scan of the name
 * text, and the algorithmic parts the tables leave out (Hangul syllables,
 * ideographs named by their code point). */
#include "unicode/ucd.h"

#include <stdio.h>
#include <string.h>

#include "unicode/ucd_data.h"

// Hangul syllables (Unicode §3.12): S = SBase + (L * VCount + V) * TCount + T.
enum {
    SBASE = 0xAC00,
    LBASE = 0x1100,
    VBASE = 0x1161,
    TBASE = 0x11A7,
    LCOUNT = 19,
    VCOUNT = 21,
    TCOUNT = 28,
    NCOUNT = VCOUNT * TCOUNT,
    SCOUNT = LCOUNT * NCOUNT,
};

// The short names of the leading consonants, vowels and trailing
// consonants, from Jamo.txt.
static const char *const jamo_l[LCOUNT] = {"G",  "GG", "N", "D",  "DD", "R", "M", "B", "BB", "S",
                                           "SS", "",   "J", "JJ", "C",  "K", "T", "P", "H"};
static const char *const jamo_v[VCOUNT] = {"A",   "AE", "YA", "YAE", "EO", "E",  "YEO",
                                           "YE",  "O",  "WA", "WAE", "OE", "YO", "U",
                                           "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
static const char *const jamo_t[TCOUNT] = {
    "",   "G",  "GG", "GS", "N",  "NJ", "NH", "D",  "L", "LG", "LM", "LB", "LS", "LT",
    "LP", "LH", "M",  "B",  "BS", "S",  "SS", "NG", "J", "C",  "K",  "T",  "P",  "H"};

static const char hangul_prefix[] = "HANGUL SYLLABLE ";

const char *ucd_unidata_version(void) {
    return ucd_version;
}

// The properties of `cp`: the last run starting at or before it.
static const UcdRecord *record_of(uint32_t cp) {
    if (cp > 0x10FFFF) {
        return &ucd_records[0];
    }
    size_t lo = 0, hi = ucd_nruns;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (ucd_runs[mid].start <= cp) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return &ucd_records[ucd_runs[lo].record];
}

const char *ucd_category(uint32_t cp) {
    return ucd_categories[record_of(cp)->category];
}

bool ucd_is_printable(uint32_t cp) {
    if (cp == ' ') {
        return true;
    }
    const char *c = ucd_category(cp);
    return !((c[0] == 'C' && c[1] != '\0' && strchr("cfson", c[1]) != NULL) ||
             (c[0] == 'Z' && strchr("lps", c[1]) != NULL));
}

const char *ucd_bidirectional(uint32_t cp) {
    return ucd_bidi_names[record_of(cp)->bidi];
}

int ucd_combining(uint32_t cp) {
    return record_of(cp)->combining;
}

const char *ucd_east_asian_width(uint32_t cp) {
    return ucd_eaw_names[record_of(cp)->eaw];
}

int ucd_mirrored(uint32_t cp) {
    return record_of(cp)->mirrored;
}

const char *ucd_decomposition(uint32_t cp) {
    size_t lo = 0, hi = ucd_ndecomps;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ucd_decomps[mid].cp == cp) {
            return ucd_decomp_text + ucd_decomps[mid].offset;
        }
        if (ucd_decomps[mid].cp < cp) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return "";
}

bool ucd_numeric(uint32_t cp, int *decimal, int *digit, int64_t *num, int32_t *den) {
    size_t lo = 0, hi = ucd_nnumerics;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const UcdNumeric *n = &ucd_numerics[mid];
        if (n->cp == cp) {
            *decimal = n->decimal;
            *digit = n->digit;
            *num = n->num;
            *den = n->den;
            return true;
        }
        if (n->cp < cp) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------
// Names.
// ---------------------------------------------------------------------------

// Parses the hex digits of an "@HEX" line starting at `p` (after the '@');
// returns the position after the line.
static const char *parse_at_line(const char *p, uint32_t *cp) {
    uint32_t v = 0;
    for (; *p != '\n'; p++) {
        v = v * 16 + (uint32_t)(*p <= '9' ? *p - '0' : *p - 'A' + 10);
    }
    *cp = v;
    return p + 1;
}

// The word a token at `p` stands for (see ucd_data.h), with `*len` the
// token's length; NULL when `p` is a plain character.
static const char *token_word(const char *p, size_t *len) {
    const char *hit = strchr(ucd_token_single, *p);
    if (*p != '\0' && hit != NULL) {
        *len = 1;
        return ucd_words + ucd_word_offsets[hit - ucd_token_single];
    }
    hit = strchr(ucd_token_leads, *p);
    if (*p != '\0' && hit != NULL) {
        size_t nsecond = strlen(ucd_token_second);
        size_t k = strlen(ucd_token_single) + (size_t)(hit - ucd_token_leads) * nsecond +
                   (size_t)(strchr(ucd_token_second, p[1]) - ucd_token_second);
        *len = 2;
        return ucd_words + ucd_word_offsets[k];
    }
    return NULL;
}

// Expands the tokenized name [p, end) into `buf` (UCD_NAME_MAX bytes,
// NUL-terminated); returns its length.
static size_t expand_name(const char *p, const char *end, char *buf) {
    size_t n = 0;
    while (p < end) {
        size_t used = 1;
        const char *word = token_word(p, &used);
        size_t k = word != NULL ? strlen(word) : 1;
        if (n + k >= UCD_NAME_MAX) {
            break; // cannot happen with the real data
        }
        memcpy(buf + n, word != NULL ? word : p, k);
        n += k;
        p += used;
    }
    buf[n] = '\0';
    return n;
}

// The token of the upper-case word [w, w + len), or NULL when the word has
// none. `out` receives it (at least 3 bytes).
static const char *word_token(const char *w, size_t len, char *out) {
    size_t nsingle = strlen(ucd_token_single), nsecond = strlen(ucd_token_second);
    for (size_t k = 0; len >= 3 && k < ucd_nwords; k++) {
        const char *word = ucd_words + ucd_word_offsets[k];
        if (strncmp(word, w, len) == 0 && word[len] == '\0') {
            if (k < nsingle) {
                out[0] = ucd_token_single[k];
                out[1] = '\0';
            } else {
                out[0] = ucd_token_leads[(k - nsingle) / nsecond];
                out[1] = ucd_token_second[(k - nsingle) % nsecond];
                out[2] = '\0';
            }
            return out;
        }
    }
    return NULL;
}

static char upper(char c) {
    return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

// `name` in upper case and tokenized as the generator tokenizes the table,
// so that a lookup compares bytes. Returns the length, 0 when it does not
// fit in `out` (UCD_NAME_MAX bytes) or holds a character no name has.
static size_t encode_name(const char *name, size_t len, char *out) {
    char word[UCD_NAME_MAX];
    size_t n = 0, i = 0;
    while (i < len) {
        size_t w = 0;
        while (i < len && name[i] != ' ' && name[i] != '-') {
            char c = upper(name[i++]);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) || w + 1 >= sizeof word) {
                return 0;
            }
            word[w++] = c;
        }
        char tok[3];
        const char *t = word_token(word, w, tok);
        const char *piece = t != NULL ? t : word;
        size_t k = t != NULL ? strlen(t) : w;
        if (n + k + 1 >= UCD_NAME_MAX) {
            return 0;
        }
        memcpy(out + n, piece, k);
        n += k;
        if (i < len) {
            out[n++] = name[i++]; // the separator
        }
    }
    return n;
}

size_t ucd_name(uint32_t cp, char *buf) {
    buf[0] = '\0';
    if (cp >= SBASE && cp < SBASE + SCOUNT) {
        uint32_t s = cp - SBASE;
        return (size_t)snprintf(buf, UCD_NAME_MAX, "%s%s%s%s", hangul_prefix, jamo_l[s / NCOUNT],
                                jamo_v[(s % NCOUNT) / TCOUNT], jamo_t[s % TCOUNT]);
    }
    for (size_t i = 0; i < ucd_nalgo_names; i++) {
        if (cp >= ucd_algo_names[i].lo && cp <= ucd_algo_names[i].hi) {
            return (size_t)snprintf(buf, UCD_NAME_MAX, "%s%04X", ucd_algo_names[i].prefix,
                                    (unsigned)cp);
        }
    }
    // The last block starting at or before `cp`, then a scan of its lines.
    size_t lo = 0, hi = ucd_nname_blocks;
    if (hi == 0 || cp < ucd_name_blocks[0].cp) {
        return 0;
    }
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (ucd_name_blocks[mid].cp <= cp) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    const char *p = ucd_names + ucd_name_blocks[lo].offset;
    uint32_t cur = 0;
    while (*p != '\0') {
        if (*p == '@') {
            p = parse_at_line(p + 1, &cur);
            continue;
        }
        const char *end = strchr(p, '\n');
        if (cur == cp) {
            return expand_name(p, end, buf);
        }
        if (cur > cp) {
            return 0;
        }
        cur++;
        p = end + 1;
    }
    return 0;
}

// Whether the `len` bytes at `a` equal the `n` bytes at `b` (upper case)
// regardless of ASCII case.
static bool same_name(const char *a, size_t len, const char *b, size_t n) {
    if (len != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (upper(a[i]) != b[i]) {
            return false;
        }
    }
    return true;
}

// The index of the longest of `parts` that starts `s` (`*used` its length),
// or -1. The empty part matches when no other does.
static int longest_part(const char *s, size_t len, const char *const *parts, int n, size_t *used) {
    int best = -1;
    *used = 0;
    for (int i = 0; i < n; i++) {
        size_t k = strlen(parts[i]);
        if (k <= len && (best < 0 || k > *used) && memcmp(s, parts[i], k) == 0) {
            best = i;
            *used = k;
        }
    }
    return best;
}

// "HANGUL SYLLABLE GAG": the longest leading consonant, vowel and trailing
// consonant, which must use up the name. Upper case only, as in CPython.
static bool lookup_hangul(const char *name, size_t len, uint32_t *cp) {
    size_t k = sizeof hangul_prefix - 1, used;
    if (len < k || memcmp(name, hangul_prefix, k) != 0) {
        return false;
    }
    name += k;
    len -= k;
    int l = longest_part(name, len, jamo_l, LCOUNT, &used);
    name += used;
    len -= used;
    int v = l < 0 ? -1 : longest_part(name, len, jamo_v, VCOUNT, &used);
    name += used;
    len -= used;
    int t = v < 0 ? -1 : longest_part(name, len, jamo_t, TCOUNT, &used);
    if (t < 0 || used != len) {
        return false;
    }
    *cp = SBASE + ((uint32_t)l * VCOUNT + (uint32_t)v) * TCOUNT + (uint32_t)t;
    return true;
}

// "CJK UNIFIED IDEOGRAPH-4E00" and the other prefix-and-hex names. As in
// CPython, the CJK unified ideographs are matched exactly (upper case, four
// or five hex digits), the other names as any name is (regardless of case,
// but as written).
static bool lookup_algorithmic(const char *name, size_t len, uint32_t *cp) {
    for (size_t i = 0; i < ucd_nalgo_names; i++) {
        const char *prefix = ucd_algo_names[i].prefix;
        size_t k = strlen(prefix);
        bool exact = strcmp(prefix, "CJK UNIFIED IDEOGRAPH-") == 0;
        if (len < k + 4 || len > k + 5 ||
            (exact ? memcmp(name, prefix, k) != 0 : !same_name(name, k, prefix, k))) {
            continue;
        }
        uint32_t v = 0;
        for (size_t j = k; j < len; j++) {
            char c = exact ? name[j] : upper(name[j]);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
            v = v * 16 + (uint32_t)(c <= '9' ? c - '0' : c - 'A' + 10);
        }
        if (!exact && len - k != (v > 0xFFFF ? 5u : 4u)) {
            return false;
        }
        // Several ranges share a prefix: find the one holding `v`.
        for (size_t r = 0; r < ucd_nalgo_names; r++) {
            if (strcmp(ucd_algo_names[r].prefix, prefix) == 0 && v >= ucd_algo_names[r].lo &&
                v <= ucd_algo_names[r].hi) {
                *cp = v;
                return true;
            }
        }
        return false;
    }
    return false;
}

// Looks `name` (`len` bytes) up in a text laid out as ucd_names, comparing
// without regard to case (`exact` false) or byte for byte.
static bool scan_names(const char *text, const char *name, size_t len, bool exact, uint32_t *cp) {
    const char *p = text;
    uint32_t cur = 0;
    while (*p != '\0') {
        if (*p == '@') {
            p = parse_at_line(p + 1, &cur);
            continue;
        }
        const char *end = strchr(p, '\n');
        size_t n = (size_t)(end - p);
        if (exact ? n == len && memcmp(p, name, n) == 0 : same_name(name, len, p, n)) {
            *cp = cur;
            return true;
        }
        cur++;
        p = end + 1;
    }
    return false;
}

bool ucd_lookup(const char *name, size_t len, uint32_t *cp) {
    if (len == 0 || len >= UCD_NAME_MAX) {
        return false;
    }
    if (lookup_hangul(name, len, cp) || lookup_algorithmic(name, len, cp)) {
        return true;
    }
    char coded[UCD_NAME_MAX];
    size_t n = encode_name(name, len, coded);
    return (n > 0 && scan_names(ucd_names, coded, n, true, cp)) ||
           scan_names(ucd_aliases, name, len, false, cp);
}

// ---------------------------------------------------------------------------
// Decomposition and composition (for normalization).
// ---------------------------------------------------------------------------

// Appends the full decomposition of `cp` at out[n..]; returns the new length.
static size_t decompose_into(uint32_t cp, bool compat, uint32_t *out, size_t n) {
    if (n + 3 > UCD_DECOMP_MAX) {
        return n; // cannot happen with the real data; keeps `out` in bounds
    }
    if (cp >= SBASE && cp < SBASE + SCOUNT) {
        uint32_t s = cp - SBASE;
        out[n++] = LBASE + s / NCOUNT;
        out[n++] = VBASE + (s % NCOUNT) / TCOUNT;
        if (s % TCOUNT != 0) {
            out[n++] = TBASE + s % TCOUNT;
        }
        return n;
    }
    const char *d = ucd_decomposition(cp);
    if (*d == '<') {
        if (!compat) {
            out[n++] = cp;
            return n;
        }
        d = strchr(d, '>') + 1;
    }
    if (*d == '\0') {
        out[n++] = cp;
        return n;
    }
    while (*d != '\0') {
        while (*d == ' ') {
            d++;
        }
        uint32_t v = 0;
        for (; *d != ' ' && *d != '\0'; d++) {
            v = v * 16 + (uint32_t)(*d <= '9' ? *d - '0' : *d - 'A' + 10);
        }
        n = decompose_into(v, compat, out, n);
    }
    return n;
}

size_t ucd_decompose(uint32_t cp, bool compat, uint32_t *out) {
    return decompose_into(cp, compat, out, 0);
}

uint32_t ucd_compose(uint32_t first, uint32_t second) {
    if (first >= LBASE && first < LBASE + LCOUNT && second >= VBASE && second < VBASE + VCOUNT) {
        return SBASE + ((first - LBASE) * VCOUNT + (second - VBASE)) * TCOUNT;
    }
    if (first >= SBASE && first < SBASE + SCOUNT && (first - SBASE) % TCOUNT == 0 &&
        second > TBASE && second < TBASE + TCOUNT) {
        return first + (second - TBASE);
    }
    size_t lo = 0, hi = ucd_ncompositions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const UcdComposition *c = &ucd_compositions[mid];
        if (c->first == first && c->second == second) {
            return c->composite;
        }
        if (c->first < first || (c->first == first && c->second < second)) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return 0;
}
