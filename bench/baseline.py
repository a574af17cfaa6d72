#!/usr/bin/env python3
"""baseline.py -- what an analyst writes without referat: Python 3 and `re`.

Reads minutes as text files and prints one line per agenda item with the
columns referat.items gives for them: item number, title, case number and
decision text.  It knows the two layouts of the corpus:

  * "Punkt N: [CF - ]title" (Albertslund, Aarhus pdftotext; Markdown "# **...**"
    allowed), the title wrapped over up to three lines before the case number;
  * web pages: the item number alone on a line, the title on the next, then a
    case number or the "Beslutninger" heading.

The decision is the text under "Beslutning"/"Beslutninger" up to the next known
heading, a line in capitals (a quoted motion), web-page furniture or the next
item; for a closed item ("Lukket") it is the text before the first heading of
Aarhus minutes and nothing at Albertslund, whose closed items carry no text.

    bench/baseline.py FILE|DIR...          TSV: file, number, title, case, decision
    bench/baseline.py --count FILE|DIR...  only the totals (what the benchmark times)

Standard library only.  Written for speed the way a competent analyst would:
patterns compiled once, one finditer over each document, no per-line loop over
the whole text.
"""
import os
import re
import sys

CASE = r'(?:\d\d\.\d\d\.\d\d-[A-Z0-9]\d\d-\d+-\d\d|EMN-\d{4}-\d+)'

# Where an item starts.  Group 1/2: "Punkt N: title"; group 3/4: web page.
ITEM = re.compile(
    r'^\f?(?:#+[ \t]+)?(?:\*\*)?Punkt[ \t]+(\d+):[ \t]*(.*?)(?:\*\*)?[ \t]*$'
    r'|^(\d{1,3})[ \t]*\n([^\n]*\S[^\n]*)\n(?=\s*(?:' + CASE + r'|Beslutninger?:?)[ \t]*$)',
    re.M)

# Title continuation lines (pdftotext wraps long titles) up to the case number.
HEADER_REST = re.compile(
    r'((?:(?!\s*' + CASE + r')[^\n]*\S[^\n]*\n){0,2}?)\s*(' + CASE + r')[ \t]*$', re.M)

HEADINGS = (r'Anledning|Resum[eé]|Sagsfremstilling|Indstilling(?: om [^\n]*)?|Beslutningspunkter'
            r'|Beslutning(?:er)?|Sagsforløb|Bilag|Økonomi|Økonomiske konsekvenser|Lovgrundlag'
            r'|Historik|Baggrund|Begrundelse|Motivering|Tidsplan|Høring|Kommunikation')

# A heading line (colon and Markdown allowed).  Headings in capitals are caught by CAPITALS.
HEADING = re.compile(r'^[#\s]*(?:\*\*)?(?:' + HEADINGS + r'):?(?:\*\*)?[ \t]*$', re.M)

DECISION = re.compile(r'^[#\s]*(?:\*\*)?Beslutning(?:er)?:?(?:\*\*)?[ \t]*$', re.M)

# A line in capitals: a quoted motion ("BESLUTNINGSFORSLAG FRA DD") or a heading.
CAPITALS = r'[A-ZÆØÅ][A-ZÆØÅ ,.&/()-]{5,}'
MOTION = re.compile(r'^' + CAPITALS + r'[ \t]*$', re.M)

# The end of a decision: another heading, a line in capitals, web furniture, a Markdown heading.
DECISION_END = re.compile(
    r'^[ \t]*(?:(?:#+[ \t]*)?(?:\*\*)?(?:' + HEADINGS + r'):?(?:\*\*)?'
    r'|' + CAPITALS + r'|• Hent som PDF.*|#.*)[ \t]*$', re.M)

PREFIX = re.compile(r'^(?:[A-ZÆØÅ]{1,4}(?:/[A-ZÆØÅ]{1,4})*) - ')
TIME = re.compile(r'\s*\((?:kl\.?\s*)?\d{1,2}[.:]\d\d(?:\s*[-–.]\s*\d{1,2}[.:]\d\d)?\)\s*$'
                  r'|\s*\(\d+(?:[,½]\d*)?\s*(?:min|minutter|time|timer)\)\s*$')
WORD_BREAK = re.compile(r'\w-$')
LUKKET = re.compile(r'^Lukket(?::\s*|$)')
BLANKS = re.compile(r'\n[ \t\f]*(?:\n[ \t\f]*)+')


def clean(text):
    """Body text as referat renders it: no bold marks, blank runs as one blank line."""
    text = text.replace('**', '').replace('\u00ad', '').replace('\f', '')
    text = BLANKS.sub('\n\n', text).strip()
    return text


def decision_of(body):
    """Text under the decision heading(s) of one item, or None.  A quoted motion
    (after a line in capitals) has its own "Beslutning:", which is not a decision."""
    motion = MOTION.search(body)
    if motion:
        body = body[:motion.start()]
    parts = []
    for m in DECISION.finditer(body):
        e = DECISION_END.search(body, m.end() + 1)
        parts.append(clean(body[m.end():e.start() if e else len(body)]))
    return '\n\n'.join(parts) if parts else None


def items(text):
    """[(number, title, case, decision)] of one document."""
    text = text.replace('\r\n', '\n')
    starts = list(ITEM.finditer(text))
    rows = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        if m.group(1) is not None:
            no, title = int(m.group(1)), m.group(2)
        else:
            no, title = int(m.group(3)), m.group(4)
        body_start = m.end() + 1 if m.group(1) is not None else m.end()
        case = None
        h = HEADER_REST.match(text, body_start, end)
        if h:
            # Wrapped title lines, joined by a space (none after a word broken by a hyphen).
            for line in h.group(1).split('\n'):
                if line.strip():
                    title = title.rstrip() + ('' if WORD_BREAK.search(title) else ' ') + line.strip()
            case = h.group(2)
            body_start = h.end()
        body = text[body_start:end]
        title = title.replace('**', '').strip()
        closed = bool(LUKKET.match(title))
        if closed:
            title = LUKKET.sub('', title) or 'Lukket'
        title = PREFIX.sub('', title)
        title = TIME.sub('', title).strip()
        decision = decision_of(body)
        if closed and decision is None:
            first = HEADING.search(body)
            decision = clean(body[:first.start()] if first else body) or None
        rows.append((no, title, case, decision))
    return rows


def files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(names):
                    if name.endswith('.txt'):
                        yield os.path.join(root, name)
        else:
            yield path


def main(argv):
    count = argv[:1] == ['--count']
    if count:
        argv = argv[1:]
    docs = nitems = nbytes = nchars = 0
    out = sys.stdout
    for path in files(argv):
        with open(path, 'rb') as f:
            raw = f.read()
        nbytes += len(raw)
        docs += 1
        for no, title, case, decision in items(raw.decode('utf-8')):
            nitems += 1
            nchars += len(title) + len(case or '') + len(decision or '')
            if not count:
                out.write('\t'.join([path, str(no), title, case or '\\N',
                                     '\\N' if decision is None else
                                     decision.replace('\\', '\\\\').replace('\n', '\\n')]) + '\n')
    if count:
        print(f'{docs} documents, {nbytes} bytes, {nitems} items, {nchars} characters')


if __name__ == '__main__':
    main(sys.argv[1:])
