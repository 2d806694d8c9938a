<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>RecordLists</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Value (đồng)</source>
        <translation>Trị giá (đồng)</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Tài trợ</translation>
    </message>
    <message>
        <source>raised by the cell</source>
        <translation>chi bộ tự vận động</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số người tham gia</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cấp khen thưởng</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời kỳ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đồng chí</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Nội dung vi phạm</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Hình thức kỷ luật</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày xử lý</translation>
    </message>
    <message>
        <source>Year %1: %2 actions. %3</source>
        <translation>Năm %1: %2 hoạt động. %3</translation>
    </message>
    <message>
        <source>All years: %1 actions, value %2.</source>
        <translation>Tất cả các năm: %1 hoạt động, trị giá %2.</translation>
    </message>
    <message>
        <source>All years: %1 actions.</source>
        <translation>Tất cả các năm: %1 hoạt động.</translation>
    </message>
    <message>
        <source>Year %1: %2</source>
        <translation>Năm %1: %2</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Xóa “%1”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete this commendation?</source>
        <translation>Xóa khen thưởng này?</translation>
    </message>
    <message>
        <source>Delete this violation record?</source>
        <translation>Xóa vi phạm này?</translation>
    </message>
</context>
</TS>
