import bisect
import heapq
import string
from string import Template

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2))
bisect.insort(a, 5)
bisect.insort_left(a, 0)
print(a)
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, 'x'), key=lambda r: r[0])
print(recs)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print('ValueError:', e)

h = []
for x in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [9, 7, 5, 3, 1, 8]
heapq.heapify(data)
print(data[0], heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
print(heapq.nlargest(3, [4, 1, 7, 3]), heapq.nsmallest(2, [4, 1, 7, 3]),
      heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
print([heapq.heappop(tasks)[1] for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError:', e)

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords('hello   big world'), string.capwords('a-b-c', '-'))
t = Template('$who likes ${what}s; $$5 for $who')
print(t.substitute(who='tim', what='kung pao'), t.template)
print(t.substitute({'who': 'ann', 'what': 'x'}, what='y'))
print(Template('$a and $b and ${c}').safe_substitute(a=1))
print(Template('cost: $ 5').safe_substitute())
try:
    Template('$a $b').substitute(a=1)
except KeyError as e:
    print('KeyError:', e)
try:
    Template('line\nbad $ here').substitute()
except ValueError as e:
    print('ValueError:', e)
