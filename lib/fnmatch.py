"""Shell-style wildcard matching (*, ?, [seq], [!seq]), written in Python
for Ouro on top of re."""

import os
import posixpath
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}


def fnmatch(name, pat):
    # posix: normcase is the identity, so this is fnmatchcase.
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile(pat):
    regex = _cache.get(pat)
    if regex is None:
        if isinstance(pat, bytes):
            text = translate(str(pat, 'ISO-8859-1'))
            regex = re.compile(bytes(text, 'ISO-8859-1')).match
        else:
            regex = re.compile(translate(pat)).match
        if len(_cache) >= 256:
            _cache.clear()
        _cache[pat] = regex
    return regex


def filter(names, pat):
    match = _compile(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    return _compile(pat)(name) is not None


def _translate_set(pat, i, n):
    # pat[i] follows '['; returns (regex text or None, index after ']').
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    if j >= n:
        return None, i
    stuff = pat[i:j]
    if '-' not in stuff:
        stuff = stuff.replace('\\', r'\\')
    else:
        # Split at the hyphens of ranges, dropping empty ranges like z-a.
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        start = i
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[start:k])
            start = k + 1
            k = k + 3
        chunk = pat[start:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        for c in range(len(chunks) - 1, 0, -1):
            if chunks[c - 1][-1] > chunks[c][0]:
                chunks[c - 1] = chunks[c - 1][:-1] + chunks[c][1:]
                del chunks[c]
        stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-')
                         for s in chunks)
    stuff = re.sub(r'([&~|])', r'\\\1', stuff)
    if not stuff:
        return '(?!)', j + 1
    if stuff == '!':
        return '.', j + 1
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    return '[' + stuff + ']', j + 1


def translate(pat):
    """The regular expression text that matches the shell pattern `pat`."""
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            # Runs of stars are one star.
            if not res or res[-1] is not _STAR:
                res.append(_STAR)
        elif c == '?':
            res.append('.')
        elif c == '[':
            text, i2 = _translate_set(pat, i, n)
            if text is None:
                res.append('\\[')
            else:
                res.append(text)
                i = i2
        else:
            res.append(re.escape(c))
    return '(?s:' + _join_stars(res) + ')\\Z'


def _join_stars(inp):
    # A star followed by a fixed piece that is not the last one matches
    # lazily inside an atomic group, so that no backtracking can explode.
    res = []
    i, n = 0, len(inp)
    while i < n and inp[i] is not _STAR:
        res.append(inp[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            res.append('.*')
            break
        fixed = []
        while i < n and inp[i] is not _STAR:
            fixed.append(inp[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            res.append('.*')
            res.append(fixed)
        else:
            res.append('(?>.*?' + fixed + ')')
    return ''.join(res)


_STAR = object()
