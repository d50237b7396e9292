# hashlib: file_digest, copies that diverge, shake lengths by keyword,
# the constructors' string keyword and digests of large inputs.
import hashlib
import io

print(hashlib.file_digest(io.BytesIO(b"abc" * 1000), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b""), hashlib.md5).hexdigest())
h = hashlib.sha1(b"start")
c1 = h.copy()
c2 = h.copy()
c1.update(b"one")
c2.update(b"two")
print(h.hexdigest(), c1.hexdigest() != c2.hexdigest(), h.digest() == hashlib.sha1(b"start").digest())
s = hashlib.shake_256(b"x")
print(s.hexdigest(length=5), s.digest(0), len(s.digest(1000)))
print(hashlib.sha256(string=b"kw").hexdigest()[:16], hashlib.new("md5", data=b"kw").hexdigest())
big = hashlib.sha512()
for i in range(200):
    big.update(bytes([i % 256]) * 997)
print(big.hexdigest()[:32], big.name, big.digest_size)
print(hashlib.blake2s(b"x").digest()[:4], hashlib.blake2b().hexdigest()[:10])
print(hashlib.new("sha512_256", b"a").hexdigest()[:20], hashlib.sha3_384().digest_size)
print(hashlib.pbkdf2_hmac("sha512", bytearray(b"pw"), memoryview(b"salt"), 3, 80).hex()[-20:])
