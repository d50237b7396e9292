import hashlib
for n in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(n, b"abc")
    if n.startswith('shake'):
        print(n, h.name, h.digest_size, h.block_size, h.hexdigest(20), len(h.digest(7)))
    else:
        print(n, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(bytearray(b"world"))
print(h.hexdigest(), c.hexdigest(), h.digest()[:4])
print(hashlib.sha1(memoryview(b"x")).hexdigest())
print(hashlib.new('SHA256', b'').name)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, dklen=10).hex())
print(sorted(hashlib.algorithms_guaranteed - hashlib.algorithms_available))
for f in [lambda: hashlib.new('foo'), lambda: hashlib.sha256('x'), lambda: hashlib.sha256(1),
          lambda: hashlib.sha256().update(1), lambda: hashlib.pbkdf2_hmac('sha1', b'', b'', 0),
          lambda: hashlib.pbkdf2_hmac('sha1', b'', b'', 1, 0), lambda: hashlib.shake_128().digest(),
          lambda: hashlib.md5().digest(3), lambda: hashlib.pbkdf2_hmac('foo', b'', b'', 1)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(hashlib.md5()).__name__)
