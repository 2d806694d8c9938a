"""Text as it is stored: NFC, lookalike letters read as Vietnamese ones, nothing invisible.

The one normalisation every layer shares: the data layer's text fields store it, the core
cleans input with it (``core.common.text`` builds folding and collation on it), the
renderers print with it. It imports nothing of the app, so any layer can use it.
"""

from __future__ import annotations

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
