# A circular import that looks for a name the other module has not yet
# defined gets CPython's "partially initialized module" wording; once the
# import is done the same lookups succeed, and a missing name is an
# ordinary error again.
import modfix_partial_a

print("late:", modfix_partial_a.LATE)
from modfix_partial_a import LATE
print("imported:", LATE)
try:
    modfix_partial_a.NOPE
except AttributeError as e:
    print("AttributeError:", e)
try:
    from modfix_partial_a import NOPE
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0])
