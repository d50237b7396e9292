# list.sort (in place, with key and reverse) and list.reverse.
a = [5, 2, 9, 1, 5, 6]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Apple', 'cherry', 'date']
words.sort()
print(words)
def lower(s):
    return s.lower()
words.sort(key=lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
def first(p):
    return p[0]
pairs.sort(key=first)
print(pairs)
b = [1, 2, 3, 4]
print(b.reverse(), b)
e = []
e.sort()
e.reverse()
print(e)
f = [3.5, 1, -2, 2**70]
f.sort()
print(f)
