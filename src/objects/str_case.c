/* str_case.c: the str methods that map or classify characters one by one
 * (case mapping, the is* predicates) and those that pad (ljust, rjust,
 * center, zfill, expandtabs). Letters and numbers are classified with
 * tables from the Unicode database; case mappings are the C library's
 * simple ones plus the common one-to-many mappings of SpecialCasing.txt. */
#include <locale.h>
#include <string.h>
#include <wctype.h>

#include "args.h"
#include "exc.h"
#include "fmtspec.h"
#include "intobj.h"
#include "runtime.h"
#include "str.h"
#include "strimpl.h"
#include "unicode/ucd.h"

// ---------------------------------------------------------------------------
// Unicode character data. Non-ASCII code points are classified and mapped
// with the C library's tables of the "C.UTF-8" locale, used through the
// *_l functions so that the process locale is never changed. Where that
// locale is missing, non-ASCII characters are uncased non-letters. These
// are simple (one-to-one) mappings, plus 'ß' -> "SS" (CPython applies all
// of SpecialCasing.txt; the rest are rare).
// ---------------------------------------------------------------------------
typedef struct CpRange {
    uint32_t lo, hi;
} CpRange;

// clang-format off
// Tables generated from the Unicode 14.0.0 Character Database (the version of
// CPython 3.11), for code points >= 0x80: inclusive ranges, sorted.
// General category L* (str.isalpha).
static const CpRange alpha_ranges[] = {
    {0xAA, 0xAA}, {0xB5, 0xB5}, {0xBA, 0xBA}, {0xC0, 0xD6}, {0xD8, 0xF6}, {0xF8, 0x2C1},
    {0x2C6, 0x2D1}, {0x2E0, 0x2E4}, {0x2EC, 0x2EC}, {0x2EE, 0x2EE}, {0x370, 0x374}, {0x376, 0x377},
    {0x37A, 0x37D}, {0x37F, 0x37F}, {0x386, 0x386}, {0x388, 0x38A}, {0x38C, 0x38C}, {0x38E, 0x3A1},
    {0x3A3, 0x3F5}, {0x3F7, 0x481}, {0x48A, 0x52F}, {0x531, 0x556}, {0x559, 0x559}, {0x560, 0x588},
    {0x5D0, 0x5EA}, {0x5EF, 0x5F2}, {0x620, 0x64A}, {0x66E, 0x66F}, {0x671, 0x6D3}, {0x6D5, 0x6D5},
    {0x6E5, 0x6E6}, {0x6EE, 0x6EF}, {0x6FA, 0x6FC}, {0x6FF, 0x6FF}, {0x710, 0x710}, {0x712, 0x72F},
    {0x74D, 0x7A5}, {0x7B1, 0x7B1}, {0x7CA, 0x7EA}, {0x7F4, 0x7F5}, {0x7FA, 0x7FA}, {0x800, 0x815},
    {0x81A, 0x81A}, {0x824, 0x824}, {0x828, 0x828}, {0x840, 0x858}, {0x860, 0x86A}, {0x870, 0x887},
    {0x889, 0x88E}, {0x8A0, 0x8C9}, {0x904, 0x939}, {0x93D, 0x93D}, {0x950, 0x950}, {0x958, 0x961},
    {0x971, 0x980}, {0x985, 0x98C}, {0x98F, 0x990}, {0x993, 0x9A8}, {0x9AA, 0x9B0}, {0x9B2, 0x9B2},
    {0x9B6, 0x9B9}, {0x9BD, 0x9BD}, {0x9CE, 0x9CE}, {0x9DC, 0x9DD}, {0x9DF, 0x9E1}, {0x9F0, 0x9F1},
    {0x9FC, 0x9FC}, {0xA05, 0xA0A}, {0xA0F, 0xA10}, {0xA13, 0xA28}, {0xA2A, 0xA30}, {0xA32, 0xA33},
    {0xA35, 0xA36}, {0xA38, 0xA39}, {0xA59, 0xA5C}, {0xA5E, 0xA5E}, {0xA72, 0xA74}, {0xA85, 0xA8D},
    {0xA8F, 0xA91}, {0xA93, 0xAA8}, {0xAAA, 0xAB0}, {0xAB2, 0xAB3}, {0xAB5, 0xAB9}, {0xABD, 0xABD},
    {0xAD0, 0xAD0}, {0xAE0, 0xAE1}, {0xAF9, 0xAF9}, {0xB05, 0xB0C}, {0xB0F, 0xB10}, {0xB13, 0xB28},
    {0xB2A, 0xB30}, {0xB32, 0xB33}, {0xB35, 0xB39}, {0xB3D, 0xB3D}, {0xB5C, 0xB5D}, {0xB5F, 0xB61},
    {0xB71, 0xB71}, {0xB83, 0xB83}, {0xB85, 0xB8A}, {0xB8E, 0xB90}, {0xB92, 0xB95}, {0xB99, 0xB9A},
    {0xB9C, 0xB9C}, {0xB9E, 0xB9F}, {0xBA3, 0xBA4}, {0xBA8, 0xBAA}, {0xBAE, 0xBB9}, {0xBD0, 0xBD0},
    {0xC05, 0xC0C}, {0xC0E, 0xC10}, {0xC12, 0xC28}, {0xC2A, 0xC39}, {0xC3D, 0xC3D}, {0xC58, 0xC5A},
    {0xC5D, 0xC5D}, {0xC60, 0xC61}, {0xC80, 0xC80}, {0xC85, 0xC8C}, {0xC8E, 0xC90}, {0xC92, 0xCA8},
    {0xCAA, 0xCB3}, {0xCB5, 0xCB9}, {0xCBD, 0xCBD}, {0xCDD, 0xCDE}, {0xCE0, 0xCE1}, {0xCF1, 0xCF2},
    {0xD04, 0xD0C}, {0xD0E, 0xD10}, {0xD12, 0xD3A}, {0xD3D, 0xD3D}, {0xD4E, 0xD4E}, {0xD54, 0xD56},
    {0xD5F, 0xD61}, {0xD7A, 0xD7F}, {0xD85, 0xD96}, {0xD9A, 0xDB1}, {0xDB3, 0xDBB}, {0xDBD, 0xDBD},
    {0xDC0, 0xDC6}, {0xE01, 0xE30}, {0xE32, 0xE33}, {0xE40, 0xE46}, {0xE81, 0xE82}, {0xE84, 0xE84},
    {0xE86, 0xE8A}, {0xE8C, 0xEA3}, {0xEA5, 0xEA5}, {0xEA7, 0xEB0}, {0xEB2, 0xEB3}, {0xEBD, 0xEBD},
    {0xEC0, 0xEC4}, {0xEC6, 0xEC6}, {0xEDC, 0xEDF}, {0xF00, 0xF00}, {0xF40, 0xF47}, {0xF49, 0xF6C},
    {0xF88, 0xF8C}, {0x1000, 0x102A}, {0x103F, 0x103F}, {0x1050, 0x1055}, {0x105A, 0x105D},
    {0x1061, 0x1061}, {0x1065, 0x1066}, {0x106E, 0x1070}, {0x1075, 0x1081}, {0x108E, 0x108E},
    {0x10A0, 0x10C5}, {0x10C7, 0x10C7}, {0x10CD, 0x10CD}, {0x10D0, 0x10FA}, {0x10FC, 0x1248},
    {0x124A, 0x124D}, {0x1250, 0x1256}, {0x1258, 0x1258}, {0x125A, 0x125D}, {0x1260, 0x1288},
    {0x128A, 0x128D}, {0x1290, 0x12B0}, {0x12B2, 0x12B5}, {0x12B8, 0x12BE}, {0x12C0, 0x12C0},
    {0x12C2, 0x12C5}, {0x12C8, 0x12D6}, {0x12D8, 0x1310}, {0x1312, 0x1315}, {0x1318, 0x135A},
    {0x1380, 0x138F}, {0x13A0, 0x13F5}, {0x13F8, 0x13FD}, {0x1401, 0x166C}, {0x166F, 0x167F},
    {0x1681, 0x169A}, {0x16A0, 0x16EA}, {0x16F1, 0x16F8}, {0x1700, 0x1711}, {0x171F, 0x1731},
    {0x1740, 0x1751}, {0x1760, 0x176C}, {0x176E, 0x1770}, {0x1780, 0x17B3}, {0x17D7, 0x17D7},
    {0x17DC, 0x17DC}, {0x1820, 0x1878}, {0x1880, 0x1884}, {0x1887, 0x18A8}, {0x18AA, 0x18AA},
    {0x18B0, 0x18F5}, {0x1900, 0x191E}, {0x1950, 0x196D}, {0x1970, 0x1974}, {0x1980, 0x19AB},
    {0x19B0, 0x19C9}, {0x1A00, 0x1A16}, {0x1A20, 0x1A54}, {0x1AA7, 0x1AA7}, {0x1B05, 0x1B33},
    {0x1B45, 0x1B4C}, {0x1B83, 0x1BA0}, {0x1BAE, 0x1BAF}, {0x1BBA, 0x1BE5}, {0x1C00, 0x1C23},
    {0x1C4D, 0x1C4F}, {0x1C5A, 0x1C7D}, {0x1C80, 0x1C88}, {0x1C90, 0x1CBA}, {0x1CBD, 0x1CBF},
    {0x1CE9, 0x1CEC}, {0x1CEE, 0x1CF3}, {0x1CF5, 0x1CF6}, {0x1CFA, 0x1CFA}, {0x1D00, 0x1DBF},
    {0x1E00, 0x1F15}, {0x1F18, 0x1F1D}, {0x1F20, 0x1F45}, {0x1F48, 0x1F4D}, {0x1F50, 0x1F57},
    {0x1F59, 0x1F59}, {0x1F5B, 0x1F5B}, {0x1F5D, 0x1F5D}, {0x1F5F, 0x1F7D}, {0x1F80, 0x1FB4},
    {0x1FB6, 0x1FBC}, {0x1FBE, 0x1FBE}, {0x1FC2, 0x1FC4}, {0x1FC6, 0x1FCC}, {0x1FD0, 0x1FD3},
    {0x1FD6, 0x1FDB}, {0x1FE0, 0x1FEC}, {0x1FF2, 0x1FF4}, {0x1FF6, 0x1FFC}, {0x2071, 0x2071},
    {0x207F, 0x207F}, {0x2090, 0x209C}, {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210A, 0x2113},
    {0x2115, 0x2115}, {0x2119, 0x211D}, {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128},
    {0x212A, 0x212D}, {0x212F, 0x2139}, {0x213C, 0x213F}, {0x2145, 0x2149}, {0x214E, 0x214E},
    {0x2183, 0x2184}, {0x2C00, 0x2CE4}, {0x2CEB, 0x2CEE}, {0x2CF2, 0x2CF3}, {0x2D00, 0x2D25},
    {0x2D27, 0x2D27}, {0x2D2D, 0x2D2D}, {0x2D30, 0x2D67}, {0x2D6F, 0x2D6F}, {0x2D80, 0x2D96},
    {0x2DA0, 0x2DA6}, {0x2DA8, 0x2DAE}, {0x2DB0, 0x2DB6}, {0x2DB8, 0x2DBE}, {0x2DC0, 0x2DC6},
    {0x2DC8, 0x2DCE}, {0x2DD0, 0x2DD6}, {0x2DD8, 0x2DDE}, {0x2E2F, 0x2E2F}, {0x3005, 0x3006},
    {0x3031, 0x3035}, {0x303B, 0x303C}, {0x3041, 0x3096}, {0x309D, 0x309F}, {0x30A1, 0x30FA},
    {0x30FC, 0x30FF}, {0x3105, 0x312F}, {0x3131, 0x318E}, {0x31A0, 0x31BF}, {0x31F0, 0x31FF},
    {0x3400, 0x4DBF}, {0x4E00, 0xA48C}, {0xA4D0, 0xA4FD}, {0xA500, 0xA60C}, {0xA610, 0xA61F},
    {0xA62A, 0xA62B}, {0xA640, 0xA66E}, {0xA67F, 0xA69D}, {0xA6A0, 0xA6E5}, {0xA717, 0xA71F},
    {0xA722, 0xA788}, {0xA78B, 0xA7CA}, {0xA7D0, 0xA7D1}, {0xA7D3, 0xA7D3}, {0xA7D5, 0xA7D9},
    {0xA7F2, 0xA801}, {0xA803, 0xA805}, {0xA807, 0xA80A}, {0xA80C, 0xA822}, {0xA840, 0xA873},
    {0xA882, 0xA8B3}, {0xA8F2, 0xA8F7}, {0xA8FB, 0xA8FB}, {0xA8FD, 0xA8FE}, {0xA90A, 0xA925},
    {0xA930, 0xA946}, {0xA960, 0xA97C}, {0xA984, 0xA9B2}, {0xA9CF, 0xA9CF}, {0xA9E0, 0xA9E4},
    {0xA9E6, 0xA9EF}, {0xA9FA, 0xA9FE}, {0xAA00, 0xAA28}, {0xAA40, 0xAA42}, {0xAA44, 0xAA4B},
    {0xAA60, 0xAA76}, {0xAA7A, 0xAA7A}, {0xAA7E, 0xAAAF}, {0xAAB1, 0xAAB1}, {0xAAB5, 0xAAB6},
    {0xAAB9, 0xAABD}, {0xAAC0, 0xAAC0}, {0xAAC2, 0xAAC2}, {0xAADB, 0xAADD}, {0xAAE0, 0xAAEA},
    {0xAAF2, 0xAAF4}, {0xAB01, 0xAB06}, {0xAB09, 0xAB0E}, {0xAB11, 0xAB16}, {0xAB20, 0xAB26},
    {0xAB28, 0xAB2E}, {0xAB30, 0xAB5A}, {0xAB5C, 0xAB69}, {0xAB70, 0xABE2}, {0xAC00, 0xD7A3},
    {0xD7B0, 0xD7C6}, {0xD7CB, 0xD7FB}, {0xF900, 0xFA6D}, {0xFA70, 0xFAD9}, {0xFB00, 0xFB06},
    {0xFB13, 0xFB17}, {0xFB1D, 0xFB1D}, {0xFB1F, 0xFB28}, {0xFB2A, 0xFB36}, {0xFB38, 0xFB3C},
    {0xFB3E, 0xFB3E}, {0xFB40, 0xFB41}, {0xFB43, 0xFB44}, {0xFB46, 0xFBB1}, {0xFBD3, 0xFD3D},
    {0xFD50, 0xFD8F}, {0xFD92, 0xFDC7}, {0xFDF0, 0xFDFB}, {0xFE70, 0xFE74}, {0xFE76, 0xFEFC},
    {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A}, {0xFF66, 0xFFBE}, {0xFFC2, 0xFFC7}, {0xFFCA, 0xFFCF},
    {0xFFD2, 0xFFD7}, {0xFFDA, 0xFFDC}, {0x10000, 0x1000B}, {0x1000D, 0x10026}, {0x10028, 0x1003A},
    {0x1003C, 0x1003D}, {0x1003F, 0x1004D}, {0x10050, 0x1005D}, {0x10080, 0x100FA},
    {0x10280, 0x1029C}, {0x102A0, 0x102D0}, {0x10300, 0x1031F}, {0x1032D, 0x10340},
    {0x10342, 0x10349}, {0x10350, 0x10375}, {0x10380, 0x1039D}, {0x103A0, 0x103C3},
    {0x103C8, 0x103CF}, {0x10400, 0x1049D}, {0x104B0, 0x104D3}, {0x104D8, 0x104FB},
    {0x10500, 0x10527}, {0x10530, 0x10563}, {0x10570, 0x1057A}, {0x1057C, 0x1058A},
    {0x1058C, 0x10592}, {0x10594, 0x10595}, {0x10597, 0x105A1}, {0x105A3, 0x105B1},
    {0x105B3, 0x105B9}, {0x105BB, 0x105BC}, {0x10600, 0x10736}, {0x10740, 0x10755},
    {0x10760, 0x10767}, {0x10780, 0x10785}, {0x10787, 0x107B0}, {0x107B2, 0x107BA},
    {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080A, 0x10835}, {0x10837, 0x10838},
    {0x1083C, 0x1083C}, {0x1083F, 0x10855}, {0x10860, 0x10876}, {0x10880, 0x1089E},
    {0x108E0, 0x108F2}, {0x108F4, 0x108F5}, {0x10900, 0x10915}, {0x10920, 0x10939},
    {0x10980, 0x109B7}, {0x109BE, 0x109BF}, {0x10A00, 0x10A00}, {0x10A10, 0x10A13},
    {0x10A15, 0x10A17}, {0x10A19, 0x10A35}, {0x10A60, 0x10A7C}, {0x10A80, 0x10A9C},
    {0x10AC0, 0x10AC7}, {0x10AC9, 0x10AE4}, {0x10B00, 0x10B35}, {0x10B40, 0x10B55},
    {0x10B60, 0x10B72}, {0x10B80, 0x10B91}, {0x10C00, 0x10C48}, {0x10C80, 0x10CB2},
    {0x10CC0, 0x10CF2}, {0x10D00, 0x10D23}, {0x10E80, 0x10EA9}, {0x10EB0, 0x10EB1},
    {0x10F00, 0x10F1C}, {0x10F27, 0x10F27}, {0x10F30, 0x10F45}, {0x10F70, 0x10F81},
    {0x10FB0, 0x10FC4}, {0x10FE0, 0x10FF6}, {0x11003, 0x11037}, {0x11071, 0x11072},
    {0x11075, 0x11075}, {0x11083, 0x110AF}, {0x110D0, 0x110E8}, {0x11103, 0x11126},
    {0x11144, 0x11144}, {0x11147, 0x11147}, {0x11150, 0x11172}, {0x11176, 0x11176},
    {0x11183, 0x111B2}, {0x111C1, 0x111C4}, {0x111DA, 0x111DA}, {0x111DC, 0x111DC},
    {0x11200, 0x11211}, {0x11213, 0x1122B}, {0x11280, 0x11286}, {0x11288, 0x11288},
    {0x1128A, 0x1128D}, {0x1128F, 0x1129D}, {0x1129F, 0x112A8}, {0x112B0, 0x112DE},
    {0x11305, 0x1130C}, {0x1130F, 0x11310}, {0x11313, 0x11328}, {0x1132A, 0x11330},
    {0x11332, 0x11333}, {0x11335, 0x11339}, {0x1133D, 0x1133D}, {0x11350, 0x11350},
    {0x1135D, 0x11361}, {0x11400, 0x11434}, {0x11447, 0x1144A}, {0x1145F, 0x11461},
    {0x11480, 0x114AF}, {0x114C4, 0x114C5}, {0x114C7, 0x114C7}, {0x11580, 0x115AE},
    {0x115D8, 0x115DB}, {0x11600, 0x1162F}, {0x11644, 0x11644}, {0x11680, 0x116AA},
    {0x116B8, 0x116B8}, {0x11700, 0x1171A}, {0x11740, 0x11746}, {0x11800, 0x1182B},
    {0x118A0, 0x118DF}, {0x118FF, 0x11906}, {0x11909, 0x11909}, {0x1190C, 0x11913},
    {0x11915, 0x11916}, {0x11918, 0x1192F}, {0x1193F, 0x1193F}, {0x11941, 0x11941},
    {0x119A0, 0x119A7}, {0x119AA, 0x119D0}, {0x119E1, 0x119E1}, {0x119E3, 0x119E3},
    {0x11A00, 0x11A00}, {0x11A0B, 0x11A32}, {0x11A3A, 0x11A3A}, {0x11A50, 0x11A50},
    {0x11A5C, 0x11A89}, {0x11A9D, 0x11A9D}, {0x11AB0, 0x11AF8}, {0x11C00, 0x11C08},
    {0x11C0A, 0x11C2E}, {0x11C40, 0x11C40}, {0x11C72, 0x11C8F}, {0x11D00, 0x11D06},
    {0x11D08, 0x11D09}, {0x11D0B, 0x11D30}, {0x11D46, 0x11D46}, {0x11D60, 0x11D65},
    {0x11D67, 0x11D68}, {0x11D6A, 0x11D89}, {0x11D98, 0x11D98}, {0x11EE0, 0x11EF2},
    {0x11FB0, 0x11FB0}, {0x12000, 0x12399}, {0x12480, 0x12543}, {0x12F90, 0x12FF0},
    {0x13000, 0x1342E}, {0x14400, 0x14646}, {0x16800, 0x16A38}, {0x16A40, 0x16A5E},
    {0x16A70, 0x16ABE}, {0x16AD0, 0x16AED}, {0x16B00, 0x16B2F}, {0x16B40, 0x16B43},
    {0x16B63, 0x16B77}, {0x16B7D, 0x16B8F}, {0x16E40, 0x16E7F}, {0x16F00, 0x16F4A},
    {0x16F50, 0x16F50}, {0x16F93, 0x16F9F}, {0x16FE0, 0x16FE1}, {0x16FE3, 0x16FE3},
    {0x17000, 0x187F7}, {0x18800, 0x18CD5}, {0x18D00, 0x18D08}, {0x1AFF0, 0x1AFF3},
    {0x1AFF5, 0x1AFFB}, {0x1AFFD, 0x1AFFE}, {0x1B000, 0x1B122}, {0x1B150, 0x1B152},
    {0x1B164, 0x1B167}, {0x1B170, 0x1B2FB}, {0x1BC00, 0x1BC6A}, {0x1BC70, 0x1BC7C},
    {0x1BC80, 0x1BC88}, {0x1BC90, 0x1BC99}, {0x1D400, 0x1D454}, {0x1D456, 0x1D49C},
    {0x1D49E, 0x1D49F}, {0x1D4A2, 0x1D4A2}, {0x1D4A5, 0x1D4A6}, {0x1D4A9, 0x1D4AC},
    {0x1D4AE, 0x1D4B9}, {0x1D4BB, 0x1D4BB}, {0x1D4BD, 0x1D4C3}, {0x1D4C5, 0x1D505},
    {0x1D507, 0x1D50A}, {0x1D50D, 0x1D514}, {0x1D516, 0x1D51C}, {0x1D51E, 0x1D539},
    {0x1D53B, 0x1D53E}, {0x1D540, 0x1D544}, {0x1D546, 0x1D546}, {0x1D54A, 0x1D550},
    {0x1D552, 0x1D6A5}, {0x1D6A8, 0x1D6C0}, {0x1D6C2, 0x1D6DA}, {0x1D6DC, 0x1D6FA},
    {0x1D6FC, 0x1D714}, {0x1D716, 0x1D734}, {0x1D736, 0x1D74E}, {0x1D750, 0x1D76E},
    {0x1D770, 0x1D788}, {0x1D78A, 0x1D7A8}, {0x1D7AA, 0x1D7C2}, {0x1D7C4, 0x1D7CB},
    {0x1DF00, 0x1DF1E}, {0x1E100, 0x1E12C}, {0x1E137, 0x1E13D}, {0x1E14E, 0x1E14E},
    {0x1E290, 0x1E2AD}, {0x1E2C0, 0x1E2EB}, {0x1E7E0, 0x1E7E6}, {0x1E7E8, 0x1E7EB},
    {0x1E7ED, 0x1E7EE}, {0x1E7F0, 0x1E7FE}, {0x1E800, 0x1E8C4}, {0x1E900, 0x1E943},
    {0x1E94B, 0x1E94B}, {0x1EE00, 0x1EE03}, {0x1EE05, 0x1EE1F}, {0x1EE21, 0x1EE22},
    {0x1EE24, 0x1EE24}, {0x1EE27, 0x1EE27}, {0x1EE29, 0x1EE32}, {0x1EE34, 0x1EE37},
    {0x1EE39, 0x1EE39}, {0x1EE3B, 0x1EE3B}, {0x1EE42, 0x1EE42}, {0x1EE47, 0x1EE47},
    {0x1EE49, 0x1EE49}, {0x1EE4B, 0x1EE4B}, {0x1EE4D, 0x1EE4F}, {0x1EE51, 0x1EE52},
    {0x1EE54, 0x1EE54}, {0x1EE57, 0x1EE57}, {0x1EE59, 0x1EE59}, {0x1EE5B, 0x1EE5B},
    {0x1EE5D, 0x1EE5D}, {0x1EE5F, 0x1EE5F}, {0x1EE61, 0x1EE62}, {0x1EE64, 0x1EE64},
    {0x1EE67, 0x1EE6A}, {0x1EE6C, 0x1EE72}, {0x1EE74, 0x1EE77}, {0x1EE79, 0x1EE7C},
    {0x1EE7E, 0x1EE7E}, {0x1EE80, 0x1EE89}, {0x1EE8B, 0x1EE9B}, {0x1EEA1, 0x1EEA3},
    {0x1EEA5, 0x1EEA9}, {0x1EEAB, 0x1EEBB}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B738},
    {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x2F800, 0x2FA1D},
    {0x30000, 0x3134A},
};

