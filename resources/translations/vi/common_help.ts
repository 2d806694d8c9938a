<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Con&amp;tents</source>
        <translation>&amp;Mục lục</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>a word of the guide</source>
        <translation>một từ trong hướng dẫn</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Tìm tiế&amp;p</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>No page was shown before this one.</source>
        <translation>Chưa xem trang nào trước trang này.</translation>
    </message>
    <message>
        <source>“%1” is not in the guide.</source>
        <translation>Không thấy “%1” trong hướng dẫn.</translation>
    </message>
</context>
</TS>
