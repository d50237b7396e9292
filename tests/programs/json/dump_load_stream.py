# dump writes to anything with write(); load reads anything with read().
import json

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)

class Reader:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

w = Writer()
json.dump({'k': [1, 2, {'x': None}], 'é': 'ü'}, w)
text = ''.join(w.parts)
print(text)
print(json.load(Reader(text)))
w = Writer()
json.dump([1, {'b': 2, 'a': 1}], w, indent=2, sort_keys=True)
print(''.join(w.parts))
w = Writer()
json.dump('just a string', w, ensure_ascii=False)
print(''.join(w.parts))
print(json.load(Reader('{"n": 1.25}'), parse_float=str))
print(json.load(Reader(b'[true]')))
try:
    json.load(Reader('[1,'))
except json.JSONDecodeError as e:
    print(e)
