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
        <source>Party members present (%) per session</source>
        <translation>Tỷ lệ đảng viên có mặt (%) từng buổi</translation>
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
        <source>Party members present (%) per month</source>
        <translation>Tỷ lệ đảng viên có mặt (%) theo tháng</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Unexcused absences (⚠: 3 or more in a year):</source>
        <translation>Vắng không lý do (⚠: từ 3 buổi trở lên trong một năm):</translation>
    </message>
    <message>
        <source>%1 sessions: present %2, absent without reason %3.</source>
        <translation>%1 buổi: có mặt %2, vắng không lý do %3.</translation>
    </message>
    <message>
        <source>Delete the session of %1 and its attendance? This cannot be undone.</source>
        <translation>Xóa buổi học tập ngày %1 cùng toàn bộ điểm danh? Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
</TS>
