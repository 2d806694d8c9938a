<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>GridModel</name>
    <message>
        <source>Category (đồng)</source>
        <translation>Khoản chi (đồng)</translation>
    </message>
    <message>
        <source>Year total</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>The total of the categories, in đồng</source>
        <translation>Tổng các khoản chi, tính bằng đồng</translation>
    </message>
    <message>
        <source>Amounts spent each month, in đồng.</source>
        <translation>Số tiền đã chi từng tháng, tính bằng đồng.</translation>
    </message>
    <message>
        <source>The quantity (%1) is entered with “Quantity and note…”.</source>
        <translation>Số lượng (%1) nhập ở “Số lượng, ghi chú…”.</translation>
    </message>
    <message>
        <source>Spending rose above the baseline this month.</source>
        <translation>Tháng này chi tăng so với mức gốc.</translation>
    </message>
</context>
</TS>
