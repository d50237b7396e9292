# binary_trees: allocation churn of small tree nodes. Many complete binary
# trees of instances are built, walked and dropped (reference counting frees
# each one when the last reference goes); one long-lived tree stays alive the
# whole time.
# Size: maximum depth (default 14).
# Checksum: the node counts of every walk.
import sys


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make(depth), make(depth))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def main():
    max_depth = int(sys.argv[1]) if len(sys.argv) > 1 else 14
    min_depth = 4
    if max_depth < min_depth + 2:
        max_depth = min_depth + 2
    results = [check(make(max_depth + 1))]
    long_lived = make(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += check(make(depth))
        results.append(total)
    results.append(check(long_lived))
    print("binary_trees", max_depth, results)


main()
