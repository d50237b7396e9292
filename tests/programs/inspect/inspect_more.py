# inspect: signatures of dataclasses, metaclass __call__, partials; bind errors.
import inspect, functools
from dataclasses import dataclass
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
@dataclass
class P:
    x: int
    y: int = 0
t(lambda: inspect.signature(P))
t(lambda: inspect.signature(P.__init__))
class Q(P):
    pass
t(lambda: inspect.signature(Q))
class Meta(type):
    def __call__(cls, a, b=1):
        return super().__call__()
class R(metaclass=Meta):
    pass
t(lambda: inspect.signature(R))
def f(a, b, *, c=1): pass
t(lambda: inspect.signature(functools.partial(f, b=2)))
t(lambda: inspect.signature(functools.partial(f, 1, 2, c=3)))
class Bad:
    @property
    def boom(self): raise AttributeError('x')
    ok = 1
t(lambda: [n for n, v in inspect.getmembers(Bad()) if not n.startswith('_')])
t(lambda: inspect.signature(f).parameters['c'].kind.name)
t(lambda: str(inspect.signature(f).replace(parameters=[])))
t(lambda: inspect.signature(f).bind(1, 2, c=3).arguments)
t(lambda: inspect.signature(f).bind(1, 2, 3))
t(lambda: inspect.signature(f).bind(1))
t(lambda: inspect.signature(f).bind(1, 2, d=4))
def g(*args, **kwargs): pass
t(lambda: inspect.signature(g).bind(1, 2, x=3))
t(lambda: inspect.signature(g).bind(1, 2, x=3).args)
t(lambda: inspect.signature(g).bind(1, 2, x=3).kwargs)
t(lambda: inspect.getfullargspec(g))
t(lambda: inspect.isfunction(P.__init__), inspect.ismethod(P(1).__init__))
t(lambda: inspect.getdoc(P))
