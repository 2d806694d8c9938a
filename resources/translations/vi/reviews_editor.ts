<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Refill</source>
        <translation>Điền &amp;lại</translation>
    </message>
    <message>
        <source>Fill the commitment section and section III again from the commitments and last year&apos;s remedies</source>
        <translation>Điền lại mục thực hiện cam kết và mục III từ bản đăng ký và các biện pháp khắc phục năm trước</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>H&amp;oàn thành</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Mẫu:</translation>
    </message>
    <message>
        <source>Only party members write a self-review.</source>
        <translation>Chỉ đảng viên mới viết bản kiểm điểm.</translation>
    </message>
    <message>
        <source>The form of this review is missing.</source>
        <translation>Không tìm thấy mẫu biểu của bản kiểm điểm này.</translation>
    </message>
    <message numerus="yes">
        <source> (maximum %n points)</source>
        <translation>
            <numerusform> (tối đa %n điểm)</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-grade:</source>
        <translation>Tự đánh giá:</translation>
    </message>
    <message>
        <source>Self-score:</source>
        <translation>Tự chấm điểm:</translation>
    </message>
    <message>
        <source>The self-rating is entered on the Ratings page.</source>
        <translation>Mức tự xếp loại ghi ở trang “Xếp loại”.</translation>
    </message>
    <message>
        <source>Total: %1/%2 points (%3)</source>
        <translation>Tổng: %1/%2 điểm (%3)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Đã lưu bản nháp lúc %1.</translation>
    </message>
    <message>
        <source>Review not finished</source>
        <translation>Chưa hoàn thành bản kiểm điểm</translation>
    </message>
    <message>
        <source>New review, pre-filled; it is saved as you type.</source>
        <translation>Bản kiểm điểm mới, đã điền sẵn; nội dung được lưu ngay khi gõ.</translation>
    </message>
    <message>
        <source>Draft: press “Finish” when the review is complete.</source>
        <translation>Bản nháp: viết xong bấm “Hoàn thành”.</translation>
    </message>
    <message>
        <source>Finished review.</source>
        <translation>Bản kiểm điểm đã hoàn thành.</translation>
    </message>
</context>
</TS>
