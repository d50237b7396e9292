# An exception in __del__ is reported on stderr and the program goes on.
class Bad:
    def __del__(self):
        raise ValueError('raised in __del__')
b = Bad()
print('deleting')
del b
print('still running')
