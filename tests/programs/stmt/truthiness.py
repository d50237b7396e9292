# What counts as true and false.
values = [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (None,), {}, {'k': 0},
          set(), {0}, None, True, False, 2**100]
for v in values:
    if v:
        print(repr(v), 'is true')
    else:
        print(repr(v), 'is false')
print(bool(range(0)), bool(range(1)))
