<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit social work</source>
        <translation>Sửa hoạt động công tác xã hội</translation>
    </message>
    <message>
        <source>New social work</source>
        <translation>Thêm hoạt động công tác xã hội</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
</context>
<context>
    <name>CommendationDialog</name>
    <message>
        <source>Edit commendation</source>
        <translation>Sửa khen thưởng</translation>
    </message>
    <message>
        <source>New commendation</source>
        <translation>Thêm khen thưởng</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <source>Edit violation</source>
        <translation>Sửa vi phạm</translation>
    </message>
    <message>
        <source>New violation</source>
        <translation>Thêm vi phạm</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày xử lý</translation>
    </message>
</context>
</TS>
