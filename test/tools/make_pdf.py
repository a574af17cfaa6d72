#!/usr/bin/env python3
"""make_pdf.py TEXT PDF — write a plain text file as a simple PDF (Helvetica,
WinAnsi encoding, long lines wrapped at 150 characters), so that the loader's
PDF path can be tested without an office suite.  Characters outside
Windows-1252 become '?'."""

import sys
import textwrap

LINES_PER_PAGE = 70


def pdf_string(line):
    raw = line.encode("cp1252", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pages_of(text):
    lines = []
    for line in text.replace("\f", "\n").split("\n"):
        lines += textwrap.wrap(line, 150) or [""]
    return [lines[i:i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)] or [[""]]


def main(src, dst):
    with open(src, encoding="utf-8") as f:
        pages = pages_of(f.read())
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        stream = b"BT /F1 7 Tf 9 TL 30 810 Td\n" + b"".join(pdf_string(l) + b" Tj T*\n" for l in lines) + b"ET"
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    write_pdf(objects, kids, dst)


def write_pdf(objects, kids, dst):
    """A PDF of objects (numbered from 1: the catalog, then the page tree, which
    this fills in with the page objects kids) written to dst."""
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(dst, "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main(*sys.argv[1:3])
