# A syntax error stops the program before anything runs.
print('this is never printed')
x = = 1
