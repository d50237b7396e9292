# Fixture for circular_partial.py: looks into modfix_partial_a while that
# module is still running its own code.
if __name__ == "__main__":
    print("modfix_partial_b run directly")
else:
    import modfix_partial_a
    print("early:", modfix_partial_a.EARLY)
    try:
        modfix_partial_a.LATE
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        from modfix_partial_a import LATE
    except ImportError as e:
        print("ImportError:", str(e).split(" (/")[0].split(" (<")[0])
        print("name:", e.name)
