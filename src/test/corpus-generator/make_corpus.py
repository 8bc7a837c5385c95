#!/usr/bin/env python3
"""Makes the reader's test corpus with a real office program (LibreOffice).

Each workbook is written as flat ODS XML (.fods) by this script (python3 stdlib only) and converted by
`soffice --headless --convert-to xlsx|xls|xlsm`, so the files carry what LibreOffice really writes.
Files an office program cannot make (a lock file, a corrupt zip, a renamed .docx, a csv) are written
here directly; encrypted and zip-bomb workbooks are made in the tests (POI's Encryptor, java.util.zip).

Usage: python3 src/test/corpus-generator/make_corpus.py [outdir]   (default src/test/resources/corpus)
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "resources", "corpus")


class Date:
    def __init__(self, iso): self.iso = iso


class Formula:
    """A formula cell with the cached result LibreOffice writes out (value None: let LibreOffice compute)."""
    def __init__(self, formula, value=None): self.formula, self.value = formula, value


class Sheet:
    def __init__(self, name, rows, hidden=False): self.name, self.rows, self.hidden = name, rows, hidden


def cell(v):
    if v is None:
        return '<table:table-cell/>'
    if isinstance(v, Date):
        return ('<table:table-cell table:style-name="date" office:value-type="date" office:date-value="%s">'
                '<text:p>%s</text:p></table:table-cell>' % (v.iso, v.iso))
    if isinstance(v, Formula):
        f = escape(v.formula, {'"': '&quot;'})
        if v.value is None:
            return '<table:table-cell table:formula="%s"/>' % f
        return ('<table:table-cell table:formula="%s" office:value-type="float" office:value="%s"><text:p>%s</text:p>'
                '</table:table-cell>' % (f, v.value, v.value))
    if isinstance(v, (int, float)):
        return '<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v)
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(v)


def fods(sheets):
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n'
             '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
             'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
             'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
             'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
             'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
             'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
             'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
             'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
             '<office:automatic-styles>'
             '<number:date-style style:name="ymd"><number:year number:style="long"/><number:text>-</number:text>'
             '<number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>'
             '<style:style style:name="date" style:family="table-cell" style:data-style-name="ymd"/>'
             '<style:style style:name="shown" style:family="table"><style:table-properties table:display="true"/></style:style>'
             '<style:style style:name="hidden" style:family="table"><style:table-properties table:display="false"/></style:style>'
             '</office:automatic-styles><office:body><office:spreadsheet>']
    for s in sheets:
        parts.append('<table:table table:name="%s" table:style-name="%s">' % (escape(s.name), "hidden" if s.hidden else "shown"))
        for row in s.rows:
            parts.append('<table:table-row>' + ''.join(cell(v) for v in row) + '</table:table-row>')
        if not s.rows:
            parts.append('<table:table-row><table:table-cell/></table:table-row>')
        parts.append('</table:table>')
    parts.append('</office:spreadsheet></office:body></office:document>')
    return ''.join(parts)


HEADER = ["序号", "指标代码", "指标名称", "计量单位", "本期", "上年同期", "备注"]


def meta(unit="尖沟头社区", period="2022年", filed=Date("2023-01-05")):
    return [["唐闸镇街道社区统计报表"],
            ["填报单位:" + unit, None, None, "报告期", period],
            ["填报人", "张三", None, "联系电话", "0513-85000000"],
            ["填报日期", filed]]


def report(rows, unit="尖沟头社区", period="2022年", filed=Date("2023-01-05"), header=HEADER):
    return [Sheet("报表", meta(unit, period, filed) + [header] + rows)]


def required_rows():
    return [[90, "LIV_NEW_JOBS", "新增就业人员", "人", 120, 100, None],
            [91, "SAF_HAZARDS_FOUND", "排查隐患", "条", 50, 40, None]]


WORKBOOKS = {}


def add(name, sheets):
    WORKBOOKS[name] = sheets


# ---- a typical community report: every quirk a careful reader accepts ----
add("report-basic.xlsx", report([
    [None, None, "一、经济发展"],
    [1, "ECO_PROJECTS", "招引项目数", "个", 3, 2, None],
    [2, None, "走访楼宇企业", "家", "1,234", "1 000", "千位分隔符与空格"],
    [None, None, "二、民生保障"],
    [3, "LIV_NEW_JOBS", "新增就业人员", "人", Formula("of:=100+20", 120), 100, "公式"],
    [4, None, "  其中:高校毕业生", "人", "３０", 20, "全角数字"],
    [None, None, None, None, None, None, None],
    [5, None, "发放救助资金", "万元", "56.5万元", None, "数值带单位"],
    [6, None, "开发公益性岗位", "个", " 12 ", None, None],
    [None, None, "三、平安建设"],
    [7, "SAF_HAZARDS_FOUND", "排查隐患", "条", 50, 40, None],
    [8, "SAF_HAZARDS_FIXED", "整改隐患", "条", 48, 40, None],
    [None, None, "合计", None, Formula("of:=SUM([.E6:.E18])", 0), None, None],
]))
for ext in ("xls", "xlsm"):
    add("report-basic." + ext, WORKBOOKS["report-basic.xlsx"])

# ---- layout: columns in another order, no code column, 本期数, extra columns, a hidden sheet and a notes sheet ----
add("report-layout.xlsx", [
    Sheet("填报说明", [["本表由各社区于次年1月10日前报送。"]]),
    Sheet("旧表", [["指标名称", "本期"], ["新增就业人员", 999]], hidden=True),
    Sheet("2022年报", [
        ["唐闸镇街道社区统计报表"],
        ["填报单位:", "横河社区居委会", None, "报告期:2022"],
        ["填报日期:2023年1月6日"],
        [None],
        ["本期数", "上年同期", "负责人", "计量单位", "指标名称", "序号"],
        [60, 55, "李四", "人", "新增就业人员", 1],
        [30, 28, "李四", "条", "排查隐患数", 2],
        [None, None, None, None, "其中:高校毕业生", 3],
    ])])

# ---- 报告期 and 填报日期 spellings, one small file each ----
PERIODS = [
    ("period-year-text", "2022年", "2023年1月5日"),
    ("period-year-plain", "2022", "2023-01-05"),
    ("period-quarter-cn", "2022年第4季度", "2023/1/5"),
    ("period-quarter-q", "2022Q4", Date("2023-01-05")),
    ("period-quarter-cn-numeral", "2022年四季度", "2023.1.5"),
    ("period-month-cn", "2022年12月", "2023年1月5日"),
    ("period-month-dash", "2022-12", "2023年1月5日"),
    ("period-month-dot-text", "2022.12", "2023年1月5日"),
    ("period-month-date-cell", Date("2022-12-01"), "2023年1月5日"),
    ("period-month-dot-number", 2022.12, "2023年1月5日"),
    ("period-ambiguous-number", 2022.1, "2023年1月5日"),
    ("period-unreadable", "去年全年", "下周"),
]
for name, period, filed in PERIODS:
    add(name + ".xlsx", report(required_rows(), period=period, filed=filed))

# ---- values: approximate, not applicable, empty ----
add("values-quirks.xlsx", report(required_rows() + [
    [1, None, "出动整治队伍", "人次", "1000余", None, None],
    [2, None, "规范店外经营", "家", "300多", None, None],
    [3, None, "清理店外堆放", "吨", "50吨左右", None, None],
    [4, None, "拆除违章广告牌", "处", "—", None, None],
    [5, None, "施划停车线", "米", "-", "/", None],
    [6, None, "清拖僵尸车", "辆", "无", None, None],
    [7, None, "复绿面积", "平方米", None, None, "未统计"],
    [8, None, "清“四乱”", "处", None, 7, "本期未统计"],
]))
add("values-bad.xlsx", report(required_rows() + [
    [1, None, "出动整治队伍", "人次", Formula("of:=1/0"), None, None],
    [2, None, "规范店外经营", "家", "#REF!", None, None],
    [3, None, "清理店外堆放", "吨", "见附件", None, None],
    [4, None, "施划停车线", "米", "N/A?", None, None],
    [5, None, "清拖僵尸车", "辆", Date("2022-03-05"), None, None],
    [6, None, "复绿面积", "平方米", 100, "约一百", None],
]))

# ---- 计量单位: exact conversions, and units that do not convert ----
add("units-street.xlsx", report([
    [1, "ECO_BUDGET_REV", "一般公共预算收入(不含房地产)", "万元", 34000, "30,000", None],
    [2, "ECO_IND_FAI", "工业固定资产投资", "亿元", 1.42, None, None],
    [3, "ECO_IND_FAI_HITECH", "其中:高技术制造业投资", "万元", 14200, None, None],
    [4, "ECO_SVC_FAI", "服务业固定资产投资", "万元", 314900, None, None],
    [5, "ECO_SVC_FAI_HITECH", "其中:高技术服务业投资", "亿元", 0.1367, None, None],
], unit="唐闸镇街道"))
add("units-community.xlsx", report(required_rows()[:1] + [
    [2, "SAF_HAZARDS_FOUND", "排查隐患", "条", 50, None, None],
    [3, None, "拆除违法建设面积", "万平方米", 1.25, 0.8, None],
    [4, None, "定期走访严重精神障碍患者", "人", 35, None, None],
    [5, None, "高校毕业生", "名", 30, None, None],
]))
add("units-bad.xlsx", report(required_rows() + [
    [1, None, "拆除违法建设面积", "亩", 3, None, None],
    [2, None, "发放救助资金", "人", 5, None, None],
]))
add("child-exceeds-parent-street.xlsx", report([
    [1, "ECO_SVC_FAI", "服务业固定资产投资", "亿元", 31.49, None, None],
    [2, "ECO_SVC_FAI_HITECH", "其中:高技术服务业投资", "万元", 320000, None, None],
], unit="唐闸镇街道"))

# ---- 填报单位 defects ----
add("unit-unknown.xlsx", report(required_rows(), unit="尖沟头居委员会"))
add("unit-not-in-year.xlsx", report(required_rows(), unit="北大街社区", period="2021年"))
add("unit-missing.xlsx", [Sheet("报表", [["报告期", "2022年"], HEADER] + required_rows())])

# ---- row defects ----
add("rows-bad.xlsx", report(required_rows() + [
    [1, None, "新增就业人口", "人", 5, None, None],
    [2, "XYZ_UNKNOWN", None, "个", 3, None, None],
    [3, None, "空气优良天数(唐闸公园站)", "天", 300, None, None],
    [4, None, "隐患整改率", "%", 96, None, None],
    [5, None, "一般公共预算收入", "亿元", 3.4, None, None],
    [6, None, "排查隐患数", "条", 51, None, None],
    [7, "URB_ZOMBIE_CARS", "拆除违法建设", "辆", 4, None, None],
]))

# ---- 强制性审核 inside one file ----
add("checks-consistency.xlsx", report([
    [1, "LIV_NEW_JOBS", "新增就业人员", "人", 120, None, None],
    [2, None, "其中:高校毕业生", "人", 130, None, None],
    [3, "SAF_HAZARDS_FOUND", "排查隐患", "条", 50, None, None],
    [4, "SAF_HAZARDS_FIXED", "整改隐患", "条", 55, None, None],
    [5, None, "60岁以上老人应种人数", "人", 800, None, None],
    [6, None, "60岁以上老人首针接种人数", "人", 820, None, None],
    [7, None, "拆除违法建设", "处", -3, None, None],
    [8, None, "老旧小区改造户数", "户", 2.5, None, None],
    [9, None, "清理店外堆放", "吨", 2.5, None, None],
]))
add("checks-required.xlsx", report([
    [1, "LIV_NEW_JOBS", "新增就业人员", "人", None, None, None],
    [2, None, "招引项目数", "个", 2, None, None],
]))

# ---- not submissions that an office program makes ----
add("empty-sheet.xlsx", [Sheet("Sheet1", [])])
add("no-header.xlsx", [Sheet("Sheet1", [["这是一份工作总结"], ["今年共走访企业三十家。"]])])
add("hidden-header-only.xlsx", [Sheet("说明", [["请见隐藏表"]]),
                                Sheet("报表", meta() + [HEADER] + required_rows(), hidden=True)])

# ---- 空气质量日报 ----
add("aq-station-meta.xlsx", [Sheet("日报", [
    ["唐闸公园站空气质量日报"],
    ["站点:唐闸公园站"],
    ["日期", "SO₂(μg/m³)", "NO₂(μg/m³)", "PM₁₀(μg/m³)", "CO(mg/m³)", "O₃_8h(μg/m³)", "PM₂.₅(μg/m³)", "AQI"],
    [Date("2022-01-01"), 8, 35, 60, 0.8, 50, 40, 55],
    [Date("2022-01-02"), 9, 40, 70, Formula("of:=0.5+0.4", 0.9), 55, None, 60],
    ["2022-01-03", "10", "42", "80", "1.0", "60", "50", "—"],
    ["2022年1月4日", 7, "故障", 65, 0.7, 45, 38, 52],
    [Date("2022-01-05"), 6, 30, 55, 0.6, 40, 35, 50.5],
    [Date("2022-01-05"), 6, 30, 55, 0.6, 40, 35, 50],
    ["2022-13-01", 6, 30, 55, 0.6, 40, 35, 50],
    ["平均值", 8, 37, 66, 0.8, 50, 41, None],
])])
add("aq-station-column.xls", [Sheet("Sheet1", [
    ["站点", "日期", "SO2", "NO2", "PM10", "CO", "O3", "O3-8h", "PM2.5"],
    ["唐闸公园", Date("2022-02-01"), 5, 20, 40, 0.5, 90, 80, 25],
    ["唐闸公园", Date("2022-02-02"), 6, 22, 42, 0.6, 95, 85, 27],
])])
add("aq-chinese-headers.xlsx", [Sheet("Sheet1", [
    ["站点", "唐闸公园国控站点"],
    ["监测日期", "二氧化硫", "二氧化氮", "PM10", "一氧化碳", "臭氧8小时", "PM2.5"],
    [Date("2022-03-01"), 5, 20, 40, 0.5, 80, 25],
])])
add("aq-unknown-station.xlsx", [Sheet("Sheet1", [
    ["站点:狼山站"],
    ["日期", "SO2", "NO2", "PM10", "CO", "O3_8h", "PM2.5"],
    [Date("2022-03-01"), 5, 20, 40, 0.5, 80, 25],
])])

# Two halves of one station's year, each with one day whose AQI column disagrees with the concentrations
# (55 is right for 8/35/60/0.8/50/30: PM10's IAQI): each warning must name its own file.
AQ_HEADER = ["日期", "SO2", "NO2", "PM10", "CO", "O3_8h", "PM2.5", "AQI"]
add("aq-half-1.xlsx", [Sheet("日报", [
    ["站点:唐闸公园站"], AQ_HEADER,
    [Date("2022-01-01"), 8, 35, 60, 0.8, 50, 30, 55],
    [Date("2022-01-02"), 8, 35, 60, 0.8, 50, 30, 70],
    [Date("2022-01-03"), 8, 35, 60, 0.8, 50, 30, 55],
])])
add("aq-half-2.xlsx", [Sheet("日报", [
    ["站点:唐闸公园站"], AQ_HEADER,
    [Date("2022-07-01"), 8, 35, 60, 0.8, 50, 30, 55],
    [Date("2022-07-02"), 8, 35, 60, 0.8, 50, 30, 55],
    [Date("2022-07-03"), 8, 35, 60, 0.8, 50, 30, 90],
])])

FILTERS = {"xlsx": "xlsx", "xls": "xls", "xlsm": "xlsm:Calc MS Excel 2007 VBA XML"}


def write_docx(path):
    import zipfile
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                   '<w:body><w:p><w:r><w:t>2022年工作总结</w:t></w:r></w:p></w:body></w:document>')


def main():
    os.makedirs(OUT, exist_ok=True)
    work = tempfile.mkdtemp(prefix="corpus-")
    try:
        by_ext = {}
        for name, sheets in WORKBOOKS.items():
            stem, ext = name.rsplit(".", 1)
            src_dir = os.path.join(work, ext)
            os.makedirs(src_dir, exist_ok=True)
            with open(os.path.join(src_dir, stem + ".fods"), "w", encoding="utf-8") as f:
                f.write(fods(sheets))
            by_ext.setdefault(ext, []).append(os.path.join(src_dir, stem + ".fods"))
        for ext, files in by_ext.items():
            subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + work + "/profile",
                            "--convert-to", FILTERS[ext], "--outdir", OUT] + files, check=True,
                           stdout=subprocess.DEVNULL)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    # Only LibreOffice Calc is installed here, so the Word document is written as a minimal OOXML package.
    write_docx(os.path.join(OUT, "notes.docx"))
    shutil.copy(os.path.join(OUT, "notes.docx"), os.path.join(OUT, "renamed-docx.xlsx"))
    with open(os.path.join(OUT, "report-basic.xlsx"), "rb") as f:
        data = f.read()
    with open(os.path.join(OUT, "corrupt.xlsx"), "wb") as f:
        f.write(data[: len(data) // 3])  # a download cut short
    with open(os.path.join(OUT, "~$report-basic.xlsx"), "wb") as f:
        f.write(b"\x06zhangsan" + b" " * 47 + b"\x06\x00z\x00h\x00a\x00n\x00g\x00" + b"\x00" * 96)  # as Excel writes one
    with open(os.path.join(OUT, "report.csv"), "w", encoding="utf-8") as f:
        f.write("指标名称,本期\n新增就业人员,120\n")
    open(os.path.join(OUT, "zero.xlsx"), "wb").close()


if __name__ == "__main__":
    main()
