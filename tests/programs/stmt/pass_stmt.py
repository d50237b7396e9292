# pass does nothing, anywhere a statement is needed.
def f():
    pass
class C:
    pass
for i in range(3):
    pass
if True:
    pass
else:
    pass
while False:
    pass
print(f(), i, type(C()) is C)
