# sys.getsizeof calls __sizeof__ and checks its result.
import sys
class Hundred:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(Hundred()) >= 100)
class Negative:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Negative())
except ValueError as e:
    print('ValueError:', e)
class NotInt:
    def __sizeof__(self):
        return 'big'
try:
    sys.getsizeof(NotInt())
except TypeError as e:
    print('TypeError:', e)
print(sys.getsizeof(NotInt(), 42))
class Huge:
    def __sizeof__(self):
        return 2**100
try:
    sys.getsizeof(Huge())
except OverflowError as e:
    print('OverflowError:', e)
