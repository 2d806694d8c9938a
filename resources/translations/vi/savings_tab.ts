<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>SavingsTab</name>
    <message>
        <source>Savings</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <source>January to June</source>
        <translation>Tháng 1 đến tháng 6</translation>
    </message>
    <message>
        <source>July to December</source>
        <translation>Tháng 7 đến tháng 12</translation>
    </message>
    <message>
        <source>Mon&amp;ths:</source>
        <translation>Xem &amp;6 tháng:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Khoản chi</translation>
    </message>
    <message>
        <source>Actual (đồng)</source>
        <translation>Thực chi (đồng)</translation>
    </message>
    <message>
        <source>Baseline (đồng)</source>
        <translation>Mức gốc (đồng)</translation>
    </message>
    <message>
        <source>Saved (đồng)</source>
        <translation>Tiết kiệm (đồng)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>So với mức gốc</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>the year</source>
        <translation>cả năm</translation>
    </message>
    <message>
        <source>quarter %1</source>
        <translation>quý %1</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>tháng %1</translation>
    </message>
    <message>
        <source>several years</source>
        <translation>nhiều năm</translation>
    </message>
    <message>
        <source>Could not read the savings records: %1</source>
        <translation>Không đọc được dữ liệu tiết kiệm: %1</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tất cả khoản chi</translation>
    </message>
    <message>
        <source>No spending entered for %1 yet.</source>
        <translation>Chưa nhập số liệu chi tiêu cho %1.</translation>
    </message>
    <message>
        <source>Spending rose above the baseline in: %1</source>
        <translation>Các tháng chi tăng so với mức gốc: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, năm %2</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Quỹ</translation>
    </message>
</context>
</TS>
