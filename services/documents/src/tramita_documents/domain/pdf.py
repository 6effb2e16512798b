"""A minimal, deterministic PDF writer: one A4 page of left-aligned Helvetica lines.

Enough for receipts and certificates that are signed afterwards; equal inputs give equal
bytes, so the unsigned document can be compared and tested.
"""

A4 = (595, 842)
_MARGIN, _TOP, _LEADING = 56, 780, 18


def _escape(text: str) -> str:
    latin = text.encode("latin-1", errors="replace").decode("latin-1")
    return latin.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _stream(title: str, lines: list[str]) -> bytes:
    ops = ["BT", "/F1 16 Tf", f"{_MARGIN} {_TOP} Td", f"({_escape(title)}) Tj", "/F1 11 Tf"]
    for line in lines:
        ops += [f"0 -{_LEADING} Td", f"({_escape(line)}) Tj"]
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def text_pdf(*, title: str, lines: list[str]) -> bytes:
    """A single-page PDF 1.7 with the title and the lines under it."""
    content = _stream(title, lines)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {A4[0]} {A4[1]}] "
            "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
        ).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
