# gc.get_count returns three counters; only its shape is stable.
import gc
c = gc.get_count()
print(type(c), len(c))
print(type(c[0]), c[1] >= 0, c[2] >= 0)
gc.collect()
print(gc.get_count()[0] < 700)
