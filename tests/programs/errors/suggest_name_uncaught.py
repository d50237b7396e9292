# An uncaught NameError suggests a local of the raising function first,
# then a global, then a builtin.
total_count = 3


def report(items):
    item_count = len(items)
    return itemcount + total_count


print(report([1, 2]))
