# An instance's __dict__ is a dict: any hashable key goes in through it
# (only setattr insists on str names), and the instance keeps working:
# attribute access, copies, update/pop, a cycle through a non-str key.
import copy, gc


class C:
    pass


c = C()
c.__dict__[5] = 1
c.__dict__[(1, 2)] = [c]
c.a = 2
print(c.a, c.__dict__[5], getattr(c, 'a'), vars(c)[5])
d = copy.copy(c)
print(d.__dict__ == c.__dict__, list(d.__dict__)[:2])
c.__dict__.update({7: 8}, b=3)
print([k for k in c.__dict__ if not isinstance(k, tuple)])
print(c.__dict__.pop(7), 7 in c.__dict__, c.b)
del c.__dict__[5]
print(5 in vars(c), hasattr(c, 'a'))


class K:
    def __hash__(self):
        return hash('a')

    def __eq__(self, other):
        return False


c.__dict__[K()] = 'k'
print(c.a)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print('TypeError:', e)
del c, d
print(gc.collect() >= 1)
