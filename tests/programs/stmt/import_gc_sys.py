# import gc and import sys.
import gc
import sys
print(type(gc.collect()))
print(gc.isenabled())
print(type(sys.getsizeof(1)))
print(type(sys.argv), len(sys.argv))
import gc, sys
print(gc.isenabled())
