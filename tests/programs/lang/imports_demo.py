# Imports of the program's own modules: a package with __init__.py and
# relative imports, a subpackage, sys.modules caching, a circular import,
# and the errors of missing names and modules.
import sys
import modfix_pkg
print(modfix_pkg.VALUE, modfix_pkg.helper.twice(5), modfix_pkg.double(1))
import modfix_pkg.sub
print(modfix_pkg.sub.LEAF)
from modfix_pkg.sub import leaf as lf
print(lf.NAME, lf is sys.modules["modfix_pkg.sub.leaf"])
import modfix_pkg as again
print(again is modfix_pkg, "modfix_pkg.helper" in sys.modules)
import modfix_circ_a
print(modfix_circ_a.A_LATE)
import modfix_circ_b
print(modfix_circ_b.B, modfix_circ_b.modfix_circ_a is modfix_circ_a)
from modfix_pkg.helper import twice
print(twice("ab"))
try:
    from modfix_pkg import missing_name
except ImportError as e:
    # The message ends with the package's absolute path; keep it out of the
    # expectation so the test does not depend on where the tree lives.
    msg = str(e)
    print("ImportError:", msg[:msg.index(" (")], msg.endswith("modfix_pkg/__init__.py)"))
try:
    import modfix_nothing_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
print(__name__, modfix_pkg.__name__, modfix_pkg.sub.__name__)
import modfix_pkg.nope
