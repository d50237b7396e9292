# A literal key written twice in a mapping pattern is a SyntaxError.
print("never runs")
match {}:
    case {"k": 1, "k": 2}:
        pass
