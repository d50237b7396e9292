# isinstance() with one type and with a tuple of types.
print(isinstance(1, int), isinstance(1, float), isinstance(1.0, float))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance('s', str), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(set(), set), isinstance(None, object))
print(isinstance(1, (str, int)), isinstance(1.5, (str, list)))
class Animal:
    pass
class Plant:
    pass
a = Animal()
print(isinstance(a, Animal), isinstance(a, Plant), isinstance(a, (Plant, Animal)))
print(isinstance(ValueError('x'), Exception), isinstance(KeyError(), LookupError))
