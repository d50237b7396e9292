# bytes and its subclasses keep their octets inline: no slot values.
class Empty(bytes):
    __slots__ = ()
print(Empty(b'ab'))
try:
    class S(bytes):
        __slots__ = ('x',)
except TypeError as e:
    print(e)
class B(bytes):
    pass
try:
    class S2(B):
        __slots__ = ('y',)
except TypeError as e:
    print(e)
class S3(bytes):
    __slots__ = ('x',)
