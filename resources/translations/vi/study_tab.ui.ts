<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>StudyTab</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>Thêm &amp;buổi học…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>Plan the &amp;next…</source>
        <translation>Lên lịch b&amp;uổi tới…</translation>
    </message>
    <message>
        <source>The date and topic of the next study session: the overview reminds you of it</source>
        <translation>Ngày và nội dung buổi học tập tới: Tổng quan sẽ nhắc</translation>
    </message>
    <message>
        <source>Print s&amp;ign-in sheet…</source>
        <translation>&amp;In danh sách ký tên…</translation>
    </message>
    <message>
        <source>The list of members to sign at the session (empty signature column)</source>
        <translation>Danh sách để đảng viên ký tên tại buổi học (cột ký tên để trống)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Keys: C present · L absent with reason · K absent without reason · M exempt · N reflection handed in · U handed in late · X not handed in</source>
        <translation>Phím tắt: C có mặt · L vắng có lý do · K vắng không lý do · M miễn · N đã nộp thu hoạch · U nộp muộn · X chưa nộp</translation>
    </message>
    <message>
        <source>Everyone &amp;present</source>
        <translation>Tất cả &amp;có mặt</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>&amp;Save attendance</source>
        <translation>&amp;Lưu điểm danh</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>&amp;From year:</source>
        <translation>Giai đ&amp;oạn từ năm:</translation>
    </message>
    <message>
        <source>&amp;to year:</source>
        <translation>đến nă&amp;m:</translation>
    </message>
    <message>
        <source>P&amp;rint summary…</source>
        <translation>In bảng tổng hợ&amp;p…</translation>
    </message>
    <message>
        <source>Member&apos;s history</source>
        <translation>Quá trình của đảng viên</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>Đảng &amp;viên:</translation>
    </message>
</context>
</TS>
