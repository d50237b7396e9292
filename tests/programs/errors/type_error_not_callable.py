# Calling something that is not callable.
x = 42
x()
