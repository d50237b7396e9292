from collections import defaultdict, OrderedDict, Counter, ChainMap

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], isinstance(dd, dict), dd.default_factory)
print(defaultdict(int, {'x': 1}), defaultdict(None), defaultdict(lambda: 5)['q'])
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), 'z' in counts, counts.get('z'))
try:
    defaultdict()['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)
c2 = dd.copy()
c2['c'].append(0)
print(sorted(c2), sorted(dd), type(c2).__name__)

od = OrderedDict()
od['x'] = 1
od['y'] = 2
od['z'] = 3
od.move_to_end('x')
print(od, list(od))
od.move_to_end('z', last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1))
print(OrderedDict([('a', 1), ('b', 2)]) == OrderedDict([('b', 2), ('a', 1)]),
      OrderedDict([('a', 1), ('b', 2)]) == {'b': 2, 'a': 1})
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError:', e)

c = Counter('abracadabra')
print(c, c['a'], c['zz'], 'zz' in c)
print(c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()))
c.update('aaz')
c.update({'b': 10})
c.update(q=2)
print(c)
c.subtract('aaaaaaa')
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
x = Counter(a=1)
x += Counter(a=2, b=-1)
print(x, Counter(), Counter({'k': 2}))
del x['nothing']
del x['a']
print(x)
print(Counter(['x', 'y', 'x']) == {'x': 2, 'y': 1})

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), 'a' in cm, cm.get('q', 0))
cm['a'] = 100
print(over, base, cm)
child = cm.new_child()
child['b'] = -1
print(child['b'], cm['b'], child.parents['b'], len(child.maps))
try:
    del cm['zzz']
except KeyError as e:
    print('KeyError:', e)
try:
    cm['zzz']
except KeyError as e:
    print('KeyError:', e)
print(sorted(cm.items()), sorted(cm.values()))
