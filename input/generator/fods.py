"""A minimal flat-ODS (.fods) writer and the LibreOffice conversion, for the sample-data generators.

A workbook is a list of sheets; a sheet is a list of rows; a row is a list of cells, where a cell is
None (empty) or one of the small classes below. LibreOffice then turns the .fods into what a clerk's
Excel would have saved (.xlsx or legacy .xls), so the sample files are real office files, not files
written by the project's own code.
"""
import datetime
import os
import subprocess
import tempfile
import zipfile
from decimal import Decimal
from xml.sax.saxutils import escape


class Text:
    def __init__(self, text):
        self.text = str(text)


class Num:
    """A numeric cell; `style` 'one' shows one decimal (CO in mg/m³)."""

    def __init__(self, value, style=None):
        self.value = Decimal(value)
        self.style = style


class Date:
    def __init__(self, day: datetime.date):
        self.day = day


class Formula:
    """A formula with the result a spreadsheet would cache (LibreOffice writes it to the xlsx <v>)."""

    def __init__(self, formula, cached):
        self.formula = formula
        self.cached = Decimal(cached)


class Sheet:
    def __init__(self, name, rows, widths_cm=None):
        self.name = name
        self.rows = rows
        self.widths_cm = widths_cm or []


_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N_DATE"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <number:number-style style:name="N_ONE"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/></number:number-style>
 <style:style style:name="ce_date" style:family="table-cell" style:data-style-name="N_DATE"/>
 <style:style style:name="ce_one" style:family="table-cell" style:data-style-name="N_ONE"/>
{columns}</office:automatic-styles>
<office:body><office:spreadsheet>
"""
_TAIL = "</office:spreadsheet></office:body></office:document>\n"


def _plain(d: Decimal) -> str:
    s = format(d, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def _cell(c) -> str:
    if c is None:
        return "<table:table-cell/>"
    if isinstance(c, Text):
        return f'<table:table-cell office:value-type="string"><text:p>{escape(c.text)}</text:p></table:table-cell>'
    if isinstance(c, Num):
        style = ' table:style-name="ce_one"' if c.style == "one" else ""
        shown = format(c.value, ".1f") if c.style == "one" else _plain(c.value)
        return (f'<table:table-cell{style} office:value-type="float" office:value="{_plain(c.value)}">'
                f"<text:p>{shown}</text:p></table:table-cell>")
    if isinstance(c, Date):
        iso = c.day.isoformat()
        return (f'<table:table-cell table:style-name="ce_date" office:value-type="date" office:date-value="{iso}">'
                f"<text:p>{iso}</text:p></table:table-cell>")
    if isinstance(c, Formula):
        return (f'<table:table-cell table:formula="{escape(c.formula)}" office:value-type="float" '
                f'office:value="{_plain(c.cached)}"><text:p>{_plain(c.cached)}</text:p></table:table-cell>')
    raise TypeError(c)


def write_fods(path, sheets):
    widths = sorted({w for s in sheets for w in s.widths_cm})
    col_style = {w: f"co{i}" for i, w in enumerate(widths)}
    columns = "".join(
        f' <style:style style:name="{n}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{w}cm"/></style:style>\n'
        for w, n in col_style.items())
    out = [_HEAD.format(columns=columns)]
    for s in sheets:
        out.append(f'<table:table table:name="{escape(s.name)}">\n')
        for w in s.widths_cm:
            out.append(f'<table:table-column table:style-name="{col_style[w]}"/>')
        out.append("\n")
        for row in s.rows:
            out.append("<table:table-row>" + "".join(_cell(c) for c in row) + "</table:table-row>\n")
        out.append("</table:table>\n")
    out.append(_TAIL)
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


def convert(fods_files, fmt, outdir):
    """Converts with LibreOffice headless, in a private profile so that parallel runs do not collide."""
    if not fods_files:
        return
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{profile}",
               "--convert-to", fmt, "--outdir", str(outdir)] + [str(f) for f in fods_files]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for f in fods_files:
        target = os.path.join(outdir, os.path.splitext(os.path.basename(f))[0] + "." + fmt)
        if not os.path.exists(target):
            raise RuntimeError(f"LibreOffice did not write {target}")
        if fmt == "xlsx":
            pin_zip_times(target)


def pin_zip_times(path, when=(2023, 1, 5, 9, 0, 0)):
    """LibreOffice stamps each zip entry with the time of conversion; a fixed stamp makes a rerun
    byte-identical, so regenerating does not show up as a change (nor as a new submission)."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in entries:
            pinned = zipfile.ZipInfo(info.filename, date_time=when)
            pinned.compress_type = info.compress_type
            pinned.external_attr = info.external_attr
            z.writestr(pinned, data)
