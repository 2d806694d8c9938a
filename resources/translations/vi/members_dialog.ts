<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Sửa thông tin đảng viên</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Thêm đảng viên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Date joined the Party</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Date of full membership</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Is this another person? Save anyway?</source>
        <translation>Đây là một người khác? Vẫn lưu?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
</context>
</TS>
