<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>FundsPage</name>
    <message>
        <source>&lt;b&gt;Funds&lt;/b&gt; (money members put in, and what it was spent on)</source>
        <translation>&lt;b&gt;Các quỹ&lt;/b&gt; (tiền đảng viên đóng góp và các khoản đã chi)</translation>
    </message>
    <message>
        <source>New fund…</source>
        <translation>Thêm quỹ…</translation>
    </message>
    <message>
        <source>Edit fund…</source>
        <translation>Sửa quỹ…</translation>
    </message>
    <message>
        <source>Delete fund</source>
        <translation>Xóa quỹ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Money in and out&lt;/b&gt;</source>
        <translation>&lt;b&gt;Thu, chi của quỹ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Money in…</source>
        <translation>Khoản thu…</translation>
    </message>
    <message>
        <source>Money out…</source>
        <translation>Khoản chi…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
</TS>
