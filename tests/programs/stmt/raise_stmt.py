# raise with instances and classes, re-raise, and custom exception classes.
try:
    raise ValueError('bad value')
except ValueError as e:
    print('1:', e)
try:
    raise TypeError
except TypeError as e:
    print('2:', repr(str(e)))
def reraiser():
    try:
        raise KeyError('again')
    except KeyError:
        print('3: handling, then re-raising')
        raise
try:
    reraiser()
except KeyError as e:
    print('4:', e)
class AppError(Exception):
    pass
try:
    raise AppError('custom')
except Exception as e:
    print('5:', e, isinstance(e, AppError), isinstance(e, Exception))
err = IndexError('stored')
try:
    raise err
except IndexError as e:
    print('6:', e is err)
try:
    raise ZeroDivisionError('a', 'b')
except ZeroDivisionError as e:
    print('7:', e)
