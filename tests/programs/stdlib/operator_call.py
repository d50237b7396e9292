# operator.call (new in 3.11).
import operator
print(operator.call(max, 1, 5, 3), operator.call(sorted, [3, 1], reverse=True), operator.call.__name__)
