<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>RecentFiles</name>
    <message>
        <source>(not found)</source>
        <translation>(không còn tệp này)</translation>
    </message>
    <message>
        <source>No other file opened yet</source>
        <translation>Chưa mở tệp nào khác</translation>
    </message>
    <message>
        <source>C&amp;lear the list</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
</context>
</TS>
