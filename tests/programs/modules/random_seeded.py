# random: seeded sequences equal CPython 3.11's (Mersenne Twister + random.py algorithms).
import random
for s in [0, 1, 42, 12345678901234567890, -5]:
    random.seed(s)
    print([random.random() for _ in range(3)])
    print(random.getrandbits(5), random.getrandbits(40), random.getrandbits(100))
    print([random.randrange(10) for _ in range(5)], random.randrange(3, 100, 7), random.randrange(10**30))
    print(random.randint(1, 6), random.choice("abcdef"), random.choice(list(range(1000))))
    l = list(range(10)); random.shuffle(l); print(l)
    print(random.sample(range(100), 10), random.sample(range(10), 4), random.sample(range(10**6), 3))
    print(random.uniform(1, 5), random.gauss(), random.gauss(10, 2), random.gauss())
random.seed(3.5); print(random.random())
random.seed(True); print(random.random())
print(random.randrange(10, 0, -3))
