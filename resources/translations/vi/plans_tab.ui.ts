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
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Add plan…</source>
        <translation>Thêm &amp;kế hoạch…</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>&amp;Sửa kế hoạch…</translation>
    </message>
    <message>
        <source>Copy from last year</source>
        <translation>Sao &amp;chép từ năm trước</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>&amp;Xóa kế hoạch</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ hiện &amp;quá hạn</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Người &amp;phụ trách:</translation>
    </message>
    <message>
        <source>Add target…</source>
        <translation>Thê&amp;m chỉ tiêu…</translation>
    </message>
    <message>
        <source>Edit target…</source>
        <translation>Sử&amp;a chỉ tiêu…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Đánh &amp;dấu hoàn thành</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Xóa chỉ tiê&amp;u</translation>
    </message>
</context>
</TS>
