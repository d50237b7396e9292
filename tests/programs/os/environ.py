# os.environ, getenv, putenv/unsetenv through the mapping.
import os

key = 'OURO_TEST_ENVIRON_VAR'
print(os.getenv(key), os.getenv(key, 'default'), key in os.environ)
os.environ[key] = 'value 1'
print(os.environ[key], os.getenv(key), key in os.environ, os.environ.get(key))
os.environ.update({key: 'value 2'})
print(os.environ[key], len(os.environ) > 0)
print(os.environ.setdefault(key, 'ignored'), os.environ.pop(key), key in os.environ)
print(os.environ.pop(key, 'gone'))
try:
    os.environ[key]
except KeyError as e:
    print('KeyError', e)
try:
    del os.environ[key]
except KeyError as e:
    print('KeyError', e)
try:
    os.environ[key] = 5
except TypeError as e:
    print(e)
print(isinstance(os.environ.copy(), dict), 'PATH' in os.environ)
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
