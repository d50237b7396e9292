"""Text wrapping and filling, as CPython 3.11's textwrap module.

CPython splits text into chunks with regular expressions; this module
does the same splitting with small hand-written scanners (so it does not
need the re module), and wraps the chunks with the same algorithm."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace separates words (as in CPython: a non-breaking
# space stays inside a word).
_whitespace = '\t\n\x0b\x0c\r '


def _is_ws(c):
    return c in _whitespace


def _is_word(c):
    # \w of the re module: letters, digits and the underscore.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit.
    return (c.isalnum() or c == '_') and not c.isdigit()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _split_simple(text):
    # Runs of whitespace and runs of anything else.
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        ws = _is_ws(text[i])
        j = i + 1
        while j < n and _is_ws(text[j]) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _hyphen_break(text, p):
    # A break after the hyphen at `p` in "long-word" or "a-b-c": two letters
    # (or letter, hyphen, letter) before it and a letter (maybe after one
    # more hyphen) then a letter after it.
    before = (_letter_at(text, p - 1) and _letter_at(text, p - 2)) or \
             (_letter_at(text, p - 1) and p >= 3 and text[p - 2] == '-' and _letter_at(text, p - 3))
    if not before or not _letter_at(text, p + 1):
        return False
    return _letter_at(text, p + 2) or (p + 2 < len(text) and text[p + 2] == '-' and _letter_at(text, p + 3))


def _dash_run_then_word(text, j):
    # Two or more hyphens at `j`, then a word character (an em-dash).
    k = j
    while k < len(text) and text[k] == '-':
        k += 1
    return k - j >= 2 and k < len(text) and _is_word(text[k]), k


def _split_hyphenated(text):
    # Whitespace runs, em-dashes between words, and words split after
    # their hyphens, as CPython's TextWrapper.wordsep_re does.
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        if _is_ws(text[i]):
            j = i + 1
            while j < n and _is_ws(text[j]):
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if text[i] == '-' and i > 0 and _is_word_punct(text[i - 1]):
            ok, k = _dash_run_then_word(text, i)
            if ok:
                chunks.append(text[i:k])
                i = k
                continue
        j = i + 1
        while True:
            if j >= n or _is_ws(text[j]):
                break
            if text[j] == '-' and _hyphen_break(text, j):
                j += 1
                break
            if _is_word_punct(text[j - 1]) and _dash_run_then_word(text, j)[0]:
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # [a-z][.!?]["']? at the end of the chunk.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps paragraphs: wrap() returns the lines, fill() joins them."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # A chunk longer than a whole line: break it (after a hyphen when
        # possible), or put it alone on a line when breaking is off.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()  # pop() from the end is cheap
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    # The last allowed line: end it with the placeholder.
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Removes the whitespace that every non-blank line starts with."""
    lines = text.split('\n')
    # Lines of only blanks become empty and do not count for the margin.
    lines = ['' if line and not line.strip(' \t') else line for line in lines]
    margin = None
    for line in lines:
        indent = _leading_blanks(line)
        if len(indent) == len(line):
            continue
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds `prefix` to the lines for which `predicate` is true (by default,
    the lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
