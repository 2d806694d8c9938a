<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members from Excel</source>
        <translation>Nhập danh sách từ Excel</translation>
    </message>
</context>
</TS>
