# Looping over an int.
for x in 42:
    print(x)
