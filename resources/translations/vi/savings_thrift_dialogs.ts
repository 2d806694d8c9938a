<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Edit category</source>
        <translation>Sửa khoản chi</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Thêm khoản chi</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>%1, month %2/%3</source>
        <translation>%1, tháng %2/%3</translation>
    </message>
    <message>
        <source>Quantity (%1):</source>
        <translation>Số lượng (%1):</translation>
    </message>
    <message>
        <source>Enter the amount (or clear the month in the grid).</source>
        <translation>Chưa nhập số tiền (muốn bỏ tháng này thì xóa ô trong bảng).</translation>
    </message>
</context>
<context>
    <name>YearSettingDialog</name>
    <message>
        <source>Baseline and target, %1</source>
        <translation>Mức gốc và chỉ tiêu năm %1</translation>
    </message>
    <message>
        <source>Previous year&apos;s actual spending</source>
        <translation>Thực chi năm trước</translation>
    </message>
    <message>
        <source>A fixed amount per month</source>
        <translation>Mức cố định mỗi tháng</translation>
    </message>
    <message>
        <source>Average of chosen years</source>
        <translation>Bình quân các năm chọn</translation>
    </message>
</context>
</TS>
