# hmac over hashlib (RFC 2104 vectors), compare_digest, and the shapes of
# secrets' tokens (their values are random, so only sizes and alphabets).
import hashlib
import hmac
import secrets

key = b"key"
msg = b"The quick brown fox jumps over the lazy dog"
print(hmac.new(key, msg, hashlib.md5).hexdigest())
print(hmac.new(key, msg, 'sha256').hexdigest())
h = hmac.new(b"k" * 100, digestmod=hashlib.sha1)
h.update(b"part one ")
c = h.copy()
h.update(b"part two")
print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest())
print(hmac.digest(key, msg, 'sha512')[:8])
print(hmac.new(bytearray(b"x"), b"", 'sha3_256').hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
      hmac.compare_digest("ab", "ab"), hmac.compare_digest(b"a", b"ab"),
      hmac.compare_digest(bytearray(b"z"), b"z"))
for bad in [lambda: hmac.new(key), lambda: hmac.new("str", msg, 'md5'),
            lambda: hmac.compare_digest("a", b"a"), lambda: secrets.randbelow(0)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)))
t = secrets.token_hex(8)
print(len(t), all(ch in "0123456789abcdef" for ch in t))
u = secrets.token_urlsafe(30)
print(len(u), all(ch.isalnum() or ch in "-_" for ch in u))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(50)))
print(secrets.choice("aaa"), 0 <= secrets.randbits(5) < 32)
print(secrets.compare_digest(b"x", b"x"))
