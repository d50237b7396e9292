# Fixture subpackage for imports_demo.py (see modfix_pkg/__init__.py).
if __name__ != "__main__":
    from .. import helper
    from ..helper import twice
    from . import leaf
    LEAF = leaf.NAME + str(twice(2)) + helper.__name__
