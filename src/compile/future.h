/* future.h: what the symbol table needs to know of `from __future__`
 * imports (the compiler's side is in compile_int.h). */
#ifndef OURO_FUTURE_H
#define OURO_FUTURE_H

#include <stdbool.h>

#include "../parse/ast.h"

// Whether module `tree` starts (after its docstring) with future imports
// that name `annotations` (PEP 563): its annotations are then kept as text,
// so their names are not references. No checks, no errors (see
// comp_future_scan).
bool comp_future_annotations(const AstNode *tree);

#endif
