<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>FundDialog</name>
    <message>
        <source>Fund</source>
        <translation>Quỹ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên quỹ:</translation>
    </message>
    <message>
        <source>e.g. Quỹ vì người nghèo</source>
        <translation>ví dụ: Quỹ vì người nghèo</translation>
    </message>
    <message>
        <source>Purpose, for whom:</source>
        <translation>Mục đích, giúp ai:</translation>
    </message>
    <message>
        <source>Each contributes (đồng):</source>
        <translation>Mức đóng góp (đồng):</translation>
    </message>
    <message>
        <source>e.g. 2.000 (empty: no fixed sum)</source>
        <translation>ví dụ: 2.000 (để trống: không có mức cố định)</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Mỗi:</translation>
    </message>
    <message>
        <source>Who contributes:</source>
        <translation>Ai đóng góp:</translation>
    </message>
    <message>
        <source>e.g. mỗi đảng viên</source>
        <translation>ví dụ: mỗi đảng viên</translation>
    </message>
    <message>
        <source>Set up on:</source>
        <translation>Ngày lập quỹ:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Ngày kết thúc:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (empty: still running)</source>
        <translation>ngày/tháng/năm (để trống: quỹ đang hoạt động)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
</TS>
