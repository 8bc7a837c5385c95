#!/usr/bin/env python3
"""Re-reads src/test/resources/years/2021/ and years/2023/ and checks their EXPECTED.md and CSV files.

2021: recomputes every 2021 total from the workbooks, then the 2022 同比 of the sub-district's totals
against the 2022 sample (input/2022/, read back as well) and of each community's LIV_NEW_JOBS, and
compares with expected.csv and EXPECTED.md. 2023: recomputes the 催报名单 and the LIV_NEW_JOBS sums and
compares with missing.csv, expected.csv and EXPECTED.md.

The workbook reading and the AQI come from verify_sample_2022.py (standard library: zip + XML, the
.xls through `soffice --convert-to csv`); nothing is imported from the generators, so a generator
mistake is not repeated here. Exits 1 on any mismatch.

Usage: python3 input/generator/verify_year_2021.py
"""
import csv
import datetime
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
import verify_sample_2022 as v  # noqa: E402  (the reader; it imports nothing from the generators)

ROOT = v.ROOT
YEARS = ROOT / "src" / "test" / "resources" / "years"
check = v.check

# The codes whose 2022 同比 the two-year test checks, and the rates among them (compared in points).
TOTAL_CODES = ["LIV_NEW_JOBS", "SAF_HAZARDS_FOUND", "SAF_HAZARDS_FIXED", "SAF_HAZARDS_FIX_RATE",
               "GRD_GRIDS_GENERAL", "URB_ILLEGAL_DEMOLISHED", "ECO_BUDGET_REV", "ENV_GOOD_DAYS_RATE",
               "ECO_WHOLESALE_RETAIL", "ECO_RETAIL_REV", "SAF_PETITIONS_RATE", "LIV_VACC_RATE"]


def exact_half_up(x):
    """四舍五入 to 2 decimals of an exact Fraction (Decimal division would round first)."""
    x = Fraction(x)
    q = (abs(x) * 100 + Fraction(1, 2)).__floor__()
    return Decimal(-q if x < 0 else q).scaleb(-2).quantize(Decimal("0.01"))


