# random.Random instances, getstate/setstate, randbytes, SystemRandom,
# subclasses, and every distribution drawing CPython's exact sequence.
import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
r = random.Random(42)
print(r.random(), r.randrange(10, 100, 7), r.getrandbits(70), r.sample(range(100), 5), r.choices("xyz", k=4))
l = list(range(10)); r.shuffle(l); print(l)
print([round(f(*a), 12) for f, a in [(r.gauss, (0, 1)), (r.gauss, (5, 2)), (r.normalvariate, (0, 1)), (r.lognormvariate, (0, 0.5)),
      (r.expovariate, (1.5,)), (r.vonmisesvariate, (1.0, 4.0)), (r.vonmisesvariate, (1.0, 1e-7)), (r.gammavariate, (0.5, 1.0)), (r.gammavariate, (1.0, 2.0)),
      (r.gammavariate, (3.0, 2.0)), (r.betavariate, (2.0, 3.0)), (r.paretovariate, (3.0,)), (r.weibullvariate, (1.0, 1.5)),
      (r.triangular, ()), (r.triangular, (0, 10, 8)), (r.triangular, (5, 5))]])
state = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(state); b = [r.random() for _ in range(3)]; print(a == b, state[0], len(state[1]), state[2])
r2 = random.Random(); r2.seed(42); print(r2.random() == random.Random(42).random())
print(random.Random(7).randbytes(5), random.Random(7).randbytes(0), len(random.Random(1).randbytes(9)))
class MyRandom(random.Random):
    def __init__(self, seed, tag):
        super().__init__(seed); self.tag = tag
m = MyRandom(5, "t"); print(m.tag, m.random() == random.Random(5).random(), isinstance(m, random.Random), type(m).__mro__[1].__name__)
print(random.Random.__module__, random.Random.__name__, random.SystemRandom.__mro__[1].__name__)
s = random.SystemRandom(); x = s.random(); print(0 <= x < 1, s.seed(3), 1 <= s.randint(1, 6) <= 6)
try: s.getstate()
except NotImplementedError as e: print(e)
try: r.setstate((2, (), None))
except ValueError as e: print(e)
try: r.gammavariate(0, 1)
except ValueError as e: print(e)
random.seed(3); st = random.getstate(); v = random.random(); random.setstate(st); print(v == random.random())
print(random.randint(1, 6) in range(1, 7), callable(random.betavariate))
