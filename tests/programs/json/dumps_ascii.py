# ensure_ascii escapes non-ASCII as \uXXXX (surrogate pairs above U+FFFF).
import json

s = 'café 日本 😀 \x7f \x01'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({'ключ': 'значение'}))
print(json.dumps({'ключ': 'значение'}, ensure_ascii=False))
print(json.dumps('\U0010ffff'), json.dumps('\ud800'))
print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)
