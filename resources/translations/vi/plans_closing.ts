<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>PlansClosing</name>
    <message>
        <source>Target: %1</source>
        <translation>Chỉ tiêu: %1</translation>
    </message>
</context>
</TS>
