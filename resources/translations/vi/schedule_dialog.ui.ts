<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Next study session</source>
        <translation>Buổi học tập tới</translation>
    </message>
    <message>
        <source>The session planned next: the overview reminds you of it, and to record it once it has taken place.</source>
        <translation>Buổi học tập dự kiến sắp tới: Tổng quan sẽ nhắc buổi này, và nhắc ghi lại sau khi buổi học đã diễn ra.</translation>
    </message>
    <message>
        <source>&amp;Date: *</source>
        <translation>&amp;Ngày: *</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>&amp;Topic: *</source>
        <translation>Nội &amp;dung: *</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa điể&amp;m:</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* bắt buộc nhập</translation>
    </message>
</context>
</TS>
