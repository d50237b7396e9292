"""A minimal copyreg for Ouro: the registry of reduction functions that copy
and pickle consult, and the extension-code tables."""

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension',
           'clear_extension_cache', 'dispatch_table']

dispatch_table = {}

_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers `pickle_function` as the reduction function of `ob_type`."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def add_extension(module, name, code):
    """Registers an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregisters an extension code (for testing only)."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


# --- The default reduction of every object (object.__reduce_ex__,
# object.__reduce__ and object.__getstate__ call these).

def _slotnames(cls):
    """The names of the __slots__ along cls's MRO, private ones mangled."""
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _getstate(obj):
    """object.__getstate__: the instance's __dict__ (None when it is empty
    or absent), paired with a dict of the set slots when there are any."""
    try:
        state = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        state = None
    if not state:
        state = None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _getnewargs(obj):
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        return args, kwargs
    getnewargs = getattr(obj, '__getnewargs__', None)
    if getnewargs is not None:
        return getnewargs(), None
    return (), None


def _reduce_newobj(obj):
    cls = type(obj)
    args, kwargs = _getnewargs(obj)
    if kwargs:
        func, newargs = __newobj_ex__, (cls, args, kwargs)
    else:
        func, newargs = __newobj__, (cls,) + tuple(args)
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (func, newargs, state, listitems, dictitems)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _reduce_ex(self, proto):
    """The reduction of protocols 0 and 1: the first built-in class on the
    MRO rebuilds the object's built-in part, its state comes after."""
    cls = self.__class__
    for base in cls.__mro__:
        if base.__module__ == 'builtins':
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    if (type(self).__getstate__ is object.__getstate__ and
            getattr(self, '__slots__', None)):
        raise TypeError("a class that defines __slots__ without "
                        "defining __getstate__ cannot be pickled")
    d = self.__getstate__()
    if d:
        return _reconstructor, args, d
    return _reconstructor, args


def _object_reduce_ex(obj, protocol):
    """object.__reduce_ex__: a class's own __reduce__ wins."""
    if type(obj).__reduce__ is not object.__reduce__:
        return obj.__reduce__()
    if protocol >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, protocol)
