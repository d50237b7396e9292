# `del` removes a name. Reference counting frees the list right away, because
# nothing else refers to it; using the name afterwards is a NameError.
numbers = [n * n for n in range(10)]
print('the list:', numbers)
print('its length:', len(numbers))

del numbers   # the name is gone, and so is the list (its last reference)

try:
    print(numbers)
except NameError as error:
    # The message is the same as CPython's.
    print('NameError:', error)
