# A self-referencing object with __del__: the finalizer runs during gc.collect().
import gc
class Loud:
    def __del__(self):
        print('finalizing')
gc.collect()
o = Loud()
o.self_ref = o
del o
print('before collect')
print(gc.collect())
print('after collect')
