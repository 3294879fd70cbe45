"""The sample town's people and places: fictional, shared by every domain's sample data.

青石镇 (Qingshi town) lies in 云岭市, a fictional county-level city, under
江平市, a fictional prefecture-level city, in 华东省, a province that does
not exist. Every name here is invented; no real personal data is used.

Examples:
    >>> TOWN.name, len(TOWN.villages)
    ('青石镇', 12)
    >>> TOWN.villages[0].id, TOWN.villages[0].name
    ('V01', '东岭村')
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from orgwork.records.assessment import Village

__all__ = ["TOWN", "TownPeople"]


class TownPeople(BaseModel):
    """The sample town: its places and office-holders."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    county: str
    prefecture: str
    province: str
    party_secretary: str
    deputy_secretary_organization: str
    organization_member: str
    department_head: str
    deputy_head_letters: str
    villages: tuple[Village, ...]

    def village(self, village_id: str) -> Village:
        """The village with id ``village_id``."""
        for v in self.villages:
            if v.id == village_id:
                return v
        raise LookupError(f"no sample village {village_id!r}")


_VILLAGES = (
    ("东岭村", "王建国", "陈立新"),
    ("西溪村", "李秀兰", "陈立新"),
    ("南塘村", "张德明", "刘晓峰"),
    ("北坪村", "赵春华", "刘晓峰"),
    ("上湾村", "孙志强", "周文静"),
    ("下湾村", "周桂芳", "周文静"),
    ("石桥村", "吴海涛", "郑国平"),
    ("枫林村", "郑玉梅", "郑国平"),
    ("竹园村", "冯建军", "何丽娟"),
    ("桃源村", "陈淑珍", "何丽娟"),
    ("柳岸村", "褚卫东", "黄志刚"),
    ("青山村", "卫明辉", "黄志刚"),
)

TOWN = TownPeople(
    name="青石镇",
    county="云岭市",
    prefecture="江平市",
    province="华东省",
    party_secretary="林振华",
    deputy_secretary_organization="许文博",
    organization_member="高雅琴",
    department_head="宋思远",
    deputy_head_letters="韩晓东",
    villages=tuple(
        Village(id=f"V{i:02d}", name=n, secretary=s, stationed_cadre=c)
        for i, (n, s, c) in enumerate(_VILLAGES, start=1)
    ),
)
