from __future__ import annotations
from dataclasses import dataclass, field
import typing
from typing import ClassVar, Optional

@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    count: ClassVar[int] = 0
    tag: typing.ClassVar[str] = 'x'

n = Node(1)
n.children.append(Node(2, parent=n))
print(n.value, len(n.children), Node.count, Node.__annotations__)
print(typing.get_type_hints(Node.__init__) if False else 'skip')
def f(a: int | None, b: list[int]) -> dict[str, int]: pass
print(typing.get_type_hints(f))
class Later:
    def m(self) -> Later: return self
print(typing.get_type_hints(Later.m))
import inspect
print(inspect.signature(f))
