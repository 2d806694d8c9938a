<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ViolationDialog</name>
    <message>
        <source>Violation</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Đồng chí:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Nội dung vi phạm:</translation>
    </message>
    <message>
        <source>Discipline decided:</source>
        <translation>Hình thức kỷ luật:</translation>
    </message>
    <message>
        <source>e.g. khiển trách</source>
        <translation>ví dụ: khiển trách</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Ngày xử lý:</translation>
    </message>
</context>
</TS>
