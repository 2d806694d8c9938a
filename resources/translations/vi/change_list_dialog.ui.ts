<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ChangeListDialog</name>
    <message>
        <source>List of changes</source>
        <translation>Danh sách thay đổi</translation>
    </message>
    <message>
        <source>Changes made &amp;from</source>
        <translation>Thay đổi &amp;từ ngày</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>đế&amp;n ngày</translation>
    </message>
    <message>
        <source>Changes in the period of a report &amp;since it was issued:</source>
        <translation>Thay đổi của kỳ báo cáo &amp;sau khi ban hành:</translation>
    </message>
    <message>
        <source>&amp;Preview, print, save…</source>
        <translation>&amp;Xem trước, in, lưu…</translation>
    </message>
</context>
</TS>
