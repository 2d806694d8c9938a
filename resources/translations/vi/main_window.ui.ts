<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Party cell book</source>
        <translation>Sổ Chi bộ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Tệp đã mở gần đâ&amp;y</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>C&amp;hỉnh sửa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Tạo cơ sở dữ liệu mớ&amp;i…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Create &amp;demo database…</source>
        <translation>Tạo cơ sở dữ liệu mẫ&amp;u…</translation>
    </message>
    <message>
        <source>&amp;Cell particulars…</source>
        <translation>Thông tin &amp;chi bộ…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Hoàn tác xóa</translation>
    </message>
    <message>
        <source>&amp;New in this tab</source>
        <translation>Thêm &amp;mới trong thẻ này</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Delete the selected row…</source>
        <translation>&amp;Xóa dòng đang chọn…</translation>
    </message>
    <message>
        <source>&amp;Reload the data</source>
        <translation>Đọc lại số liệ&amp;u</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
</context>
</TS>
