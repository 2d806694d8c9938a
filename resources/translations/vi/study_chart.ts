<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>StudyChart</name>
    <message>
        <source>Party members present (%) per session</source>
        <translation>Tỷ lệ đảng viên có mặt (%) từng buổi</translation>
    </message>
    <message>
        <source>Party members present (%) per month</source>
        <translation>Tỷ lệ đảng viên có mặt (%) theo tháng</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
</context>
</TS>
