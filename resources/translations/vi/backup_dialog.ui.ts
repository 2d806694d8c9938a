<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>A verified copy of all the cell&apos;s data is written to the folder you choose, for example a USB stick.</source>
        <translation>Toàn bộ dữ liệu của chi bộ được chép (và kiểm tra lại) vào thư mục anh/chị chọn, ví dụ ổ USB.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Tê&amp;n tệp:</translation>
    </message>
    <message>
        <source>&amp;Protect with a password (for a copy taken away on a USB stick)</source>
        <translation>Đặt &amp;mật khẩu bảo vệ (cho bản sao mang đi trên ổ USB)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
</context>
</TS>
