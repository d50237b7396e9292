# __length_hint__ of list, reversed list, tuple and reversed() iterators.
it=iter([1,2,3]); next(it); print(it.__length_hint__())
r=reversed([1,2,3]); print(r.__length_hint__()); next(r); print(r.__length_hint__()); list(r); print(r.__length_hint__())
t=iter((1,2)); print(t.__length_hint__())
class S:
  def __len__(self): return 3
  def __getitem__(self, i): return i
rv = reversed(S()); print(rv.__length_hint__(), next(rv), rv.__length_hint__())
l=[1,2,3]; ri=reversed(l); l.clear(); print(ri.__length_hint__())
