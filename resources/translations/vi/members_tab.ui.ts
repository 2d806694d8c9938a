<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>MembersTab</name>
    <message>
        <source>Search by name, position, unit… (tone marks optional)</source>
        <translation>Tìm theo tên, chức vụ, đơn vị… (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Sắp xếp:</translation>
    </message>
    <message>
        <source>Show members who left</source>
        <translation>Hiện cả người đã chuyển đi / từ t&amp;rần</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Thê&amp;m…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>&amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;In danh sách…</translation>
    </message>
    <message>
        <source>Print the list of party members as a Party document (PDF, Word)</source>
        <translation>In danh sách đảng viên theo thể thức văn bản của Đảng (PDF, Word)</translation>
    </message>
</context>
</TS>