// Numeric_Type=Decimal (str.isdecimal).
static const CpRange decimal_ranges[] = {
    {0x660, 0x669}, {0x6F0, 0x6F9}, {0x7C0, 0x7C9}, {0x966, 0x96F}, {0x9E6, 0x9EF}, {0xA66, 0xA6F},
    {0xAE6, 0xAEF}, {0xB66, 0xB6F}, {0xBE6, 0xBEF}, {0xC66, 0xC6F}, {0xCE6, 0xCEF}, {0xD66, 0xD6F},
    {0xDE6, 0xDEF}, {0xE50, 0xE59}, {0xED0, 0xED9}, {0xF20, 0xF29}, {0x1040, 0x1049},
    {0x1090, 0x1099}, {0x17E0, 0x17E9}, {0x1810, 0x1819}, {0x1946, 0x194F}, {0x19D0, 0x19D9},
    {0x1A80, 0x1A89}, {0x1A90, 0x1A99}, {0x1B50, 0x1B59}, {0x1BB0, 0x1BB9}, {0x1C40, 0x1C49},
    {0x1C50, 0x1C59}, {0xA620, 0xA629}, {0xA8D0, 0xA8D9}, {0xA900, 0xA909}, {0xA9D0, 0xA9D9},
    {0xA9F0, 0xA9F9}, {0xAA50, 0xAA59}, {0xABF0, 0xABF9}, {0xFF10, 0xFF19}, {0x104A0, 0x104A9},
    {0x10D30, 0x10D39}, {0x11066, 0x1106F}, {0x110F0, 0x110F9}, {0x11136, 0x1113F},
    {0x111D0, 0x111D9}, {0x112F0, 0x112F9}, {0x11450, 0x11459}, {0x114D0, 0x114D9},
    {0x11650, 0x11659}, {0x116C0, 0x116C9}, {0x11730, 0x11739}, {0x118E0, 0x118E9},
    {0x11950, 0x11959}, {0x11C50, 0x11C59}, {0x11D50, 0x11D59}, {0x11DA0, 0x11DA9},
    {0x16A60, 0x16A69}, {0x16AC0, 0x16AC9}, {0x16B50, 0x16B59}, {0x1D7CE, 0x1D7FF},
    {0x1E140, 0x1E149}, {0x1E2F0, 0x1E2F9}, {0x1E950, 0x1E959}, {0x1FBF0, 0x1FBF9},
};

