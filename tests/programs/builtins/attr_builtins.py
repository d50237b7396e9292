# hasattr, getattr and setattr.
class Config:
    mode = 'fast'
c = Config()
print(hasattr(c, 'mode'), hasattr(c, 'level'))
print(getattr(c, 'mode'), getattr(c, 'level', 'default'))
setattr(c, 'level', 3)
print(hasattr(c, 'level'), c.level, getattr(c, 'level'))
name = 'dyn' + 'amic'
setattr(c, name, [1, 2])
print(c.dynamic)
print(hasattr('abc', 'upper'), hasattr(5, 'nothing_like_this'))
print(getattr([1, 2, 3], 'count')(2))
try:
    getattr(c, 'missing_attribute')
except AttributeError as e:
    print('AttributeError:', e)
