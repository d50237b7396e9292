/* exc.h: exception objects, the built-in exception hierarchy, and the
 * pending-exception API (vm->exc) that implements Ouro's error convention:
 * return NULL / -1 with exactly one exception pending. */
#ifndef OURO_EXC_H
#define OURO_EXC_H

#include "dict.h"
#include "object.h"
#include "runtime.h"

// An exception instance (BaseException and every subclass, user ones too).
typedef struct ExcObj {
    Obj head;
    Obj *args;      // tuple
    Obj *traceback; // TracebackObj chain (innermost last) or NULL
    Obj *cause;     // __cause__ or NULL
    Obj *context;   // __context__ or NULL
    bool suppress_context;
    // A NameError raised by the VM: (the raising code's varnames, its
    // globals, its builtins), where the printed traceback looks for a
    // "Did you mean" name (suggest.c); NULL otherwise.
    Obj *scope;
    DictTable attrs; // instance attributes; the types' dictoffset points here
} ExcObj;

// The built-in exception types, each a static TypeObj named exc_<Name>.
#define EXC_TYPES(X)                                                                               \
    X(BaseException, object)                                                                       \
    X(SystemExit, BaseException)                                                                   \
    X(KeyboardInterrupt, BaseException)                                                            \
    X(GeneratorExit, BaseException)                                                                \
    X(Exception, BaseException)                                                                    \
    X(StopIteration, Exception)                                                                    \
    X(StopAsyncIteration, Exception)                                                               \
    X(ArithmeticError, Exception)                                                                  \
    X(FloatingPointError, ArithmeticError)                                                         \
    X(OverflowError, ArithmeticError)                                                              \
    X(ZeroDivisionError, ArithmeticError)                                                          \
    X(AssertionError, Exception)                                                                   \
    X(AttributeError, Exception)                                                                   \
    X(BufferError, Exception)                                                                      \
    X(EOFError, Exception)                                                                         \
    X(ImportError, Exception)                                                                      \
    X(ModuleNotFoundError, ImportError)                                                            \
    X(LookupError, Exception)                                                                      \
    X(IndexError, LookupError)                                                                     \
    X(KeyError, LookupError)                                                                       \
    X(MemoryError, Exception)                                                                      \
    X(NameError, Exception)                                                                        \
    X(UnboundLocalError, NameError)                                                                \
    X(OSError, Exception)                                                                          \
    X(FileNotFoundError, OSError)                                                                  \
    X(PermissionError, OSError)                                                                    \
    X(IsADirectoryError, OSError)                                                                  \
    X(FileExistsError, OSError)                                                                    \
    X(NotADirectoryError, OSError)                                                                 \
    X(TimeoutError, OSError)                                                                       \
    X(BlockingIOError, OSError)                                                                    \
    X(ChildProcessError, OSError)                                                                  \
    X(ConnectionError, OSError)                                                                    \
    X(BrokenPipeError, ConnectionError)                                                            \
    X(ConnectionAbortedError, ConnectionError)                                                     \
    X(ConnectionRefusedError, ConnectionError)                                                     \
    X(ConnectionResetError, ConnectionError)                                                       \
    X(InterruptedError, OSError)                                                                   \
    X(ProcessLookupError, OSError)                                                                 \
    X(ReferenceError, Exception)                                                                   \
    X(RuntimeError, Exception)                                                                     \
    X(NotImplementedError, RuntimeError)                                                           \
    X(RecursionError, RuntimeError)                                                                \
    X(SyntaxError, Exception)                                                                      \
    X(IndentationError, SyntaxError)                                                               \
    X(TabError, IndentationError)                                                                  \
    X(SystemError, Exception)                                                                      \
    X(TypeError, Exception)                                                                        \
    X(ValueError, Exception)                                                                       \
    X(UnicodeError, ValueError)                                                                    \
    X(UnicodeDecodeError, UnicodeError)                                                            \
    X(UnicodeEncodeError, UnicodeError)                                                            \
    X(UnicodeTranslateError, UnicodeError)                                                         \
    X(Warning, Exception)                                                                          \
    X(DeprecationWarning, Warning)                                                                 \
    X(RuntimeWarning, Warning)                                                                     \
    X(UserWarning, Warning)                                                                        \
    X(PendingDeprecationWarning, Warning)                                                          \
    X(SyntaxWarning, Warning)                                                                      \
    X(FutureWarning, Warning)                                                                      \
    X(ImportWarning, Warning)                                                                      \
    X(UnicodeWarning, Warning)                                                                     \
    X(BytesWarning, Warning)                                                                       \
    X(ResourceWarning, Warning)                                                                    \
    X(EncodingWarning, Warning)

