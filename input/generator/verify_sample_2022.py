#!/usr/bin/env python3
"""Re-reads input/2022/ as an independent reader would and checks it against the 2022 seed figures.

Reads .xlsx with the standard library only (zip + sheet XML + sharedStrings + styles for date cells);
reads the legacy .xls through `soffice --convert-to csv`. Nothing is imported from the generator:
the seed figures below are transcribed from /work/shared/seed/seed-figures.md, and the AQI is
recomputed here from the pollutant columns. Prints seed vs computed; exits 1 on any mismatch.

Usage: python3 input/generator/verify_sample_2022.py [input/2022]
"""
import csv
import datetime
import math
import re
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"

# seed-figures.md, 2022 column. "≥" figures must be met exactly (the files carry the stated number).
SEED = {
    "ECO_BUDGET_REV": "3.4", "ECO_WHOLESALE_RETAIL": "130.61", "ECO_WHOLESALE_RETAIL_YOY": "14.69",
    "ECO_RETAIL_REV": "1.58", "ECO_RETAIL_REV_YOY": "7.46", "ECO_IND_FAI": "1.42", "ECO_IND_FAI_HITECH": "1.42",
    "ECO_SVC_FAI": "31.49", "ECO_SVC_FAI_HITECH": "1367", "ECO_PROJECTS": "15", "ECO_PROJECT_SCORE": "18.5",
    "ECO_ENTERPRISE_VISITS": "≥1000", "ECO_BUILDING_HEADS": "15",
    "URB_RENOV_ESTATES": "4", "URB_RENOV_BUILDINGS": "57", "URB_RENOV_HOUSEHOLDS": "2174",
    "URB_RENOV_DEMOLISH": "435", "URB_RELOC_RESIDENT": "13", "URB_RELOC_NONRESIDENT": "5",
    "URB_ILLEGAL_DEMOLISHED": "41", "URB_ILLEGAL_AREA": "3331", "URB_BILLBOARDS": "85",
    "URB_PATROL_STAFF": "≥400", "URB_SHOPS_REGULATED": "≥450", "URB_DEBRIS_CLEARED": "≥50",
    "URB_POSTERS_CLEARED": "≥300", "URB_PARKING_LINES": "≥1000", "URB_ZOMBIE_CARS": "≥40",
    "ENV_GOOD_DAYS_RATE": ">80", "ENV_RIVER_ISSUES": "42", "ENV_FOUR_CHAOS": "52", "ENV_FOUR_CHAOS_AREA": "6500",
    "ENV_REGREEN_AREA": "2300", "LIV_NEW_JOBS": "2252", "LIV_NEW_JOBS_GRAD": "725", "LIV_PUBLIC_POSTS": "8",
    "LIV_RELIEF_FUNDS": "369", "LIV_ELDERLY_FUNDS": "351", "LIV_VACC_RATE": "95",
    "SAF_HAZARDS_FOUND": "129", "SAF_HAZARDS_FIXED": "114", "SAF_HAZARDS_FIX_RATE": "88.37",
    "SAF_GAS_PIPES": "67", "SAF_LPG_CYLINDERS": "37", "SAF_GAS_TO_PIPE": "37", "SAF_ALCOHOL_FUEL_FIRMS": "42",
    "SAF_PETITIONS_BACKLOG": "40", "SAF_PETITIONS_RESOLVED": "20", "SAF_PETITIONS_RATE": "50",
    "SAF_DISPUTES": "86", "SAF_WAGE_SITES": "≥20", "SAF_MENTAL_VISITS": "233",
    "GRD_GRIDS_GENERAL": "79", "GRD_GRIDS_SPECIAL": "37",
}
# 其中 items and numerators that must not exceed their counterpart in any single report.
NOT_ABOVE = [("LIV_NEW_JOBS_GRAD", "LIV_NEW_JOBS"), ("LIV_VACC_FIRST_DOSE", "LIV_VACC_ELIGIBLE"),
             ("SAF_HAZARDS_FIXED", "SAF_HAZARDS_FOUND")]
