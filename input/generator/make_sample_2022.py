#!/usr/bin/env python3
"""Writes input/2022/: the workbooks the statistics office would receive for 2022.

20 community reports (12 annual, 2 new communities x 4 quarters), 1 sub-district report and the
唐闸公园 station's daily air data. Compiled, they reproduce every figure of the 2022 work summary
(/work/shared/seed/seed-figures.md). Each figure is split unevenly over the communities with a
fixed random seed, so the files are the same on every run.

Usage: python3 input/generator/make_sample_2022.py     (needs LibreOffice `soffice` and PyYAML)
"""
import datetime
import math
import os
import random
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

import yaml

sys.dont_write_bytecode = True          # no __pycache__ beside the committed scripts
sys.path.insert(0, str(Path(__file__).resolve().parent))
import hj633  # noqa: E402
from fods import Date, Formula, Num, Sheet, Text, convert, write_fods  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "input" / "2022"
YEAR = 2022
SEED = 20221231

# ---------------------------------------------------------------------------------------------
# The seed figures (seed-figures.md). For "≥" figures (余/多) the total is exactly the number.
# ---------------------------------------------------------------------------------------------
COMMUNITY_TOTALS = {
    "ECO_PROJECTS": 15, "ECO_ENTERPRISE_VISITS": 1000,
    "URB_RENOV_ESTATES": 4, "URB_RENOV_BUILDINGS": 57, "URB_RENOV_HOUSEHOLDS": 2174, "URB_RENOV_DEMOLISH": 435,
    "URB_RELOC_RESIDENT": 13, "URB_RELOC_NONRESIDENT": 5,
    "URB_ILLEGAL_DEMOLISHED": 41, "URB_ILLEGAL_AREA": 3331, "URB_BILLBOARDS": 85,
    "URB_PATROL_STAFF": 400, "URB_SHOPS_REGULATED": 450, "URB_DEBRIS_CLEARED": 50, "URB_POSTERS_CLEARED": 300,
    "URB_PARKING_LINES": 1000, "URB_ZOMBIE_CARS": 40,
    "ENV_RIVER_ISSUES": 42, "ENV_FOUR_CHAOS": 52, "ENV_FOUR_CHAOS_AREA": 6500, "ENV_REGREEN_AREA": 2300,
    "LIV_NEW_JOBS": 2252, "LIV_NEW_JOBS_GRAD": 725, "LIV_PUBLIC_POSTS": 8,
    "LIV_RELIEF_FUNDS": 369, "LIV_ELDERLY_FUNDS": 351,
    "LIV_VACC_ELIGIBLE": 7000, "LIV_VACC_FIRST_DOSE": 6650,          # 6650 / 7000 = 95%
    "SAF_HAZARDS_FOUND": 129, "SAF_HAZARDS_FIXED": 114,
    "SAF_GAS_PIPES": 67, "SAF_LPG_CYLINDERS": 37, "SAF_GAS_TO_PIPE": 37, "SAF_ALCOHOL_FUEL_FIRMS": 42,
    "SAF_DISPUTES": 86, "SAF_WAGE_SITES": 20, "SAF_MENTAL_VISITS": 233,
    "GRD_GRIDS_GENERAL": 79, "GRD_GRIDS_SPECIAL": 37,
}
# code: (本期, 上年同期 or None, 计量单位 as written when it differs from the catalog's)
STREET_VALUES = {
    "ECO_BUDGET_REV": ("3.4", None, None),
    "ECO_WHOLESALE_RETAIL": ("130.61", "113.88", None),     # growth 14.69%
    "ECO_RETAIL_REV": ("15800", "14703", "万元"),           # 1.58 亿元, growth 7.46%
    "ECO_IND_FAI": ("1.42", None, None),
    "ECO_IND_FAI_HITECH": ("1.42", None, None),
    "ECO_SVC_FAI": ("31.49", None, None),
    "ECO_SVC_FAI_HITECH": ("1367", None, None),
    "ECO_PROJECT_SCORE": ("18.5", None, None),
    "ECO_BUILDING_HEADS": ("15", None, None),
    "SAF_PETITIONS_BACKLOG": ("40", None, None),            # 20 / 40 = 50%
    "SAF_PETITIONS_RESOLVED": ("20", None, None),
}
STREET_REMARKS = {"ECO_RETAIL_REV": "区统计局反馈,按可比口径", "ECO_WHOLESALE_RETAIL": "区统计局反馈,按可比口径",
                  "SAF_PETITIONS_BACKLOG": "年初交办积案", "ECO_BUILDING_HEADS": "党政领导挂钩"}

