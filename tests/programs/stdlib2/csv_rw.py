import csv
import io
import sys

buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(['a b', ' lead', 'x,y', 'n\nl', None, 1.5, True, 'q"q', '']))
w.writerow([''])
w.writerow([])
w.writerows([[1, 2], ['x', 'y']])
text = buf.getvalue()
print(repr(text))
print(list(csv.reader(io.StringIO(text, newline=''))))

w = csv.writer(sys.stdout, quoting=csv.QUOTE_NONNUMERIC)
w.writerow(['a', 1, 2.5, None, True, 3j])
w = csv.writer(sys.stdout, quoting=csv.QUOTE_ALL, lineterminator='\n')
w.writerow(['a', 1, ''])
w = csv.writer(sys.stdout, lineterminator='!\n')
w.writerow(['a!b', 'c'])
w = csv.writer(sys.stdout, delimiter=';', quotechar="'", lineterminator='\n')
w.writerow(["it's", 'a;b', 'a,b'])
w = csv.writer(sys.stdout, quoting=csv.QUOTE_NONE, escapechar='\\', lineterminator='\n')
w.writerow(['a,b', 'c"d', 'e\\f'])
w = csv.writer(sys.stdout, doublequote=False, escapechar='\\', lineterminator='\n')
w.writerow(['say "hi"', 'x'])
w = csv.writer(sys.stdout, dialect='excel-tab')
w.writerow(['a\tb', 'c'])
for bad in [dict(quoting=csv.QUOTE_NONE), dict(doublequote=False)]:
    try:
        csv.writer(sys.stdout, **bad).writerow(['a,"b'])
    except csv.Error as e:
        print('Error:', e)
try:
    csv.writer(sys.stdout, quoting=csv.QUOTE_NONE).writerow([''])
except csv.Error as e:
    print('Error:', e)
try:
    csv.writer(sys.stdout).writerow(5)
except csv.Error as e:
    print('Error:', e)

lines = ['a,b,c\r\n', '"quoted, comma","dq ""x""",\r\n', '\r\n',
         '"multi\n', 'line",end\n', ' sp, x\n', 'last']
r = csv.reader(lines)
for row in r:
    print(r.line_num, row)
print(list(csv.reader([' sp, "x"'], skipinitialspace=True)))
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')))
print(list(csv.reader(['a;b', "'x;y';z"], delimiter=';', quotechar="'")))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['1,"a",,2\n', '3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"a"b,c'])))
print(list(csv.reader(['"abc'])))
print(list(csv.reader(['a,"b', 'c"'], quoting=csv.QUOTE_NONE)))
for src, kw in [(['"a"b,c'], dict(strict=True)), (['"abc'], dict(strict=True)),
                (['a\rb'], {}), ([b'x'], {}), (['x,y'], dict(quoting=csv.QUOTE_NONNUMERIC))]:
    try:
        print(list(csv.reader(src, **kw)))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)
