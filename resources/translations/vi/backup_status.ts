<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>BackupController</name>
    <message>
        <source>Nothing to back up yet</source>
        <translation>Chưa có dữ liệu cần sao lưu</translation>
    </message>
    <message>
        <source>No backup yet: back up now (File → Back up…)</source>
        <translation>Chưa có bản sao lưu nào: hãy sao lưu ngay (Tệp → Sao lưu…)</translation>
    </message>
    <message>
        <source>Last backup: %1, %2 days ago: back up now</source>
        <translation>Sao lưu gần nhất: %1, cách đây %2 ngày: hãy sao lưu ngay</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Sao lưu gần nhất: %1</translation>
    </message>
</context>
</TS>
