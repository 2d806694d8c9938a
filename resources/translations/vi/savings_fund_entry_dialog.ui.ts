<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>FundEntryDialog</name>
    <message>
        <source>Money in or out</source>
        <translation>Khoản thu hoặc chi</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
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
        <source>What for:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>money out: e.g. tặng quà Tết</source>
        <translation>khoản chi: ví dụ tặng quà Tết</translation>
    </message>
    <message>
        <source>For whom:</source>
        <translation>Cho ai:</translation>
    </message>
    <message>
        <source>e.g. 06 hộ nghèo khu phố 2</source>
        <translation>ví dụ: 06 hộ nghèo khu phố 2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
</TS>
