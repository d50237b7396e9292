"""hashlib: secure hashes and message digests, on OpenSSL's libcrypto
through the C module _hashlib (CPython 3.11's interface; blake2b/blake2s
take only the data, without key, salt or digest_size)."""

import _hashlib
from _hashlib import pbkdf2_hmac

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(_hashlib.openssl_md_meth_names)

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac',
                                'file_digest')


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named
    algorithm; optionally initialized with data (which must be a
    bytes-like object)."""
    return _hashlib.new(name, data, **kwargs)


def _constructor(name):
    # CPython 3.11's constructors call their data argument `string`.
    def construct(string=b'', *, usedforsecurity=True):
        return _hashlib.new(name, string)
    construct.__name__ = 'openssl_' + name
    construct.__qualname__ = 'openssl_' + name
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')
blake2b = _constructor('blake2b')
blake2s = _constructor('blake2s')


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object opened for reading in
    binary mode. `digest` is a hash name, or a callable making a hash
    object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj


del _constructor
