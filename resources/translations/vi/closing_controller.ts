<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ClosingController</name>
    <message>
        <source>C&amp;lose a year…</source>
        <translation>&amp;Khóa sổ năm…</translation>
    </message>
    <message>
        <source>Reo&amp;pen a closed year…</source>
        <translation>&amp;Bỏ khóa sổ năm…</translation>
    </message>
    <message>
        <source>List of c&amp;hanges…</source>
        <translation>Danh sách &amp;thay đổi…</translation>
    </message>
    <message>
        <source>Backing up and closing %1…</source>
        <translation>Đang sao lưu và khóa sổ năm %1…</translation>
    </message>
    <message>
        <source>%1 is closed: its records can now be read but not changed.</source>
        <translation>%1 đã khóa sổ: dữ liệu của năm này từ nay chỉ xem được, không sửa được.</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation>Trước khi khóa sổ, chương trình đã sao lưu dữ liệu vào: %1</translation>
    </message>
    <message>
        <source>No year is closed.</source>
        <translation>Chưa có năm nào khóa sổ.</translation>
    </message>
    <message>
        <source>Reopening %1…</source>
        <translation>Đang bỏ khóa sổ năm %1…</translation>
    </message>
    <message>
        <source>%1 is open again. Every change is recorded; close the year again when you are done.</source>
        <translation>%1 đã bỏ khóa sổ. Mọi thay đổi đều được ghi lại; sửa xong, hãy khóa sổ lại.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Lỗi không mong muốn: %1</translation>
    </message>
</context>
</TS>