#define EXC_DECLARE(name, base) extern TypeObj exc_##name;
EXC_TYPES(EXC_DECLARE)
#undef EXC_DECLARE

// Readies every exception type and registers it in the `builtins` dict.
// Returns 0, or -1 on memory exhaustion.
int exc_init_types(Vm *vm, Obj *builtins);

// Raises a new exception of `type` whose single argument is the message
// formatted from `fmt` by str_from_vfmt (printf-style, plus %S = str() and
// %R = repr() of an Obj *; %c takes a code point).
// Always returns NULL so callers can `return err_raise(...)`.
NEWREF Obj *err_raise(Vm *vm, TypeObj *type, const char *fmt, ...);

// Raises `type` with `value` as its only argument (KeyError(key)), or with
// no arguments when `value` is NULL. Returns NULL.
NEWREF Obj *err_raise_obj(Vm *vm, TypeObj *type, Obj *value);

// Makes `exc` (an exception instance, borrowed) the pending exception,
// replacing any pending one. Sets __context__ from vm->handled_exc as
// CPython does when the exception is new.
void err_set(Vm *vm, Obj *exc);

// Makes `exc` the pending exception exactly as it is (no __context__
// chaining), consuming the caller's reference; NULL clears. For a bare
// `raise` and for re-raising after `finally`, where CPython restores.
void err_restore(Vm *vm, STEALS Obj *exc);

// Raises the OSError subclass CPython picks for errno `code` (ENOENT gives
// FileNotFoundError, ...) with strerror(code) as its text: "[Errno 2] No
// such file or directory: 'x'". `filename` and `filename2` (borrowed, may
// be NULL) become e.filename and e.filename2. Returns NULL.
NEWREF Obj *err_raise_errno(Vm *vm, int code, Obj *filename, Obj *filename2);

// Raises the pre-allocated MemoryError. Returns NULL.
NEWREF Obj *err_nomemory(Vm *vm);

// True when an exception is pending.
static inline bool err_occurred(const Vm *vm) {
    return vm->exc != NULL;
}

// True when the pending exception is an instance of `type` (or a subclass).
bool err_matches(Vm *vm, TypeObj *type);

// Takes the pending exception out of the VM (new reference for the caller),
// leaving none pending. NULL when none was pending.
NEWREF Obj *err_fetch(Vm *vm);

// Drops the pending exception, if any.
void err_clear(Vm *vm);

// True when exception instance or class `exc` matches `spec` (an exception
// class or a tuple of them), as `except spec:` decides. -1 with TypeError
// pending when `spec` is not a class deriving from BaseException.
int err_given_matches(Vm *vm, Obj *exc, Obj *spec);

// Creates an instance of exception type `type` with `args` (a tuple,
// borrowed). Returns NULL with an exception pending.
NEWREF Obj *exc_new(Vm *vm, TypeObj *type, Obj *args);

// str(exc) as Python prints it after "TypeError: " (empty for no args, the
// single arg's str, or the args tuple's repr; KeyError uses repr).
NEWREF Obj *exc_message(Vm *vm, Obj *exc);

// Reports an exception that cannot be raised (in __del__, at exit) on stderr
// as "Exception ignored in: <repr of obj>" followed by the traceback, then
// clears it. `where` is borrowed and may be NULL.
void err_write_unraisable(Vm *vm, Obj *where);

// After a failed getattr of `name` (borrowed) on `obj` (borrowed): when the
// pending exception is an AttributeError whose `name` and `obj` are both
// unset, sets them, as CPython does for an attribute lookup that fails (the
// printed traceback's "Did you mean" comes from them). No Python code runs; a
// failure to store them is ignored and the original error stays pending.
void exc_note_attribute_error(Vm *vm, Obj *obj, Obj *name);

// After the VM raised NameError for `name` (borrowed) in `code_varnames`,
// `globals` and `builtins` (borrowed): sets the exception's `name` (if
// unset) and keeps the three as its scope for the "Did you mean" search.
// Only an exact NameError is noted, as CPython. Never fails.
void exc_note_name_error(Vm *vm, Obj *name, Obj *code_varnames, Obj *globals, Obj *builtins);

// The attribute `attr` ("name", "obj") of exception `exc` (borrowed), or
// NULL when it was never given (its getset then reads None).
BORROWED Obj *exc_get_attr(Vm *vm, Obj *exc, const char *attr);

#endif
