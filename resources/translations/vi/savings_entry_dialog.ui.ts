<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>EntryDialog</name>
    <message>
        <source>Month&apos;s spending</source>
        <translation>Chi tiêu trong tháng</translation>
    </message>
    <message>
        <source>Amount (đồng):</source>
        <translation>Số tiền (đồng):</translation>
    </message>
    <message>
        <source>e.g. 1.250.000</source>
        <translation>ví dụ: 1.250.000</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Số lượng:</translation>
    </message>
    <message>
        <source>e.g. 1.250 or 12,5</source>
        <translation>ví dụ: 1.250 hoặc 12,5</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
</TS>
