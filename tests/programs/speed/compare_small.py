# The six comparisons of small ints, as values, in `if` tests (the jump
# taken at once) and against constants (the fused local-constant form), at
# the edges of the small-int range and beyond it.
vals = [0, 1, -1, 2, -2, 2 ** 62 - 1, -(2 ** 62), 2 ** 62, -(2 ** 62) - 1, 7]
for x in vals:
    for y in vals:
        r = (x < y, x <= y, x == y, x != y, x > y, x >= y)
        t = []
        if x < y:
            t.append("lt")
        if x <= y:
            t.append("le")
        if x == y:
            t.append("eq")
        if x != y:
            t.append("ne")
        if x > y:
            t.append("gt")
        if x >= y:
            t.append("ge")
        print(x, y, r, t)


def against_consts(x):
    out = []
    if x < 2:
        out.append("<2")
    if x <= 2:
        out.append("<=2")
    if x == 2:
        out.append("==2")
    if x != 2:
        out.append("!=2")
    if x > 2:
        out.append(">2")
    if x >= 2:
        out.append(">=2")
    if not x < -5:
        out.append("not<-5")
    return out


for x in (-6, -5, 0, 1, 2, 3, 2 ** 62, 2.5, True):
    print(x, against_consts(x))
