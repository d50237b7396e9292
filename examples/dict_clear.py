# dict.clear() drops every value at once: an object whose last reference was
# in the dict is freed immediately, and its __del__ runs right then.
alive = 0


class Tracked:
    def __init__(self):
        global alive
        alive += 1

    def __del__(self):
        # Called when the object is freed.
        global alive
        alive -= 1


registry = {}
for key in ['a', 'b', 'c', 'd', 'e']:
    registry[key] = Tracked()
print('alive after filling the dict:', alive)

registry.clear()
print('alive right after clear():', alive)
print('the dict is empty:', len(registry) == 0)
