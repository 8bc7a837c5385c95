"""Resubmitted and broken versions of two 2022 sample reports, for the test of a mixed year.

Writes src/test/resources/mixed-2022/:
- 横河社区2022年统计报表(更正).xlsx: 横河社区 corrects its report: 新增就业人员 +10, filed 2023年1月20日
  (later than the first version's), so it supersedes the first version and the sub-district total
  of LIV_NEW_JOBS becomes 2262.
- 新园社区2022年报(第二版).xlsx: a later version from 新园社区 with two errors — 其中:高校毕业生 above
  新增就业人员, and 见附件 typed in a value cell — so it is quarantined and the first version stands.

Same values as make_sample_2022.py (same seed, same split), converted by LibreOffice like the sample.
"""
import random
import tempfile
from decimal import Decimal
from pathlib import Path

import make_sample_2022 as sample
from fods import Text, convert, write_fods

OUT = Path(__file__).resolve().parents[2] / "src" / "test" / "resources" / "mixed-2022"


def main():
    catalog = sample.load_yaml("catalog.yaml")
    registry = sample.load_yaml("units.yaml")
    rng = random.Random(sample.SEED)
    groups = catalog["groups"]
    community_inds = [i for i in catalog["indicators"] if i.get("source") == "community"]
    codes = [i["code"] for i in community_inds]
    names = [c["name"] for c in registry["communities"]]
    units = sample.community_split(rng, codes, names)
    title = "唐闸镇街道统计报表(社区)"

    def values(name):
        return {c: sample.as_value(c, units[c][name]) for c in codes}

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mixed2022-") as tmp:
        tmp = Path(tmp)
        files = []

        corrected = values("横河社区")
        corrected["LIV_NEW_JOBS"] += 10
        layout = dict(sample.LAYOUT["横河社区"], date="2023年1月20日")
        path = tmp / "横河社区2022年统计报表(更正).fods"
        write_fods(path, [sample.report_sheet(title, "横河社区", "2022年", layout, community_inds, groups, corrected)])
        files.append(path)

        broken = values("新园社区")
        broken["LIV_NEW_JOBS_GRAD"] = broken["LIV_NEW_JOBS"] + 5
        layout = dict(sample.LAYOUT["新园社区"], date="2023年1月21日",
                      approx={"SAF_DISPUTES": "见附件"})
        path = tmp / "新园社区2022年报(第二版).fods"
        write_fods(path, [sample.report_sheet(title, "新园社区", "2022年", layout, community_inds, groups, broken)])
        files.append(path)

        convert(files, "xlsx", OUT)
    print(f"横河社区 LIV_NEW_JOBS {units['LIV_NEW_JOBS']['横河社区']} -> {corrected['LIV_NEW_JOBS']}; files in {OUT}")


if __name__ == "__main__":
    main()
