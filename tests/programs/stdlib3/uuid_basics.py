# uuid: parsing and formatting, fields, ordering, uuid3/uuid5 (through
# hashlib) and the shape of uuid4 (random, so version/variant only).
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.version, u.variant)
print(u.fields, u.bytes, u.bytes_le[:4], u.urn, u.time_low, u.node, u.clock_seq)
print(uuid.UUID('urn:uuid:12345678123456781234567812345678') == u, hash(u) == hash(u.int))
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'http://x/').version)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), str(r).count('-'), r != uuid.uuid4())
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2), uuid.UUID(int=9)])[0].int, int(uuid.UUID(int=7)))
print(uuid.UUID(int=1, version=4), u == str(u))
for bad in [lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1),
            lambda: uuid.UUID(bytes=b'12'), lambda: uuid.UUID(int=0, version=9),
            lambda: uuid.UUID(fields=(1, 2, 3, 4, 5, 1 << 48)),
            lambda: uuid.uuid3(uuid.NAMESPACE_OID, b'x')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 3
except TypeError as e:
    print(e)
