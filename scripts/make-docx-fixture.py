#!/usr/bin/env python3
"""Builds a small Word .docx from a plain-text corpus summary, for the structure tests.

Usage: python3 scripts/make-docx-fixture.py SOURCE.txt OUTPUT.docx

One w:p per line of the source (empty lines become empty paragraphs, so line numbers stay
the same). Lines that start with 一、 get the "Heading 1" style and lines that start with
（一） "Heading 2", as Word users do; the first line gets the "Title" style. Text is split
into several runs, and the full-width indent is written as its own run, so the reader must
join w:t pieces. A tab in the source becomes w:tab. Deterministic: fixed timestamps.
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""

# Chinese Word names heading styles with numeric ids; the reader must go through styles.xml.
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
</w:styles>"""


def runs(text):
    """The line as w:r elements: indent apart, tabs as w:tab, the rest cut every 7 characters."""
    out = []
    indent = re.match(r"^[\u3000 ]*", text).group(0)
    if indent:
        out.append(f'<w:r><w:t xml:space="preserve">{escape(indent)}</w:t></w:r>')
    rest = text[len(indent):]
    for k, part in enumerate(rest.split("\t")):
        if k:
            out.append("<w:r><w:tab/></w:r>")
        for i in range(0, len(part), 7):
            piece = escape(part[i:i + 7])
            out.append(f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">{piece}</w:t></w:r>')
    return "".join(out)


def paragraph(line, number):
    style = None
    if number == 1 and line.strip():
        style = "a3"
    elif re.match(r"^[一二三四五六七八九十]+、", line):
        style = "1"
    elif re.match(r"^（[一二三四五六七八九十]+）", line):
        style = "2"
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{runs(line)}</w:p>"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, output = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    body = "".join(paragraph(line, n + 1) for n, line in enumerate(lines))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>')
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
             ("word/_rels/document.xml.rels", DOC_RELS), ("word/document.xml", document),
             ("word/styles.xml", STYLES)]
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    main()
