# At exit, garbage cycles are collected while modules still exist, so
# their finalizers run before the module-level objects die (CPython's order).
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
top = Noisy("module-level")
def make_cycle():
    n = Noisy("cycle")
    n.me = n
make_cycle()
print("end of program")
