# exec, eval and compile take bytes-like source (UTF-8), report undecodable
# bytes and NUL characters as CPython 3.11's SyntaxErrors.
exec(b"print('from bytes')")
print(eval(b"1 + 2"), eval(bytearray(b"3 * 3")))
c = compile(b"x = 5\nprint(x)", "<bytes>", "exec"); exec(c)
for src in ("x = 1\0", b"y = 2\0"):
    try:
        exec(src)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
try:
    exec(b"a = 1\nb\xff = 2")
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    compile(5, "f", "exec")
except TypeError as e:
    print(e)
print(eval("  1 + 1"), eval("\t2"))
try:
    eval(" \n1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile(b"x = 1\ny = 2\nz\xff = 3", "f.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
print(eval(memoryview(b"7 * 6")))
