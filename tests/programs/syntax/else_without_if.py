# An else with no statement to attach to.
x = 1
else:
    pass
