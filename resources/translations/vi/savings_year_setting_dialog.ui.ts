<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>YearSettingDialog</name>
    <message>
        <source>Baseline and target</source>
        <translation>Mức gốc và chỉ tiêu</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Khoản chi:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Mức gốc:</translation>
    </message>
    <message>
        <source>Fixed baseline (đồng per month):</source>
        <translation>Mức gốc cố định (đồng/tháng):</translation>
    </message>
    <message>
        <source>e.g. 4.500.000</source>
        <translation>ví dụ: 4.500.000</translation>
    </message>
    <message>
        <source>Years to average (separated by commas):</source>
        <translation>Các năm lấy bình quân (cách nhau bằng dấu phẩy):</translation>
    </message>
    <message>
        <source>e.g. 2006, 2007</source>
        <translation>ví dụ: 2006, 2007</translation>
    </message>
    <message>
        <source>Target saving:</source>
        <translation>Chỉ tiêu tiết kiệm:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
</context>
</TS>
