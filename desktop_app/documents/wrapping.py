"""Balanced line breaking for centred header lines (measured with the font's metrics).

A long unit name in the header ("ĐẢNG BỘ XÃ … HUYỆN DƯƠNG MINH CHÂU") must break only
between words and into lines of even length, never leaving one word alone on the second
line. Both renderers print the lines found here with explicit line breaks, so Word and the
PDF break them at the same places (Liberation Serif has the metrics of Times New Roman).
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth


def _greedy(words: list[str], widths: list[float], space: float, limit: float) -> list[int]:
    """Where greedy breaking at *limit* starts each line (indexes into *words*)."""
    starts = [0]
    current = 0.0
    for index, width in enumerate(widths):
        if index == starts[-1]:
            current = width
        elif current + space + width <= limit:
            current += space + width
        else:
            starts.append(index)
            current = width
    return starts


def balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """*text* broken between words into as few lines as fit in *width*, as even as can be.

    The number of lines is the one greedy breaking needs; then the narrowest width that
    still gives that many lines is found, so that the lines share the words evenly. A
    word wider than *width* stands on its own line (it is never cut).
    """
    words = text.split()
    if not words:
        return [""] if not text else [text.strip()]
    widths = [stringWidth(w, font, size) for w in words]
    space = stringWidth(" ", font, size)
    count = len(_greedy(words, widths, space, width))
    if count == 1:
        return [" ".join(words)]
    low, high = max(widths), width
    for _ in range(40):  # bisection to a hundredth of a point
        if high - low < 0.01:
            break
        middle = (low + high) / 2
        if len(_greedy(words, widths, space, middle)) <= count:
            high = middle
        else:
            low = middle
    starts = [*_greedy(words, widths, space, high), len(words)]
    return [" ".join(words[a:b]) for a, b in zip(starts, starts[1:], strict=False)]


def fits(text: str, font: str, size: float, width: float) -> bool:
    return stringWidth(text, font, size) <= width
