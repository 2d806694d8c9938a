"""Vietnamese text: normalisation on the way in, search folding, and name collation.

Everything stored goes through :func:`normalize` (NFC, "Ð" U+00D0 read as "Đ").
Sorting follows ICU/CLDR "vi": letters compare before tones, tones in the order
ngang < huyền < hỏi < ngã < sắc < nặng (DOMAIN.md §6). We implement it here
rather than depend on ICU so that the core stays small and Qt-free.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Lookalikes typed by Vietnamese input tools or pasted from old documents.
_LOOKALIKES = str.maketrans(
    {
        "\u00d0": "\u0110",  # Ð (Icelandic eth) -> Đ
        "\u00f0": "\u0111",  # ð -> đ
        "\u0189": "\u0110",  # Ɖ (African D) -> Đ
    }
)

_LOOKALIKE_CHARS = re.compile("[" + "".join(map(chr, _LOOKALIKES)) + "]")

# Characters that show nothing: control characters (but tab and line breaks), format
# characters (zero-width space and joiners, BOM, soft hyphen, direction marks, tags) and
# the blank letters pasted to fake an empty name (Hangul fillers, Braille blank). A name
# made of them only would look empty on screen and in print; they are never stored.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u061c\u115f\u1160\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u2800\u3164\ufeff\uffa0\ufff9-\ufffb"
    "\U0001d173-\U0001d17a\U000e0000-\U000e007f]"
)
_PAGE_BREAKS = re.compile("[\x0b\x0c]")  # Word's manual line break, form feed

# Combining tone marks (Vietnamese has five besides the level tone "ngang").
_TONES = {
    "\u0300": 1,  # huyền
    "\u0309": 2,  # hỏi
    "\u0303": 3,  # ngã
    "\u0301": 4,  # sắc
    "\u0323": 5,  # nặng
}
# Combining marks that make a distinct letter: ă (breve), â ê ô (circumflex), ơ ư (horn).
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}

_ALPHABET = [
    "a",
    "ă",
    "â",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "ê",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "ô",
    "ơ",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "ư",
    "v",
    "w",
    "x",
    "y",
    "z",
]
_LETTER_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}
_SPACES = re.compile(r"\s+")


def normalize(text: str | None) -> str:
    """Return *text* in NFC with lookalike letters replaced and invisible characters
    removed (tab and line breaks stay); None becomes ""."""
    if not text:
        return ""
    if _LOOKALIKE_CHARS.search(text):  # rare: translate() is slow on long non-ASCII text
        text = text.translate(_LOOKALIKES)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if _PAGE_BREAKS.search(text):
        text = _PAGE_BREAKS.sub("\n", text)
    return unicodedata.normalize("NFC", text)


def clean_line(text: str | None) -> str:
    """Normalise a one-line value (a name, a title): NFC, single spaces, trimmed."""
    return _SPACES.sub(" ", normalize(text)).strip()


@functools.lru_cache(maxsize=65536)  # searching folds the same names on every keystroke
def fold(text: str | None) -> str:
    """Fold for searching: lower case, no tone or letter marks, đ as d.

    "Nguyễn Văn Đức" -> "nguyen van duc". Never raises.
    """
    decomposed = unicodedata.normalize("NFD", normalize(text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d")


def matches(query: str, text: str) -> int:
    """Rank how well *text* matches a search *query*; 0 means no match.

    2: the query occurs as typed (diacritics respected, case ignored);
    1: it occurs once tone marks are ignored and đ is read as d.
    An empty query matches everything with rank 1.
    """
    return match_rank(search_forms(query), searched_forms(text))


def search_forms(query: str) -> tuple[str, str]:
    """A search query as ``match_rank`` compares it: case-folded, and folded."""
    q = clean_line(query).casefold()
    return q, fold(q)


def searched_forms(*texts: str | None) -> tuple[str, str]:
    """Texts searched together (a member's name, job and role), as ``match_rank`` compares
    them; worth keeping per row when a list is searched at each keystroke. A query never
    holds a line break (``clean_line``), so it cannot match across two texts."""
    joined = "\n".join(normalize(text).casefold() for text in texts)
    return joined, fold(joined)


def match_rank(query: tuple[str, str], texts: tuple[str, str]) -> int:
    """``matches`` for prepared forms: the best rank among the texts."""
    if not query[0]:
        return 1
    if query[0] in texts[0]:
        return 2
    return 1 if query[1] in texts[1] else 0


def _letters_and_tones(word: str) -> tuple[list[int], list[int]]:
    """Split a word into alphabet ranks and tone ranks, one each per letter."""
    letters: list[int] = []
    tones: list[int] = []
    decomposed = unicodedata.normalize("NFD", word.casefold())
    for ch in decomposed:
        if ch in _TONES:
            if tones:
                tones[-1] = _TONES[ch]
            continue
        if ch in _LETTER_MARKS and letters:
            base = _ALPHABET[letters[-1]] if letters[-1] < len(_ALPHABET) else ""
            combined = unicodedata.normalize("NFC", base + ch)
            if combined in _LETTER_RANK:
                letters[-1] = _LETTER_RANK[combined]
            continue
        if unicodedata.combining(ch):
            continue
        if ch in _LETTER_RANK:
            letters.append(_LETTER_RANK[ch])
        else:
            # Digits, punctuation and other scripts sort after the alphabet, by code point.
            letters.append(len(_ALPHABET) + ord(ch))
        tones.append(0)
    return letters, tones


@functools.lru_cache(maxsize=65536)  # sorted views ask for the same keys on every comparison
def collation_key(text: str | None) -> tuple:
    """A sort key giving Vietnamese dictionary order (ICU "vi" at three levels).

    Primary: letters (a < ă < â < b ... d < đ ...); secondary: tones, left to right;
    tertiary: case (lower before upper) and finally the text itself so that the
    order is total and stable.
    """
    value = clean_line(text)
    letters: list[int] = []
    tones: list[int] = []
    for index, word in enumerate(value.split(" ")):
        if index:
            letters.append(-1)  # a space sorts before any letter
            tones.append(0)
        word_letters, word_tones = _letters_and_tones(word)
        letters.extend(word_letters)
        tones.extend(word_tones)
    case = tuple(1 if ch.isupper() else 0 for ch in value)
    return (tuple(letters), tuple(tones), case, value)


def split_name(full_name: str) -> tuple[str, str]:
    """Split a Vietnamese full name into (family and middle names, given name)."""
    parts = clean_line(full_name).split(" ")
    return " ".join(parts[:-1]), parts[-1]


@functools.lru_cache(maxsize=8192)  # lists sort the same names again and again
def name_sort_key(full_name: str | None) -> tuple:
    """Member lists sort by given name (the last word), then family and middle names."""
    family_middle, given = split_name(full_name or "")
    return (collation_key(given), collation_key(family_middle))
