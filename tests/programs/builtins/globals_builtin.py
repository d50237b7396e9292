# globals() is the module's namespace dict.
alpha = 1
g = globals()
print('alpha' in g, g['alpha'], 'beta' in g)
g['beta'] = 'set through globals()'
print(beta)
def f():
    return globals() is g
print(f())
print(type(g) is dict, g['__name__'])
