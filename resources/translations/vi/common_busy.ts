<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Reading the data…</source>
        <translation>Đang đọc số liệu…</translation>
    </message>
</context>
</TS>
