# bytearray mutation: item and slice assignment, del, append, extend,
# insert, pop, remove, clear, reverse, copy, += and *=.
def B(s):
    return bytes(s, 'latin-1')

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

a = bytearray(B('hello'))
a[0] = 72
a[-1] = ord('O')
print(a)
a[1:3] = B('EE')
print(a)
a[1:3] = B('')
print(a)
a[1:1] = [120, 121]
print(a)
a[:] = bytearray(B('abcdef'))
print(a)
a[::2] = B('XYZ')
print(a)
a[::-1] = B('123456')
print(a)
a[4:] = a
print(a)
del a[0]
print(a)
del a[-2:]
print(a)
del a[::2]
print(a)
del a[::-3]
print(a)
a = bytearray()
a.append(97)
a.append(True)
a.extend(B('bc'))
a.extend([100, 101])
a.extend(bytearray(B('f')))
a.extend(x for x in range(103, 105))
print(a, len(a))
a.insert(0, 65)
a.insert(-1, 66)
a.insert(100, 67)
a.insert(-100, 68)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(65)
print(a)
a.reverse()
print(a)
c = a.copy()
c.append(33)
print(a, c, c is a)
a += B('++')
a += bytearray(B('!'))
print(a)
r = a
a *= 2
print(a, r is a)
a *= 0
print(a, len(a))
a = bytearray(B('xyz'))
a.clear()
print(a, len(a))
a.reverse()
print(a)
def setitem(i, v):
    b = bytearray(B('abc'))
    b[i] = v
    return b
attempt(lambda: setitem(5, 1))
attempt(lambda: setitem(-4, 1))
attempt(lambda: setitem(0, 256))
attempt(lambda: setitem(0, -1))
attempt(lambda: setitem(0, B('x')))
attempt(lambda: setitem('x', 1))
attempt(lambda: setitem(slice(0, 1), 5))
attempt(lambda: setitem(slice(0, 1), 'x'))
attempt(lambda: setitem(slice(0, 2), [1, 300]))
attempt(lambda: setitem(slice(None, None, 2), B('x')))
attempt(lambda: bytearray(B('a')).pop(5))
attempt(lambda: bytearray().pop())
attempt(lambda: bytearray(B('a')).pop(1, 2))
attempt(lambda: bytearray(B('a')).remove(9))
attempt(lambda: bytearray(B('a')).remove(B('a')))
attempt(lambda: bytearray(B('a')).append(256))
attempt(lambda: bytearray(B('a')).append('x'))
attempt(lambda: bytearray(B('a')).extend(5))
attempt(lambda: bytearray(B('a')).extend('ab'))
attempt(lambda: bytearray(B('a')).extend([300]))
attempt(lambda: bytearray(B('a')).insert(0, 300))
attempt(lambda: bytearray(B('a')).insert('x', 1))
def iadd():
    b = bytearray()
    b += 'x'
attempt(iadd)
def imul():
    b = bytearray()
    b *= 'x'
attempt(imul)
def delitem():
    b = bytearray(B('a'))
    del b[3]
attempt(delitem)
attempt(lambda: bytearray().clear(1))
attempt(lambda: bytearray().copy(1))
attempt(lambda: bytearray().reverse(1))
attempt(lambda: bytearray().append())
attempt(lambda: bytearray().extend())
attempt(lambda: bytearray().insert(1))
attempt(lambda: bytearray().remove())
attempt(lambda: bytearray.fromhex())
attempt(lambda: bytes.fromhex())
attempt(lambda: B('a').__sizeof__(1))
