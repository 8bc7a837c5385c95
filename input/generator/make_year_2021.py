#!/usr/bin/env python3
"""Writes src/test/resources/years/2021/ (a previous year) and years/2023/ (a partial year) for the
multi-year tests, in the same contract layout as input/2022/.

2021: 12 annual community reports (北大街社区 and 永怡社区 did not exist yet; 长岸社区 and 花墙社区
still had their old boundaries, which took in what became 北大街 and 永怡), the sub-district's annual
report and the 唐闸公园 station's 365 days. No 上年同期 values anywhere, so compiling 2022 after 2021
takes the sub-district's 同比 from the 2021 figures in the database (except where 2022's own file
carries a 上年同期). Each 2021 total is chosen by hand below, so that the 2022 同比 can be checked by
hand; it is split over the communities in proportion to their 2022 values (re-derived from
make_sample_2022.py with its own seed), which keeps each community within about ±30% of its 2022 value.

2023: Q1 and Q2 from 横河社区, 新华社区 and 永怡社区 only; nothing from anyone else, no station file.

Also writes EXPECTED.md and expected.csv beside the 2021 files and EXPECTED.md beside the 2023 ones.
verify_year_2021.py re-reads everything on its own and checks those files.

Usage: python3 input/generator/make_year_2021.py     (needs LibreOffice `soffice` and PyYAML)
"""
import datetime
import math
import random
import sys
import tempfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

sys.dont_write_bytecode = True          # no __pycache__ beside the committed scripts
sys.path.insert(0, str(Path(__file__).resolve().parent))
import hj633  # noqa: E402
import make_sample_2022 as s22  # noqa: E402
from fods import Date, Num, Sheet, Text, convert, write_fods  # noqa: E402

ROOT = s22.ROOT
YEARS = ROOT / "src" / "test" / "resources" / "years"
OUT_2021 = YEARS / "2021"
OUT_2023 = YEARS / "2023"
SEED = 20211231

# ---------------------------------------------------------------------------------------------
# The 2021 totals, chosen by hand (2022's in the comment). Amounts in 万元 carry one decimal.
# ---------------------------------------------------------------------------------------------
COMMUNITY_TOTALS_2021 = {
    "ECO_PROJECTS": 12, "ECO_ENTERPRISE_VISITS": 860,                                    # 15, 1000
    "URB_RENOV_ESTATES": 3, "URB_RENOV_BUILDINGS": 42, "URB_RENOV_HOUSEHOLDS": 1580,     # 4, 57, 2174
    "URB_RENOV_DEMOLISH": 310, "URB_RELOC_RESIDENT": 9, "URB_RELOC_NONRESIDENT": 3,      # 435, 13, 5
    "URB_ILLEGAL_DEMOLISHED": 50, "URB_ILLEGAL_AREA": 4120, "URB_BILLBOARDS": 96,        # 41, 3331, 85
    "URB_PATROL_STAFF": 380, "URB_SHOPS_REGULATED": 410, "URB_DEBRIS_CLEARED": 46,       # 400, 450, 50
    "URB_POSTERS_CLEARED": 280, "URB_PARKING_LINES": 850, "URB_ZOMBIE_CARS": 35,         # 300, 1000, 40
    "ENV_RIVER_ISSUES": 36, "ENV_FOUR_CHAOS": 58, "ENV_FOUR_CHAOS_AREA": 7100,           # 42, 52, 6500
    "ENV_REGREEN_AREA": 1900,                                                            # 2300
    "LIV_NEW_JOBS": 2000, "LIV_NEW_JOBS_GRAD": 610, "LIV_PUBLIC_POSTS": 6,               # 2252, 725, 8
    "LIV_RELIEF_FUNDS": Decimal("342.5"), "LIV_ELDERLY_FUNDS": Decimal("318.6"),         # 369, 351
    "LIV_VACC_ELIGIBLE": 6880, "LIV_VACC_FIRST_DOSE": 5848,                              # 7000, 6650: 85% -> 95%
    "SAF_HAZARDS_FOUND": 120, "SAF_HAZARDS_FIXED": 102,                                  # 129, 114: 85% -> 88.37%
    "SAF_GAS_PIPES": 54, "SAF_LPG_CYLINDERS": 45, "SAF_GAS_TO_PIPE": 28,                 # 67, 37, 37
    "SAF_ALCOHOL_FUEL_FIRMS": 40, "SAF_DISPUTES": 92, "SAF_WAGE_SITES": 18,              # 42, 86, 20
    "SAF_MENTAL_VISITS": 226, "GRD_GRIDS_GENERAL": 75, "GRD_GRIDS_SPECIAL": 33,          # 233, 79, 37
}
# code: (本期, 计量单位 as written when it differs from the catalog's). No 上年同期 in 2021.
STREET_VALUES_2021 = {
    "ECO_BUDGET_REV": ("3.21", None),
    "ECO_WHOLESALE_RETAIL": ("113.88", None),     # = 上年同期 in 2022's file
    "ECO_RETAIL_REV": ("1.4703", None),           # = 14703 万元, 上年同期 in 2022's file
    "ECO_IND_FAI": ("1.18", None),
    "ECO_IND_FAI_HITECH": ("0.96", None),
    "ECO_SVC_FAI": ("28.6", None),
    "ECO_SVC_FAI_HITECH": ("1210", None),
    "ECO_PROJECT_SCORE": ("16.2", None),
    "ECO_BUILDING_HEADS": ("12", None),
    "SAF_PETITIONS_BACKLOG": ("44", None),        # 18 / 44 = 40.91%
    "SAF_PETITIONS_RESOLVED": ("18", None),
}
STREET_REMARKS_2021 = {"SAF_PETITIONS_BACKLOG": "年初交办积案", "ECO_BUILDING_HEADS": "党政领导挂钩"}

