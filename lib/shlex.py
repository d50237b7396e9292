"""A lexical analyzer for shell-like syntax (shlex, split, quote, join),
written in Python for Ouro."""

import io
import re
import sys
from collections import deque

__all__ = ['shlex', 'split', 'quote', 'join']


class shlex:
    """A lexical analyzer for shell-like syntax: iterate over it, or call
    get_token(), for the tokens of a string or a text stream."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = io.StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if self.posix:
            self.wordchars += ('\u00df\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5'
                               '\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec'
                               '\u00ed\u00ee\u00ef\u00f0\u00f1\u00f2\u00f3'
                               '\u00f4\u00f5\u00f6\u00f8\u00f9\u00fa\u00fb'
                               '\u00fc\u00fd\u00fe\u00ff\u00c0\u00c1\u00c2'
                               '\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9'
                               '\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf\u00d0'
                               '\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d8'
                               '\u00d9\u00da\u00db\u00dc\u00dd\u00de')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.appendleft(tok)

    def get_token(self):
        """The next token (pushed-back ones first); self.eof at the end."""
        if self.pushback:
            return self.pushback.popleft()
        return self.read_token()

    def _next_char(self):
        if self.punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _end_word(self, quoted):
        # True when the token read so far is complete.
        return bool(self.token) or (self.posix and quoted)

    def read_token(self):
        # States: ' ' between tokens, 'a' in a word, 'c' in punctuation,
        # a quote character inside quotes, the escape character after it,
        # None at the end of the input.
        quoted = False
        escapedstate = ' '
        while True:
            nextchar = self._next_char()
            if nextchar == '\n':
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                if not nextchar:
                    self.state = None
                    break
                if nextchar in self.whitespace:
                    if self._end_word(quoted):
                        break
                elif nextchar in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                elif self.posix and nextchar in self.escape:
                    escapedstate = 'a'
                    self.state = nextchar
                elif nextchar in self.wordchars:
                    self.token = nextchar
                    self.state = 'a'
                elif nextchar in self.punctuation_chars:
                    self.token = nextchar
                    self.state = 'c'
                elif nextchar in self.quotes:
                    if not self.posix:
                        self.token = nextchar
                    self.state = nextchar
                elif self.whitespace_split:
                    self.token = nextchar
                    self.state = 'a'
                else:
                    self.token = nextchar
                    if self._end_word(quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not nextchar:
                    raise ValueError("No closing quotation")
                if nextchar == state:
                    if not self.posix:
                        self.token += nextchar
                        self.state = ' '
                        break
                    self.state = 'a'
                elif (self.posix and nextchar in self.escape and
                      state in self.escapedquotes):
                    escapedstate = state
                    self.state = nextchar
                else:
                    self.token += nextchar
            elif state in self.escape:
                if not nextchar:
                    raise ValueError("No escaped character")
                # Inside quotes, the escape only escapes the quote and
                # itself; elsewhere it stays.
                if escapedstate in self.quotes and nextchar != state and \
                        nextchar != escapedstate:
                    self.token += state
                self.token += nextchar
                self.state = escapedstate
            elif state in ('a', 'c'):
                if self._in_word(nextchar, quoted):
                    continue
                break
        result = self.token
        self.token = ''
        if self.posix and not quoted and result == '':
            result = None
        return result

    def _in_word(self, nextchar, quoted):
        # One character in state 'a' or 'c'; False when the token ends.
        state = self.state
        if not nextchar:
            self.state = None
            return False
        if nextchar in self.whitespace:
            self.state = ' '
            return not self._end_word(quoted)
        if nextchar in self.commenters:
            self.instream.readline()
            self.lineno += 1
            if self.posix:
                self.state = ' '
                return not self._end_word(quoted)
            return True
        if state == 'c':
            if nextchar in self.punctuation_chars:
                self.token += nextchar
                return True
            if nextchar not in self.whitespace:
                self._pushback_chars.append(nextchar)
            self.state = ' '
            return False
        if self.posix and nextchar in self.quotes:
            self.state = nextchar
        elif self.posix and nextchar in self.escape:
            # The escape state returns to 'a' through read_token's local.
            self.state = nextchar
            return self._escape_in_word()
        elif (nextchar in self.wordchars or nextchar in self.quotes or
              (self.whitespace_split and
               nextchar not in self.punctuation_chars)):
            self.token += nextchar
        else:
            if self.punctuation_chars:
                self._pushback_chars.append(nextchar)
            else:
                self.pushback.appendleft(nextchar)
            self.state = ' '
            return not self._end_word(quoted)
        return True

    def _escape_in_word(self):
        nextchar = self._next_char()
        if nextchar == '\n':
            self.lineno += 1
        if not nextchar:
            raise ValueError("No escaped character")
        self.token += nextchar
        self.state = 'a'
        return True

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Splits the string `s` into words as a shell would."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """A shell-escaped version of the string `s`."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    # Close the single quote, put a quoted single quote, reopen.
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """The shell-escaped string from the list of words `split_command`."""
    return ' '.join(quote(arg) for arg in split_command)
