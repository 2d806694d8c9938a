<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>StudyClosing</name>
    <message>
        <source>Study session of %1: %2</source>
        <translation>Buổi học tập ngày %1: %2</translation>
    </message>
    <message>
        <source>Attendance of %1 at the session of %2</source>
        <translation>Điểm danh đồng chí %1, buổi ngày %2</translation>
    </message>
    <message>
        <source>attendance of the session of %1 (Study tab)</source>
        <translation>điểm danh buổi ngày %1 (tab Học tập)</translation>
    </message>
</context>
</TS>
