# A user's module named like a module of Ouro's lib/: import_order.py puts
# this folder first on sys.path, so `import string` must find this file.
digits = 'user digits'

print('user string module loaded')
