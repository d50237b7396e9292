# Deeply nested source: SyntaxError or RecursionError, as CPython, never a
# crash. compile() is not used so that each case is a fresh parse by exec.
def attempt(label, src):
    try:
        exec(src)
        print(label, "ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(label, type(e).__name__)

attempt("parens 50", "x = " + "(" * 50 + "1" + ")" * 50)
attempt("parens 300", "x = " + "(" * 300 + "1" + ")" * 300)
attempt("lists 300", "x = " + "[" * 300 + "]" * 300)
attempt("unclosed 300", "x = " + "(" * 300)
attempt("plus chain 100000", "x = 1" + " + 1" * 100000)
attempt("attr chain 100000", "x = 1" + ".real" * 100000)
attempt("calls 100000", "x = f" + "()" * 100000)
attempt("ifs 200", "".join(" " * i + "if 1:\n" for i in range(200)) + " " * 200 + "pass\n")
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
