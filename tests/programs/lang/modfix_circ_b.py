# Fixture for imports_demo.py: imports modfix_circ_a while it is half done.
import modfix_circ_a
print("b sees", modfix_circ_a.A_EARLY, hasattr(modfix_circ_a, "A_LATE"))
B = "b-value"