UNIT_FACTORS = {"元": ("元", Decimal(1)), "万元": ("元", Decimal(10000)), "亿元": ("元", Decimal(100000000)),
                "平方米": ("平方米", Decimal(1)), "万平方米": ("平方米", Decimal(10000)),
                "人": ("人", Decimal(1)), "名": ("人", Decimal(1))}
VALUE_HEADERS = {"本期", "本期数", "本年", "本月", "数值"}

problems = []


def check(ok, what):
    if not ok:
        problems.append(what)
    return ok


def normalize(s):
    """As the project compares names: NFKC, no whitespace, no leading 其中, straight quotes."""
    n = re.sub(r"[\s\u00a0\u3000]+", "", unicodedata.normalize("NFKC", str(s)))
    n = re.sub(r"^其中[:：]?", "", n)
    return n.replace("“", '"').replace("”", '"')


def half_up(x, places=2):
    return Decimal(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


# ------------------------------------------------------------------------------ workbook reading
def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return int(ref[len(letters):]), n


def xlsx_first_sheets(path):
    """Visible sheets in order, each as {(row, col): str | Decimal | date}."""
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
                .iter(REL_NS + "Relationship")}
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
                shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
        styles = ET.fromstring(z.read("xl/styles.xml"))
        fmt_codes = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.iter("{%s}numFmt" % NS["m"])}
        xfs = [int(x.get("numFmtId", 0)) for x in styles.find("m:cellXfs", NS).findall("m:xf", NS)]

        def is_date(style):
            fid = xfs[style] if style < len(xfs) else 0
            code = re.sub(r'"[^"]*"|\[[^]]*]', "", fmt_codes.get(fid, ""))
            return 14 <= fid <= 22 or bool(re.search(r"[yd]", code, re.I))

        sheets = []
        for s in wb.find("m:sheets", NS):
            if s.get("state") in ("hidden", "veryHidden"):
                continue
            target = rels[s.get("{%s}id" % NS["r"])].lstrip("/")
            target = target if target.startswith("xl/") else "xl/" + target
            grid = {}
            for c in ET.fromstring(z.read(target)).iter("{%s}c" % NS["m"]):
                t, v = c.get("t", "n"), c.find("m:v", NS)
                if t == "inlineStr":
                    grid[col_index(c.get("r"))] = "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))
                elif v is None or v.text is None:
                    continue
                elif t == "s":
                    grid[col_index(c.get("r"))] = shared[int(v.text)]
                elif t in ("str", "e", "b"):
                    grid[col_index(c.get("r"))] = ("#ERR " if t == "e" else "") + v.text
                elif is_date(int(c.get("s", 0))):
                    grid[col_index(c.get("r"))] = datetime.date(1899, 12, 30) + datetime.timedelta(
                        days=int(Decimal(v.text)))
                else:
                    grid[col_index(c.get("r"))] = Decimal(v.text)
            sheets.append((s.get("name"), grid))
        return sheets


