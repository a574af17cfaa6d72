#!/usr/bin/env python3
"""make_scanned_pdf.py PDF SCANNED — the pages of PDF as a scanner gives them:
each page rendered by pdftoppm to a grey image at 200 dpi and written into
SCANNED as one image per page, with no text layer (pdftotext finds nothing), so
that the loader's OCR path can be tested without a scanner."""

import os
import subprocess
import sys
import tempfile
import zlib

from make_pdf import write_pdf

DPI = 200


def read_pgm(path):
    """(width, height, pixels) of a binary PGM (P5, 8 bits) as pdftoppm writes it."""
    with open(path, "rb") as f:
        data = f.read()
    fields, pos = [], 0
    while len(fields) < 4:                      # magic, width, height, maxval
        while data[pos:pos + 1].isspace():
            pos += 1
        start = pos
        while not data[pos:pos + 1].isspace():
            pos += 1
        fields.append(data[start:pos])
    if fields[0] != b"P5" or fields[3] != b"255":
        sys.exit(f"{path}: not an 8-bit binary PGM")
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[pos + 1:pos + 1 + width * height]


def main(src, dst):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", src, os.path.join(tmp, "page")], check=True)
        names = sorted(os.listdir(tmp), key=lambda n: (len(n), n))
        pages = [read_pgm(os.path.join(tmp, n)) for n in names]
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None]
    kids = []
    for width, height, pixels in pages:
        w_pt, h_pt = width * 72 / DPI, height * 72 / DPI
        image = zlib.compress(pixels)
        objects.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                       b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (width, height, len(image))
                       + image + b"\nendstream")
        image_no = len(objects)
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im Do Q" % (w_pt, h_pt)
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        content_no = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im %d 0 R >> >> "
                       b"/Contents %d 0 R >>" % (w_pt, h_pt, image_no, content_no))
        kids.append(len(objects))
    write_pdf(objects, kids, dst)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
