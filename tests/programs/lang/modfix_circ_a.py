# Fixture for imports_demo.py: a circular import with modfix_circ_b. Run
# directly (the runner runs every .py), it only says so.
if __name__ == "__main__":
    print("modfix_circ_a run directly")
else:
    print("a starts", __name__)
    A_EARLY = "early"
    import modfix_circ_b
    A_LATE = modfix_circ_b.B + "!"
    print("a ends")
