# Tuples of atomic values are untracked by a collection, in list order, as
# CPython's untrack_tuples does; tuples holding containers stay tracked.
import gc

gc.collect()
atoms = (1, "a", 2.5, None)
nested = ((1, 2), (3, (4, 5)))
holder = ([], 1)
print(gc.is_tracked(atoms), gc.is_tracked(holder))
gc.collect()
print(gc.is_tracked(atoms), gc.is_tracked(holder))
print(gc.is_tracked(nested[0]), gc.is_tracked(nested[1][1]))
print(gc.is_tracked(holder[0]))
holder[0].append(atoms)
gc.collect()
print(gc.is_tracked(holder), sum(nested[1][1]))