# Amounts in 万元 carry one decimal; everything else is a whole count.
TENTHS = {"LIV_RELIEF_FUNDS", "LIV_ELDERLY_FUNDS"}

# Relative size of each community (households), which drives how a total is shared.
SIZE = {"尖沟头社区": 1.0, "横河社区": 1.2, "新园社区": 0.9, "高店社区": 0.8, "怡园社区": 1.3, "花墙社区": 0.7,
        "公园社区": 1.0, "闸东社区": 1.1, "新华社区": 1.4, "西洋桥社区": 0.9, "长岸社区": 0.8, "永泰社区": 1.0,
        "北大街社区": 0.6, "永怡社区": 0.7}
QUARTERLY = ["北大街社区", "永怡社区"]          # new in 2022: four quarterly reports each
# The four renovated estates and the community each lies in.
ESTATES = {"怡园社区": "怡园新村", "闸东社区": "西工房", "新华社区": "新华二村", "高店社区": "新华三村"}
ONLY_IN = {
    "URB_RENOV_ESTATES": list(ESTATES), "URB_RENOV_BUILDINGS": list(ESTATES),
    "URB_RENOV_HOUSEHOLDS": list(ESTATES), "URB_RENOV_DEMOLISH": list(ESTATES),
    "URB_RELOC_RESIDENT": ["长岸社区", "花墙社区", "北大街社区"],
    "URB_RELOC_NONRESIDENT": ["长岸社区", "永怡社区"],
}
# Share of communities that report 0 (nothing of that kind happened there).
ZERO_SHARE = {"ECO_PROJECTS": .35, "ECO_ENTERPRISE_VISITS": .15, "URB_ILLEGAL_DEMOLISHED": .2, "URB_BILLBOARDS": .2,
              "URB_DEBRIS_CLEARED": .3, "URB_PARKING_LINES": .3, "URB_ZOMBIE_CARS": .3, "ENV_RIVER_ISSUES": .3,
              "ENV_FOUR_CHAOS": .3, "ENV_REGREEN_AREA": .4, "LIV_PUBLIC_POSTS": .5, "SAF_GAS_PIPES": .3,
              "SAF_LPG_CYLINDERS": .4, "SAF_GAS_TO_PIPE": .4, "SAF_ALCOHOL_FUEL_FIRMS": .2, "SAF_WAGE_SITES": .4,
              "GRD_GRIDS_SPECIAL": .15}
# Parts that follow another indicator: (driver, mean ratio, spread, capped by the driver?)
FOLLOWS = {
    "URB_RENOV_HOUSEHOLDS": ("URB_RENOV_BUILDINGS", 38, 8, False),
    "URB_ILLEGAL_AREA": ("URB_ILLEGAL_DEMOLISHED", 80, 30, False),
    "ENV_FOUR_CHAOS_AREA": ("ENV_FOUR_CHAOS", 125, 40, False),
    "LIV_NEW_JOBS_GRAD": ("LIV_NEW_JOBS", .32, .08, True),
    "LIV_VACC_FIRST_DOSE": ("LIV_VACC_ELIGIBLE", .95, .02, True),
    "SAF_HAZARDS_FIXED": ("SAF_HAZARDS_FOUND", .88, .08, True),
}
MINIMUM = {"GRD_GRIDS_GENERAL": 3, "SAF_MENTAL_VISITS": 8, "LIV_VACC_ELIGIBLE": 250}
# Values a clerk wrote in a peculiar way; they are fixed so that the quirk has something to show.
FIXED = {("公园社区", "URB_PATROL_STAFF"): 30,        # written as text "30余"
         ("长岸社区", "URB_ILLEGAL_AREA"): 1286}       # written as text "1,286"


def load_yaml(name):
    with open(ROOT / "config" / name, encoding="utf-8") as f:
        return yaml.safe_load(f)


