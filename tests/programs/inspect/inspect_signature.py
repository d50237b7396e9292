# inspect: Signature and Parameter of Python callables, str(), bind.
import inspect
from inspect import Parameter, Signature, signature
import functools


def f(a, b=2, *args, c, d=4, **kw):
    pass


def g(x, y, /, z=0, *, w):
    pass


def h():
    pass


sig = signature(f)
print(sig, repr(sig), signature(g), signature(h), signature(lambda x, *a: x))
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, p.kind.description, p.default is p.empty, int(p.kind))
print(list(sig.parameters), sig.return_annotation is Signature.empty)
print(Parameter.POSITIONAL_ONLY, repr(Parameter.KEYWORD_ONLY), Parameter.VAR_KEYWORD < Parameter.KEYWORD_ONLY)


class K:
    def __init__(self, a, b=1):
        pass

    def meth(self, x, *, y=2):
        pass

    @classmethod
    def cm(cls, q):
        pass

    @staticmethod
    def sm(r, s=3):
        pass

    def __call__(self, v, /):
        pass


print(signature(K), signature(K.meth), signature(K().meth), signature(K.cm), signature(K.sm))
print(signature(K()), signature(functools.partial(f, 1, c=3)))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(p, q=1):
    pass


print(signature(wrapped), signature(wrapped, follow_wrapped=False))
ba = sig.bind(1, 2, 3, c=5, e=6)
print(ba, ba.args, ba.kwargs, dict(ba.arguments))
ba = signature(f).bind(1, c=0)
ba.apply_defaults()
print(ba)
print(signature(g).bind_partial(1))
for args, kwargs in [((), {}), ((1, 2, 3, 4), {'w': 1}), ((1, 2), {'q': 1, 'w': 0}),
                     ((1,), {'y': 2, 'w': 0}), ((1, 2), {'z': 1, 'w': 0}),
                     ((1, 2, 3), {'z': 4, 'w': 0})]:
    try:
        print(signature(g).bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError', e)
params = [Parameter('a', Parameter.POSITIONAL_ONLY, annotation=int),
          Parameter('b', Parameter.POSITIONAL_OR_KEYWORD, default=1.5, annotation=float),
          Parameter('rest', Parameter.VAR_POSITIONAL, annotation=str),
          Parameter('k', Parameter.KEYWORD_ONLY, default=None),
          Parameter('kw', Parameter.VAR_KEYWORD, annotation=dict)]
made = Signature(params, return_annotation=list)
print(made, made.replace(return_annotation=Signature.empty))
print(made.parameters['b'], made.parameters['b'].replace(name='bb', default=Parameter.empty))
print(made == Signature(params, return_annotation=list), made == sig)
try:
    Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_ONLY)])
except ValueError as e:
    print(e)
try:
    Parameter('1x', Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print(e)
try:
    signature(3)
except TypeError as e:
    print(e)
spec = inspect.getfullargspec(f)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults)