// Numeric_Type=Digit beyond the decimals (str.isdigit).
static const CpRange digit_ranges[] = {
    {0xB2, 0xB3}, {0xB9, 0xB9}, {0x1369, 0x1371}, {0x19DA, 0x19DA}, {0x2070, 0x2070},
    {0x2074, 0x2079}, {0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247C}, {0x2488, 0x2490},
    {0x24EA, 0x24EA}, {0x24F5, 0x24FD}, {0x24FF, 0x24FF}, {0x2776, 0x277E}, {0x2780, 0x2788},
    {0x278A, 0x2792}, {0x10A40, 0x10A43}, {0x10E60, 0x10E68}, {0x11052, 0x1105A},
    {0x1F100, 0x1F10A},
};

// Numeric_Type=Numeric beyond the digits (str.isnumeric).
static const CpRange numeric_ranges[] = {
    {0xBC, 0xBE}, {0x9F4, 0x9F9}, {0xB72, 0xB77}, {0xBF0, 0xBF2}, {0xC78, 0xC7E}, {0xD58, 0xD5E},
    {0xD70, 0xD78}, {0xF2A, 0xF33}, {0x1372, 0x137C}, {0x16EE, 0x16F0}, {0x17F0, 0x17F9},
    {0x2150, 0x2182}, {0x2185, 0x2189}, {0x2469, 0x2473}, {0x247D, 0x2487}, {0x2491, 0x249B},
    {0x24EB, 0x24F4}, {0x24FE, 0x24FE}, {0x277F, 0x277F}, {0x2789, 0x2789}, {0x2793, 0x2793},
    {0x2CFD, 0x2CFD}, {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303A}, {0x3192, 0x3195},
    {0x3220, 0x3229}, {0x3248, 0x324F}, {0x3251, 0x325F}, {0x3280, 0x3289}, {0x32B1, 0x32BF},
    {0x3405, 0x3405}, {0x3483, 0x3483}, {0x382A, 0x382A}, {0x3B4D, 0x3B4D}, {0x4E00, 0x4E00},
    {0x4E03, 0x4E03}, {0x4E07, 0x4E07}, {0x4E09, 0x4E09}, {0x4E5D, 0x4E5D}, {0x4E8C, 0x4E8C},
    {0x4E94, 0x4E94}, {0x4E96, 0x4E96}, {0x4EBF, 0x4EC0}, {0x4EDF, 0x4EDF}, {0x4EE8, 0x4EE8},
    {0x4F0D, 0x4F0D}, {0x4F70, 0x4F70}, {0x5104, 0x5104}, {0x5146, 0x5146}, {0x5169, 0x5169},
    {0x516B, 0x516B}, {0x516D, 0x516D}, {0x5341, 0x5341}, {0x5343, 0x5345}, {0x534C, 0x534C},
    {0x53C1, 0x53C4}, {0x56DB, 0x56DB}, {0x58F1, 0x58F1}, {0x58F9, 0x58F9}, {0x5E7A, 0x5E7A},
    {0x5EFE, 0x5EFF}, {0x5F0C, 0x5F0E}, {0x5F10, 0x5F10}, {0x62FE, 0x62FE}, {0x634C, 0x634C},
    {0x67D2, 0x67D2}, {0x6F06, 0x6F06}, {0x7396, 0x7396}, {0x767E, 0x767E}, {0x8086, 0x8086},
    {0x842C, 0x842C}, {0x8CAE, 0x8CAE}, {0x8CB3, 0x8CB3}, {0x8D30, 0x8D30}, {0x9621, 0x9621},
    {0x9646, 0x9646}, {0x964C, 0x964C}, {0x9678, 0x9678}, {0x96F6, 0x96F6}, {0xA6E6, 0xA6EF},
    {0xA830, 0xA835}, {0xF96B, 0xF96B}, {0xF973, 0xF973}, {0xF978, 0xF978}, {0xF9B2, 0xF9B2},
    {0xF9D1, 0xF9D1}, {0xF9D3, 0xF9D3}, {0xF9FD, 0xF9FD}, {0x10107, 0x10133}, {0x10140, 0x10178},
    {0x1018A, 0x1018B}, {0x102E1, 0x102FB}, {0x10320, 0x10323}, {0x10341, 0x10341},
    {0x1034A, 0x1034A}, {0x103D1, 0x103D5}, {0x10858, 0x1085F}, {0x10879, 0x1087F},
    {0x108A7, 0x108AF}, {0x108FB, 0x108FF}, {0x10916, 0x1091B}, {0x109BC, 0x109BD},
    {0x109C0, 0x109CF}, {0x109D2, 0x109FF}, {0x10A44, 0x10A48}, {0x10A7D, 0x10A7E},
    {0x10A9D, 0x10A9F}, {0x10AEB, 0x10AEF}, {0x10B58, 0x10B5F}, {0x10B78, 0x10B7F},
    {0x10BA9, 0x10BAF}, {0x10CFA, 0x10CFF}, {0x10E69, 0x10E7E}, {0x10F1D, 0x10F26},
    {0x10F51, 0x10F54}, {0x10FC5, 0x10FCB}, {0x1105B, 0x11065}, {0x111E1, 0x111F4},
    {0x1173A, 0x1173B}, {0x118EA, 0x118F2}, {0x11C5A, 0x11C6C}, {0x11FC0, 0x11FD4},
    {0x12400, 0x1246E}, {0x16B5B, 0x16B61}, {0x16E80, 0x16E96}, {0x1D2E0, 0x1D2F3},
    {0x1D360, 0x1D378}, {0x1E8C7, 0x1E8CF}, {0x1EC71, 0x1ECAB}, {0x1ECAD, 0x1ECAF},
    {0x1ECB1, 0x1ECB4}, {0x1ED01, 0x1ED2D}, {0x1ED2F, 0x1ED3D}, {0x1F10B, 0x1F10C},
    {0x20001, 0x20001}, {0x20064, 0x20064}, {0x200E2, 0x200E2}, {0x20121, 0x20121},
    {0x2092A, 0x2092A}, {0x20983, 0x20983}, {0x2098C, 0x2098C}, {0x2099C, 0x2099C},
    {0x20AEA, 0x20AEA}, {0x20AFD, 0x20AFD}, {0x20B19, 0x20B19}, {0x22390, 0x22390},
    {0x22998, 0x22998}, {0x23B1B, 0x23B1B}, {0x2626D, 0x2626D}, {0x2F890, 0x2F890},
};

