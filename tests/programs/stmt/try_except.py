# try / except / else / finally, with `as`.
def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError as e:
        print('caught:', e)
        r = None
    else:
        print('no exception')
    finally:
        print('finally for', x)
    return r
print(attempt(2))
print(attempt(0))
try:
    [1, 2][5]
except (KeyError, IndexError) as e:
    print('one of two:', e)
try:
    {}['missing']
except IndexError:
    print('wrong handler')
except KeyError as e:
    print('KeyError with', e)
try:
    int('x')
except Exception as e:
    print('base class catches', e)
try:
    undefined_thing_here
except:
    print('bare except catches everything')
try:
    pass
finally:
    print('finally without except')
