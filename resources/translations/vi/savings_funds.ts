<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>FundDialog</name>
    <message>
        <source>Edit fund</source>
        <translation>Sửa quỹ</translation>
    </message>
    <message>
        <source>New fund</source>
        <translation>Quỹ mới</translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation>Ngày lập quỹ</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày kết thúc</translation>
    </message>
</context>
<context>
    <name>FundEntryDialog</name>
    <message>
        <source>The fund holds %1 now.</source>
        <translation>Quỹ hiện còn %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <source>Fund</source>
        <translation>Quỹ</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Mức đóng góp</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Holds now (đồng)</source>
        <translation>Hiện còn (đồng)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>Thu / chi</translation>
    </message>
    <message>
        <source>Amount (đồng)</source>
        <translation>Số tiền (đồng)</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Cho ai</translation>
    </message>
    <message>
        <source>Choose a fund in the list first.</source>
        <translation>Chọn một quỹ trong danh sách trước.</translation>
    </message>
    <message>
        <source>No fund yet: add one first.</source>
        <translation>Chưa có quỹ nào: hãy thêm quỹ trước.</translation>
    </message>
    <message>
        <source>No fund yet: a fund keeps money members put in and what it was spent on.</source>
        <translation>Chưa có quỹ nào: quỹ ghi số tiền đảng viên đóng góp và các khoản đã chi.</translation>
    </message>
    <message>
        <source>In: %1; out: %2; the fund holds %3.</source>
        <translation>Đã thu %1; đã chi %2; quỹ còn %3.</translation>
    </message>
    <message>
        <source>Delete the fund %1?</source>
        <translation>Xóa quỹ %1?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>fund “%1”</source>
        <translation>quỹ “%1”</translation>
    </message>
    <message>
        <source>Delete this entry of %1?</source>
        <translation>Xóa khoản %1 này?</translation>
    </message>
    <message>
        <source>entry of %1 in the fund “%2”</source>
        <translation>khoản %1 của quỹ “%2”</translation>
    </message>
</context>
</TS>
