import csv
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'data.csv')
rows = [['id', 'name', 'note'], [1, 'Ann', 'says "hi"'], [2, 'Bob', 'multi\nline'],
        [3, 'Cy', ''], [4, 'Dee, Jr.', None]]
with open(path, 'w', newline='') as f:
    w = csv.writer(f)
    for r in rows:
        w.writerow(r)
with open(path, 'rb') as f:
    print(f.read())
with open(path, newline='') as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)
with open(path, newline='') as f:
    total = 0
    for rec in csv.DictReader(f):
        total += int(rec['id'])
        print(rec['name'], repr(rec['note']))
    print('total', total)
with open(path, 'a', newline='') as f:
    csv.writer(f, dialect='excel-tab').writerow(['5', 'tab\there'])
with open(path, newline='') as f:
    print(list(csv.reader(f))[-1])
os.remove(path)
os.rmdir(d)
