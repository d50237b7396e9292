import cmath
inf=float('inf'); nan=float('nan')
cls = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
for f in ['sqrt','exp','log','log10','acos','acosh','asin','asinh','atan','atanh','cos','cosh','sin','sinh','tan','tanh']:
  for a in cls:
    for b in cls:
      z = complex(a, b)
      try: print(f, z, getattr(cmath,f)(z))
      except Exception as e: print(f, z, e)
for a in cls:
    for b in cls:
      try: print('rect', a, b, cmath.rect(a, b))
      except Exception as e: print('rect', a, b, e)
      print('polar', cmath.polar(complex(a, b)), cmath.phase(complex(a,b)))
