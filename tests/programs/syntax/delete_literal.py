# del needs a name, attribute, subscript or slice.
del 5
