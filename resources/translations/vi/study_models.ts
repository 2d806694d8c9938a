<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Thu hoạch</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Ngày nộp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Thu hoạch</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Non-party</source>
        <translation>Quần chúng</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Thu hoạch</translation>
    </message>
</context>
</TS>
