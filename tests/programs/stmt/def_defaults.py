# Functions: defaults, return values, and defaults evaluated once.
def greet(name, greeting='Hello'):
    return greeting + ', ' + name
print(greet('Ann'), greet('Bo', 'Hi'))
def nothing():
    pass
def bare_return():
    return
print(nothing(), bare_return())
def several():
    return 1, 'two'
print(several())
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
default = 10
def uses_default(x=default):
    return x
default = 20
print(uses_default())
def early(n):
    if n > 0:
        return 'positive'
    return 'not positive'
print(early(1), early(-1))
