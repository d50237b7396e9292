# An exception raised while handling another: the last one is reported.
try:
    {}['key']
except KeyError:
    print('handling KeyError')
    raise RuntimeError('while handling')