# ---------------------------------------------------------------------------------------------
# Splitting a total
# ---------------------------------------------------------------------------------------------
def split(total, weights):
    """Largest-remainder split of an integer total in proportion to weights (exact sum)."""
    s = sum(weights)
    raw = [total * w / s if s else 0 for w in weights]
    base = [math.floor(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[: total - sum(base)]:
        base[i] += 1
    return base


def repair_caps(values, caps):
    """Moves any excess over a cap to the items with the most room, keeping the total."""
    values = list(values)
    for i in range(len(values)):
        while values[i] > caps[i]:
            j = max(range(len(values)), key=lambda k: (caps[k] - values[k], -k))
            if caps[j] - values[j] <= 0:
                raise ValueError("no room left under the caps")
            move = min(values[i] - caps[i], caps[j] - values[j])
            values[i] -= move
            values[j] += move
    return values


def share(rng, code, total, names, drivers):
    """Splits one indicator's total (in integer units) over the communities `names`."""
    fixed = {n: FIXED[(n, code)] for n in names if (n, code) in FIXED}
    if code in FOLLOWS:
        driver, mean, spread, capped = FOLLOWS[code]
        base = drivers[driver]
        active = [n for n in names if base[n] > 0 and n not in fixed]
        weights = [base[n] * max(0.01, rng.gauss(mean, spread)) for n in active]
    else:
        pool = ONLY_IN.get(code, names)
        active = [n for n in pool if n not in fixed and rng.random() >= ZERO_SHARE.get(code, 0)]
        if len(active) < 2:
            active = [n for n in pool if n not in fixed]
        weights = [SIZE[n] * rng.lognormvariate(0, .45) for n in active]
        capped = False
    rest = total - sum(fixed.values())
    minimum = MINIMUM.get(code, 0)
    parts = split(rest - minimum * len(active), weights)
    parts = [p + minimum for p in parts]
    if capped:
        parts = repair_caps(parts, [drivers[driver][n] for n in active])
    out = {n: 0 for n in names}
    out.update(fixed)
    out.update(zip(active, parts))
    return out


def community_split(rng, codes, names):
    """{code: {community: integer units}}; drivers are split before the parts that follow them."""
    drivers = {}
    for code in sorted(codes, key=lambda c: c in FOLLOWS):
        units = COMMUNITY_TOTALS[code] * (10 if code in TENTHS else 1)
        drivers[code] = share(rng, code, units, names, drivers)
    # The renovated estates are one per community: the estate count is not a random split.
    drivers["URB_RENOV_ESTATES"] = {n: (1 if n in ESTATES else 0) for n in names}
    for n in ESTATES:
        assert drivers["URB_RENOV_BUILDINGS"][n] > 0 and drivers["URB_RENOV_HOUSEHOLDS"][n] > 0
    assert drivers["URB_ILLEGAL_DEMOLISHED"]["长岸社区"] > 0, "长岸 reports an area, so also some demolitions"
    return drivers


def quarterly_split(rng, year_units, kinds):
    """A quarterly community's year -> four quarters. Flows: the quarters sum to the year.
    Stocks: the state at each quarter's end; Q4 is the year's value."""
    q = {}
    for code in sorted(year_units, key=lambda c: c in FOLLOWS):
        v = year_units[code]
        if kinds[code] == "stock":
            continue
        if code in FOLLOWS:                    # only in quarters where the driver happened
            driver, _, _, capped = FOLLOWS[code]
            parts = split(v, [x * rng.uniform(.7, 1.3) for x in q[driver]])
            q[code] = repair_caps(parts, q[driver]) if capped else parts
        else:
            q[code] = split(v, [rng.uniform(.4, 1.6) for _ in range(4)])
    for code, v in year_units.items():
        if kinds[code] != "stock":
            continue
        if code == "LIV_VACC_ELIGIBLE":       # people turning 60 during the year
            q[code] = [v - 9, v - 6, v - 2, v]
        elif code == "LIV_VACC_FIRST_DOSE":   # the campaign goes on through the year
            q[code] = [v - 60, v - 25, v - 8, v]
        elif code == "GRD_GRIDS_GENERAL":     # grids redrawn after the new community was set up
            q[code] = [v - 1, v, v, v]
        elif code == "SAF_MENTAL_VISITS":
            q[code] = [v + 1, v, v - 1, v]
        else:
            q[code] = [v] * 4
    for i in range(4):
        assert q["LIV_VACC_FIRST_DOSE"][i] <= q["LIV_VACC_ELIGIBLE"][i]
        assert q["SAF_HAZARDS_FIXED"][i] <= q["SAF_HAZARDS_FOUND"][i]
        assert q["LIV_NEW_JOBS_GRAD"][i] <= q["LIV_NEW_JOBS"][i]
    return q


def as_value(code, units):
    return Decimal(units) / 10 if code in TENTHS else Decimal(units)


# ---------------------------------------------------------------------------------------------
# Report workbooks
# ---------------------------------------------------------------------------------------------
SECTION_NUMBERS = "一二三四五六七八九十"

# How each clerk lays out the file: only what differs from the template.
LAYOUT = {
    "尖沟头社区": {"file": "尖沟头社区2022年报", "clerk": "张三", "phone": "0513-85512301", "date": "2023年1月5日",
                "qizhong": True},
    "横河社区": {"file": "横河社区2022年统计报表", "clerk": "李晓燕", "phone": "0513-85512302",
               "date": "2023年1月6日", "unit_in_label": True},
    "新园社区": {"file": "新园社区2022年报", "clerk": "王建国", "phone": "0513-85512303",
               "date": datetime.date(2023, 1, 4)},
    "高店社区": {"file": "高店社区2022年度报表", "clerk": "陈静", "phone": "0513-85512304", "date": "2023年1月6日",
               "columns": ["序号", "指标名称", "计量单位", "本期", "指标代码", "备注", "上年同期"]},
    "怡园社区": {"file": "怡园社区2022年报", "clerk": "周丽", "phone": "0513-85512305", "date": "2023年1月5日",
               "qizhong": True},
    "花墙社区": {"file": "花墙社区2022年报", "clerk": "吴海峰", "phone": "0513-85512306", "date": "2023年1月7日",
               "remark": {"LIV_VACC_ELIGIBLE": "区划调整后口径"}},
    "公园社区": {"file": "公园社区2022年报(修改)", "clerk": "孙红梅", "phone": "0513-85512307",
               "date": "2023年1月8日", "approx": {"URB_PATROL_STAFF": "30余"}},
    "闸东社区": {"file": "闸东社区2022年报", "clerk": "徐志刚", "phone": "0513-85512308", "date": "2023年1月5日",
               "total_row": True},
    "新华社区": {"file": "新华社区2022年报", "clerk": "朱晓明", "phone": "0513-85512309", "date": "2023年1月6日",
               "qizhong": True},
    "西洋桥社区": {"file": "西洋桥社区2022年报", "clerk": "胡敏", "phone": "0513-85512310", "date": "2023年1月5日"},
    "长岸社区": {"file": "长岸社区2022年报", "clerk": "郭勇", "phone": "0513-85512311", "date": "2023年1月9日",
               "thousands": {"URB_ILLEGAL_AREA"}, "remark": {"LIV_VACC_ELIGIBLE": "区划调整后口径"}},
    "永泰社区": {"file": "永泰社区2022年报", "clerk": "何芳", "phone": "0513-85512312", "date": "2023年1月6日",
               "format": "xls"},
    "北大街社区": {"file": "北大街社区{year}年第{q}季度", "clerk": "马丽娟", "phone": "0513-85512313",
                "qizhong": True, "remark": {"GRD_GRIDS_GENERAL": "2022年新设社区"}},
    "永怡社区": {"file": "永怡社区{year}年第{q}季度", "clerk": "林涛", "phone": "0513-85512314",
               "remark": {"GRD_GRIDS_GENERAL": "2022年新设社区"}},
}
for community, estate in ESTATES.items():
    LAYOUT[community].setdefault("remark", {})["URB_RENOV_ESTATES"] = estate
QUARTER_REPORT_DATES = [datetime.date(2022, 4, 8), datetime.date(2022, 7, 7), datetime.date(2022, 10, 10),
                        datetime.date(2023, 1, 6)]
DEFAULT_COLUMNS = ["指标代码", "指标名称", "计量单位", "本期", "上年同期", "备注"]


def date_text(d):
    return f"{d.year}年{d.month}月{d.day}日"


def report_sheet(title, unit_name, period, layout, indicators, groups, values, priors=None, units=None):
    """The 报表 sheet: title, metadata block, header, section titles and one row per indicator."""
    priors, units = priors or {}, units or {}
    columns = layout.get("columns", DEFAULT_COLUMNS)
    filed = layout["date"]
    rows = [[Text(title)],
            [Text(f"填报单位：{unit_name}")] if layout.get("unit_in_label") else [Text("填报单位"), Text(unit_name)],
            [Text("报告期"), Text(period)],
            [Text("填报人"), Text(layout["clerk"])],
            [Text("联系电话"), Text(layout["phone"])],
            [Text("填报日期"), Date(filed) if isinstance(filed, datetime.date) else Text(filed)],
            [],
            [Text(c) for c in columns]]
    first_data_row = len(rows) + 1
    value_col = columns.index("本期")
    numeric_sum = Decimal(0)
    number = 0
    for gi, group in enumerate(g for g in groups if any(i["group"] == g["code"] for i in indicators)):
        section = [None] * len(columns)
        section[0] = Text(f"{SECTION_NUMBERS[gi]}、{group['name']}")
        rows.append(section)
        for ind in (i for i in indicators if i["group"] == group["code"]):
            code = ind["code"]
            number += 1
            name = ind["name"]
            if layout.get("qizhong") and ind.get("parent") == "LIV_NEW_JOBS":
                name = "其中：" + name
            v = values[code]
            if code in layout.get("approx", {}):
                cell = Text(layout["approx"][code])
            elif code in layout.get("thousands", set()):
                cell = Text(f"{v:,}")
            else:
                cell = Num(v)
                numeric_sum += v
            prior = priors.get(code)
            by_header = {"序号": Num(number), "指标代码": Text(code), "指标名称": Text(name),
                         "计量单位": Text(units.get(code, ind["unit"])), "本期": cell,
                         "上年同期": Num(prior) if prior is not None else None,
                         "备注": Text(layout["remark"][code]) if code in layout.get("remark", {}) else None}
            rows.append([by_header[c] for c in columns])
    if layout.get("total_row"):
        # A clerk's habit: a 合计 that adds up every row, units notwithstanding. Not an indicator.
        col = chr(ord("A") + value_col)
        total = [None] * len(columns)
        total[columns.index("指标名称")] = Text("合计")
        total[value_col] = Formula(f"of:=SUM([.{col}{first_data_row}:.{col}{len(rows)}])", numeric_sum)
        rows.append(total)
    widths = {"序号": 1.2, "指标代码": 5.2, "指标名称": 7.5, "计量单位": 2.2, "本期": 2.6, "上年同期": 2.6, "备注": 4.5}
    return Sheet("报表", rows, [widths[c] for c in columns])


# ---------------------------------------------------------------------------------------------
# The station's daily data
# ---------------------------------------------------------------------------------------------
MISSING_PM25 = [datetime.date(2022, 3, 17), datetime.date(2022, 8, 9), datetime.date(2022, 11, 23)]


def station_days(rng):
    """365 days of plausible Nantong values: PM2.5/PM10/NO2/CO high in winter, O3 high in early summer.
    Log-normal AR(1) noise gives the multi-day pollution episodes real series have."""
    days = []
    e_pm, e_no2, e_o3 = 0.0, 0.0, 0.0
    for t in range(365):
        d = datetime.date(YEAR, 1, 1) + datetime.timedelta(days=t)
        winter = math.cos(2 * math.pi * (t - 12) / 365)          # +1 mid-January, -1 mid-July
        summer = math.cos(2 * math.pi * (t - 160) / 365)         # +1 early June
        e_pm = .72 * e_pm + rng.gauss(0, .30)
        e_no2 = .6 * e_no2 + rng.gauss(0, .18)
        e_o3 = .6 * e_o3 + rng.gauss(0, .16)
        pm25 = max(6, round((28 + 16 * winter) * math.exp(e_pm)))
        pm10 = max(pm25 + 4, round(pm25 * rng.uniform(1.3, 1.75) + rng.uniform(0, 6)))
        no2 = max(8, round((27 + 9 * winter) * math.exp(e_no2)))
        so2 = max(3, round(7 + 2 * winter + rng.gauss(0, 1.2)))
        co = Decimal(max(3, round((7 + 2.5 * winter) * math.exp(e_pm * .4)))) / 10
        o3_8h = max(18, round((98 + 60 * summer) * math.exp(e_o3)))
        day = {"SO2": so2, "NO2": no2, "PM10": pm10, "CO": co, "O3_8h": o3_8h, "PM2.5": pm25}
        # O3 1-hour max is at least the 8-hour max. Kept below deciding the AQI, so that a reading of
        # HJ 633 that also counts O3 1-hour in the daily AQI gives the same AQI as domain.md's.
        others = hj633.aqi({**day, "O3": o3_8h})
        o3 = round(o3_8h * rng.uniform(1.1, 1.35))
        while o3 > o3_8h and hj633.iaqi("O3", o3) >= others:
            o3 -= 1
        day["O3"] = o3
        day["date"] = d
        if d in MISSING_PM25:
            day["PM2.5"] = None        # analyser fault: too few hourly values for a 24-hour mean
        days.append(day)
    return days


def station_sheet(days):
    header = ["日期", "SO2", "NO2", "PM10", "CO", "O3", "O3_8h", "PM2.5", "AQI", "首要污染物"]
    rows = [[Text("唐闸公园国控站点空气质量日报(2022年)")],
            [Text("站点"), Text("唐闸公园")],
            [Text("单位"), Text("微克/立方米(CO为毫克/立方米)")],
            [],
            [Text(h) for h in header]]
    for day in days:
        valid = day["PM2.5"] is not None
        cells = [Date(day["date"])]
        for p in header[1:8]:
            v = day[p]
            cells.append(None if v is None else Num(v, "one" if p == "CO" else None))
        if valid:
            prim = hj633.primary(day)
            cells += [Num(hj633.aqi(day)), Text("、".join(prim) if prim else "—")]
        else:
            cells += [None, None]
        rows.append(cells)
    return Sheet("日报", rows, [2.6] + [1.6] * 8 + [2.8])


# ---------------------------------------------------------------------------------------------
def main():
    catalog = load_yaml("catalog.yaml")
    registry = load_yaml("units.yaml")
    rng = random.Random(SEED)
    groups = catalog["groups"]
    community_inds = [i for i in catalog["indicators"] if i.get("source") == "community"]
    street_inds = [i for i in catalog["indicators"] if i.get("source") == "street"]
    codes = [i["code"] for i in community_inds]
    assert set(codes) == set(COMMUNITY_TOTALS), set(codes) ^ set(COMMUNITY_TOTALS)
    assert {i["code"] for i in street_inds} == set(STREET_VALUES)
    kinds = {i["code"]: i["kind"] for i in catalog["indicators"]}
    names = [c["name"] for c in registry["communities"]]
    assert set(names) == set(SIZE) == set(LAYOUT)

    units = community_split(rng, codes, names)
    for code in codes:                                   # the whole point: the totals are the seed's
        assert sum(units[code].values()) == COMMUNITY_TOTALS[code] * (10 if code in TENTHS else 1), code

    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        if old.suffix in {".xlsx", ".xls"}:
            old.unlink()
    with tempfile.TemporaryDirectory(prefix="sample2022-") as tmp:
        tmp = Path(tmp)
        by_format = {"xlsx": [], "xls": []}

        def emit(file_name, sheet, fmt="xlsx"):
            path = tmp / f"{file_name}.fods"
            write_fods(path, [sheet])
            by_format[fmt].append(path)

        title = "唐闸镇街道统计报表(社区)"
        for n in names:
            layout = LAYOUT[n]
            year_units = {c: units[c][n] for c in codes}
            if n in QUARTERLY:
                q = quarterly_split(rng, year_units, kinds)
                for i in range(4):
                    lay = dict(layout, date=date_text(QUARTER_REPORT_DATES[i]))
                    vals = {c: as_value(c, q[c][i]) for c in codes}
                    emit(layout["file"].format(year=YEAR, q=i + 1),
                         report_sheet(title, n, f"{YEAR}年第{i + 1}季度", lay, community_inds, groups, vals))
            else:
                vals = {c: as_value(c, year_units[c]) for c in codes}
                emit(layout["file"], report_sheet(title, n, f"{YEAR}年", layout, community_inds, groups, vals),
                     layout.get("format", "xlsx"))

        street = registry["subdistrict"]["name"]
        street_layout = {"clerk": "刘文华", "phone": "0513-85510000", "date": "2023年1月6日",
                         "remark": STREET_REMARKS}
        emit(f"{street}{YEAR}年报",
             report_sheet("唐闸镇街道统计报表(街道)", street, f"{YEAR}年", street_layout, street_inds, groups,
                          {c: Decimal(v[0]) for c, v in STREET_VALUES.items()},
                          priors={c: Decimal(v[1]) for c, v in STREET_VALUES.items() if v[1]},
                          units={c: v[2] for c, v in STREET_VALUES.items() if v[2]}))

        days = station_days(rng)
        emit(f"唐闸公园站空气质量日报{YEAR}", station_sheet(days))

        for fmt, files in by_format.items():
            convert(files, fmt, OUT)

    valid = [d for d in days if d["PM2.5"] is not None]
    good = sum(1 for d in valid if hj633.aqi(d) <= 100)
    rate = Decimal(good * 100) / Decimal(len(valid))
    print(f"community reports: {sum(4 if n in QUARTERLY else 1 for n in names)}, street: 1, station: 1 -> {OUT}")
    print(f"唐闸公园 good days {good} / valid days {len(valid)} = {rate:.2f}%")
    assert rate > 80, "the summary says 空气优良天数超过80%"


if __name__ == "__main__":
    main()
