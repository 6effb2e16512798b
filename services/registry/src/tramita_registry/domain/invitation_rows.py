"""Rows of an invitation spreadsheet (the template: a name and an e-mail per entity).

The adapters turn a CSV or XLSX file into a table of strings; this checks it. The first
non-empty row is the header (English or Portuguese column names, any case); blank rows
are skipped. Problems are reported per row and column, with the row number a person sees
in the spreadsheet (the header is row 1 in the template).
"""

from dataclasses import dataclass

from tramita_registry.domain.contact import EMAIL_MAX_LENGTH, is_email
from tramita_registry.domain.errors import RowProblem
from tramita_registry.domain.invitations import NAME_MAX, email_key

MAX_ROWS = 1000
NAME_HEADERS = frozenset({"name", "nome", "entity", "entidade", "nome / name", "name / nome"})
EMAIL_HEADERS = frozenset(
    {"email", "e-mail", "e-mail / email", "email / e-mail", "endereço eletrónico", "correio"}
)
# The template's header row, as written by the adapters.
TEMPLATE_HEADER = ("Nome / Name", "E-mail")
TEMPLATE_EXAMPLE = ("Câmara Municipal de Exemplo", "imi@cm-exemplo.pt")


@dataclass(frozen=True, slots=True)
class DraftRow:
    row: int
    name: str
    email: str


def _header(cells: list[str]) -> tuple[int | None, int | None]:
    names = [" ".join(c.split()).casefold() for c in cells]
    name = next((i for i, c in enumerate(names) if c in NAME_HEADERS), None)
    email = next((i for i, c in enumerate(names) if c in EMAIL_HEADERS), None)
    return name, email


def parse_rows(table: list[list[str]]) -> tuple[list[DraftRow], list[RowProblem]]:
    """The drafts of a table (row numbers from 1), or the problems found; duplicates
    within the file are problems too (checks against the registry come later)."""
    numbered = [(n, [str(c or "").strip() for c in cells]) for n, cells in enumerate(table, 1)]
    filled = [(n, cells) for n, cells in numbered if any(cells)]
    if not filled:
        return [], [RowProblem(0, "file", "empty", "the file has no rows")]
    (header_row, header), rows = filled[0], filled[1:]
    name_col, email_col = _header(header)
    if name_col is None or email_col is None:
        wanted = " and ".join(TEMPLATE_HEADER)
        return [], [RowProblem(header_row, "file", "header", f"the first row must name {wanted}")]
    if not rows:
        return [], [RowProblem(0, "file", "empty", "the file has a header but no entities")]
    if len(rows) > MAX_ROWS:
        return [], [RowProblem(0, "file", "too_many_rows", f"at most {MAX_ROWS} rows per file")]
    drafts: list[DraftRow] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    for number, cells in rows:
        name = " ".join(_cell(cells, name_col).split())
        email = _cell(cells, email_col)
        row_problems = _check(number, name, email, seen)
        problems += row_problems
        if not row_problems:
            seen[email_key(email)] = number
            drafts.append(DraftRow(number, name, email))
    return drafts, problems


def _cell(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def _check(number: int, name: str, email: str, seen: dict[str, int]) -> list[RowProblem]:
    problems = []
    if not name:
        problems.append(RowProblem(number, "name", "required", "a name is required"))
    elif len(name) > NAME_MAX:
        problems.append(RowProblem(number, "name", "max_length", f"at most {NAME_MAX} characters"))
    if not email:
        problems.append(RowProblem(number, "email", "required", "an e-mail address is required"))
    elif len(email) > EMAIL_MAX_LENGTH or not is_email(email):
        problems.append(
            RowProblem(number, "email", "email", "an e-mail address like name@example.org")
        )
    elif email_key(email) in seen:
        first = seen[email_key(email)]
        problems.append(
            RowProblem(number, "email", "duplicate_in_file", f"the same e-mail as row {first}")
        )
    return problems