// General category Nl, which may start an identifier.
static const CpRange letter_number_ranges[] = {
    {0x16EE, 0x16F0}, {0x2160, 0x2182}, {0x2185, 0x2188}, {0x3007, 0x3007}, {0x3021, 0x3029},
    {0x3038, 0x303A}, {0xA6E6, 0xA6EF}, {0x10140, 0x10174}, {0x10341, 0x10341}, {0x1034A, 0x1034A},
    {0x103D1, 0x103D5}, {0x12400, 0x1246E},
};
// clang-format on

// Whether `c` falls in one of the `n` sorted ranges of `t` (binary search).
static bool cp_in(const CpRange *t, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c < t[mid].lo) {
            hi = mid;
        } else if (c > t[mid].hi) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}

#define CP_IN(table, c) cp_in(table, sizeof(table) / sizeof(table[0]), c)

static locale_t utf8_locale(void) {
    static locale_t loc;
    static bool tried;
    if (!tried) {
        tried = true;
        loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    }
    return loc;
}

static uint32_t u_upper(uint32_t c) {
    if (c < 0x80) {
        return cp_to_upper(c);
    }
    locale_t l = utf8_locale();
    return l != (locale_t)0 ? (uint32_t)towupper_l((wint_t)c, l) : c;
}

static uint32_t u_lower(uint32_t c) {
    if (c < 0x80) {
        return cp_to_lower(c);
    }
    locale_t l = utf8_locale();
    return l != (locale_t)0 ? (uint32_t)towlower_l((wint_t)c, l) : c;
}

