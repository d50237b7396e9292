# BaseException.add_note (3.11): __notes__ made on first use, type checks,
# and the notes printed under the message by the interpreter and by the
# traceback module.
import traceback
try:
    raise ValueError('bad')
except ValueError as e:
    e.add_note('first note')
    e.add_note('second\nline')
    print(e.__notes__)
    print(''.join(traceback.format_exception_only(type(e), e)))
try:
    ValueError().add_note(5)
except TypeError as e:
    print(e)
e = KeyError('k')
e.__notes__ = 'notalist'
try:
    e.add_note('x')
except TypeError as err:
    print(err)
e.__notes__ = ('a', 1)
print(traceback.format_exception_only(type(e), e))
print('add_note' in dir(Exception))
err = RuntimeError('final')
err.add_note('uncaught note')
raise err
