<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>CommendationDialog</name>
    <message>
        <source>Commendation</source>
        <translation>Khen thưởng</translation>
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
        <source>Recipient:</source>
        <translation>Đối tượng:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Đồng chí:</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Tên tập thể:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Cấp khen thưởng:</translation>
    </message>
    <message>
        <source>e.g. Đảng ủy Khối</source>
        <translation>ví dụ: Đảng ủy Khối</translation>
    </message>
    <message>
        <source>For the period:</source>
        <translation>Thời kỳ:</translation>
    </message>
    <message>
        <source>e.g. năm 2009</source>
        <translation>ví dụ: năm 2009</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
</context>
</TS>
