# len() of an int.
print(len([1]))
print(len(10))
