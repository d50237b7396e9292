# gc.get_threshold and gc.set_threshold.
import gc
print(gc.get_threshold())
gc.set_threshold(500, 5, 2)
print(gc.get_threshold())
gc.set_threshold(1000)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
