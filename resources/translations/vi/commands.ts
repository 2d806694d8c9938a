<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>Commands</name>
    <message>
        <source>%1: nothing to do in this tab.</source>
        <translation>%1: thẻ này không có việc đó.</translation>
    </message>
    <message>
        <source>not possible now</source>
        <translation>lúc này chưa làm được</translation>
    </message>
    <message>
        <source>The data was read again.</source>
        <translation>Đã đọc lại số liệu.</translation>
    </message>
    <message>
        <source>&amp;Undo: delete %1</source>
        <translation>&amp;Hoàn tác: xóa %1</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Hoàn tác xóa</translation>
    </message>
    <message>
        <source>Deleted %1. Edit → Undo (Ctrl+Z) puts it back.</source>
        <translation>Đã xóa %1. Chỉnh sửa → Hoàn tác (Ctrl+Z) để lấy lại.</translation>
    </message>
    <message>
        <source>Put back: %1.</source>
        <translation>Đã lấy lại: %1.</translation>
    </message>
</context>
</TS>