NAMES_2021 = [n for n in s22.SIZE if n not in ("北大街社区", "永怡社区")]
# Where the 2022 communities lay in 2021: the old 长岸 took in 北大街, the old 花墙 took in 永怡.
OLD_BOUNDARY = {"长岸社区": "北大街社区", "花墙社区": "永怡社区"}
# 2021's renovated estates (the first batch) and the community each lies in.
ESTATES_2021 = {"尖沟头社区": "尖沟头新村", "公园社区": "公园新村", "永泰社区": "永泰新村"}
ONLY_IN_2021 = {c: list(ESTATES_2021) for c in
                ("URB_RENOV_ESTATES", "URB_RENOV_BUILDINGS", "URB_RENOV_HOUSEHOLDS", "URB_RENOV_DEMOLISH")}
ONLY_IN_2021.update({"URB_RELOC_RESIDENT": ["长岸社区", "花墙社区"], "URB_RELOC_NONRESIDENT": ["长岸社区", "花墙社区"]})
# For codes where a community may report 0: chance that a 2022 zero was non-zero in 2021, and back.
APPEAR, VANISH = .25, .10

# The 2023 partial year.
PARTIAL_2023 = ["横河社区", "新华社区", "永怡社区"]
QUARTERS_2023 = [1, 2]

# The growths the two-year test checks (sub-district totals), in this order.
EXPECTED_CODES = ["LIV_NEW_JOBS", "SAF_HAZARDS_FOUND", "SAF_HAZARDS_FIXED", "SAF_HAZARDS_FIX_RATE",
                  "GRD_GRIDS_GENERAL", "URB_ILLEGAL_DEMOLISHED", "ECO_BUDGET_REV", "ENV_GOOD_DAYS_RATE",
                  "ECO_WHOLESALE_RETAIL", "ECO_RETAIL_REV", "SAF_PETITIONS_RATE", "LIV_VACC_RATE"]
RATES = {"SAF_HAZARDS_FIX_RATE": ("SAF_HAZARDS_FIXED", "SAF_HAZARDS_FOUND"),
         "SAF_PETITIONS_RATE": ("SAF_PETITIONS_RESOLVED", "SAF_PETITIONS_BACKLOG"),
         "LIV_VACC_RATE": ("LIV_VACC_FIRST_DOSE", "LIV_VACC_ELIGIBLE"),
         "ENV_GOOD_DAYS_RATE": ("ENV_GOOD_DAYS", "ENV_VALID_DAYS")}
