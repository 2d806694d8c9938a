"""Checks every claim of a drafted report: its numbers are its figures, and each figure is
what the independent count (recount.py) finds in the file."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from desktop_app.core.report.claims import Claim, Figure

from .recount import Recount, close_enough

NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")
MANGLED = [
    (re.compile(r"\b(\w+ \w+) \1\b", re.IGNORECASE), "a doubled phrase"),
    (re.compile(r"\b(\w{3,}) \1\b", re.IGNORECASE), "a doubled word"),
    (re.compile(r"\b(\w+ \w+) [“\"(]\1", re.IGNORECASE), "a phrase doubled across a quote"),
    (re.compile(r"nhiệm kỳ\s*[–-]"), "a year cut out of a term"),
    (re.compile(r"(?<![\d.,])0/\d"), "0/N for nothing"),
    (re.compile(r"đạt 0%"), "đạt 0%"),
    (re.compile(r"không xác định|NaN|None|\{|\}"), "an undefined value"),
    (re.compile(r"  |\s[,.;:)]|\(\s|\.\.(?!/)|,\s*\."), "broken punctuation"),
    (re.compile(r"\b\d+/0\b"), "a share of nothing"),
]


def numbers(text: str) -> list[str]:
    return NUMBER.findall(text)


REDUPLICATED = {"chung chung"}  # Vietnamese words that are doubled by nature


def mangled(text: str) -> list[str]:
    """What is wrong with a sentence's wording, if anything."""
    found = []
    for pattern, what in MANGLED:
        for match in pattern.finditer(text):
            if match.group(0).lower() not in REDUPLICATED:
                found.append(f"{what}: “{match.group(0)}” in “{text}”")
                break
    return found


def _unquoted(claim: Claim) -> str:
    text = claim.text
    for quoted in sorted(claim.quoted, key=len, reverse=True):
        text = text.replace(quoted, " ")
    return text


def figure_problems(figure: Figure, recount: Recount) -> list[str]:
    """Where the figure differs from the independent count."""
    key, params = figure.key, dict(figure.params)
    if key == "label.year":
        ok = 1990 <= int(figure.value) <= recount.period.end.year + 10
        return [] if ok else [f"year {figure.value} out of place"]
    if key.startswith("label."):
        return []
    if figure.of is not None:
        part, whole = figure.of
        problems = figure_problems(part, recount) + figure_problems(whole, recount)
        share = part.value * 100 / whole.value if whole.value else None
        if share is None or not close_enough(figure.value, share):
            problems.append(f"{key}: {figure.value} is not {part.value}/{whole.value}")
        return problems
    expected = recount.expect(key, params)
    if isinstance(expected, tuple):  # (ids, sum of money)
        ids, total = expected
        problems = []
        if figure.records is not None and set(figure.records) != ids:
            problems.append(f"{key} {params}: records {sorted(figure.records)} != {sorted(ids)}")
        if figure.value != total:
            problems.append(f"{key} {params}: {figure.value} != {total}")
        return problems
    if isinstance(expected, set):
        if figure.records is None:
            return [] if figure.value == len(expected) else [
                f"{key} {params}: {figure.value} != {len(expected)}"]
        if set(figure.records) != expected or figure.value != len(expected):
            return [f"{key} {params}: {figure.value} {sorted(figure.records)} != "
                    f"{len(expected)} {sorted(expected)}"]
        return []
    if expected is None:
        return [f"{key} {params}: nothing to count, yet {figure.value} printed"]
    decimals = 1 if key.startswith("thrift.") else 2
    if not close_enough(float(figure.value), float(expected), decimals):
        return [f"{key} {params}: {figure.value} != {expected}"]
    return []


def claim_problems(claim: Claim, recount: Recount) -> list[str]:
    # a table cell may hold a true zero of records ("0/3 (0%)": three expected, none came);
    # prose says it in words
    problems = [p for p in mangled(claim.text) if not (
        claim.kind.startswith("appendix.") and p.startswith(("0/N", "đạt 0%")))]
    printed = Counter(numbers(_unquoted(claim)))
    declared = Counter(n for f in claim.figures for n in numbers(f.text))
    if printed != declared:
        problems.append(f"numbers {sorted(printed.elements())} but figures "
                        f"{sorted(declared.elements())} in “{claim.text}” ({claim.kind})")
    for figure in claim.figures:
        problems += [f"{p} in “{claim.text}”" for p in figure_problems(figure, recount)]
    return problems


def report_problems(claims: Iterable[Claim], recount: Recount) -> list[str]:
    problems: list[str] = []
    for claim in claims:
        problems += claim_problems(claim, recount)
    return problems
