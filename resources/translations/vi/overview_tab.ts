<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>OverviewTab</name>
    <message>
        <source>Getting started</source>
        <translation>Bắt đầu sổ mới</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Việc quá hạn</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Học tập</translation>
    </message>
    <message>
        <source>Commitments and self-reviews</source>
        <translation>Đăng ký làm theo và kiểm điểm</translation>
    </message>
    <message>
        <source>Thrift</source>
        <translation>Thực hành tiết kiệm</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Đọc &amp;lại</translation>
    </message>
    <message>
        <source>Read the overview again (F5)</source>
        <translation>Đọc lại số liệu của Tổng quan (F5)</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Sao lưu &amp;ngay</translation>
    </message>
    <message>
        <source>A verified copy of all the data, to a folder you choose (a USB stick)</source>
        <translation>Sao lưu toàn bộ dữ liệu (có kiểm tra) vào thư mục bạn chọn, tốt nhất là ổ USB</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Đang đọc số liệu…</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>Không đọc được số liệu Tổng quan: %1</translation>
    </message>
    <message>
        <source>A new book: the first steps</source>
        <translation>Sổ mới: các bước đầu</translation>
    </message>
    <message>
        <source>%1 — year %2</source>
        <translation>%1 — năm %2</translation>
    </message>
    <message>
        <source>%1 — year %2 (this year has no records yet: the latest year with records is shown)</source>
        <translation>%1 — năm %2 (năm nay chưa có số liệu: đang xem năm gần nhất có số liệu)</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n việc khác</numerusform>
        </translation>
    </message>
</context>
</TS>
