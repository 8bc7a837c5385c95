"""A station export with a 站点 column naming two stations, made by LibreOffice like the rest of the corpus.

Writes src/test/resources/corpus/aq-two-stations.xlsx: 唐闸公园 and 狼山 (a second station the test's
registry adds), 2022-01-01..03 each, the same dates for both stations, plus one row of an unknown
station (紫琅) that must be reported once and not read.
"""
import datetime
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "input" / "generator"))
from fods import Date, Num, Sheet, Text, convert, write_fods  # noqa: E402

OUT = ROOT / "src" / "test" / "resources" / "corpus"


def main():
    rows = [[Text("空气质量日报(多站点导出)")], [],
            [Text("站点"), Text("日期"), Text("SO2"), Text("NO2"), Text("PM10"), Text("CO"), Text("O3_8h"), Text("PM2.5"), Text("AQI")]]
    data = {"唐闸公园": [(8, 30, 60, "0.8", 90, 40), (9, 35, 70, "0.9", 95, 50), (7, 28, 55, "0.7", 80, 36)],
            "狼山": [(6, 20, 45, "0.6", 110, 30), (6, 22, 48, "0.6", 120, 33), (5, 18, 40, "0.5", 100, 28)]}
    for station, days in data.items():
        for i, (so2, no2, pm10, co, o3, pm25) in enumerate(days):
            rows.append([Text(station), Date(datetime.date(2022, 1, 1 + i)), Num(so2), Num(no2), Num(pm10),
                         Num(co, "one"), Num(o3), Num(pm25), None])
    rows.append([Text("紫琅"), Date(datetime.date(2022, 1, 1)), Num(5), Num(20), Num(40), Num("0.5", "one"), Num(90), Num(30), None])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "aq-two-stations.fods"
        write_fods(path, [Sheet("日报", rows)])
        convert([path], "xlsx", OUT)
    print(OUT / "aq-two-stations.xlsx")


if __name__ == "__main__":
    main()
