# A capture pattern before other cases makes them unreachable: SyntaxError.
print("never runs")
match 1:
    case x:
        pass
    case 2:
        pass
