# Fixture for sys_getframe.py: a namedtuple and an enum made in another
# module take that module's name. Run directly, it only says so.
if __name__ == "__main__":
    print("modfix_frames run directly")
else:
    from collections import namedtuple
    import sys
    Point = namedtuple("Point", "x y")
    CALLER = sys._getframe(1).f_code.co_name if sys._getframe().f_back else None
