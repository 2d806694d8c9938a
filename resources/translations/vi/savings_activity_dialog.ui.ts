<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Social work</source>
        <translation>Công tác xã hội</translation>
    </message>
    <message>
        <source>Date (or start date):</source>
        <translation>Ngày (hoặc ngày bắt đầu):</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>End date (if over a period):</source>
        <translation>Ngày kết thúc (nếu kéo dài):</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>e.g. nhà tình nghĩa, cầu nông thôn</source>
        <translation>ví dụ: nhà tình nghĩa, cầu nông thôn</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Số lượng:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>e.g. căn, cầu, suất</source>
        <translation>ví dụ: căn, cầu, suất</translation>
    </message>
    <message>
        <source>Value (đồng):</source>
        <translation>Trị giá (đồng):</translation>
    </message>
    <message>
        <source>e.g. 50.000.000</source>
        <translation>ví dụ: 50.000.000</translation>
    </message>
    <message>
        <source>Sponsor (empty if raised by the cell):</source>
        <translation>Nhà tài trợ (để trống nếu chi bộ tự vận động):</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Chương trình:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Members taking part:</source>
        <translation>Đảng viên tham gia:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
</TS>
