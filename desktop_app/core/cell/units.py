"""What the unit is (chi bộ, chi bộ cơ sở, đảng bộ cơ sở, đảng bộ bộ phận) and how its
documents speak and sign (DOMAIN.md §7).

A chi bộ's report says "Cấp ủy chi bộ …", "Chi bộ có … đảng viên" and is signed "T/M CHI
BỘ"; a đảng bộ's says "Đảng ủy …", "Đảng bộ có …" and is signed "T/M ĐẢNG ỦY". A document
of a cell's committee (chi ủy) is signed "T/M CHI ỦY".
"""

from __future__ import annotations

from dataclasses import dataclass

UNIT_KIND_LABELS = {
    "chi_bo": "Chi bộ (trực thuộc đảng ủy cơ sở)",
    "chi_bo_co_so": "Chi bộ cơ sở",
    "dang_bo_co_so": "Đảng bộ cơ sở",
    "dang_bo_bo_phan": "Đảng bộ bộ phận",
}
DEFAULT_UNIT_KIND = "chi_bo"


@dataclass(frozen=True)
class UnitWords:
    """The words a document of the unit uses for itself."""

    kind: str
    unit: str  # "chi bộ" / "đảng bộ" (lower case, inside a sentence)
    committee: str  # "Cấp ủy chi bộ" / "Đảng ủy" (the committee that leads, sentence start)
    committee_short: str  # "chi ủy" / "đảng ủy"
    authority: str  # "T/M CHI BỘ" / "T/M ĐẢNG ỦY": the unit's own documents
    committee_authority: str  # "T/M CHI ỦY" / "T/M ĐẢNG ỦY": the committee's documents
    secretary: str  # "Bí thư Chi bộ" / "Bí thư Đảng ủy"
    archive: str  # the distribution list's last line: "- Lưu Chi bộ."

    @property
    def Unit(self) -> str:  # noqa: N802 (the capitalised noun, as "Chi bộ có …")
        return self.unit[:1].upper() + self.unit[1:]

    @property
    def Committee(self) -> str:  # noqa: N802 (the committee's short name capitalised: "Chi ủy …")
        return self.committee_short[:1].upper() + self.committee_short[1:]

    @property
    def is_party_committee(self) -> bool:
        return self.kind.startswith("dang_bo")


_CELL = dict(unit="chi bộ", committee="Cấp ủy chi bộ", committee_short="chi ủy",
             authority="T/M CHI BỘ", committee_authority="T/M CHI ỦY", secretary="Bí thư Chi bộ",
             archive="- Lưu Chi bộ.")
_COMMITTEE = dict(unit="đảng bộ", committee="Đảng ủy", committee_short="đảng ủy",
                  authority="T/M ĐẢNG ỦY", committee_authority="T/M ĐẢNG ỦY",
                  secretary="Bí thư Đảng ủy", archive="- Lưu Văn phòng Đảng ủy.")
_WORDS = {
    "chi_bo": UnitWords("chi_bo", **_CELL),
    "chi_bo_co_so": UnitWords("chi_bo_co_so", **_CELL),
    "dang_bo_co_so": UnitWords("dang_bo_co_so", **_COMMITTEE),
    "dang_bo_bo_phan": UnitWords("dang_bo_bo_phan", **{
        **_COMMITTEE, "committee": "Đảng ủy bộ phận", "committee_short": "đảng ủy bộ phận",
        "secretary": "Bí thư Đảng ủy bộ phận", "archive": "- Lưu Đảng ủy bộ phận."}),
}


def words(kind: str | None) -> UnitWords:
    """The words of a unit kind (a chi bộ's for an unknown or missing kind)."""
    return _WORDS.get(kind or DEFAULT_UNIT_KIND, _WORDS[DEFAULT_UNIT_KIND])
