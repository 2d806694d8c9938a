<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>SavingsCharts</name>
    <message>
        <source>Actual spending</source>
        <translation>Thực chi</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>million đồng</source>
        <translation>triệu đồng</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Mức gốc</translation>
    </message>
    <message>
        <source>Spending allowed by the target</source>
        <translation>Mức chi theo chỉ tiêu</translation>
    </message>
    <message>
        <source>Saved % by category, %1</source>
        <translation>Tỷ lệ tiết kiệm theo khoản chi, %1</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>Target not reached</source>
        <translation>Chưa đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
</context>
</TS>
