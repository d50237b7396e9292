# collections.abc is reachable as an attribute of collections.
import collections

print(collections.abc.Mapping, issubclass(dict, collections.abc.MutableMapping))
print(isinstance([], collections.abc.Sequence), collections.abc is collections.abc)
try:
    collections.nothing
except AttributeError as e:
    print(e)
from collections.abc import Sized
print(Sized is collections.abc.Sized)
