# Source with inconsistent tabs, bad indentation and broken literals is
# rejected with CPython's exception. (Raw NUL bytes and bytes sources are
# tested by the fuzzers: exec() of them differs, see docs/reliability.md.)
def attempt(label, src):
    try:
        exec(src)
        print(label, "ok")
    except (SyntaxError, ValueError) as e:
        print(label, type(e).__name__, e.args[0])

attempt("tabs", "if 1:\n\tx = 1\n        y = 2\n")
attempt("tab then spaces", "if 1:\n        x = 1\n\ty = 2\n")
attempt("unterminated", "x = 'abc\n")
attempt("triple", "x = '''abc\n")
attempt("stray", "x = 1 $ 2\n")
attempt("lone dedent", "if 1:\n    x = 1\n  y = 2\n")
attempt("nul in string", "x = 'a\\0b'\nprint(len(x))\n")
attempt("lone surrogate escape", "x = '\\ud800'\nprint(len(x))\n")
