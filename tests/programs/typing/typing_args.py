# typing: what may be a type argument (CPython 3.11's _type_check), string annotations.
from typing import *
import typing
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: List[Union])
t(lambda: List[ClassVar[int]])
t(lambda: List[Final[int]])
t(lambda: List[Generic])
t(lambda: Optional[Any])
t(lambda: List[Any])
t(lambda: Dict[str, 'X'])
t(lambda: Union[int, 'str'])
t(lambda: Optional[(int, str)])
t(lambda: Tuple[(int, str)])
t(lambda: List[3])
t(lambda: Callable[[int], 3])
class A:
    x: ClassVar[int] = 1
    y: 'ClassVar[int]'
    z: Final = 3
t(lambda: get_type_hints(A))
import sys
t(lambda: get_type_hints(sys.modules[__name__]))

from dataclasses import dataclass, field, fields
from typing import ClassVar, List, Optional, get_type_hints
import dataclasses

@dataclass
class Node:
    value: 'int'
    children: 'List[Node]' = field(default_factory=list)
    parent: 'Optional[Node]' = None
    count: 'ClassVar[int]' = 0
    iv: 'dataclasses.InitVar[int]' = 0

n = Node(1, [Node(2)])
print(n, [f.name for f in fields(Node)], Node.__annotations__)
print(get_type_hints(Node))
print(Node.__doc__)
