<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>CommitmentsPanel</name>
    <message>
        <source>What to study: the year&apos;s theme, works, reflection</source>
        <translation>Nội dung học tập: chuyên đề năm, tác phẩm, bài thu hoạch</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Thêm &amp;nội dung</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>&amp;Xóa nội dung</translation>
    </message>
    <message>
        <source>Copy last year&apos;s items</source>
        <translation>&amp;Chép nội dung năm trước</translation>
    </message>
    <message>
        <source>Save commitment</source>
        <translation>&amp;Lưu bản đăng ký</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Ngày đăng ký:</translation>
    </message>
    <message>
        <source>No commitment registered for this year yet.</source>
        <translation>Năm này chưa có bản đăng ký làm theo.</translation>
    </message>
    <message>
        <source>There is no commitment of last year to copy.</source>
        <translation>Năm trước không có bản đăng ký để chép.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Feedback received</source>
        <translation>Nội dung góp ý</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>Thê&amp;m góp ý</translation>
    </message>
    <message>
        <source>&lt;b&gt;Feedback received&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ý kiến góp ý&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Không ghi tên</translation>
    </message>
</context>
<context>
    <name>RemediesPanel</name>
    <message>
        <source>New remedy: what, measurable</source>
        <translation>Biện pháp khắc phục mới: làm gì, đo được</translation>
    </message>
    <message>
        <source>Add remedy</source>
        <translation>Thêm &amp;biện pháp</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>Save the review first (start typing it).</source>
        <translation>Cần có bản kiểm điểm trước (bắt đầu viết là được lưu).</translation>
    </message>
</context>
</TS>
