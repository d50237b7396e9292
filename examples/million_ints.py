# A list of a million ints: build it, use it, give it back.
import gc

numbers = list(range(1000000))
print('length:', len(numbers))
print('first, last:', numbers[0], numbers[-1])
print('sum:', sum(numbers))

# `del` drops the only reference: the list and its items are freed at once.
del numbers

# A list of ints holds no reference cycle, so the cycle collector finds
# nothing more to free: reference counting already did all the work.
print('unreachable objects found by gc.collect():', gc.collect())
