# A file that owns descriptor 1 (open(1, 'w')) and is still open at exit:
# what print() wrote before comes out first, then the file's own text,
# and only then is the descriptor closed.
import sys

print('printed first')
print(sys.stdout.fileno())
keep = open(1, 'w')
keep.write('written by the file, at exit\n')
print('printed last, still before the file')
