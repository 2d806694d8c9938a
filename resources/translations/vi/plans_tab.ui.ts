<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>PlansTab</name>
    <message>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Add plan…</source>
        <translation>Thêm kế hoạch…</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Sửa kế hoạch…</translation>
    </message>
    <message>
        <source>Copy from last year</source>
        <translation>Sao chép từ năm trước</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Xóa kế hoạch</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ hiện quá hạn</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Người phụ trách:</translation>
    </message>
    <message>
        <source>Add target…</source>
        <translation>Thêm chỉ tiêu…</translation>
    </message>
    <message>
        <source>Edit target…</source>
        <translation>Sửa chỉ tiêu…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Đánh dấu hoàn thành</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
</context>
</TS>
