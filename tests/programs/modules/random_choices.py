# random.choices: unweighted, weighted, cumulative weights, and errors,
# in CPython 3.11's sequence for a fixed seed.
import random
def show(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)
random.seed(11)
print(random.choices("abc"), random.choices(range(100), k=8))
print(random.choices(["x", "y", "z"], [1, 5, 10], k=10))
print(random.choices("abcd", cum_weights=[0.5, 0.5, 2.0, 9.5], k=6))
print(random.choices("ab", weights=[0.25, 0.75], k=5), random.choices("ab", k=0))
print(random.choices([1, 2, 3], k=-2), random.random())
show(random.choices, "abc", [1, 2])
show(random.choices, "abc", [1, 2, 3], cum_weights=[1, 2, 3])
show(random.choices, "abc", 3)
show(random.choices, "abc", [0, 0, 0])
show(random.choices, "abc", [1, float("inf"), 1])
show(random.choices, [], k=2)
show(random.choices, [], [], k=2)
show(random.choices, "ab", ["a", "b"])
show(random.choices, "ab", cum_weights=[])
show(random.choices, "", cum_weights=[])
show(random.choices, "ab", [1, "a"])
big = random.choices(range(1000), [i % 7 for i in range(1000)], k=20)
print(big, random.getrandbits(32))
