# Fixture module for imports_demo.py (see modfix_pkg/__init__.py).
print("helper", __name__)

def twice(x):
    return 2 * x
