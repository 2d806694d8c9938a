import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.common.text import (
    clean_line,
    collation_key,
    fold,
    match_rank,
    matches,
    name_sort_key,
    search_forms,
    searched_forms,
)
from desktop_app.nfc import normalize


def test_normalize_composes_and_fixes_lookalike_d():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Văn Đức")
    assert decomposed != "Nguyễn Văn Đức"
    assert normalize(decomposed) == "Nguyễn Văn Đức"
    assert normalize("\u00d0ặng") == "Đặng"
    assert normalize(None) == ""


def test_clean_line_collapses_spaces():
    assert clean_line("  Trần   Thị\tHà  ") == "Trần Thị Hà"


def test_fold_ignores_tones_and_reads_d_for_dj():
    assert fold("Nguyễn Văn Đức") == "nguyen van duc"
    assert fold("ĐẶNG HOÀNG ÂN") == "dang hoang an"


def test_matches_ranks_exact_diacritics_first():
    assert matches("Đức", "Nguyễn Văn Đức") == 2
    assert matches("duc", "Nguyễn Văn Đức") == 1
    assert matches("nguyen van duc", "Nguyễn Văn Đức") == 1
    assert matches("Dực", "Nguyễn Văn Đức") == 1  # tones ignored when not exact
    assert matches("lan", "Nguyễn Văn Đức") == 0
    assert matches("", "anything") == 1


def test_vietnamese_alphabet_order():
    words = ["Đức", "Dũng", "Ân", "Ánh", "Anh", "Bình", "Ăn"]
    assert sorted(words, key=collation_key) == ["Anh", "Ánh", "Ăn", "Ân", "Bình", "Dũng", "Đức"]


def test_tones_compare_after_letters_in_order():
    # ngang < huyền < hỏi < ngã < sắc < nặng
    tones = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted(reversed(tones), key=collation_key) == tones
    # letters first: "mạc" < "mai" although ạ is the heaviest tone
    assert sorted(["mai", "mạc"], key=collation_key) == ["mạc", "mai"]


def test_names_sort_by_given_name_then_family():
    names = ["Trần Văn Đức", "Nguyễn Thị Ánh", "Lê Anh", "Phạm Ân", "Vũ Dũng", "Nguyễn Văn Đức"]
    assert sorted(names, key=name_sort_key) == [
        "Lê Anh",
        "Nguyễn Thị Ánh",
        "Phạm Ân",
        "Vũ Dũng",
        "Nguyễn Văn Đức",
        "Trần Văn Đức",
    ]


@given(st.text())
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once
    assert unicodedata.is_normalized("NFC", once)


@given(st.text())
def test_fold_never_raises_and_has_no_marks(text):
    folded = fold(text)
    assert not any(unicodedata.combining(ch) for ch in folded)
    assert "đ" not in folded


@given(st.lists(st.text(max_size=20), max_size=20))
def test_sort_key_is_total_and_stable(names):
    once = [name_sort_key(n) for n in sorted(names, key=name_sort_key)]
    again = [name_sort_key(n) for n in sorted(reversed(names), key=name_sort_key)]
    assert once == again  # the order does not depend on the input order
    assert once == sorted(once)


VIETNAMESE = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹ"
                              "ềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ \t<b>&", max_size=20)


@given(VIETNAMESE, st.lists(VIETNAMESE, min_size=1, max_size=3))
def test_ranking_texts_together_is_the_best_of_ranking_each(query, texts):
    """A member's name, job and role searched at once rank as the best of the three."""
    best = max(matches(query, text) for text in texts)
    assert match_rank(search_forms(query), searched_forms(*texts)) == best


def test_prepared_forms_rank_like_matches():
    forms = searched_forms("Nguyễn Văn Đức", "Chuyên viên", "Bí thư")
    assert match_rank(search_forms("Đức"), forms) == 2
    assert match_rank(search_forms("bi thu"), forms) == 1
    assert match_rank(search_forms("đức chuyên"), forms) == 0  # not across two texts
    assert match_rank(search_forms("  "), forms) == 1


INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u202e",
             "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u3164", "\u2800", "\U000e0041"]


@pytest.mark.parametrize("char", INVISIBLE)
def test_invisible_characters_are_removed_on_the_way_in(char):
    assert clean_line(f"{char}{char} {char}") == ""
    assert normalize(char * 3).strip() == ""
    assert clean_line(f"Nguyễn{char} Văn{char}{char} Đức") == "Nguyễn Văn Đức"


def test_line_breaks_and_tabs_of_a_text_are_kept():
    assert normalize("Dòng 1\r\nDòng 2\n\tý a\u200b") == "Dòng 1\r\nDòng 2\n\tý a"
    assert normalize("a\x0bb\x0cc") == "a\nb\nc"  # Word's manual line break, form feed
