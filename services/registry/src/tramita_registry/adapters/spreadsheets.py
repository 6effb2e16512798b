"""Invitation spreadsheets: CSV (any of , ; or tab; UTF-8 or Windows-1252) and XLSX
(openpyxl, first sheet, values not formulas) into a table of strings, and the template."""

import csv
import io
import zipfile

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException

from tramita_registry.domain.errors import InvalidRows, RowProblem
from tramita_registry.domain.invitation_rows import MAX_ROWS, TEMPLATE_EXAMPLE, TEMPLATE_HEADER

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
# Rows read at most: the header, the limit, and one more to tell the file is too long.
_READ_AT_MOST = MAX_ROWS + 2
INSTRUCTIONS = (
    ("Preencha a primeira folha: uma entidade por linha, com nome e e-mail.",),
    ("Fill in the first sheet: one entity per row, with its name and e-mail.",),
    ("Não altere a linha de cabeçalho. / Do not change the header row.",),
    ("Exemplo / Example:", *TEMPLATE_EXAMPLE),
)


def _unreadable(what: str) -> InvalidRows:
    return InvalidRows([RowProblem(0, "file", "format", f"the file cannot be read as {what}")])


class OpenpyxlSpreadsheets:
    def read(self, content: bytes, file_format: str) -> list[list[str]]:
        if file_format == "xlsx":
            return self._xlsx(content)
        return self._csv(content)

    def _csv(self, content: bytes) -> list[list[str]]:
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = content.decode("cp1252", errors="replace")
        if "\x00" in text:
            raise _unreadable("CSV")
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
            delimiter = dialect.delimiter
        except csv.Error:
            delimiter = ","
        rows = []
        try:
            for row in csv.reader(io.StringIO(text), delimiter=delimiter):
                rows.append([cell.strip() for cell in row])
                if len(rows) >= _READ_AT_MOST:
                    break
        except csv.Error as exc:
            raise _unreadable("CSV") from exc
        return rows

    def _xlsx(self, content: bytes) -> list[list[str]]:
        try:
            book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise _unreadable("XLSX") from exc
        try:
            sheet = book.worksheets[0]
            rows = []
            for values in sheet.iter_rows(values_only=True):
                rows.append(["" if v is None else str(v).strip() for v in values])
                if len(rows) >= _READ_AT_MOST:
                    break
            return rows
        finally:
            book.close()

    def template(self, file_format: str) -> tuple[bytes, str, str]:
        if file_format == "csv":
            out = io.StringIO()
            csv.writer(out).writerow(TEMPLATE_HEADER)
            return out.getvalue().encode("utf-8-sig"), CSV_MEDIA_TYPE, "convites-invitations.csv"
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Convites - Invitations"
        sheet.append(list(TEMPLATE_HEADER))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.column_dimensions["A"].width = 50
        sheet.column_dimensions["B"].width = 40
        help_sheet = book.create_sheet("Instruções - Instructions")
        for line in INSTRUCTIONS:
            help_sheet.append(list(line))
        help_sheet.column_dimensions["A"].width = 70
        out = io.BytesIO()
        book.save(out)
        return out.getvalue(), XLSX_MEDIA_TYPE, "convites-invitations.xlsx"
