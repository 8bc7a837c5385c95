#!/usr/bin/env python3
"""Writes the 2023 目标任务 workbook of the sample (input/2023/) and the rest of a 2023 first half for the
targets tests (src/test/resources/years/2023-h1/): the sub-district's monthly reports January–June
(with 上年同期, so that 1–N月累计 and 累计增速 can be drawn) and the station's days January–June.

The targets follow the 2023 plan of the seed (/work/shared/seed/tangzha-2022-work-summary.txt) where it
gives a number: 16户非居、12户民居拆迁扫尾, 五个老小区改造 (新华园等), 优良天数持续达标 (80%, the 2022 summary's
"超过80%"), PM2.5 浓度持续下降 (a ceiling). Everything else is a plausible allocation, not the office's
real one: see input/README.md. The contract: docs/targets.md.

Usage: python3 input/generator/make_targets_2023.py     (needs LibreOffice `soffice`; about 3 s)
"""
import datetime
import random
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_sample_2022 as s22  # noqa: E402
import make_year_2021 as y21  # noqa: E402
from fods import Num, Sheet, Text, convert, write_fods  # noqa: E402

ROOT = s22.ROOT
OUT_INPUT = ROOT / "input" / "2023"
OUT_H1 = ROOT / "src" / "test" / "resources" / "years" / "2023-h1"
OUT_BAD = ROOT / "src" / "test" / "resources" / "targets"
SEED = 20230630

MONTHS = [f"{m}月" for m in range(1, 13)]
QUARTERS = [f"第{q}季度" for q in range(1, 5)]
D = Decimal

# (indicator name as the 考核办法 writes it, 责任单位 or None for the sub-district, 目标类型, 全年目标,
#  monthly split or None, quarterly split or None, 备注)
SUBDISTRICT = [
    ("一般公共预算收入(不含房地产)", None, "至少", "3.6",
     ["0.45", "0.25", "0.32", "0.30", "0.30", "0.28", "0.30", "0.28", "0.27", "0.30", "0.28", "0.27"], None,
     "分解到各月份,一季度“开门红”"),
    ("服务业限上批零销售额", None, "至少", "145", None, None, "较2022年增长约11%"),
    ("限上零售业营业额", None, "至少", "1.7", None, None, None),
    ("招引项目数", None, "至少", "16", None, ["3", "4", "4", "5"], "季季有目标"),
    ("征收搬迁非居签约", None, "至少", "16", None, None, "规划:完成16户非居拆迁扫尾"),
    ("征收搬迁民居签约", None, "至少", "12", None, None, "规划:完成12户民居拆迁扫尾"),
    ("老旧小区改造小区数", None, "至少", "5", None, None, "规划:新华园等五个老小区改造"),
    ("空气优良天数比例(唐闸公园站)", None, "至少", "80", None, None, "规划:优良天数持续达标"),
    ("PM2.5年均浓度(唐闸公园站)", None, "不超过", "35", None, None, "规划:PM2.5浓度持续下降;GB 3095-2012二级"),
    ("新增就业人员", None, "至少", "2300", None, None, "各社区目标之和"),
    ("隐患整改率", None, "至少", "90", None, None, None),
    ("60岁以上老人首针接种率", None, "至少", "95", None, None, None),
]

JOBS = {"尖沟头社区": 180, "横河社区": 160, "新园社区": 170, "高店社区": 150, "怡园社区": 160, "花墙社区": 150,
        "公园社区": 170, "闸东社区": 160, "新华社区": 170, "西洋桥社区": 150, "长岸社区": 170, "永泰社区": 150,
        "北大街社区": 160, "永怡社区": 200}
JOBS_QUARTERS = {"新华社区": ["30", "50", "50", "40"]}
RENOVATION = {"新华社区": ("2", "新华园、新华二村续建"), "怡园社区": ("1", None), "公园社区": ("1", None), "永泰社区": ("1", None)}
NONRESIDENT = {"长岸社区": "10", "永怡社区": "6"}
RESIDENT = {"长岸社区": "6", "花墙社区": "3", "北大街社区": "3"}

