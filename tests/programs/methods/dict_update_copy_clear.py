# dict.update, dict.copy and dict.clear.
d = {'a': 1}
d.update({'b': 2, 'a': 10})
print(d)
d.update([('c', 3)])
d.update(e=5)
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'], c is d)
alias = d
print(d.clear(), d, alias, len(d))
d['fresh'] = True
print(alias)
