<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore</source>
        <translation>Phục hồi</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current data is backed up first, so a restore can be undone.</source>
        <translation>Chọn bản sao lưu cần phục hồi. Dữ liệu hiện tại được sao lưu trước, nên có thể hoàn tác việc phục hồi.</translation>
    </message>
    <message>
        <source>No backup was found beside this data file.</source>
        <translation>Không tìm thấy bản sao lưu nào cạnh tệp dữ liệu này.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Chọn tệp &amp;khác…</translation>
    </message>
</context>
</TS>
