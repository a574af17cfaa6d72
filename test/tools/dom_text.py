#!/usr/bin/env python3
"""dom_text.py WHAT [ARG] < page.html — print text out of a page's rendered
DOM (chromium --dump-dom), one line each, for the dashboard test to compare
with what psql says:

  titles        the <title> of every SVG mark (Plot's title channel)
  marks CLASS   the <text> of every SVG mark group with class CLASS
  rows ID       every table row inside the element with id ID, cells joined by |
  id ID         the text of the element with id ID
  class NAME    the text of every element of class NAME
"""

import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()

    def inside(self, tag):
        node = self.parent
        while node is not None and node.tag != tag:
            node = node.parent
        return node is not None


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.at = Node("#root", [], None)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.at)
        self.at.children.append(node)
        if tag not in VOID:
            self.at = node

    def handle_startendtag(self, tag, attrs):
        self.at.children.append(Node(tag, attrs, self.at))

    def handle_endtag(self, tag):
        node = self.at
        while node.parent is not None and node.tag != tag:
            node = node.parent
        if node.parent is not None:
            self.at = node.parent

    def handle_data(self, data):
        self.at.children.append(data)


def by_id(root, ident):
    for node in root.walk():
        if node.attrs.get("id") == ident:
            return node
    sys.exit(f"dom_text.py: no element with id {ident!r}")


def main():
    what, arg = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else None)
    tree = Tree()
    tree.feed(sys.stdin.read())
    root = tree.root
    if what == "titles":
        lines = [n.text() for n in root.walk() if n.tag == "title" and n.inside("svg")]
    elif what == "marks":
        lines = [t.text() for g in root.walk() if arg in g.attrs.get("class", "").split()
                 for t in g.walk() if t.tag == "text"]
    elif what == "rows":
        lines = ["|".join(c.text().strip() for c in tr.children if isinstance(c, Node) and c.tag in ("td", "th"))
                 for tr in by_id(root, arg).walk() if tr.tag == "tr"]
    elif what == "id":
        lines = [by_id(root, arg).text().strip()]
    elif what == "class":
        lines = [n.text() for n in root.walk() if arg in n.attrs.get("class", "").split()]
    else:
        sys.exit(__doc__)
    for line in lines:
        print(" ".join(line.split()))


main()