// The four titlecase digraphs of Latin (ǅ ǈ ǋ ǲ): neither upper nor lower.
static bool u_is_digraph_title(uint32_t c) {
    return c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2;
}

static bool u_is_upper(uint32_t c) {
    if (c < 0x80) {
        return cp_is_upper(c);
    }
    locale_t l = utf8_locale();
    return l != (locale_t)0 && iswupper_l((wint_t)c, l) && !u_is_digraph_title(c);
}

static bool u_is_lower(uint32_t c) {
    if (c < 0x80) {
        return cp_is_lower(c);
    }
    locale_t l = utf8_locale();
    return l != (locale_t)0 && iswlower_l((wint_t)c, l) && !u_is_digraph_title(c);
}

static bool u_is_alpha(uint32_t c) {
    return c < 0x80 ? cp_is_alpha(c) : CP_IN(alpha_ranges, c);
}

static bool u_is_decimal(uint32_t c) {
    return c < 0x80 ? cp_is_digit(c) : CP_IN(decimal_ranges, c);
}

static bool u_is_digit(uint32_t c) {
    return u_is_decimal(c) || (c >= 0x80 && CP_IN(digit_ranges, c));
}

static bool u_is_numeric(uint32_t c) {
    return u_is_digit(c) || (c >= 0x80 && CP_IN(numeric_ranges, c));
}

