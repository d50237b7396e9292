# types.GenericAlias can be called like any class.
import types
print(types.GenericAlias(list, int), type(list[int])(list, int))
print(types.GenericAlias(dict, (str, int)), types.GenericAlias(list, ()))
print(types.GenericAlias(list, int) == list[int], types.GenericAlias(list, int).__args__)
print(types.GenericAlias(list, int)([1, 2]))
for a, k in [((list,), {}), ((list, int, str), {}), ((), {'origin': list})]:
    try:
        types.GenericAlias(*a, **k)
    except TypeError as e:
        print(e)
