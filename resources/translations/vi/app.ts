<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>An unexpected error occurred: %1

Your data already saved is safe. The details were written to the log file:
%2</source>
        <translation>Đã xảy ra lỗi không mong muốn: %1

Dữ liệu đã lưu của anh/chị vẫn an toàn. Chi tiết lỗi đã được ghi vào tệp nhật ký:
%2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Party cell book databases (*.db *.sqlite);;All files (*)</source>
        <translation>Cơ sở dữ liệu Sổ Chi bộ (*.db *.sqlite);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Create demo database</source>
        <translation>Tạo cơ sở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Party cell book databases (*.db)</source>
        <translation>Cơ sở dữ liệu Sổ Chi bộ (*.db)</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name: an existing database is never overwritten.</source>
        <translation>Tệp %1 đã có. Hãy chọn tên khác: chương trình không bao giờ ghi đè lên một cơ sở dữ liệu đã có.</translation>
    </message>
</context>
</TS>
