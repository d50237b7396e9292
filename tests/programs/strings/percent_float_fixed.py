# '%.Nf' of ordinary doubles takes an exact integer path instead of the C
# library's printf: it must round exactly as CPython does (half to even on
# the double's exact value), for every flag and width, and inf/nan must be
# padded as CPython pads them (zeros included).
import random

random.seed(12345)
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.0625, 1e-300, -1e-300, 5e-324, 8.999e15,
        9e15, 1e16, 123456.789, 0.0005, 0.0015, 0.0025, 1.0005, 2.675, 1e15 + 0.3, 7.0 / 3,
        1 / 3, 2 / 3, 4503599627370495.5, 0.1, 0.7, 99.995, 1e-5, 0.45, 1.45, -0.0004]
for i in range(400):
    e = random.randint(-30, 17)
    vals.append(random.choice([-1, 1]) * random.random() * 10.0 ** e)
    vals.append(round(random.uniform(-1000, 1000), random.randint(0, 4)) +
                random.choice([0, 0.0005, 0.005, 0.05]))
formats = ['%f', '%.0f', '%.1f', '%.2f', '%.3f', '%.5f', '%.10f', '%.15f', '%.16f', '%10.3f',
           '%-10.2f|', '%+.3f', '% .1f', '%08.3f', '%F', '%#.0f', '%-+9.1f|', '%010.4F']
h = 0
count = 0
for v in vals:
    for f in formats:
        text = f % v
        for ch in text:
            h = (h * 131 + ord(ch)) % 1000000007
        count += 1
print(count, h)
for v in vals[:32]:
    print(' '.join(f % v for f in formats[:9]))
for v in (float('inf'), -float('inf'), float('nan'), -float('nan')):
    print(' '.join(repr(f % v) for f in ('%f', '%F', '%e', '%E', '%g', '%G', '%08.3f', '%-8f|',
                                         '%+f', '% F', '%+08E', '%#g', '%.0e', '%010G')))
print('%.3f|%8.2f|%-8.1f|%08.2f' % (3, -7, 10**15, True))
