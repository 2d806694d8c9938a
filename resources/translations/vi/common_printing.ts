<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>PreviewDialog</name>
    <message>
        <source>The document could not be prepared for printing.</source>
        <translation>Không chuẩn bị được văn bản để in.</translation>
    </message>
    <message>
        <source>The pages chosen are not in the document.</source>
        <translation>Văn bản không có các trang đã chọn.</translation>
    </message>
    <message>
        <source>Choose the file to print to.</source>
        <translation>Hãy chọn tệp để in ra.</translation>
    </message>
    <message>
        <source>The printer did not take the document: %1</source>
        <translation>Máy in không nhận văn bản: %1</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected.</source>
        <translation>Không khởi động được máy in. Hãy kiểm tra máy in đã bật và được kết nối.</translation>
    </message>
</context>
</TS>
