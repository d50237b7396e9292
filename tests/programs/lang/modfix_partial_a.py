# Fixture for circular_partial.py: imports modfix_partial_b while this
# module is half run. Run directly (the runner runs every .py), it only
# says so.
if __name__ == "__main__":
    print("modfix_partial_a run directly")
else:
    EARLY = 1
    import modfix_partial_b
    LATE = 2
