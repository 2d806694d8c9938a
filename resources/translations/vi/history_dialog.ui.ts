<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>&amp;Print, save…</source>
        <translation>&amp;In, lưu…</translation>
    </message>
</context>
</TS>