# The sub-district's monthly figures January–June 2023 and their 上年同期 (亿元).
MONTHLY_2023 = {
    "ECO_BUDGET_REV": (["0.42", "0.21", "0.30", "0.29", "0.27", "0.28"], ["0.38", "0.20", "0.28", "0.27", "0.26", "0.27"]),
    "ECO_WHOLESALE_RETAIL": (["11.20", "10.05", "12.60", "12.10", "12.35", "13.10"],
                             ["10.10", "9.02", "11.30", "10.85", "11.20", "11.70"]),
    "ECO_RETAIL_REV": (["0.16", "0.14", "0.16", "0.16", "0.16", "0.17"], ["0.13", "0.12", "0.14", "0.13", "0.13", "0.14"]),
}


def target_rows():
    rows = []
    for name, unit, kind, value, months, quarters, remark in SUBDISTRICT:
        rows.append((name, unit, kind, value, months, quarters, remark))
    for unit, v in JOBS.items():
        rows.append(("新增就业人员", unit, "至少", str(v), None, JOBS_QUARTERS.get(unit), None))
    for unit, (v, remark) in RENOVATION.items():
        rows.append(("老旧小区改造小区数", unit, "至少", v, None, None, remark))
    for unit, v in NONRESIDENT.items():
        rows.append(("征收搬迁非居签约", unit, "至少", v, None, None, None))
    for unit, v in RESIDENT.items():
        rows.append(("征收搬迁民居签约", unit, "至少", v, None, None, None))
    for unit in JOBS:
        rows.append(("隐患整改率", unit, "至少", "90", None, None, None))
    return rows


def target_sheet(lines=None, filed="2023年1月16日"):
    catalog = {i["name"]: i for i in s22.load_yaml("catalog.yaml")["indicators"]}
    header = ["序号", "指标名称", "责任单位", "计量单位", "目标类型", "全年目标"] + MONTHS + QUARTERS + ["备注"]
    rows = [[Text("唐闸镇街道2023年目标任务分解表(《2023年经济工作考核办法》附件)")],
            [Text("填报单位"), Text("唐闸镇街道")],
            [Text("报告期"), Text("2023年")],
            [Text("填报人"), Text("刘文华")],
            [Text("填报日期"), Text(filed)],
            [Text("说明"), Text("责任单位留空为街道全年目标;目标类型“至少”为不低于目标,“不超过”为上限;比率目标填百分数")],
            [],
            [Text(h) for h in header]]
    for n, (name, unit, kind, value, months, quarters, remark) in enumerate(lines or target_rows(), start=1):
        row = [Num(n), Text(name), Text(unit) if unit else None, Text(catalog[name]["unit"]), Text(kind), Num(D(value))]
        row += [Num(D(v)) for v in months] if months else [None] * 12
        row += [Num(D(v)) for v in quarters] if quarters else [None] * 4
        row.append(Text(remark) if remark else None)
        rows.append(row)
    return Sheet("目标任务", rows, [1.2, 6.5, 2.6, 2.2, 2.0, 2.2] + [1.5] * 16 + [6.0])


def bad_target_sheet():
    """A 目标任务 workbook with one of each mistake the reader must point at (docs/targets.md)."""
    header = ["指标名称", "责任单位", "计量单位", "目标类型", "全年目标"] + MONTHS + ["备注", "第1季度"]
    month_split = ["1"] * 11 + ["2"]                                   # adds up to 13, not 12
    rows = [[Text("唐闸镇街道2023年目标任务分解表")],
            [Text("填报单位"), Text("唐闸镇街道")],
            [Text("报告期"), Text("2023年")],
            [Text("填报日期"), Text("2023年1月16日")],
            [],
            [Text(h) for h in header],
            [Text("新增就业人员"), None, Text("人"), Text("至少"), Num(D(2300))] + [None] * 12 + [None],   # row 7: fine
            [Text("新增就业岗位"), None, Text("人"), Text("至少"), Num(D(100))] + [None] * 12 + [None],   # row 8: unknown indicator
            [Text("新增就业人员"), Text("东风社区"), Text("人"), Text("至少"), Num(D(100))] + [None] * 12 + [None],  # 9: unknown unit
            [Text("招引项目数"), None, Text("个"), Text("至少"), Num(D(12))] + [Num(D(v)) for v in month_split] + [None],  # 10
            [Text("征收搬迁民居签约"), None, Text("户"), Text("至少"), Text("十二户")] + [None] * 12 + [None],  # 11: text
            [Text("PM2.5年均浓度(唐闸公园站)"), None, Text("微克/立方米"), Text("越低越好"), Num(D(35))] + [None] * 12 + [None],
            [Text("拆除违法建设"), None, Text("处"), Text("至少"), Num(D(40))] + [Num(D(10))] * 3 + [None] * 9 + [None],
            [Text("隐患整改率"), Text("横河社区"), Text("%"), Text("至少"), Num(D(120))] + [None] * 12 + [None],  # 14: > 100%
            [Text("老旧小区改造小区数"), None, Text("个"), Text("至少"), Num(D("2.5"))] + [None] * 12 + [None],  # 15: not whole
            [Text("新增就业人员"), Text("新园社区"), Text("人"), Text("至少"), Num(D(120))] + [Num(D(10))] * 12
            + [None, Num(D(30))],                                                    # 16: months and a quarter
            ]
    return Sheet("目标任务", rows, [6.5, 2.6, 2.2, 2.0, 2.2] + [1.5] * 12 + [4.0, 1.5])