def xls_first_sheets(path):
    """Legacy .xls: LibreOffice writes the first sheet as UTF-8 CSV (values as displayed, all text)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", tmp, str(path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(Path(tmp) / (path.stem + ".csv"), encoding="utf-8", newline="") as f:
            grid = {(r, c): v for r, row in enumerate(csv.reader(f), 1) for c, v in enumerate(row, 1) if v != ""}
    return [("csv", grid)]


def read_sheets(path):
    return xls_first_sheets(path) if path.suffix == ".xls" else xlsx_first_sheets(path)


# ------------------------------------------------------------------------------ report parsing
def metadata(grid, header_row):
    """Label/value pairs above the header: value in the next non-empty cell, or after a colon."""
    meta = {}
    for (r, c), v in sorted(grid.items()):
        if r >= header_row or not isinstance(v, str):
            continue
        m = re.match(r"^\s*([^:：]+?)\s*[:：]\s*(.+)$", v)
        if m:
            meta.setdefault(normalize(m.group(1)), m.group(2).strip())
            continue
        right = [grid[(r, k)] for k in range(c + 1, c + 10) if (r, k) in grid]
        if right:
            meta.setdefault(normalize(v), right[0])
    return meta


def find_header(grid):
    for r in sorted({r for r, _ in grid}):
        row = {normalize(v): c for (rr, c), v in grid.items() if rr == r and isinstance(v, str)}
        if "指标名称" in row and VALUE_HEADERS & row.keys():
            return r, row
    return None, None


def parse_period(text):
    t = normalize(text) if isinstance(text, str) else str(text)
    if m := re.fullmatch(r"(\d{4})年?第?([1-4])季度", t):
        return int(m.group(1)), int(m.group(2))
    if m := re.fullmatch(r"(\d{4})年?", t):
        return int(m.group(1)), None
    raise ValueError(f"报告期无法识别: {text}")


def parse_value(v, unit):
    """Returns (Decimal or None, approximate?)."""
    if v is None:
        return None, False
    if isinstance(v, Decimal):
        return v, False
    t = normalize(v).replace(",", "")
    approx = bool(re.search(r"(余|多|左右)$", t))
    t = re.sub(r"(余|多|左右)$", "", t)
    if unit and t.endswith(unit):
        t = t[: -len(unit)]
    if not re.fullmatch(r"-?\d+(\.\d+)?", t):
        raise ValueError(f"不是数值: {v!r}")
    return Decimal(t), approx


class Catalog:
    def __init__(self):
        with open(ROOT / "config" / "catalog.yaml", encoding="utf-8") as f:
            self.items = {i["code"]: i for i in yaml.safe_load(f)["indicators"]}
        self.by_name = {}
        for i in self.items.values():
            for n in [i["code"], i["name"]] + list(i.get("aliases", [])):
                self.by_name.setdefault(normalize(n), i["code"])

    def convert(self, code, value, unit):
        want = self.items[code]["unit"]
        if not unit or normalize(unit) == normalize(want):
            return value
        a, b = UNIT_FACTORS.get(unit), UNIT_FACTORS.get(want)
        if not (a and b and a[0] == b[0]):
            raise ValueError(f"{code}: 单位 {unit} 不能换算为 {want}")
        return value * a[1] / b[1]


def read_report(path, catalog, units):
    """One report workbook -> (unit name, (year, quarter), {code: (value, prior)}, notes)."""
    for sheet, grid in read_sheets(path):
        header_row, cols = find_header(grid)
        if header_row:
            break
    else:
        raise ValueError("没有表头行")
    meta = metadata(grid, header_row)
    unit = units.get(normalize(meta.get("填报单位", "")))
    check(unit is not None, f"{path.name}: 填报单位 {meta.get('填报单位')!r} 不在单位名录中")
    period = parse_period(meta["报告期"])
    notes = [f"填报日期为日期单元格 {meta['填报日期']}"] if isinstance(meta.get("填报日期"), datetime.date) else []
    value_col = next(c for h, c in cols.items() if h in VALUE_HEADERS)
    rows = {}
    for r in sorted({r for r, _ in grid if r > header_row}):
        name = grid.get((r, cols["指标名称"]))
        code_cell = grid.get((r, cols["指标代码"])) if "指标代码" in cols else None
        label = name if name is not None else next((v for (rr, _), v in sorted(grid.items()) if rr == r), "")
        if normalize(str(label)) in ("合计", "总计"):
            notes.append(f"{r}行 合计 跳过")
            continue
        if name is None:
            continue                                     # a blank or a section title row
        code = catalog.by_name.get(normalize(name))
        check(code is not None, f"{path.name} 第{r}行: 指标名称 {name!r} 不在目录中")
        if code_cell:
            check(code_cell == code, f"{path.name} 第{r}行: 代码 {code_cell} 与名称 {name!r} 不符")
        unit_text = grid.get((r, cols["计量单位"])) if "计量单位" in cols else None
        value, approx = parse_value(grid.get((r, value_col)), unit_text)
        if approx:
            notes.append(f"{code} 近似值 {grid[(r, value_col)]}")
        if isinstance(grid.get((r, value_col)), str) and "," in grid[(r, value_col)]:
            notes.append(f"{code} 文本数值 {grid[(r, value_col)]}")
        prior, _ = parse_value(grid.get((r, cols["上年同期"])), unit_text) if "上年同期" in cols else (None, False)
        check(code not in rows, f"{path.name}: {code} 出现两次")
        rows[code] = (catalog.convert(code, value, unit_text) if value is not None else None,
                      catalog.convert(code, prior, unit_text) if prior is not None else None)
    return unit, period, rows, notes


# ------------------------------------------------------------------------------ station
# HJ 633-2012 Table 1 (µg/m³; CO mg/m³); recomputed here rather than imported, to check the generator.
IAQI = [0, 50, 100, 150, 200, 300, 400, 500]
BP = {"SO2": [0, 50, 150, 475, 800, 1600, 2100, 2620], "NO2": [0, 40, 80, 180, 280, 565, 750, 940],
      "PM10": [0, 50, 150, 250, 350, 420, 500, 600], "CO": [0, 2, 4, 14, 24, 36, 48, 60],
      "O3": [0, 160, 200, 300, 400, 800, 1000, 1200], "O3_8h": [0, 100, 160, 215, 265, 800],
      "PM2.5": [0, 35, 75, 115, 150, 250, 350, 500]}


def sub_index(p, c):
    c = Fraction(c)
    for i in range(1, len(BP[p])):
        if c <= BP[p][i]:
            return math.ceil(Fraction(IAQI[i] - IAQI[i - 1], BP[p][i] - BP[p][i - 1]) * (c - BP[p][i - 1])
                             + IAQI[i - 1])
    return 500


def day_aqi(d):
    ps = ["SO2", "NO2", "PM10", "CO", "PM2.5"] + (["O3"] if d["O3_8h"] > 800 else ["O3_8h"])
    return max(sub_index(p, d[p]) for p in ps)


def read_station(path):
    _, grid = read_sheets(path)[0]
    header = next(r for r in sorted({r for r, _ in grid}) if grid.get((r, 1)) == "日期")
    cols = {grid[(header, c)]: c for c in range(1, 20) if (header, c) in grid}
    meta = metadata(grid, header)
    days = []
    for r in sorted({r for r, _ in grid if r > header}):
        d = {p: grid.get((r, c)) for p, c in cols.items()}
        days.append(d)
    return meta, days


# ------------------------------------------------------------------------------ main
def main():
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "input" / "2022"
    catalog = Catalog()
    with open(ROOT / "config" / "units.yaml", encoding="utf-8") as f:
        reg = yaml.safe_load(f)
    units = {}
    for u in [reg["subdistrict"]] + reg["communities"] + reg["stations"]:
        for n in [u["name"]] + list(u.get("aliases", [])):
            units[normalize(n)] = u["name"]
    communities = [c["name"] for c in reg["communities"]]
    street_name = reg["subdistrict"]["name"]

    files = sorted(p for p in folder.iterdir() if p.suffix in (".xlsx", ".xls"))
    station_file = [p for p in files if "空气质量" in p.name]
    check(len(station_file) == 1, "需要恰好一个空气质量日报")
    reports = {}                                          # (unit, quarter or None) -> rows
    print(f"读取 {len(files)} 个工作簿: {folder}")
    for p in files:
        if p in station_file:
            continue
        unit, (year, quarter), rows, notes = read_report(p, catalog, units)
        check(year == 2022, f"{p.name}: 报告期年份 {year}")
        check((unit, quarter) not in reports, f"{p.name}: {unit} {quarter} 重复报送")
        reports[(unit, quarter)] = rows
        print(f"  {p.name:<26} {unit:<7} {'年报' if quarter is None else f'第{quarter}季度':<5} "
              f"{len(rows):>2} 项  {'; '.join(notes)}")
        source = "street" if unit == street_name else "community"
        expected = {c for c, i in catalog.items.items() if i.get("source") == source}
        check(set(rows) == expected, f"{p.name}: 指标 {sorted(set(rows) ^ expected)} 缺失或多余")
        for part, whole in NOT_ABOVE:
            if part in rows:
                check(rows[part][0] <= rows[whole][0], f"{p.name}: {part} {rows[part][0]} > {whole} {rows[whole][0]}")

    # Completeness: 12 annual reports, the two new communities with four quarters each.
    for c in communities:
        quarters = sorted(q for (u, q) in reports if u == c)
        check(quarters in ([None], [1, 2, 3, 4]), f"{c}: 报告期 {quarters}")
    check((street_name, None) in reports, "缺少街道年报")

    kinds = {code: i["kind"] for code, i in catalog.items.items()}
    totals = {}
    for (u, q), rows in reports.items():
        for code, (value, _) in rows.items():
            if value is None:
                continue
            if kinds[code] == "stock" and q not in (None, 4):
                continue                                  # a stock's year is its Q4 state
            totals[code] = totals.get(code, Decimal(0)) + value

    def rate(num, den):
        return half_up(totals[num] * 100 / totals[den])

    computed = dict(totals)
    computed["LIV_VACC_RATE"] = rate("LIV_VACC_FIRST_DOSE", "LIV_VACC_ELIGIBLE")
    computed["SAF_HAZARDS_FIX_RATE"] = rate("SAF_HAZARDS_FIXED", "SAF_HAZARDS_FOUND")
    computed["SAF_PETITIONS_RATE"] = rate("SAF_PETITIONS_RESOLVED", "SAF_PETITIONS_BACKLOG")
    street = reports[(street_name, None)]
    for code in ("ECO_WHOLESALE_RETAIL", "ECO_RETAIL_REV"):
        this, prior = street[code]
        computed[code + "_YOY"] = half_up((this - prior) * 100 / prior)

    meta, days = read_station(station_file[0])
    check(units.get(normalize(meta.get("站点", ""))) == "唐闸公园", f"站点 {meta.get('站点')!r} 不在名录中")
    pollutants = ["SO2", "NO2", "PM10", "CO", "O3_8h", "PM2.5"]
    valid = [d for d in days if all(isinstance(d.get(p), Decimal) for p in pollutants)]
    good = sum(1 for d in valid if day_aqi(d) <= 100)
    mismatched = [d["日期"] for d in valid if d["AQI"] != day_aqi(d)]
    check(not mismatched, f"AQI 列与 HJ 633-2012 重算不符: {mismatched[:5]}")
    invalid = [d for d in days if d not in valid]
    check(all(d.get("AQI") is None for d in invalid), "无效日不应有 AQI")
    check(len(days) == 365 and all(isinstance(d["日期"], datetime.date) for d in days), "日报应为 365 个日期单元格")
    computed["ENV_GOOD_DAYS_RATE"] = half_up(Decimal(good * 100) / len(valid))

    print()
    print(f"{'code':<26}{'seed':>10}{'computed':>14}  result")
    for code, seed in SEED.items():
        got = computed.get(code)
        if seed.startswith(">"):
            ok = got is not None and got > Decimal(seed[1:])
        else:
            ok = got is not None and got == Decimal(seed.lstrip("≥"))
        check(ok, f"{code}: seed {seed}, computed {got}")
        shown = "—" if got is None else format(got.normalize() if got == got.to_integral() else got, "f")
        print(f"{code:<26}{seed:>10}{shown:>14}  {'OK' if ok else 'MISMATCH'}")
    print()
    print(f"唐闸公园: {len(days)} 天, 有效 {len(valid)} 天, 无效 {len(invalid)} 天 "
          f"({', '.join(str(d['日期']) for d in invalid)}), 优良 {good} 天, "
          f"优良天数比例 {computed['ENV_GOOD_DAYS_RATE']}%, AQI 列与重算一致: {not mismatched}")
    print(f"60岁以上老人首针接种 {totals['LIV_VACC_FIRST_DOSE']} / 应种 {totals['LIV_VACC_ELIGIBLE']}; "
          f"整改隐患 {totals['SAF_HAZARDS_FIXED']} / 排查 {totals['SAF_HAZARDS_FOUND']}; "
          f"化解积案 {totals['SAF_PETITIONS_RESOLVED']} / 积案 {totals['SAF_PETITIONS_BACKLOG']}")
    for code in ("ECO_WHOLESALE_RETAIL", "ECO_RETAIL_REV"):
        this, prior = street[code]
        print(f"{code}: 本期 {this} 上年同期 {prior} {catalog.items[code]['unit']} -> 同比 {computed[code + '_YOY']}%")
    if problems:
        print(f"\n{len(problems)} 处不符:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\n全部一致 (all figures match the seed)")


if __name__ == "__main__":
    main()
