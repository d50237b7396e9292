# random.seed(str / bytes / bytearray) hashes the seed with SHA-512 as
# CPython's version 2 does, so the sequences are CPython's.
import random

for s in ['abc', b'abc', bytearray(b'xy'), '', 'é-ü', 'a' * 300]:
    random.seed(s)
    print(repr(s)[:20], random.random(), random.randrange(1000))
r = random.Random('seed text')
print(r.getrandbits(40), r.choice('abcdef'))
random.seed(b'abc', version=2)
x = random.random()
random.seed('abc')
print(x == random.random())
for s in ['abc', b'abc', '', 'é€😀', b'\xff\x00', 'x' * 50]:
    random.seed(s, version=1)
    print('v1', random.random(), random.getrandbits(70))
for bad in [lambda: random.seed(bytearray(b'a'), version=1), lambda: random.seed([1])]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    random.seed({})
except TypeError as e:
    print(e)
