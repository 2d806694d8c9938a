"""Text as it is stored: NFC, with lookalike letters read as Vietnamese ones.

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


def normalize(text: str | None) -> str:
    """Return *text* in NFC with lookalike letters replaced; None becomes ""."""
    if not text:
        return ""
    if _LOOKALIKE_CHARS.search(text):  # rare: translate() is slow on long non-ASCII text
        text = text.translate(_LOOKALIKES)
    return unicodedata.normalize("NFC", text)