# 2022's street file carries 上年同期 for these (in the catalog's unit), which wins over 2021's figure.
PRIOR_IN_2022_FILE = {"ECO_WHOLESALE_RETAIL": Decimal("113.88"), "ECO_RETAIL_REV": Decimal("1.4703")}


def half_up(x, places=2):
    """四舍五入 (half away from zero) of an exact Fraction or Decimal, as a Decimal with `places` decimals."""
    x = Fraction(x) * 10 ** places
    n = math.floor(abs(x) + Fraction(1, 2))
    return (Decimal(-n if x < 0 else n).scaleb(-places)).quantize(Decimal(1).scaleb(-places))


def as_units(code, value):
    return int(Decimal(value) * (10 if code in s22.TENTHS else 1))


# ---------------------------------------------------------------------------------------------
# 2022 as the sample generator made it, and the 2021 split that follows it
# ---------------------------------------------------------------------------------------------
def values_2022(codes):
    """{code: {community: integer units}}, exactly as make_sample_2022.main() splits its totals
    (its rng's first use). verify_year_2021.py checks this against the 2022 files themselves."""
    names = [c["name"] for c in s22.load_yaml("units.yaml")["communities"]]
    return s22.community_split(random.Random(s22.SEED), codes, names)


def old_boundary_base(v22):
    """A 2022 community value mapped onto the 2021 map: 长岸 and 花墙 take back 北大街 and 永怡."""
    base = {n: v22[n] for n in NAMES_2021}
    for old, carved in OLD_BOUNDARY.items():
        base[old] += v22[carved]
    return base


def split_2021(rng, codes, v22):
    out = {}
    for code in sorted(codes, key=lambda c: c in s22.FOLLOWS):
        total = as_units(code, COMMUNITY_TOTALS_2021[code])
        base = old_boundary_base(v22[code])
        if code in s22.FOLLOWS:
            driver, mean, _, capped = s22.FOLLOWS[code]
            dbase = old_boundary_base(v22[driver])
            active = [n for n in NAMES_2021 if out[driver][n] > 0]
            # This community's own ratio of part to driver in 2022, else the catalog-wide mean.
            weights = [out[driver][n] * (base[n] / dbase[n] if base[n] and dbase[n] else mean)
                       * rng.uniform(.9, 1.1) for n in active]
        elif code in ONLY_IN_2021:
            active = ONLY_IN_2021[code]
            weights = [s22.SIZE[n] * rng.uniform(.8, 1.25) for n in active]
            capped = False
        else:
            mean = sum(base.values()) / len(base)
            active, weights = [], []
            may_be_zero = code in s22.ZERO_SHARE
            for n in NAMES_2021:
                w = base[n]
                if may_be_zero and w == 0 and rng.random() < APPEAR:
                    w = mean * rng.uniform(.3, .7)
                elif may_be_zero and w > 0 and rng.random() < VANISH:
                    w = 0
                if w > 0:
                    active.append(n)
                    weights.append(w * rng.uniform(.85, 1.15))
            capped = False
        minimum = s22.MINIMUM.get(code, 0)
        parts = [p + minimum for p in s22.split(total - minimum * len(active), weights)]
        if capped:
            parts = s22.repair_caps(parts, [out[driver][n] for n in active])
        out[code] = {n: 0 for n in NAMES_2021}
        out[code].update(zip(active, parts))
        assert sum(out[code].values()) == total, code
    out["URB_RENOV_ESTATES"] = {n: (1 if n in ESTATES_2021 else 0) for n in NAMES_2021}
    for n in NAMES_2021:
        for part, whole in (("LIV_NEW_JOBS_GRAD", "LIV_NEW_JOBS"), ("LIV_VACC_FIRST_DOSE", "LIV_VACC_ELIGIBLE"),
                            ("SAF_HAZARDS_FIXED", "SAF_HAZARDS_FOUND")):
            assert out[part][n] <= out[whole][n], (n, part)
    return out


