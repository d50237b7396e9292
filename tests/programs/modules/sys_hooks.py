# sys: hash_info and other constants, the int digit limit, displayhook,
# and a replaced excepthook receiving an uncaught exception.
import sys
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag, sys.hash_info.width, sys.maxunicode, sys.float_repr_style)
print(sys.get_int_max_str_digits(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.is_finalizing())
sys.set_int_max_str_digits(5000)
print(len(str(10**4500)), sys.get_int_max_str_digits())
try:
    str(10**6000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**6000)), len(str(int("7" * 7000))))
for bad in (100, -1, "x"):
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
import builtins
sys.displayhook(None); sys.displayhook([1, "a"]); print(builtins._)
sys.displayhook(42); print(builtins._)
def hook(t, v, tb):
    print("hooked:", t.__name__, v, tb is not None)
sys.excepthook = hook
raise KeyError("uncaught")
