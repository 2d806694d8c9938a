<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Import %n member(s)</source>
        <translation>
            <numerusform>Nhập %n người</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the file can be imported: see the messages in the list.</source>
        <translation>Không có dòng nào của tệp nhập được: xem các thông báo trong bảng.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Lỗi: </translation>
    </message>
    <message>
        <source>Duplicate, skipped: </source>
        <translation>Trùng, bỏ qua: </translation>
    </message>
    <message>
        <source>Will be imported</source>
        <translation>Sẽ được nhập</translation>
    </message>
</context>
</TS>