# ---------------------------------------------------------------------------------------------
# The station
# ---------------------------------------------------------------------------------------------
MISSING_PM25_2021 = [datetime.date(2021, 6, 2), datetime.date(2021, 10, 14)]


def station_days(rng, year, missing):
    """As make_sample_2022.station_days, for another year and a little dirtier (2021 was worse)."""
    days = []
    e_pm, e_no2, e_o3 = 0.0, 0.0, 0.0
    start = datetime.date(year, 1, 1)
    n_days = (datetime.date(year + 1, 1, 1) - start).days
    for t in range(n_days):
        d = start + datetime.timedelta(days=t)
        winter = math.cos(2 * math.pi * (t - 12) / 365)
        summer = math.cos(2 * math.pi * (t - 160) / 365)
        e_pm = .72 * e_pm + rng.gauss(0, .30)
        e_no2 = .6 * e_no2 + rng.gauss(0, .18)
        e_o3 = .6 * e_o3 + rng.gauss(0, .16)
        pm25 = max(6, round((30 + 17 * winter) * math.exp(e_pm)))
        pm10 = max(pm25 + 4, round(pm25 * rng.uniform(1.3, 1.75) + rng.uniform(0, 6)))
        no2 = max(8, round((29 + 9 * winter) * math.exp(e_no2)))
        so2 = max(3, round(8 + 2 * winter + rng.gauss(0, 1.2)))
        co = Decimal(max(3, round((7.5 + 2.5 * winter) * math.exp(e_pm * .4)))) / 10
        o3_8h = max(18, round((100 + 60 * summer) * math.exp(e_o3)))
        day = {"SO2": so2, "NO2": no2, "PM10": pm10, "CO": co, "O3_8h": o3_8h, "PM2.5": pm25}
        others = hj633.aqi({**day, "O3": o3_8h})
        o3 = round(o3_8h * rng.uniform(1.1, 1.35))
        while o3 > o3_8h and hj633.iaqi("O3", o3) >= others:
            o3 -= 1
        day["O3"] = o3
        day["date"] = d
        if d in missing:
            day["PM2.5"] = None
        days.append(day)
    return days


def station_sheet(days, year):
    sheet = s22.station_sheet(days)
    sheet.rows[0] = [Text(f"唐闸公园国控站点空气质量日报({year}年)")]
    return sheet


# ---------------------------------------------------------------------------------------------
# Layouts: 2022's clerks, minus the quirks tied to 2022's values
# ---------------------------------------------------------------------------------------------
REPORT_DATES_2021 = {"尖沟头社区": "2022年1月6日", "横河社区": "2022年1月7日", "新园社区": datetime.date(2022, 1, 5),
                     "高店社区": "2022年1月7日", "怡园社区": "2022年1月6日", "花墙社区": "2022年1月10日",
                     "公园社区": "2022年1月8日", "闸东社区": "2022年1月6日", "新华社区": "2022年1月7日",
                     "西洋桥社区": "2022年1月6日", "长岸社区": "2022年1月11日", "永泰社区": "2022年1月7日"}


def layout_2021(name):
    lay = {k: v for k, v in s22.LAYOUT[name].items() if k not in ("approx", "thousands", "remark")}
    lay["file"] = f"{name}2021年报" if name != "高店社区" else "高店社区2021年度报表"
    if name == "横河社区":
        lay["file"] = "横河社区2021年统计报表"
    lay["date"] = REPORT_DATES_2021[name]
    if name in ESTATES_2021:
        lay["remark"] = {"URB_RENOV_ESTATES": ESTATES_2021[name]}
    if name in OLD_BOUNDARY:
        lay["remark"] = {"GRD_GRIDS_GENERAL": "含北大街片区" if name == "长岸社区" else "含永怡片区"}
    return lay


def layout_2023(name, quarter):
    lay = {k: v for k, v in s22.LAYOUT[name].items() if k not in ("approx", "thousands", "remark", "total_row")}
    lay["file"] = f"{name}2023年第{quarter}季度"
    lay["date"] = s22.date_text([datetime.date(2023, 4, 10), datetime.date(2023, 7, 11)][quarter - 1])
    return lay


