# The rest of CPython's built-in exception classes: the OSError family that
# errno codes map to, UnicodeTranslateError and the warning categories.
names = ["BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError",
         "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError",
         "InterruptedError", "ProcessLookupError", "UnicodeTranslateError",
         "PendingDeprecationWarning", "SyntaxWarning", "FutureWarning", "ImportWarning",
         "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"]
import builtins
for name in names:
    cls = getattr(builtins, name)
    print(name, [b.__name__ for b in cls.__mro__[1:]])

# OSError(errno, text) picks the subclass for the code (Linux numbers).
for code in (11, 114, 115, 10, 32, 108, 103, 111, 104, 4, 3, 2, 13, 17, 21, 20, 110, 5):
    e = OSError(code, "text")
    print(code, type(e).__name__, e.errno, str(e))

try:
    raise BrokenPipeError(32, "Broken pipe")
except ConnectionError as e:
    print("caught as ConnectionError:", e)
try:
    raise ConnectionResetError("reset")
except OSError as e:
    print("caught as OSError:", repr(e), e.errno)
print(issubclass(BrokenPipeError, OSError), issubclass(ResourceWarning, Exception))
