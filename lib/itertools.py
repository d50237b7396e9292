"""Functions creating iterators for efficient looping, written in Python
for Ouro. Every function is a lazy generator; the argument checks happen
when the function is called, as in CPython, not at the first next()."""

_marker = object()


def _check_int(value, what):
    if not isinstance(value, int):
        raise TypeError(what)


def count(start=0, step=1):
    if not isinstance(start, (int, float, complex)):
        raise TypeError('a number is required')
    return _count(start, step)


def _count(n, step):
    while True:
        yield n
        n += step


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def repeat(object, times=None):
    if times is not None:
        _check_int(times, "'%s' object cannot be interpreted as an integer"
                   % type(times).__name__)
    return _repeat(object, times)


def _repeat(object, times):
    if times is None:
        while True:
            yield object
    else:
        for _ in range(times):
            yield object


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class chain:
    """chain(*iterables) --> chain object"""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._source = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    self._active = iter(next(self._source))
                except StopIteration:
                    self._source = None
                    break
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    it = iter(iterable)
    if predicate is None:
        return (x for x in it if not x)
    return (x for x in it if not predicate(x))


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


class groupby:
    """make an iterator that returns consecutive keys and groups from the
    iterable"""

    def __init__(self, iterable, key=None):
        self.keyfunc = key if key is not None else (lambda x: x)
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = _marker
        self.id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self.id = object()
        while self.currkey is _marker or self.currkey == self.tgtkey:
            self.currvalue = next(self.it)  # StopIteration ends the groups
            self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, self._grouper(self.tgtkey, self.id))

    def _grouper(self, tgtkey, id):
        while self.id is id and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                return
            self.currkey = self.keyfunc(self.currvalue)


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        raise TypeError('islice expected at most 4 arguments, got %d'
                        % (len(args) + 1))
    s = slice(*args)
    start, stop, step = s.start, s.stop, s.step
    if stop is not None and (not isinstance(stop, int) or stop < 0):
        raise ValueError('Stop argument for islice() must be None or an '
                         'integer: 0 <= x <= sys.maxsize.')
    if start is None:
        start = 0
    if not isinstance(start, int) or start < 0:
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if step is None:
        step = 1
    if not isinstance(step, int) or step < 1:
        raise ValueError('Step for islice() must be a positive integer or '
                         'None.')
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    nexti = start
    i = 0
    if stop is not None and stop <= start:
        # Consume up to stop, as CPython does.
        for i, element in zip(range(stop), it):
            pass
        return
    for element in it:
        if i == nexti:
            yield element
            nexti += step
        i += 1
        if stop is not None and (nexti >= stop or i >= stop):
            return


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    return (function(*args) for args in iter(iterable))


def tee(iterable, n=2):
    _check_int(n, "'%s' object cannot be interpreted as an integer"
               % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    # Every copy reads a shared list of the values not yet seen by all.
    buffer = []
    positions = [0] * n
    base = [0]

    def gen(k):
        while True:
            index = positions[k] - base[0]
            if index == len(buffer):
                try:
                    buffer.append(next(it))
                except StopIteration:
                    return
            value = buffer[index]
            positions[k] += 1
            low = min(positions)
            if low > base[0]:
                del buffer[:low - base[0]]
                base[0] = low
            yield value
    return tuple(gen(k) for k in range(n))


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        _check_int(r, 'Expected int as r')
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')


def combinations(iterable, r):
    pool = tuple(iterable)
    _check_r(r)
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    _check_r(r)
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
