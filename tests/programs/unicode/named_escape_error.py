# An unknown name in \N{...} is CPython's SyntaxError, at compile time.
print("never printed")
s = "ok \N{NO SUCH CHARACTER NAME} here"
