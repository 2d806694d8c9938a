<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>PlanDialog</name>
    <message>
        <source>Edit plan</source>
        <translation>Sửa kế hoạch</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Thêm kế hoạch</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Drafted on</source>
        <translation>Ngày xây dựng</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Edit target</source>
        <translation>Sửa chỉ tiêu, nhiệm vụ</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Thêm chỉ tiêu, nhiệm vụ</translation>
    </message>
    <message>
        <source>Result date</source>
        <translation>Ngày có kết quả</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
</context>
</TS>
