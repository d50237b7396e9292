# Using a name that was never bound: NameError, exit status 1.
print('before')
print(undefined_variable_xyz)
print('not reached')
