<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>CloseYearDialog</name>
    <message>
        <source>Close a year</source>
        <translation>Khóa sổ năm</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Issued reports:</source>
        <translation>Báo cáo đã ban hành:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Close the year &amp;anyway</source>
        <translation>&amp;Vẫn khóa sổ dù còn các việc trên</translation>
    </message>
</context>
</TS>
