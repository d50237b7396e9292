# A warning turned into an error by a filter ends the program like any
# uncaught exception.
import warnings

warnings.simplefilter("error", UserWarning)
print("before")
warnings.warn("this is fatal now")
print("not reached")
