# Misplaced and unknown future imports are SyntaxErrors.
sources = [
    'from __future__ import spam',
    'from __future__ import braces',
    'x = 1\nfrom __future__ import annotations',
    '"doc"\nfrom __future__ import annotations, division\nfrom __future__ import (generator_stop)\nprint("ok")',
    'def f():\n    from __future__ import annotations',
    'from __future__ import *',
    'import __future__\nfrom __future__ import annotations',
    'from __future__ import nested_scopes, generators, with_statement, print_function, unicode_literals, absolute_import, barry_as_FLUFL\nprint("all known")',
    'from __future__ import annotations\ndef f(a: undefined) -> also_undefined: pass\nprint(f.__annotations__)',
    'def f(a: list[int]) -> "x": pass\nprint(f.__annotations__)',
]
for src in sources:
    try:
        exec(src, {})
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno)
