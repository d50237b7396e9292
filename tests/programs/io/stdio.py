# sys.stdin/stdout/stderr as file objects (the runner gives no input).
import io
import sys

print(repr(sys.stdout))
print(repr(sys.stdin), repr(sys.stderr))
print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stdout.closed)
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdout.writable(), sys.stdout.readable())
print(sys.stdout.write('written\n'))
sys.stdout.writelines(['a', 'b', '\n'])
sys.stdout.flush()
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines(), list(sys.stdin))
print(type(sys.stdout).__name__, sys.stdout.fileno(), sys.stdin.fileno())
try:
    sys.stdin.write('x')
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    input('prompt> ')
except EOFError as e:
    print()
    print(e)
