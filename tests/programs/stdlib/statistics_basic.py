# statistics: averages, medians, modes, quantiles, spread and the two-input
# functions, exact sums converted back to the data's type, and its errors.
import statistics as st
from fractions import Fraction
import random
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3]), st.mean(data), st.mean([Fraction(3, 7), Fraction(1, 21), 1]), st.mean([1, 2.5]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]), st.geometric_mean([54, 24, 36]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0, 3]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.variance(data), st.variance([1, 2, 3, 4]), st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]), st.stdev(range(100)), st.pstdev([5]))
rng = random.Random(8)
xs = [rng.gauss(10, 3) for _ in range(200)]
print(st.mean(xs), st.stdev(xs), st.variance(xs), st.median(xs), st.quantiles(xs, n=4))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles(range(10), n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, [9 - v for v in x]), st.linear_regression(x, y), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
print(st.variance([1, 2, 3], xbar=2), st.pvariance([1, 2, 3], mu=2), st.mean([True, False]), st.median([]) if False else "")
for f, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.stdev, [1]), (st.pvariance, []), (st.quantiles, [1]), (st.geometric_mean, [1, -1]), (st.harmonic_mean, [-1, 2])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print(type(e).__name__, e)
try: st.correlation([1, 1], [1, 2])
except st.StatisticsError as e: print(e)
try: st.mean(["a"])
except TypeError as e: print("TypeError", e)
print(issubclass(st.StatisticsError, ValueError), st.mean([float("inf"), 1]), st.stdev([1e300, 1e-300, 5]))
