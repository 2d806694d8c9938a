<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>Target &amp;text:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <source>e.g. 100% of members write a reflection</source>
        <translation>ví dụ: 100% đảng viên viết thu hoạch</translation>
    </message>
    <message>
        <source>&amp;Measured by:</source>
        <translation>Cách đánh giá kết q&amp;uả:</translation>
    </message>
    <message>
        <source>How the result is known: figures from the other tabs, or your own assessment</source>
        <translation>Kết quả được biết thế nào: lấy số liệu từ các thẻ khác, hay do chi bộ tự đánh giá</translation>
    </message>
    <message>
        <source>Target &amp;value (%):</source>
        <translation>&amp;Tỷ lệ phải đạt (%):</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>Người &amp;phụ trách:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Thời &amp;hạn:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
    <message>
        <source>Result d&amp;ate:</source>
        <translation>Ngày có &amp;kết quả:</translation>
    </message>
    <message>
        <source>Result &amp;note:</source>
        <translation>Kết &amp;quả, ghi chú:</translation>
    </message>
    <message>
        <source>Or a &amp;count:</source>
        <translation>Hoặc &amp;số lượng:</translation>
    </message>
    <message>
        <source>e.g. 3 (instead of a percentage)</source>
        <translation>ví dụ: 3 (thay cho tỷ lệ %)</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>e.g. cuộc kiểm tra, đảng viên</source>
        <translation>ví dụ: cuộc kiểm tra, đảng viên</translation>
    </message>
    <message>
        <source>Count achieved:</source>
        <translation>Số lượng đạt được:</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>ví dụ: 3</translation>
    </message>
</context>
</TS>
