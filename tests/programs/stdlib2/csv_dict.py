import csv
import io

buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=['name', 'age', 'city'], restval='?')
w.writeheader()
w.writerow({'name': 'Ann', 'age': 31, 'city': 'Oslo, NO'})
w.writerows([{'name': 'Bob', 'age': 5}, {'name': 'Cy', 'city': 'Rome'}])
try:
    w.writerow({'name': 'Z', 'zip': 1})
except ValueError as e:
    print('ValueError:', e)
w2 = csv.DictWriter(buf, ['name'], extrasaction='ignore')
w2.writerow({'name': 'Ig', 'zip': 1})
try:
    csv.DictWriter(buf, ['a'], extrasaction='bad')
except ValueError as e:
    print('ValueError:', e)
print(repr(buf.getvalue()))

buf.seek(0)
r = csv.DictReader(buf)
print(r.fieldnames)
for row in r:
    print(r.line_num, row)

data = 'a,b\n1,2,3,4\n5\n\n6,7\n'
r = csv.DictReader(io.StringIO(data), restkey='rest', restval='NA')
print([row for row in r])
r = csv.DictReader(['x;y', '1;2'], fieldnames=None, delimiter=';')
print(list(r))
r = csv.DictReader(['1,2'], fieldnames=['p', 'q'])
print(list(r), r.fieldnames)
print(list(csv.DictReader([])))

print(sorted(csv.list_dialects()))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
d = csv.get_dialect('pipes')
print(d.delimiter, d.quoting, repr(d.lineterminator), d.quotechar, d.doublequote)
out = io.StringIO()
csv.writer(out, 'pipes').writerow(['a', 'b|c'])
print(repr(out.getvalue()))
print(list(csv.reader(['"a"|"b|c"'], 'pipes')))
csv.unregister_dialect('pipes')
try:
    csv.get_dialect('pipes')
except csv.Error as e:
    print('Error:', e)
print(csv.excel.delimiter, repr(csv.excel.lineterminator), csv.excel_tab.delimiter == '\t')
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(issubclass(csv.Error, Exception))


class Semi(csv.excel):
    delimiter = ';'


out = io.StringIO()
csv.writer(out, dialect=Semi).writerow(['x;y', 'z'])
print(repr(out.getvalue()))
r = csv.reader(['a'], delimiter=':')
print(r.dialect.delimiter, r.dialect.quotechar, r.dialect.skipinitialspace)
for kw in [dict(delimiter='::'), dict(delimiter=1), dict(quoting=9), dict(bogus=1),
           dict(quotechar=None)]:
    try:
        csv.reader([], **kw)
    except TypeError as e:
        print('TypeError:', e)
print(list(csv.reader(['a,"b"'], quotechar=None)))
try:
    csv.writer(io.StringIO(), quotechar=None).writerow(['a,b'])
except csv.Error as e:
    print('Error:', e)
