<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>FieldErrors</name>
    <message>
        <source>Must be filled in</source>
        <translation>Bắt buộc nhập</translation>
    </message>
    <message>
        <source>* must be filled in</source>
        <translation>* bắt buộc nhập</translation>
    </message>
</context>
</TS>