def text(d):
    s = format(Decimal(d), "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


class Registry:
    def __init__(self):
        import yaml
        with open(ROOT / "config" / "units.yaml", encoding="utf-8") as f:
            reg = yaml.safe_load(f)
        self.street = reg["subdistrict"]
        self.communities = reg["communities"]
        self.stations = reg["stations"]
        self.by_name = {}
        for u in [self.street] + self.communities + self.stations:
            for n in [u["name"]] + list(u.get("aliases", [])):
                self.by_name[v.normalize(n)] = u["name"]
        self.code = {u["name"]: u["code"] for u in [self.street] + self.communities + self.stations}

    def communities_in(self, year):
        return [c["name"] for c in self.communities if c.get("from", 0) <= year <= c.get("to", 9999)]

    def comparable(self, name, year):
        c = next(c for c in self.communities if c["name"] == name)
        return year not in c.get("boundary_changed", []) and c.get("from", 0) < year


def read_year(folder, year, catalog, reg):
    """{(unit, quarter|None): {code: (value, prior)}} and the station's days (or None)."""
    files = sorted(p for p in folder.iterdir() if p.suffix in (".xlsx", ".xls"))
    station = [p for p in files if "空气质量" in p.name]
    reports = {}
    print(f"读取 {len(files)} 个工作簿: {folder.relative_to(ROOT)}")
    for p in files:
        if p in station:
            continue
        unit, (y, quarter), rows, notes = v.read_report(p, catalog, reg.by_name)
        check(y == year, f"{p.name}: 报告期年份 {y}, 应为 {year}")
        check((unit, quarter) not in reports, f"{p.name}: {unit} {quarter} 重复报送")
        reports[(unit, quarter)] = rows
        print(f"  {p.name:<24} {unit:<7} {'年报' if quarter is None else f'第{quarter}季度':<5} {len(rows):>2} 项"
              f"  {'; '.join(notes)}")
        source = "street" if unit == reg.street["name"] else "community"
        expected = {c for c, i in catalog.items.items() if i.get("source") == source}
        check(set(rows) == expected, f"{p.name}: 指标 {sorted(set(rows) ^ expected)} 缺失或多余")
        for part, whole in v.NOT_ABOVE:
            if part in rows:
                check(rows[part][0] <= rows[whole][0], f"{p.name}: {part} {rows[part][0]} > {whole} {rows[whole][0]}")
    days = None
    if station:
        check(len(station) == 1, f"{folder.name}: 空气质量日报不止一个")
        meta, days = v.read_station(station[0])
        check(reg.by_name.get(v.normalize(meta.get("站点", ""))) == "唐闸公园", f"站点 {meta.get('站点')!r}")
    return reports, days


def unit_values(reports, kinds):
    """{unit: {code: Decimal}}: the annual report, else flows summed over quarters, stocks at the latest."""
    out = {}
    for unit in {u for u, _ in reports}:
        periods = sorted((q for u, q in reports if u == unit), key=lambda q: q or 0)
        vals = {}
        if None in periods:
            vals = {c: val for c, (val, _) in reports[(unit, None)].items() if val is not None}
        else:
            for q in periods:
                for c, (val, _) in reports[(unit, q)].items():
                    if val is None:
                        continue
                    vals[c] = val if kinds[c] == "stock" else vals.get(c, Decimal(0)) + val
        out[unit] = vals
    return out


def totals(values, communities, street_name):
    t = {}
    for n in communities:
        for c, val in values.get(n, {}).items():
            t[c] = t.get(c, Decimal(0)) + val
    t.update(values.get(street_name, {}))
    return t


def station_counts(days, year):
    pollutants = ["SO2", "NO2", "PM10", "CO", "O3_8h", "PM2.5"]
    check(len(days) == (datetime.date(year + 1, 1, 1) - datetime.date(year, 1, 1)).days,
          f"日报应为 {year} 年全部日期")
    check(all(isinstance(d["日期"], datetime.date) and d["日期"].year == year for d in days), f"日期应在 {year} 年")
    valid = [d for d in days if all(isinstance(d.get(p), Decimal) for p in pollutants)]
    mismatched = [d["日期"] for d in valid if d["AQI"] != v.day_aqi(d)]
    check(not mismatched, f"{year} AQI 列与 HJ 633-2012 重算不符: {mismatched[:5]}")
    check(all(d.get("AQI") is None for d in days if d not in valid), f"{year} 无效日不应有 AQI")
    good = sum(1 for d in valid if v.day_aqi(d) <= 100)
    return good, len(valid), [d["日期"] for d in days if d not in valid]


RATES = {"SAF_HAZARDS_FIX_RATE": ("SAF_HAZARDS_FIXED", "SAF_HAZARDS_FOUND"),
         "SAF_PETITIONS_RATE": ("SAF_PETITIONS_RESOLVED", "SAF_PETITIONS_BACKLOG"),
         "LIV_VACC_RATE": ("LIV_VACC_FIRST_DOSE", "LIV_VACC_ELIGIBLE"),
         "ENV_GOOD_DAYS_RATE": ("ENV_GOOD_DAYS", "ENV_VALID_DAYS")}


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def md_rows(path, first_cells):
    """Table rows of EXPECTED.md whose first cell is one of first_cells, as lists of stripped cells."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if cells[0] in first_cells:
                out.append(cells)
    return out


# ------------------------------------------------------------------------------ 2021 + 2022
def verify_2021(catalog, reg, kinds):
    folder = YEARS / "2021"
    r21, days21 = read_year(folder, 2021, catalog, reg)
    r22, days22 = read_year(ROOT / "input" / "2022", 2022, catalog, reg)
    street = reg.street["name"]
    c21, c22 = reg.communities_in(2021), reg.communities_in(2022)

    check(sorted(u for u, q in r21) == sorted(c21 + [street]), f"2021 报送单位 {sorted(u for u, _ in r21)}")
    check(all(q is None for _, q in r21), "2021 应全部为年报")
    check("北大街社区" not in c21 and "永怡社区" not in c21, "北大街、永怡 2021 年不应存在")
    priors = [(u, c) for (u, _), rows in r21.items() for c, (_, p) in rows.items() if p is not None]
    check(not priors, f"2021 不应有 上年同期: {priors[:5]}")

    v21, v22 = unit_values(r21, kinds), unit_values(r22, kinds)
    t21, t22 = totals(v21, c21, street), totals(v22, c22, street)
    g21, n21, invalid21 = station_counts(days21, 2021)
    g22, n22, _ = station_counts(days22, 2022)
    t21["ENV_GOOD_DAYS"], t21["ENV_VALID_DAYS"] = g21, n21
    t22["ENV_GOOD_DAYS"], t22["ENV_VALID_DAYS"] = g22, n22
    check(Decimal(78) <= Decimal(g21 * 100) / n21 <= Decimal(83), f"2021 优良率 {g21}/{n21} 不在 80% 左右")
    # 2022's own 上年同期 (the street file's) wins over the 2021 figure.
    prior_2022 = {c: p for c, (_, p) in r22[(street, None)].items() if p is not None}

    rows = []
    for code in TOTAL_CODES:
        if code in RATES:
            num, den = RATES[code]
            a = Fraction(t21[num]) * 100 / Fraction(t21[den])
            b = Fraction(t22[num]) * 100 / Fraction(t22[den])
            # A test may compare rounded or unrounded rates: both must give the same points.
            check(exact_half_up(b - a) == exact_half_up(Fraction(exact_half_up(b)) - Fraction(exact_half_up(a))),
                  f"{code}: 先舍入与后舍入的百分点不同")
            rows.append(["TANGZHA", code, str(exact_half_up(a)), str(exact_half_up(b)), str(exact_half_up(b - a))])
        else:
            prior = prior_2022.get(code, t21[code])
            if code in prior_2022:
                check(prior_2022[code] == t21[code], f"{code}: 2022 上年同期 {prior_2022[code]} ≠ 2021 编制数 {t21[code]}")
            g = exact_half_up((Fraction(t22[code]) - Fraction(prior)) * 100 / Fraction(prior)) if prior > 0 else "—"
            rows.append(["TANGZHA", code, text(t21[code]), text(t22[code]), str(g)])
    for n in c22:
        a = v21.get(n, {}).get("LIV_NEW_JOBS")
        b = v22[n]["LIV_NEW_JOBS"]
        g = "—"
        if a is not None and a > 0 and reg.comparable(n, 2022):
            g = str(exact_half_up((Fraction(b) - Fraction(a)) * 100 / Fraction(a)))
        rows.append([reg.code[n], "LIV_NEW_JOBS", "" if a is None else text(a), text(b), g])

    got = read_csv(folder / "expected.csv")
    check(got[0] == ["unit", "code", "total_2021", "total_2022", "expected_growth"], f"expected.csv 表头 {got[0]}")
    check(got[1:] == rows, "expected.csv 与重算不符:\n    " + "\n    ".join(
        f"{a} | {b}" for a, b in zip(got[1:], rows) if a != b))
    md = md_rows(folder / "EXPECTED.md", {r[0] for r in rows})
    md_main = [c[:5] for c in md if c[0] == "TANGZHA"]
    md_comm = [[c[0], "LIV_NEW_JOBS", "" if c[2] == "(未设立)" else c[2], c[3], c[4]] for c in md if c[0] != "TANGZHA"]
    check(md_main + md_comm == rows, "EXPECTED.md 表格与重算不符")
    md_totals = {c[0]: c[1] for c in md_rows(folder / "EXPECTED.md", set(catalog.items)) if len(c) == 2}
    for code, val in t21.items():
        if code in catalog.items and catalog.items[code]["kind"] in ("flow", "stock"):
            check(md_totals.get(code) == text(val), f"EXPECTED.md 2021 合计 {code}: {md_totals.get(code)} ≠ {val}")

    # Plausibility: the 10 communities that kept their boundaries, against their own 2022 values.
    same = [n for n in c21 if reg.comparable(n, 2022)]
    pairs = [(v21[n][c], v22[n][c]) for n in same for c in v21[n] if catalog.items[c]["source"] == "community"]
    both = [(a, b) for a, b in pairs if a > 0 and b > 0]
    within = sum(1 for a, b in both if abs(a - b) <= Decimal("0.3") * b)
    zeros = sum(1 for a, _ in pairs if a == 0)
    check(within >= Decimal("0.8") * len(both), f"只有 {within}/{len(both)} 在 2022 的 ±30% 以内")

    print()
    print(f"{'unit':<11}{'code':<24}{'2021':>10}{'2022':>10}{'同比':>9}  expected.csv")
    for r, g in zip(rows, got[1:] + [None] * len(rows)):
        print(f"{r[0]:<11}{r[1]:<24}{r[2]:>10}{r[3]:>10}{r[4]:>9}  {'OK' if g == r else 'MISMATCH'}")
    print()
    print(f"唐闸公园 2021: {len(days21)} 天, 有效 {n21} 天, 无效 {', '.join(map(str, invalid21))}, 优良 {g21} 天 "
          f"({exact_half_up(Fraction(g21 * 100, n21))}%), AQI 列与重算一致")
    print(f"不变区划的 10 个社区: {within}/{len(both)} 个非零社区值在 2022 的 ±30% 以内; 2021 为 0 的 {zeros} 个")


# ------------------------------------------------------------------------------ 2023
def verify_2023(catalog, reg, kinds):
    folder = YEARS / "2023"
    r23, days = read_year(folder, 2023, catalog, reg)
    check(days is None, "2023 不应有空气质量日报")
    check(sorted(r23) == sorted((n, q) for n in ("横河社区", "新华社区", "永怡社区") for q in (1, 2)),
          f"2023 报表 {sorted(r23)}")
    # 催报名单, recomputed: who owes which periods (quarters for a quarterly reporter, else the year).
    owed = []
    for n in reg.communities_in(2023):
        quarters = {q for u, q in r23 if u == n}
        missing = [f"2023Q{q}" for q in range(1, 5) if q not in quarters] if quarters else ["2023"]
        owed += [[reg.code[n], p] for p in missing]
    owed += [[reg.street["code"], "2023"]] + [[s["code"], "2023"] for s in reg.stations]
    got = read_csv(folder / "missing.csv")
    check(got[0] == ["unit", "period"] and sorted(got[1:]) == sorted(owed), "missing.csv 与重算不符")
    values = unit_values(r23, kinds)
    sums = {n: values[n]["LIV_NEW_JOBS"] for n in reg.communities_in(2023) if n in values}
    total = sum(sums.values())
    expected = [["TANGZHA", "LIV_NEW_JOBS", text(total), "true"]] + [
        [reg.code[n], "LIV_NEW_JOBS", text(sums[n]), "true"] for n in reg.communities_in(2023) if n in sums]
    got = read_csv(folder / "expected.csv")
    check(got[0] == ["unit", "code", "total_2023", "incomplete"] and got[1:] == expected, "2023 expected.csv 与重算不符")
    md = (folder / "EXPECTED.md").read_text(encoding="utf-8")
    check(f"**{text(total)}**" in md, "2023 EXPECTED.md 合计不符")
    md_owed = [[c[0], p] for c in md_rows(folder / "EXPECTED.md", {u for u, _ in owed}) if len(c) == 4
               for p in c[3].split()]
    check(sorted(md_owed) == sorted(owed), "2023 EXPECTED.md 催报名单不符")
    print()
    print(f"2023: 催报 {len({u for u, _ in owed})} 个单位 ({len(owed)} 期); LIV_NEW_JOBS 已报合计 {total} "
          f"({', '.join(f'{n} {sums[n]}' for n in sums)}), 不完整")


def main():
    catalog = v.Catalog()
    reg = Registry()
    kinds = {c: i["kind"] for c, i in catalog.items.items()}
    verify_2021(catalog, reg, kinds)
    verify_2023(catalog, reg, kinds)
    if v.problems:
        print(f"\n{len(v.problems)} 处不符:")
        for p in v.problems:
            print("  " + p)
        sys.exit(1)
    print("\n全部一致 (2021 totals, 2022 同比 and 2023 completeness match EXPECTED.md and the CSV files)")


if __name__ == "__main__":
    main()
