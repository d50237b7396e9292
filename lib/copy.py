"""Shallow and deep copy operations, written in Python for Ouro."""


from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type,
           range, type(len), type(Ellipsis), type(NotImplemented))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if _reduces_itself(cls):
        return _from_reduction(x, None, _reduce(x, 'shallow-'))
    return _reconstruct(x, None, _shallow_state)


def _reduces_itself(cls):
    """True when cls (or copyreg) decides its own reduction: a
    __reduce_ex__, __reduce__ or __getstate__ of its own, as copy then
    follows the reduction protocol, as CPython's does."""
    if cls in dispatch_table:
        return True
    for name in ('__reduce_ex__', '__reduce__', '__getstate__'):
        if getattr(cls, name, None) is not getattr(object, name):
            return True
    return False


def _reduce(x, kind):
    reductor = dispatch_table.get(type(x))
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, '__reduce_ex__', None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, '__reduce__', None)
    if reductor is not None:
        return reductor()
    raise Error('un(%s)copyable object of type %s' % (kind, type(x)))


def _from_reduction(x, memo, rv):
    """The copy that the reduction rv of x describes: (func, args[, state
    [, listitems[, dictitems]]]), or a str naming a global (x itself)."""
    if isinstance(rv, str):
        return x
    func, args, *rest = rv
    state, listiter, dictiter = (list(rest) + [None, None, None])[:3]
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _shallow_state(value, memo):
    return value


def _reconstruct(x, memo, copy_state):
    """A new instance of x's class (without calling __init__) whose state is
    copy_state of x's __dict__ and slots."""
    cls = type(x)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
    else:
        try:
            y = object.__new__(cls)
        except TypeError:
            raise Error('un(%s)copyable object of type %s'
                        % ('deep-' if memo is not None else 'shallow-', cls))
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        # dict(): an instance dict is not of type dict in Ouro.
        state = copy_state(dict(state), memo)
        if hasattr(y, '__setstate__') and hasattr(cls, '__setstate__'):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    for klass in cls.__mro__:
        for name in klass.__dict__.get('__slots__', ()):
            if name in ('__dict__', '__weakref__') or not hasattr(x, name):
                continue
            setattr(y, name, copy_state(getattr(x, name), memo))
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that contains itself through a list is already in memo.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, items)):
            y = x
        else:
            y = tuple(items)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(cls, '__deepcopy__', None)
        if copier is not None:
            y = copier(x, memo)
        elif _reduces_itself(cls):
            y = _from_reduction(x, memo, _reduce(x, 'deep-'))
        else:
            y = _reconstruct(x, memo, deepcopy)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The memo holds the originals too, so that their ids stay unique
    # while the copy runs.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
