# gc_pause: the pause of a full collection over a large live heap. Half a
# million instances, each holding a small list (a million tracked objects
# that are all reachable), stay alive while gc.collect() runs several times;
# nothing is garbage, so every pass only traverses the heap.
# Size: number of live tracked objects (default 1000000).
# stdout: the checksum (objects, what each collection found, a data sum).
# stderr: the pause of each collection in milliseconds, and the median.
import sys
import gc
import time

COLLECTIONS = 8


class Holder:
    def __init__(self, i):
        self.items = [i, i + 1]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    gc.collect()
    heap = []
    for i in range(n // 2):
        heap.append(Holder(i))
    gc.collect()
    pauses = []
    found = 0
    for _ in range(COLLECTIONS):
        t0 = time.perf_counter()
        found += gc.collect()
        t1 = time.perf_counter()
        pauses.append((t1 - t0) * 1000.0)
    data = 0
    for h in heap:
        data += h.items[1]
    pauses.sort()
    sys.stderr.write("gc_pause: %d live tracked objects, %d collections, pause ms:"
                     " min %.2f median %.2f max %.2f\n"
                     % (len(heap) * 2, COLLECTIONS, pauses[0],
                        pauses[COLLECTIONS // 2], pauses[-1]))
    print("gc_pause", len(heap) * 2, COLLECTIONS, found, data)


main()
