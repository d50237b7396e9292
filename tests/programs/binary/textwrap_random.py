import textwrap, random
random.seed(5)
words = ['hello', 'world', 'a', 'long-hyphenated-word', 'x-y', 'ab-cd', 'e-mail', 'co--operate', 'end.', 'Mr.', 'wow!', '"quoted."', 'tab\there', 'nl\nx', '--', 'a--b', 'well--known', 'supercalifragilisticexpialidocious', '123-456', 'ab-1', 'ab-c-d', 'x--', '-dash', 'é-ü', 'under_score-x', '  ', 'i.e.', 'z?', '', 'snake-case-name-here']
out = []
for trial in range(400):
    text = ' '.join(random.choice(words) for _ in range(random.randint(0, 15)))
    kw = {}
    if random.random() < 0.3: kw['break_on_hyphens'] = False
    if random.random() < 0.3: kw['break_long_words'] = False
    if random.random() < 0.2: kw['drop_whitespace'] = False
    if random.random() < 0.2: kw['replace_whitespace'] = False
    if random.random() < 0.2: kw['fix_sentence_endings'] = True
    if random.random() < 0.2: kw['expand_tabs'] = False
    if random.random() < 0.3: kw['initial_indent'] = '* '
    if random.random() < 0.3: kw['subsequent_indent'] = '  '
    if random.random() < 0.3: kw['max_lines'] = random.randint(1, 3)
    width = random.randint(8, 30)
    try:
        out.append(repr(textwrap.wrap(text, width, **kw)))
    except ValueError as e:
        out.append('VE ' + str(e))
    try:
        out.append(repr(textwrap.shorten(text, width + 5)))
    except ValueError as e:
        out.append('VE ' + str(e))
for s in out:
    print(s)
