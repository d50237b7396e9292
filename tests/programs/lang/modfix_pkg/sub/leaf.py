# Fixture module for imports_demo.py (see modfix_pkg/__init__.py).
NAME = __name__
