<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ClosedYears</name>
    <message>
        <source>Year %1 is closed: its records can be read but not changed. To change them, reopen it (File → Reopen a closed year…) and give the reason.</source>
        <translation>Năm %1 đã khóa sổ: dữ liệu của năm này chỉ xem được, không sửa được. Muốn sửa, hãy bỏ khóa sổ năm này (Tệp → Bỏ khóa sổ năm…) và ghi rõ lý do.</translation>
    </message>
    <message>
        <source>C&amp;hange history…</source>
        <translation>&amp;Lịch sử thay đổi…</translation>
    </message>
    <message>
        <source>Who changed this record, when, and from what to what</source>
        <translation>Ai đã sửa dữ liệu này, vào lúc nào, từ giá trị nào sang giá trị nào</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>Lịch sử thay đổi…</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> ngày %1</translation>
    </message>
    <message>
        <source>Year %1 is closed%2: its records can be read but not changed (File → Reopen a closed year…).</source>
        <translation>Năm %1 đã khóa sổ%2: dữ liệu của năm này chỉ xem, không sửa được (muốn sửa: Tệp → Bỏ khóa sổ năm…).</translation>
    </message>
</context>
</TS>