# ---------------------------------------------------------------------------------------------
# Expected figures
# ---------------------------------------------------------------------------------------------
def fmt(d):
    """A Decimal as plain text without an exponent or trailing zeros."""
    s = format(Decimal(d), "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def growth(value, prior):
    if prior is None or prior <= 0:
        return None
    return half_up(Fraction(value - prior) * 100 / Fraction(prior))


def expected_rows(t21, t22, c21, c22, names_2022, codes_by_unit):
    """[(unit code, code, 2021 text, 2022 text, growth text)]; rates compare in percentage points."""
    rows = []
    for code in EXPECTED_CODES:
        if code in RATES:
            num, den = RATES[code]
            r21 = Fraction(t21[num]) * 100 / Fraction(t21[den])
            r22 = Fraction(t22[num]) * 100 / Fraction(t22[den])
            rows.append(("TANGZHA", code, str(half_up(r21)), str(half_up(r22)), str(half_up(r22 - r21))))
        else:
            prior = PRIOR_IN_2022_FILE.get(code, Decimal(t21[code]))
            g = growth(Fraction(t22[code]), Fraction(prior))
            rows.append(("TANGZHA", code, fmt(t21[code]), fmt(t22[code]), "—" if g is None else str(g)))
    for n in names_2022:
        v21 = c21.get(n)
        v22 = c22[n]
        comparable = n in c21 and n not in OLD_BOUNDARY
        g = growth(Fraction(v22), Fraction(v21)) if comparable else None
        rows.append((codes_by_unit[n], "LIV_NEW_JOBS", "" if v21 is None else fmt(v21), fmt(v22),
                     "—" if g is None else str(g)))
    return rows


def write_expected_2021(rows, t21, good, valid, names_by_code):
    with open(OUT_2021 / "expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("unit,code,total_2021,total_2022,expected_growth\n")
        for r in rows:
            f.write(",".join(r) + "\n")
    notes = {
        "SAF_HAZARDS_FIX_RATE": "增减百分点 (114/129 − 102/120)",
        "ENV_GOOD_DAYS_RATE": f"增减百分点 (302/362 − {good}/{valid})",
        "SAF_PETITIONS_RATE": "增减百分点 (20/40 − 18/44)",
        "LIV_VACC_RATE": "增减百分点 (6650/7000 − 5848/6880)",
        "ECO_WHOLESALE_RETAIL": "2022年报 上年同期 113.88 优先,与2021编制数相同,仍为 14.69",
        "ECO_RETAIL_REV": "2022年报 上年同期 14703 万元 = 1.4703 亿元 优先",
        "GRD_GRIDS_GENERAL": "时点指标,12个社区年末数之和",
    }
    lines = [
        "# 2021 (上一年) — 两年测试的预期结果",
        "",
        "生成: `python3 input/generator/make_year_2021.py`; 核对: `python3 input/generator/verify_year_2021.py`.",
        "本目录的 `expected.csv` 与下面两张表逐行相同(机器可读, UTF-8, `unit,code,total_2021,total_2022,expected_growth`)。",
        "",
        "## 本目录内容",
        "",
        "- 12 个社区年报(报告期 `2021年`),无 上年同期 值。北大街社区、永怡社区 2022 年才设立(units.yaml `from: 2022`),",
        "  2021 年没有报表;长岸社区、花墙社区 按旧区划报送(旧长岸含北大街片区,旧花墙含永怡片区)。",
        "- `唐闸镇街道2021年报.xlsx`:街道指标,无 上年同期。",
        f"- `唐闸公园站空气质量日报2021.xlsx`:365 天;{len(MISSING_PM25_2021)} 天 PM2.5 缺测、AQI 为空"
        f"({'、'.join(str(d) for d in MISSING_PM25_2021)}),有效 {valid} 天,优良 {good} 天。",
        "",
        "## 先编制 2021,再编制 2022(`input/2022/`):2022 年 同比",
        "",
        "同比 = (2022 − 2021) / 2021 × 100,四舍五入到 2 位小数;比率指标为增减百分点"
        "(2022 比率 − 2021 比率,用未舍入的比率相减再舍入);2021 为 0 或没有时为 —。",
        "比率的两列为四舍五入到 2 位的比率值。",
        "",
        "| unit | code | 2021 total | 2022 total | expected 同比 | 说明 |",
        "|---|---|---|---|---|---|",
    ]
    for unit, code, a, b, g in rows:
        if unit != "TANGZHA":
            continue
        lines.append(f"| {unit} | {code} | {a} | {b} | {g} | {notes.get(code, '')} |")
    lines += [
        "",
        "## 社区:LIV_NEW_JOBS 的 2022 年 同比",
        "",
        "- 长岸社区、花墙社区:units.yaml `boundary_changed: [2022]`,2022 年口径不可比,**所有指标均无 同比**(—),",
        "  也不填上年同期。",
        "- 北大街社区、永怡社区:2022 年新设,没有 2021 年数据,**无 同比**(—)。",
        "- 其余 10 个社区有 同比,按各自 2021 编制数计算;2021 为 0 的指标为 —。",
        "",
        "| unit | 社区 | 2021 | 2022 | expected 同比 |",
        "|---|---|---|---|---|",
    ]
    for unit, code, a, b, g in rows:
        if unit == "TANGZHA":
            continue
        lines.append(f"| {unit} | {names_by_code[unit]} | {a or '(未设立)'} | {b} | {g} |")
    lines += ["", "## 2021 年全部合计(编制 2021 时应得)", "", "| code | 2021 total |", "|---|---|"]
    for code, v in t21.items():
        lines.append(f"| {code} | {fmt(v)} |")
    lines.append("")
    (OUT_2021 / "EXPECTED.md").write_text("\n".join(lines), encoding="utf-8")


def write_expected_2023(q23, registry):
    """EXPECTED.md, missing.csv (unit,period: the 催报名单 as period codes) and expected.csv
    (unit,code,total_2023,incomplete: what was sent, flagged incomplete)."""
    jobs = {(n, q): q23[n]["LIV_NEW_JOBS"][q - 1] for n in PARTIAL_2023 for q in QUARTERS_2023}
    total = sum(jobs.values())
    code_of = {c["name"]: c["code"] for c in registry["communities"]}
    others = [c["name"] for c in registry["communities"] if c["name"] not in PARTIAL_2023]
    street = registry["subdistrict"]
    station = registry["stations"][0]
    owed = [(code_of[n], n, [f"2023Q{q}" for q in range(1, 5) if q not in QUARTERS_2023]) for n in PARTIAL_2023]
    owed += [(code_of[n], n, ["2023"]) for n in others]
    owed += [(street["code"], street["name"], ["2023"]), (station["code"], station["name"] + "(站点,无空气质量日报)",
                                                         ["2023"])]
    label = {"2023": "2023年", "2023Q3": "2023年第3季度", "2023Q4": "2023年第4季度"}
    with open(OUT_2023 / "missing.csv", "w", encoding="utf-8", newline="") as f:
        f.write("unit,period\n")
        for code, _, periods in owed:
            for p in periods:
                f.write(f"{code},{p}\n")
    with open(OUT_2023 / "expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("unit,code,total_2023,incomplete\n")
        f.write(f"{street['code']},LIV_NEW_JOBS,{total},true\n")
        for n in PARTIAL_2023:
            f.write(f"{code_of[n]},LIV_NEW_JOBS,{jobs[(n, 1)] + jobs[(n, 2)]},true\n")
    lines = [
        "# 2023 (不完整的一年) — 完整性测试的预期结果",
        "",
        "生成: `python3 input/generator/make_year_2021.py`; 核对: `python3 input/generator/verify_year_2021.py`.",
        "机器可读: `missing.csv` (`unit,period`, 期别代码 2023 / 2023Q3 …) 与 `expected.csv`"
        " (`unit,code,total_2023,incomplete`)。",
        "",
        "## 本目录内容",
        "",
        f"只有 {len(PARTIAL_2023) * len(QUARTERS_2023)} 份季报:{'、'.join(PARTIAL_2023)} 的 2023年第1季度、第2季度。",
        "其他社区、街道都没有报送,没有空气质量日报。",
        "",
        "## 催报名单(编制 2023 时应列出)",
        "",
        "| unit | 单位 | 欠报期别 | period |",
        "|---|---|---|---|",
    ]
    for code, name, periods in owed:
        lines.append(f"| {code} | {name} | {'、'.join(label[p] for p in periods)} | {' '.join(periods)} |")
    lines += [
        "",
        f"共 {len(owed)} 个单位:{len(others)} 个社区全年未报(含 2022 年新设的北大街社区),"
        f"{len(PARTIAL_2023)} 个社区欠第3、4季度,街道欠年报,站点无数据。",
        "",
        "## 合计",
        "",
        f"2023 年 LIV_NEW_JOBS(新增就业人员)街道合计 = 已报送的 6 份季报之和 = **{total}**,"
        "标为数据不完整(绝不当作完整的合计悄悄变小)。三个社区各自的 2023 数也标为不完整(欠第3、4季度)。",
        "",
        "| unit | 社区 | 第1季度 | 第2季度 | 小计 |",
        "|---|---|---|---|---|",
    ]
    for n in PARTIAL_2023:
        a, b = jobs[(n, 1)], jobs[(n, 2)]
        lines.append(f"| {code_of[n]} | {n} | {a} | {b} | {a + b} |")
    lines += [f"| {street['code']} | 合计 | {sum(jobs[(n, 1)] for n in PARTIAL_2023)} "
              f"| {sum(jobs[(n, 2)] for n in PARTIAL_2023)} | {total} |", "",
              "其他社区指标的合计同样是已报送部分之和并标为不完整;时点指标取各社区最新一期(第2季度)。"
              "街道指标(ECO_BUDGET_REV 等)与空气质量指标没有 2023 年数值。",
              ""]
    (OUT_2023 / "EXPECTED.md").write_text("\n".join(lines), encoding="utf-8")
    return total


# ---------------------------------------------------------------------------------------------
def main():
    catalog = s22.load_yaml("catalog.yaml")
    registry = s22.load_yaml("units.yaml")
    groups = catalog["groups"]
    community_inds = [i for i in catalog["indicators"] if i.get("source") == "community"]
    street_inds = [i for i in catalog["indicators"] if i.get("source") == "street"]
    codes = [i["code"] for i in community_inds]
    kinds = {i["code"]: i["kind"] for i in catalog["indicators"]}
    assert set(codes) == set(COMMUNITY_TOTALS_2021)
    assert {i["code"] for i in street_inds} == set(STREET_VALUES_2021)
    names_2022 = [c["name"] for c in registry["communities"]]
    assert set(NAMES_2021) == {c["name"] for c in registry["communities"] if c.get("from", 0) <= 2021}
    codes_by_unit = {c["name"]: c["code"] for c in registry["communities"]}

    rng = random.Random(SEED)
    v22 = values_2022(codes)
    u21 = split_2021(rng, codes, v22)

    for out in (OUT_2021, OUT_2023):
        out.mkdir(parents=True, exist_ok=True)
        for old in out.iterdir():
            if old.suffix in {".xlsx", ".xls"}:
                old.unlink()
    title = "唐闸镇街道统计报表(社区)"
    with tempfile.TemporaryDirectory(prefix="years-") as tmp:
        tmp = Path(tmp)
        jobs = []                                            # (fods, format, outdir)

        def emit(file_name, sheet, outdir, fmt="xlsx"):
            path = tmp / outdir.name / f"{file_name}.fods"
            path.parent.mkdir(exist_ok=True)
            write_fods(path, [sheet])
            jobs.append((path, fmt, outdir))

        # ---- 2021
        for n in NAMES_2021:
            lay = layout_2021(n)
            vals = {c: s22.as_value(c, u21[c][n]) for c in codes}
            emit(lay["file"], s22.report_sheet(title, n, "2021年", lay, community_inds, groups, vals),
                 OUT_2021, lay.get("format", "xlsx"))
        street = registry["subdistrict"]["name"]
        street_layout = {"clerk": "刘文华", "phone": "0513-85510000", "date": "2022年1月7日",
                         "remark": STREET_REMARKS_2021}
        emit(f"{street}2021年报",
             s22.report_sheet("唐闸镇街道统计报表(街道)", street, "2021年", street_layout, street_inds, groups,
                              {c: Decimal(v[0]) for c, v in STREET_VALUES_2021.items()},
                              units={c: v[1] for c, v in STREET_VALUES_2021.items() if v[1]}), OUT_2021)
        days = station_days(rng, 2021, MISSING_PM25_2021)
        emit("唐闸公园站空气质量日报2021", station_sheet(days, 2021), OUT_2021)

        # ---- 2023: a year in progress, estimated from 2022 and cut after Q2
        q23 = {}
        for n in PARTIAL_2023:
            year_units = {c: round(v22[c][n] * rng.uniform(.9, 1.1)) for c in codes}
            for part, whole in (("LIV_NEW_JOBS_GRAD", "LIV_NEW_JOBS"), ("LIV_VACC_FIRST_DOSE", "LIV_VACC_ELIGIBLE"),
                                ("SAF_HAZARDS_FIXED", "SAF_HAZARDS_FOUND")):
                year_units[part] = min(year_units[part], year_units[whole])
            q23[n] = s22.quarterly_split(rng, year_units, kinds)
            for q in QUARTERS_2023:
                lay = layout_2023(n, q)
                vals = {c: s22.as_value(c, q23[n][c][q - 1]) for c in codes}
                emit(lay["file"], s22.report_sheet(title, n, f"2023年第{q}季度", lay, community_inds, groups, vals),
                     OUT_2023, lay.get("format", "xlsx"))

        for fmt_ in ("xlsx", "xls"):
            for outdir in (OUT_2021, OUT_2023):
                s22_files = [p for p, f, o in jobs if f == fmt_ and o == outdir]
                convert(s22_files, fmt_, outdir)

    # ---- expected figures
    t21 = {c: (s22.as_value(c, sum(u21[c].values()))) for c in codes}
    t21.update({c: Decimal(v[0]) for c, v in STREET_VALUES_2021.items()})
    valid = [d for d in days if d["PM2.5"] is not None]
    good = sum(1 for d in valid if hj633.aqi(d) <= 100)
    t21["ENV_GOOD_DAYS"], t21["ENV_VALID_DAYS"] = good, len(valid)
    t22 = {c: s22.as_value(c, s22.COMMUNITY_TOTALS[c] * (10 if c in s22.TENTHS else 1)) for c in codes}
    t22.update({c: Decimal(v[0]) * (Decimal("0.0001") if v[2] == "万元" else 1) for c, v in s22.STREET_VALUES.items()})
    t22["ENV_GOOD_DAYS"], t22["ENV_VALID_DAYS"] = 302, 362         # the 2022 sample's station (see its README)
    c21 = {n: u21["LIV_NEW_JOBS"][n] for n in NAMES_2021}
    c22 = {n: v22["LIV_NEW_JOBS"][n] for n in names_2022}
    rows = expected_rows(t21, t22, c21, c22, names_2022, codes_by_unit)
    write_expected_2021(rows, {k: v for k, v in t21.items() if k not in ("ENV_GOOD_DAYS", "ENV_VALID_DAYS")},
                        good, len(valid), {v: k for k, v in codes_by_unit.items()})
    jobs_2023 = write_expected_2023(q23, registry)

    rate = half_up(Fraction(good * 100, len(valid)))
    print(f"2021: {len(NAMES_2021)} community reports, street: 1, station: 1 -> {OUT_2021}")
    print(f"唐闸公园 2021 good days {good} / valid days {len(valid)} = {rate}%")
    print(f"2023: {len(PARTIAL_2023) * len(QUARTERS_2023)} quarterly reports -> {OUT_2023}; LIV_NEW_JOBS {jobs_2023}")
    for r in rows:
        print("  " + ",".join(r))


if __name__ == "__main__":
    main()
