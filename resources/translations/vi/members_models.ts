<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>MembersModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Position in the cell</source>
        <translation>Chức vụ trong chi bộ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Key cadre</source>
        <translation>Cán bộ chủ chốt</translation>
    </message>
    <message>
        <source>Job / unit</source>
        <translation>Chức vụ / đơn vị công tác</translation>
    </message>
    <message>
        <source>Joined the Party</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Full member since</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>Party years</source>
        <translation>Tuổi đảng</translation>
    </message>
    <message>
        <source>Years in the Party, counted from admission (full members)</source>
        <translation>Số năm tuổi đảng, tính từ ngày kết nạp (đảng viên chính thức)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
</TS>
