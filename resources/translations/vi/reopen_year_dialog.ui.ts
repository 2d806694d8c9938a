<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ReopenYearDialog</name>
    <message>
        <source>Reopen a closed year</source>
        <translation>Bỏ khóa sổ năm</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Đã khóa sổ:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
</context>
</TS>
