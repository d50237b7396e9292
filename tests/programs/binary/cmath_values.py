import cmath, math
inf = float('inf'); nan = float('nan')
vals = [0j, -0.0+0j, complex(0, -0.0), complex(-0.0, -0.0), 1+0j, -1+0j, 2+0j, -2+0j, 0.5+0.5j, -0.5-2j, 3-4j, 1j, -1j, 1e-300+1e-300j, 1e300+1e300j, -1e300+1e-300j, 1e-320+0j, complex(1, 1e-200), 10+700j, 800+1j, -800+0.5j, complex(1e308, -1e308), 0.25-0.75j]
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh']
for n in names:
    f = getattr(cmath, n)
    for v in vals:
        try:
            print(n, v, f(v))
        except (ValueError, OverflowError) as e:
            print(n, v, type(e).__name__, e)
specials = [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(0, -inf), complex(inf, inf), complex(-inf, inf), complex(nan, 0), complex(0, nan), complex(nan, nan), complex(inf, nan), complex(nan, inf), complex(1, inf), complex(-inf, 1), complex(inf, -2), complex(nan, 1)]
for n in names:
    f = getattr(cmath, n)
    for v in specials:
        try:
            print(n, v, f(v))
        except (ValueError, OverflowError) as e:
            print(n, v, type(e).__name__, e)
for t in ['cmath.log(0, 2)', 'cmath.log(2, 1)', 'cmath.log(8, 2)', 'cmath.log(-8, 2j)', 'cmath.log(0)', 'cmath.sqrt("x")', 'cmath.rect(inf, 0)', 'cmath.rect(0, inf)', 'cmath.rect(1, inf)','cmath.rect(inf, 1)', 'cmath.rect(nan, 0)', 'cmath.rect(-inf, 0)', 'cmath.rect(0, nan)','cmath.rect(inf, nan)', 'cmath.rect(-0.0, 0)', 'cmath.rect(2, -0.0)', 'cmath.rect(2, 1)', 'cmath.rect(1, math.pi/2)', 'cmath.polar(complex(1e308, 1e308))', 'cmath.polar(3+4j)', 'cmath.polar(-1)', 'cmath.exp(1000)', 'cmath.atanh(1)', 'cmath.isclose(1, 1+1e-10)', 'cmath.isclose(1j, 1.001j, rel_tol=1e-2)', 'cmath.isclose(0, 1e-12j, abs_tol=1e-9)', 'cmath.isclose(inf, inf)', 'cmath.isclose(complex(inf, 1), complex(inf, 2))', 'cmath.isclose(1, 2, rel_tol=-1)', 'cmath.sqrt(2**2000)', 'cmath.phase(-0.0)', 'cmath.phase(complex(-1, -0.0))', 'cmath.phase(1j)', 'cmath.sqrt(-1)', 'cmath.sqrt(complex(-1, -0.0))','cmath.log(1,0)','cmath.log(-1, 0)', 'cmath.isfinite(1+2j)', 'cmath.isinf(complex(1, inf))', 'cmath.isnan(complex(nan, inf))', 'cmath.isinf(2)', 'cmath.polar(complex(inf, nan))', 'cmath.polar(complex(nan, 1))', 'cmath.sqrt()', 'cmath.sqrt(1, 2)', 'cmath.log(1, 2, 3)', 'cmath.isclose(1)', 'cmath.sqrt(True)', 'cmath.exp(710)', 'cmath.cosh(800)', 'cmath.sinh(complex(800, 1))', 'cmath.isclose(1e308, -1e308)', 'cmath.polar(complex(1e308, 1e308)*2)']:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
class C:
    def __complex__(self):
        return 3+4j
class F:
    def __float__(self):
        return 2.25
class Bad:
    def __complex__(self):
        return 5
print(cmath.sqrt(C()), cmath.sqrt(F()), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15)
try:
    cmath.sqrt(Bad())
except TypeError as e:
    print(e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
