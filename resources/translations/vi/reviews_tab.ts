<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Self-review</source>
        <translation>Kiểm điểm</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Đăng ký làm theo</translation>
    </message>
    <message>
        <source>Self-review and feedback</source>
        <translation>Kiểm điểm và góp ý</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>Khắc phục</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Commitment form</source>
        <translation>Bản đăng ký làm theo</translation>
    </message>
    <message>
        <source>Self-review form</source>
        <translation>Bản kiểm điểm</translation>
    </message>
    <message>
        <source>Rating summary of the year</source>
        <translation>Bảng tổng hợp xếp loại của năm</translation>
    </message>
    <message>
        <source>Overdue remedies (all years)</source>
        <translation>Biện pháp khắc phục quá hạn (mọi năm)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Góp ý</translation>
    </message>
    <message>
        <source>Could not read the self-reviews: %1</source>
        <translation>Không đọc được dữ liệu kiểm điểm: %1</translation>
    </message>
    <message>
        <source>Registered: %1/%2</source>
        <translation>Đã đăng ký: %1/%2</translation>
    </message>
    <message>
        <source>Choose a member in the list.</source>
        <translation>Chọn một đảng viên trong danh sách.</translation>
    </message>
</context>
</TS>
