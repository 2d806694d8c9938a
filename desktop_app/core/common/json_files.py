"""The app's own JSON files a user may edit (form templates, report outlines): what is wrong
with one, said in Vietnamese with the line, so a cell office can fix its copy."""

from __future__ import annotations

import json
import re


class JsonFileError(ValueError):
    """A file that cannot be used; ``str()`` is a Vietnamese message naming file and line."""


def line_of(text: str, item_id: str | None) -> int | None:
    """The line of *text* where the item ``"id": item_id`` is written, when it is found."""
    if not item_id:
        return None
    match = re.search(r'"id"\s*:\s*' + re.escape(json.dumps(item_id, ensure_ascii=False)), text)
    return text.count("\n", 0, match.start()) + 1 if match else None


_JSON_REASONS = {
    "Expecting ',' delimiter": "thiếu dấu phẩy",
    "Expecting ':' delimiter": "thiếu dấu hai chấm",
    "Expecting value": "thiếu giá trị",
    "Expecting property name enclosed in double quotes": "tên trường phải đặt trong ngoặc kép",
    "Unterminated string starting at": "chuỗi chưa đóng ngoặc kép",
    "Extra data": "thừa nội dung sau khi đã kết thúc",
}


def json_reason(message: str) -> str:
    """The JSON parser's message, in Vietnamese when it is one of the usual mistakes."""
    return _JSON_REASONS.get(message, message)
