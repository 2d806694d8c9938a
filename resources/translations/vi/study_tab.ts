<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>StudyTab</name>
    <message>
        <source>Study</source>
        <translation>Học tập</translation>
    </message>
    <message>
        <source>Could not read the study records: %1</source>
        <translation>Không đọc được dữ liệu học tập: %1</translation>
    </message>
    <message>
        <source>No session selected.</source>
        <translation>Chưa chọn buổi học tập nào.</translation>
    </message>
    <message>
        <source>Choose a session in the list first.</source>
        <translation>Hãy chọn một buổi học tập trong danh sách trước.</translation>
    </message>
    <message>
        <source>No session this year yet: add one first (New session…).</source>
        <translation>Năm này chưa có buổi học tập nào: hãy thêm trước (Thêm buổi học…).</translation>
    </message>
    <message>
        <source>No change to discard.</source>
        <translation>Không có thay đổi nào để bỏ.</translation>
    </message>
    <message>
        <source>Delete the session of %1 and its attendance? Edit → Undo (Ctrl+Z) puts it back.</source>
        <translation>Xóa buổi học tập ngày %1 cùng điểm danh của buổi đó? Chỉnh sửa → Hoàn tác (Ctrl+Z) để lấy lại.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
</TS>