// Identifier characters, close to XID_Start / XID_Continue: letters and
// letter numbers start one; digits, connector punctuation and combining
// marks (which the C library counts as alphabetic, Unicode does not) may
// follow.
static bool u_is_id_start(uint32_t c) {
    if (c < 0x80) {
        return c == '_' || cp_is_alpha(c);
    }
    // Plus Unicode's Other_ID_Start, kept for backward compatibility.
    return CP_IN(alpha_ranges, c) || CP_IN(letter_number_ranges, c) || c == 0x1885 || c == 0x1886 ||
           c == 0x2118 || c == 0x212E || c == 0x309B || c == 0x309C;
}

static bool u_is_id_continue(uint32_t c) {
    if (c < 0x80) {
        return c == '_' || cp_is_alpha(c) || cp_is_digit(c);
    }
    if (u_is_id_start(c) || u_is_decimal(c) || c == 0xB7 || c == 0x203F || c == 0x2040 ||
        c == 0x2054 || c == 0xFF3F) {
        return true;
    }
    // The blocks of combining diacritical marks.
    if ((c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
        (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
        (c >= 0xFE20 && c <= 0xFE2F)) {
        return true;
    }
    locale_t l = utf8_locale();
    return l != (locale_t)0 && iswalpha_l((wint_t)c, l) && !u_is_numeric(c);
}

static bool u_is_cased(uint32_t c) {
    return u_is_upper(c) || u_is_lower(c) || u_upper(c) != u_lower(c);
}

// ---------------------------------------------------------------------------
// Case mapping.
// ---------------------------------------------------------------------------
typedef enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE } CaseMode;

// What one character becomes: its upper, lower, title or folded case, or
// itself.
typedef enum { TO_UPPER, TO_LOWER, TO_TITLE, TO_FOLD, TO_KEEP } CaseTarget;

// The one-to-many mappings of SpecialCasing.txt that occur in practice
// (and the folds of CaseFolding.txt that differ from lower()), as UTF-8;
// NULL where the simple mapping applies.
typedef struct SpecialCase {
    uint32_t cp;
    const char *lower, *title, *upper, *fold;
} SpecialCase;

static const SpecialCase special_cases[] = {
    {0xB5, NULL, NULL, NULL, "\u03BC"},                  // µ (micro sign)
    {0xDF, NULL, "Ss", "SS", "ss"},                      // ß
    {0x130, "i\u0307", NULL, NULL, "i\u0307"},           // İ
    {0x149, NULL, "\u02BCN", "\u02BCN", "\u02BCn"},      // ŉ
    {0x17F, NULL, NULL, NULL, "s"},                      // ſ
    {0x1F0, NULL, "J\u030C", "J\u030C", NULL},           // ǰ
    {0x3C2, NULL, NULL, NULL, "\u03C3"},                 // ς
    {0x587, NULL, "\u0535\u0582", "\u0535\u0552", NULL}, // և
    {0x1E9E, NULL, NULL, NULL, "ss"},                    // ẞ
    {0xFB00, NULL, "Ff", "FF", "ff"},                    // ﬀ
    {0xFB01, NULL, "Fi", "FI", "fi"},                    // ﬁ
    {0xFB02, NULL, "Fl", "FL", "fl"},                    // ﬂ
    {0xFB03, NULL, "Ffi", "FFI", "ffi"},                 // ﬃ
    {0xFB04, NULL, "Ffl", "FFL", "ffl"},                 // ﬄ
    {0xFB05, NULL, "St", "ST", "st"},                    // ﬅ
    {0xFB06, NULL, "St", "ST", "st"},                    // ﬆ
};

static const char *special_case(uint32_t c, CaseTarget t) {
    for (size_t i = 0; i < sizeof special_cases / sizeof special_cases[0]; i++) {
        const SpecialCase *sc = &special_cases[i];
        if (sc->cp == c) {
            return t == TO_LOWER   ? sc->lower
                   : t == TO_TITLE ? sc->title
                   : t == TO_UPPER ? sc->upper
                                   : sc->fold;
        }
    }
    return NULL;
}

// Characters that the final-sigma rule looks through (Unicode's
// Case_Ignorable, approximated: apostrophes, dots, modifier symbols and
// combining marks).
static bool u_is_case_ignorable(uint32_t c) {
    return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xA8 || c == 0xAD ||
           c == 0xAF || c == 0xB4 || c == 0xB7 || c == 0xB8 || c == 0x2019 ||
           (c >= 0x300 && c <= 0x36F);
}

// Whether a cased letter follows at `p` (looking through case-ignorables):
// a capital sigma lowers to the final form 'ς' only when none does.
static bool cased_follows(const char *p, const char *end) {
    while (p < end) {
        uint32_t c;
        p += utf8_decode(p, &c);
        if (!u_is_case_ignorable(c)) {
            return u_is_cased(c);
        }
    }
    return false;
}

// Appends the mapping of `c` to `t` to `b`. `after_cased`: a cased
// letter precedes (for the final sigma); `next`..`end` is what follows.
static int map_full(StrBuf *b, uint32_t c, CaseTarget t, bool after_cased, const char *next,
                    const char *end) {
    const char *special = t == TO_KEEP ? NULL : special_case(c, t);
    if (special != NULL) {
        return strbuf_append_cstr(b, special);
    }
    uint32_t m = c;
    switch (t) {
        case TO_UPPER:
            m = u_upper(c);
            break;
        case TO_LOWER:
            m = c == 0x3A3 && after_cased && !cased_follows(next, end) ? 0x3C2 : u_lower(c);
            break;
        case TO_FOLD:
            // Cherokee folds to its capitals, the older letters.
            if (c >= 0xAB70 && c <= 0xABBF) {
                m = c - 0xAB70 + 0x13A0;
            } else if (c >= 0x13F8 && c <= 0x13FD) {
                m = c - 8;
            } else if (!(c >= 0x13A0 && c <= 0x13F5)) {
                m = u_lower(c);
            }
            break;
        case TO_TITLE:
            // The Latin digraphs have a titlecase form of their own.
            if ((c >= 0x1C4 && c <= 0x1CC) || (c >= 0x1F1 && c <= 0x1F3)) {
                m = c <= 0x1C6 ? 0x1C5 : c <= 0x1C9 ? 0x1C8 : c <= 0x1CC ? 0x1CB : 0x1F2;
            } else {
                m = u_upper(c);
            }
            break;
        case TO_KEEP:
            break;
    }
    char buf[4];
    return strbuf_append(b, buf, utf8_encode(m, buf));
}

static CaseTarget target_of(CaseMode mode, uint32_t c, size_t index, bool *prev_cased) {
    switch (mode) {
        case CASE_UPPER:
            return TO_UPPER;
        case CASE_LOWER:
            return TO_LOWER;
        case CASE_FOLD:
            return TO_FOLD;
        case CASE_SWAP:
            return u_is_upper(c) ? TO_LOWER : u_is_lower(c) ? TO_UPPER : TO_KEEP;
        case CASE_TITLE: {
            CaseTarget t = *prev_cased ? TO_LOWER : TO_TITLE;
            *prev_cased = u_is_cased(c);
            return t;
        }
        case CASE_CAPITALIZE:
            return index == 0 ? TO_TITLE : TO_LOWER;
    }
    return TO_KEEP;
}

// The ASCII mapping of `c` for `mode` (ASCII maps to ASCII).
static char map_ascii(unsigned char c, CaseMode mode, size_t index, bool *prev_cased) {
    switch (target_of(mode, c, index, prev_cased)) {
        case TO_UPPER:
        case TO_TITLE:
            return (char)cp_to_upper(c);
        case TO_LOWER:
        case TO_FOLD:
            return (char)cp_to_lower(c);
        case TO_KEEP:
            break;
    }
    return (char)c;
}

// The high bit of each of the eight ASCII bytes in `w` that lies in
// `first`..`first`+25 (the letters of one case). Every byte is below
// 0x80, so adding 0x80 - `first` sets a byte's high bit when it is >=
// `first`, adding 0x80 - (`first` + 26) when it is past the range, and
// neither addition carries into the next byte.
static inline uint64_t ascii_letters(uint64_t w, unsigned char first) {
    const uint64_t ones = UINT64_C(0x0101010101010101);
    uint64_t from = ones * (uint64_t)(0x80 - first), past = ones * (uint64_t)(0x80 - (first + 26));
    return (w + from) & ~(w + past) & (ones * 0x80);
}

// Copies the ASCII bytes `s` to `d`, flipping the case of the letters
// `first`..`first`+25 ('A' for lower(), 'a' for upper()), eight bytes at
// a time: a letter's high bit moved down to 0x20 is its case bit.
static void ascii_flip_range(const unsigned char *s, char *d, size_t n, unsigned char first) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        w ^= ascii_letters(w, first) >> 2;
        memcpy(d + i, &w, 8);
    }
    for (; i < n; i++) {
        d[i] = (char)(s[i] ^ (((unsigned)(s[i] - first) < 26u) << 5));
    }
}

