"""The cell's particulars (thông tin chi bộ) and committee terms (nhiệm kỳ)."""

from __future__ import annotations

from peewee import DateField, DateTimeField

from ..fields import NFCCharField, enum_field
from .base import BaseModel, _now

# chi bộ (under a grassroots committee), chi bộ cơ sở, đảng bộ cơ sở, đảng bộ bộ phận
UNIT_KINDS = ("chi_bo", "chi_bo_co_so", "dang_bo_co_so", "dang_bo_bo_phan")


class Cell(BaseModel):
    """The cell's particulars (thông tin chi bộ): a single row."""

    name = NFCCharField(max_length=200)  # "Chi bộ Văn phòng Đảng ủy Khối"
    superior_line1 = NFCCharField(max_length=200)  # "ĐẢNG BỘ KHỐI CƠ SỞ BỘ XÂY DỰNG"
    superior_line2 = NFCCharField(max_length=200, default="")
    code = NFCCharField(max_length=20, default="CB")  # ký hiệu in document numbers: 12-BC/CB
    place = NFCCharField(max_length=100, default="")  # địa danh of the dated line
    updated_at = DateTimeField(default=_now)
    # v8: what the unit is; its documents speak and sign as it (T/M CHI BỘ, T/M ĐẢNG ỦY)
    unit_kind = enum_field("unit_kind", UNIT_KINDS, default="chi_bo")


class CommitteeTerm(BaseModel):
    """A committee term (nhiệm kỳ); document numbers restart in each term."""

    name = NFCCharField(max_length=100)  # "Nhiệm kỳ 2005 – 2010"
    start_date = DateField()
    end_date = DateField()
    secretary_name = NFCCharField(max_length=200, default="")
    deputy_secretary_name = NFCCharField(max_length=200, default="")
