<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>GridActions</name>
    <message>
        <source>New category…</source>
        <translation>Thêm khoản chi…</translation>
    </message>
    <message>
        <source>Edit selected category…</source>
        <translation>Sửa khoản chi đang chọn…</translation>
    </message>
    <message>
        <source>Select a month of a category in the grid first.</source>
        <translation>Hãy chọn một tháng của một khoản chi trong bảng trước.</translation>
    </message>
    <message>
        <source>Select a cell in the month to copy first.</source>
        <translation>Hãy chọn một ô trong tháng cần sao chép trước.</translation>
    </message>
    <message>
        <source>Month %1/%2 already has figures. Replace them with those of month %3?</source>
        <translation>Tháng %1/%2 đã có số liệu. Thay bằng số liệu của tháng %3?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Select a category in the grid first.</source>
        <translation>Hãy chọn một khoản chi trong bảng trước.</translation>
    </message>
</context>
</TS>
