<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Position in the cell:</source>
        <translation>Chức vụ trong chi bộ:</translation>
    </message>
    <message>
        <source>Key cadre of the unit</source>
        <translation>Cán bộ chủ chốt của đơn vị</translation>
    </message>
    <message>
        <source>Job / unit:</source>
        <translation>Chức vụ / đơn vị công tác:</translation>
    </message>
    <message>
        <source>Date joined the Party:</source>
        <translation>Ngày vào Đảng:</translation>
    </message>
    <message>
        <source>Date of full membership:</source>
        <translation>Ngày chính thức:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
</TS>
