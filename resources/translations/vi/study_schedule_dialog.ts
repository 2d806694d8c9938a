<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Remove the plan</source>
        <translation>&amp;Bỏ lịch</translation>
    </message>
    <message>
        <source>No session is planned yet.</source>
        <translation>Chưa lên lịch buổi nào.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type the date of the session (dd/mm/yyyy).</source>
        <translation>Nhập ngày của buổi học tập (ngày/tháng/năm).</translation>
    </message>
</context>
</TS>
