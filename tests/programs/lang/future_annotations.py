# PEP 563: under `from __future__ import annotations` every annotation is
# kept as the text CPython 3.11's unparser makes of it, never evaluated.
"""Module docstring before the future import."""
from __future__ import annotations
from __future__ import division, generator_stop


def f(a: "x", b: Dict[str,int]=1, *c: int, d: a.b.c[1:2, ::3] = 2,
      **e: -x + y * (z - 1)) -> None:
    pass


print(f.__annotations__)


def g(a: (int, str), b: list[int] | None, c: Callable[[int, str], bool],
      d: 0x10, e: 1.5e3, f: b'x', g: not a or b and c, h: a if b else c,
      i: lambda x, y=1, *r, k, **kw: x, j: {1: 2, **k}, k: {1, 2},
      l: f(x, *y, z=1, **w), m: a < b <= c is not d not in e, n: (a, ), o: (),
      p: [*a], q: ..., r: 'it''s', s: 2 ** -1, t: -2 ** 2, u: (a + b) * c,
      v: a - (b - c), w: (-1) ** 2, x: a[()], y: a[b, c], z: None,
      aa: 1 .real, ab: lambda: 0, ac: lambda a, /, b: a, ad: 1e999, ae: not (a and b),
      af: (a or b) and c, ag: f(x for x in y), ah: (yield_ for _ in ()), ai: a[1:],
      aj: a[:2], ak: a[::], al: 2 ** 3 ** 4, am: (2 ** 3) ** 4, an: 'é\n"\'',
      ao: True, ap: -(-a), aq: +a, ar: (lambda: 1)(), as_: a if (b if c else d) else e):
    pass


for k, v in g.__annotations__.items():
    print(k, v)


def h(a: [x for x in y if x if z], b: {x: y for x, y in z}, c: (x for x in y for z in x),
      d: f"a{b!r:>3}c", e: await_ if 1 else 2, f: 1j, g: ~a,
      h: a @ b // c % d << 1 >> 2 & 3 ^ 4 | 5, i: f'{ {1: 2} }x{{y}}',
      j: f"{x:{w}.{p}f}", k: f"{x=}", l: 'a' f'b{c}', m: {x for x in y}):
    pass


for k, v in h.__annotations__.items():
    print(k, v)

x: int = 3
y: List[Undefined]
obj = type('O', (), {})()
obj.attr: undefined_name = 5    # not evaluated: no NameError
d = {}
d['k']: also_undefined = 6
print(__annotations__, obj.attr, d)


class C:
    z: 'C'
    w: Optional[C] = None

    def method(self, other: C) -> C:
        return other


print(C.__annotations__, C.method.__annotations__)
print(x, C.w)


async def co(a: Awaitable[int]) -> AsyncIterator[str]:
    pass


print(co.__annotations__)
lam_defaults = (lambda q: q)
print(lam_defaults(4))
def more(a: a[*b], b: tuple[int, ...], d: dict[str, 'x'], e: 'a' 'b', f: x.y.z, g: a[1][2](3)): pass
for k, v in more.__annotations__.items(): print(k, v)
