# Without cycles there is nothing for the collector to find:
# reference counting already freed everything.
import gc
gc.collect()
for i in range(100):
    x = [i, [i], {'i': i}]
del x
class Plain:
    pass
p = Plain()
p.data = [1, 2, 3]
del p
print(gc.collect())
