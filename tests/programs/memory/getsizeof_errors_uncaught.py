# A negative __sizeof__ is a ValueError.
import sys
class Negative:
    def __sizeof__(self):
        return -5
sys.getsizeof(Negative())
