<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ReviewsModels</name>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Commitments done</source>
        <translation>Nội dung đã thực hiện</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Self-rating</source>
        <translation>Tự nhận</translation>
    </message>
    <message>
        <source>Cell proposal</source>
        <translation>Chi bộ đề xuất</translation>
    </message>
    <message>
        <source>Superior decision</source>
        <translation>Cấp trên quyết định</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Review year</source>
        <translation>Năm kiểm điểm</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Biện pháp khắc phục</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Đạt được</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả khắc phục</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Ngày khắc phục</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Không ghi tên</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Người góp ý</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Góp ý</translation>
    </message>
</context>
</TS>
