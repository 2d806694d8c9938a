<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>Ngày &amp;ban hành:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Cập nhật</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>/ 0</source>
        <translation>/ 0</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Vừa chiều &amp;rộng</translation>
    </message>
    <message>
        <source>Whole &amp;page</source>
        <translation>Cả &amp;trang</translation>
    </message>
    <message>
        <source>&amp;Recipients…</source>
        <translation>&amp;Nơi nhận…</translation>
    </message>
    <message>
        <source>Who receives this kind of document (Nơi nhận)</source>
        <translation>Nơi nhận loại văn bản này</translation>
    </message>
    <message>
        <source>Page &amp;setup…</source>
        <translation>Thiết &amp;lập trang…</translation>
    </message>
    <message>
        <source>Margins and body text size of printed documents</source>
        <translation>Lề trang và cỡ chữ của văn bản in</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Word…</source>
        <translation>Lưu &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
</context>
</TS>
