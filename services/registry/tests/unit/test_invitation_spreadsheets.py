"""Invitation spreadsheets: good and bad rows give per-row field errors; CSV and XLSX are
read alike; the template reads back as an empty, valid header."""

import io

import pytest
from openpyxl import Workbook, load_workbook
from tramita_registry.adapters.spreadsheets import OpenpyxlSpreadsheets
from tramita_registry.domain.errors import InvalidRows, RowProblem
from tramita_registry.domain.invitation_rows import MAX_ROWS, DraftRow, parse_rows

SHEETS = OpenpyxlSpreadsheets()


def test_good_rows_become_drafts_with_their_row_numbers() -> None:
    table = [
        ["Nome / Name", "E-mail"],
        ["Câmara Municipal de Braga", " imi@cm-braga.pt "],
        ["", ""],
        ["  Ordem   dos Médicos ", "geral@ordemdosmedicos.pt"],
    ]
    drafts, problems = parse_rows(table)
    assert problems == []
    assert drafts == [
        DraftRow(2, "Câmara Municipal de Braga", "imi@cm-braga.pt"),
        DraftRow(4, "Ordem dos Médicos", "geral@ordemdosmedicos.pt"),
    ]


def test_bad_rows_are_reported_per_row_and_column() -> None:
    table = [
        ["email", "name"],  # any order, English headers
        ["a@example.pt", "A"],
        ["not-an-address", "B"],
        ["", "C"],
        ["d@example.pt", ""],
        ["A@Example.PT", "A again"],
        ["e@example.pt", "x" * 251],
    ]
    drafts, problems = parse_rows(table)
    assert [d.row for d in drafts] == [2]
    assert problems == [
        RowProblem(3, "email", "email", "an e-mail address like name@example.org"),
        RowProblem(4, "email", "required", "an e-mail address is required"),
        RowProblem(5, "name", "required", "a name is required"),
        RowProblem(6, "email", "duplicate_in_file", "the same e-mail as row 2"),
        RowProblem(7, "name", "max_length", "at most 250 characters"),
    ]


@pytest.mark.parametrize(
    ("table", "rule"),
    [
        ([], "empty"),
        ([["", ""], ["  "]], "empty"),
        ([["Nome / Name", "E-mail"]], "empty"),
        ([["Entidade", "Telefone"], ["A", "1"]], "header"),
        ([["name", "email"]] + [["n", f"{i}@x.pt"] for i in range(MAX_ROWS + 1)], "too_many_rows"),
    ],
)
def test_whole_file_problems(table: list[list[str]], rule: str) -> None:
    drafts, problems = parse_rows(table)
    assert drafts == [] and [p.rule for p in problems] == [rule]
    assert problems[0].field == "file"


def test_csv_with_semicolons_windows_encoding_and_bom() -> None:
    semicolons = "Nome / Name;E-mail\r\nCâmara de Évora;imi@cm-evora.pt\r\n".encode("cp1252")
    assert SHEETS.read(semicolons, "csv") == [
        ["Nome / Name", "E-mail"],
        ["Câmara de Évora", "imi@cm-evora.pt"],
    ]
    with_bom = "name,email\nÓbidos,imi@cm-obidos.pt\n".encode("utf-8-sig")
    assert SHEETS.read(with_bom, "csv")[1] == ["Óbidos", "imi@cm-obidos.pt"]


def test_xlsx_first_sheet_values_are_read_as_text() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Nome / Name", "E-mail"])
    sheet.append(["Câmara Municipal do Porto", "imi@cm-porto.pt"])
    sheet.append([None, None])
    sheet.append([1234, "n@x.pt"])
    out = io.BytesIO()
    book.save(out)
    table = SHEETS.read(out.getvalue(), "xlsx")
    drafts, problems = parse_rows(table)
    assert problems == []
    assert [(d.row, d.name) for d in drafts] == [(2, "Câmara Municipal do Porto"), (4, "1234")]


def test_unreadable_files_are_one_file_problem() -> None:
    with pytest.raises(InvalidRows) as refused:
        SHEETS.read(b"PK\x03\x04 not really a zip", "xlsx")
    assert refused.value.problems == [
        RowProblem(0, "file", "format", "the file cannot be read as XLSX")
    ]
    with pytest.raises(InvalidRows):
        SHEETS.read(b"a\x00b", "csv")


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_the_template_reads_back_as_a_header_without_entities(file_format: str) -> None:
    content, media_type, filename = SHEETS.template(file_format)
    assert filename.endswith(f".{file_format}")
    assert ("spreadsheetml" in media_type) == (file_format == "xlsx")
    table = SHEETS.read(content, file_format)
    drafts, problems = parse_rows(table)
    assert drafts == [] and [p.rule for p in problems] == ["empty"]
    filled = [*table, ["Câmara Municipal de Faro", "imi@cm-faro.pt"]]
    assert parse_rows(filled)[0] == [DraftRow(2, "Câmara Municipal de Faro", "imi@cm-faro.pt")]
    if file_format == "xlsx":
        sheets = load_workbook(io.BytesIO(content)).sheetnames
        assert len(sheets) == 2  # the entities, then the instructions