def monthly_street_sheet(month):
    catalog = s22.load_yaml("catalog.yaml")
    inds = [i for i in catalog["indicators"] if i["code"] in MONTHLY_2023]
    values = {c: D(v[0][month - 1]) for c, v in MONTHLY_2023.items()}
    priors = {c: D(v[1][month - 1]) for c, v in MONTHLY_2023.items()}
    layout = {"clerk": "刘文华", "phone": "0513-85510000",
              "date": s22.date_text(datetime.date(2023, month + 1, 8) if month < 12 else datetime.date(2024, 1, 8))}
    return s22.report_sheet("唐闸镇街道统计月报(街道)", "唐闸镇街道", f"2023年{month}月", layout, inds,
                            catalog["groups"], values, priors)


def main():
    OUT_INPUT.mkdir(parents=True, exist_ok=True)
    OUT_H1.mkdir(parents=True, exist_ok=True)
    OUT_BAD.mkdir(parents=True, exist_ok=True)
    for d in (OUT_INPUT, OUT_H1, OUT_BAD):
        for old in d.iterdir():
            if old.suffix in {".xlsx", ".xls"}:
                old.unlink()
    rng = random.Random(SEED)
    days = [d for d in y21.station_days(rng, 2023, []) if d["date"].month <= 6]
    with tempfile.TemporaryDirectory(prefix="targets-") as tmp:
        tmp = Path(tmp)
        to_input, to_h1 = [], []
        f = tmp / "唐闸镇街道2023年目标任务.fods"
        write_fods(f, [target_sheet()])
        to_input.append(f)
        for m in range(1, 7):
            f = tmp / f"唐闸镇街道2023年{m}月.fods"
            write_fods(f, [monthly_street_sheet(m)])
            to_h1.append(f)
        f = tmp / "唐闸公园站空气质量日报2023年1-6月.fods"
        write_fods(f, [y21.station_sheet(days, 2023)])
        to_h1.append(f)
        f = tmp / "目标任务-有错误.fods"
        write_fods(f, [bad_target_sheet()])
        # a mid-year revision (年中调整): filed later, it replaces the January allocation as a whole
        g = tmp / "唐闸镇街道2023年目标任务(7月调整).fods"
        write_fods(g, [target_sheet([("新增就业人员", None, "至少", "2000", None, None, "年中调整"),
                                     ("招引项目数", None, "至少", "12", None, None, "年中调整")], "2023年7月10日")])
        convert([f, g], "xlsx", OUT_BAD)
        convert(to_input, "xlsx", OUT_INPUT)
        convert(to_h1, "xlsx", OUT_H1)
    valid = [d for d in days if d["PM2.5"] is not None]
    good = sum(1 for d in valid if y21.hj633.aqi(d) <= 100)
    pm = sum(D(d["PM2.5"]) for d in valid) / len(valid)
    print(f"targets: {len(target_rows())} rows -> {OUT_INPUT}")
    print(f"2023-h1: 6 monthly street reports + {len(days)} station days -> {OUT_H1}; good {good}/{len(valid)}, "
          f"PM2.5 mean {pm:.3f}")


if __name__ == "__main__":
    main()
