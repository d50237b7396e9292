# random: argument errors with random.py's messages, and edge cases.
import random
def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)
random.seed(2024)
show(random.randrange, 0)
show(random.randrange, 5, 5)
show(random.randrange, 1, 10, 0)
show(random.randrange, 10, 1, 2)
show(random.randrange, 1, None, 2)
show(random.choice, [])
show(random.sample, [1, 2], 3)
show(random.sample, {1, 2}, 1)
show(random.getrandbits, -1)
show(random.getrandbits, 0)
show(random.seed, [1])
show(random.randint, 5, 5)
show(random.randrange, -10, -1)
show(random.randrange, 100, 0, -7)
t = list("abcdefghij")
random.shuffle(t)
print(t, random.sample("xyz", 3), random.sample(range(10**9), 2))
print(random.choice((1, 2, 3)), random.choice(range(5, 500, 5)), random.getrandbits(64))
random.seed(99)
a = [random.random() for _ in range(5)]
random.seed(99)
print(a == [random.random() for _ in range(5)])
random.seed()
print(0 <= random.random() < 1)
