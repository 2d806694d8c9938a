<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Spending category</source>
        <translation>Khoản chi</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên khoản chi:</translation>
    </message>
    <message>
        <source>Quantity unit (optional):</source>
        <translation>Đơn vị đo (nếu có):</translation>
    </message>
    <message>
        <source>e.g. kWh, m³, lít</source>
        <translation>ví dụ: kWh, m³, lít</translation>
    </message>
    <message>
        <source>No longer followed (hidden, figures kept)</source>
        <translation>Ngừng theo dõi (ẩn đi, vẫn giữ số liệu)</translation>
    </message>
</context>
</TS>