static Obj *case_map(Vm *vm, const char *name, Obj *self, size_t nargs, Obj *kwnames,
                     CaseMode mode) {
    if (args_check(vm, name, nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    bool prev_cased = false;
    if (((StrObj *)self)->is_ascii) {
        // ASCII maps to ASCII of the same length: fill the result directly.
        Obj *o = str_alloc_type(vm, &str_type, str_size(self));
        if (o == NULL) {
            return NULL;
        }
        const unsigned char *s = (const unsigned char *)str_cstr(self);
        char *d = str_data_mut(o);
        size_t n = str_size(self);
        // upper() and lower() are the common calls: eight bytes at a time.
        if (mode == CASE_UPPER) {
            ascii_flip_range(s, d, n, 'a');
        } else if (mode == CASE_LOWER || mode == CASE_FOLD) {
            ascii_flip_range(s, d, n, 'A');
        } else {
            for (size_t i = 0; i < n; i++) {
                d[i] = map_ascii(s[i], mode, i, &prev_cased);
            }
        }
        // ASCII in, ASCII out, one character per byte.
        ((StrObj *)o)->len = n;
        ((StrObj *)o)->is_ascii = true;
        return o;
    }
    // Elsewhere the UTF-8 length may change ('ß' -> "SS", 'ı' -> 'I').
    StrBuf b;
    strbuf_init(&b);
    const char *p = str_cstr(self), *end = p + str_size(self);
    bool after_cased = false;
    for (size_t i = 0; p < end; i++) {
        uint32_t c;
        p += utf8_decode(p, &c);
        CaseTarget t = target_of(mode, c, i, &prev_cased);
        if (map_full(&b, c, t, after_cased, p, end) < 0) {
            strbuf_free(&b);
            return NULL;
        }
        if (!u_is_case_ignorable(c)) {
            after_cased = u_is_cased(c);
        }
    }
    return strbuf_finish(vm, &b);
}

#define CASE_METHOD(fname, pyname, mode)                                                           \
    Obj *fname(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {                  \
        OURO_UNUSED(args);                                                                         \
        return case_map(vm, pyname, self, nargs, kwnames, mode);                                   \
    }
CASE_METHOD(str_py_upper, "upper", CASE_UPPER)
CASE_METHOD(str_py_lower, "lower", CASE_LOWER)
CASE_METHOD(str_py_casefold, "casefold", CASE_FOLD)
CASE_METHOD(str_py_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(str_py_title, "title", CASE_TITLE)
CASE_METHOD(str_py_capitalize, "capitalize", CASE_CAPITALIZE)

// ---------------------------------------------------------------------------
// Predicates.
// ---------------------------------------------------------------------------
typedef enum {
    PRED_DECIMAL,
    PRED_DIGIT,
    PRED_NUMERIC,
    PRED_ALPHA,
    PRED_ALNUM,
    PRED_SPACE,
    PRED_PRINTABLE,
    PRED_ASCII
} PredKind;

static bool pred_cp(uint32_t c, PredKind k) {
    switch (k) {
        case PRED_DECIMAL:
            return u_is_decimal(c);
        case PRED_DIGIT:
            return u_is_digit(c);
        case PRED_NUMERIC:
            return u_is_numeric(c);
        case PRED_ALPHA:
            return u_is_alpha(c);
        case PRED_ALNUM:
            return u_is_alpha(c) || u_is_numeric(c);
        case PRED_SPACE:
            return cp_is_space(c);
        case PRED_PRINTABLE:
            // From the Unicode database, so that unassigned code points
            // are not printable, as in CPython.
            return ucd_is_printable(c);
        case PRED_ASCII:
            return c < 0x80;
    }
    return false;
}

static Obj *predicate(Vm *vm, const char *name, Obj *self, size_t nargs, Obj *kwnames, PredKind k) {
    if (args_check(vm, name, nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    const char *p = str_cstr(self), *end = p + str_size(self);
    if (p == end) {
        return obj_newref(obj_bool(k == PRED_PRINTABLE || k == PRED_ASCII));
    }
    while (p < end) {
        uint32_t c;
        p += utf8_decode(p, &c);
        if (!pred_cp(c, k)) {
            return obj_newref(OBJ_FALSE);
        }
    }
    return obj_newref(OBJ_TRUE);
}

#define PRED_METHOD(fname, pyname, kind)                                                           \
    Obj *fname(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {                  \
        OURO_UNUSED(args);                                                                         \
        return predicate(vm, pyname, self, nargs, kwnames, kind);                                  \
    }
PRED_METHOD(str_py_isdigit, "isdigit", PRED_DIGIT)
PRED_METHOD(str_py_isdecimal, "isdecimal", PRED_DECIMAL)
PRED_METHOD(str_py_isnumeric, "isnumeric", PRED_NUMERIC)
PRED_METHOD(str_py_isalpha, "isalpha", PRED_ALPHA)
PRED_METHOD(str_py_isalnum, "isalnum", PRED_ALNUM)
PRED_METHOD(str_py_isspace, "isspace", PRED_SPACE)
PRED_METHOD(str_py_isprintable, "isprintable", PRED_PRINTABLE)
PRED_METHOD(str_py_isascii, "isascii", PRED_ASCII)

// isupper/islower: at least one cased character and none of the other case.
static Obj *case_pred(Vm *vm, const char *name, Obj *self, size_t nargs, Obj *kwnames, bool upper) {
    if (args_check(vm, name, nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    bool cased = false;
    const char *p = str_cstr(self), *end = p + str_size(self);
    if (((StrObj *)self)->is_ascii) {
        // The letters are the only cased ASCII characters.
        unsigned char other = upper ? 'a' : 'A', own = upper ? 'A' : 'a';
        for (; end - p >= 8; p += 8) {
            uint64_t w;
            memcpy(&w, p, 8);
            if (ascii_letters(w, other) != 0) {
                return obj_newref(OBJ_FALSE);
            }
            cased = cased || ascii_letters(w, own) != 0;
        }
        for (; p < end; p++) {
            unsigned char c = (unsigned char)*p;
            if ((unsigned)(c - other) < 26u) {
                return obj_newref(OBJ_FALSE);
            }
            cased = cased || (unsigned)(c - own) < 26u;
        }
        return obj_newref(obj_bool(cased));
    }
    while (p < end) {
        uint32_t c;
        p += utf8_decode(p, &c);
        if (upper ? u_is_lower(c) : u_is_upper(c)) {
            return obj_newref(OBJ_FALSE);
        }
        cased = cased || (upper ? u_is_upper(c) : u_is_lower(c));
    }
    return obj_newref(obj_bool(cased));
}

Obj *str_py_isupper(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    return case_pred(vm, "isupper", self, nargs, kwnames, true);
}
Obj *str_py_islower(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    return case_pred(vm, "islower", self, nargs, kwnames, false);
}

Obj *str_py_istitle(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "istitle", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    bool cased = false, prev_cased = false;
    const char *p = str_cstr(self), *end = p + str_size(self);
    while (p < end) {
        uint32_t c;
        p += utf8_decode(p, &c);
        if (u_is_upper(c) || u_is_digraph_title(c)) {
            if (prev_cased) {
                return obj_newref(OBJ_FALSE);
            }
            prev_cased = cased = true;
        } else if (u_is_lower(c)) {
            if (!prev_cased) {
                return obj_newref(OBJ_FALSE);
            }
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return obj_newref(obj_bool(cased));
}

Obj *str_py_isidentifier(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    OURO_UNUSED(args);
    if (args_check(vm, "isidentifier", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    const char *p = str_cstr(self), *end = p + str_size(self);
    if (p == end) {
        return obj_newref(OBJ_FALSE);
    }
    for (bool first = true; p < end; first = false) {
        uint32_t c;
        p += utf8_decode(p, &c);
        if (!(first ? u_is_id_start(c) : u_is_id_continue(c))) {
            return obj_newref(OBJ_FALSE);
        }
    }
    return obj_newref(OBJ_TRUE);
}

// ---------------------------------------------------------------------------
// Padding.
// ---------------------------------------------------------------------------
static Obj *pad_common(Vm *vm, const char *name, Obj *self, Obj *const *args, size_t nargs,
                       Obj *kwnames, char align) {
    if (args_check(vm, name, nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    int64_t width;
    if (obj_as_ssize(vm, args[0], &width) < 0) {
        return NULL;
    }
    const char *fill = " ";
    size_t fill_size = 1;
    if (nargs > 1) {
        if (!str_check(args[1])) {
            return err_raise(vm, &exc_TypeError, "%s() argument 2 must be str, not %s", name,
                             obj_type_name(args[1]));
        }
        if (str_len(args[1]) != 1) {
            return err_raise(vm, &exc_TypeError,
                             "The fill character must be exactly one character long");
        }
        fill = str_cstr(args[1]);
        fill_size = str_size(args[1]);
    }
    int64_t len = (int64_t)str_len(self);
    if (width <= len) {
        return self->type == &str_type ? obj_newref(self)
                                       : str_from_utf8(vm, str_cstr(self), str_size(self));
    }
    int64_t pad = width - len, left = 0;
    if (align == '>') {
        left = pad;
    } else if (align == '^') {
        // CPython's centering puts the odd column on the left when width is odd.
        left = pad / 2 + (pad & width & 1);
    }
    StrBuf b;
    strbuf_init(&b);
    if (fmtspec_append_fill(&b, fill, fill_size, left) < 0 || strbuf_append_str(&b, self) < 0 ||
        fmtspec_append_fill(&b, fill, fill_size, pad - left) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(vm, &b);
}

Obj *str_py_ljust(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return pad_common(vm, "ljust", self, args, nargs, kwnames, '<');
}
Obj *str_py_rjust(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return pad_common(vm, "rjust", self, args, nargs, kwnames, '>');
}
Obj *str_py_center(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return pad_common(vm, "center", self, args, nargs, kwnames, '^');
}

Obj *str_py_zfill(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_check(vm, "zfill", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    int64_t width;
    if (obj_as_ssize(vm, args[0], &width) < 0) {
        return NULL;
    }
    int64_t len = (int64_t)str_len(self);
    if (width <= len) {
        return str_from_utf8(vm, str_cstr(self), str_size(self));
    }
    const char *s = str_cstr(self);
    size_t sign = (str_size(self) > 0 && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
    StrBuf b;
    strbuf_init(&b);
    if (strbuf_append(&b, s, sign) < 0 || fmtspec_append_fill(&b, "0", 1, width - len) < 0 ||
        strbuf_append(&b, s + sign, str_size(self) - sign) < 0) {
        goto fail;
    }
    return strbuf_finish(vm, &b);
fail:
    strbuf_free(&b);
    return NULL;
}

Obj *str_py_expandtabs(Vm *vm, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    Obj *a[1] = {NULL};
    if (args_bind(vm, "expandtabs", args, nargs, kwnames, names, 1, 0, a) < 0) {
        return NULL;
    }
    int64_t tab = 8;
    if (a[0] != NULL && fmtspec_as_cint(vm, a[0], &tab) < 0) {
        return NULL;
    }
    StrBuf b;
    strbuf_init(&b);
    const char *s = str_cstr(self);
    int64_t col = 0;
    for (size_t i = 0; i < str_size(self); i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\t') {
            int64_t spaces = tab > 0 ? tab - col % tab : 0;
            if (fmtspec_append_fill(&b, " ", 1, spaces) < 0) {
                goto fail;
            }
            col += spaces;
            continue;
        }
        if (strbuf_append_char(&b, (char)c) < 0) {
            goto fail;
        }
        if (c == '\n' || c == '\r') {
            col = 0;
        } else if ((c & 0xC0) != 0x80) {
            col++;
        }
    }
    return strbuf_finish(vm, &b);
fail:
    strbuf_free(&b);
    return NULL;
}
