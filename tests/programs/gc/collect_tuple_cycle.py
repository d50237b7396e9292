# A tuple containing a list that contains the tuple.
import gc
gc.collect()
lst = []
t = (lst, 1, 'text')
lst.append(t)
del lst, t
print(gc.collect())
