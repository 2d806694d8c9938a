<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>Cài đặt sao lưu</translation>
    </message>
    <message>
        <source>&amp;Warn when the last backup is older than:</source>
        <translation>&amp;Cảnh báo khi bản sao lưu gần nhất cũ hơn:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>never warn</source>
        <translation>không cảnh báo</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>Back up &amp;every day, even when the program is not open</source>
        <translation>Sao lưu &amp;hằng ngày kể cả khi không mở chương trình</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;hép</translation>
    </message>
</context>
</TS>
