# Fixture package for imports_demo.py. The sample-program runner also runs
# every .py on its own, so each fixture does something harmless as __main__.
if __name__ == "__main__":
    print("modfix_pkg run directly")
else:
    print("init", __name__)
    from . import helper
    from .helper import twice as double
    VALUE = double(21)
