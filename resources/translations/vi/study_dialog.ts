<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>SessionDialog</name>
    <message>
        <source>New study session</source>
        <translation>Thêm buổi học tập</translation>
    </message>
    <message>
        <source>Edit study session</source>
        <translation>Sửa buổi học tập</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>A due date is set only when members must write a reflection.</source>
        <translation>Chỉ có hạn nộp khi đảng viên phải viết thu hoạch.</translation>
    </message>
</context>
</TS>
