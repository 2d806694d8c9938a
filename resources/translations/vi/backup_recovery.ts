<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>DamagedFileDialog</name>
    <message>
        <source>Damaged data file</source>
        <translation>Tệp dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>The data file “%1” is damaged and cannot be opened.</source>
        <translation>Tệp dữ liệu “%1” bị hỏng, không mở được.</translation>
    </message>
    <message>
        <source>The damaged file was not deleted: it was moved, unchanged, to
%1</source>
        <translation>Tệp hỏng không bị xóa: tệp được chuyển nguyên vẹn tới
%1</translation>
    </message>
    <message>
        <source>Newest good backup: %1
Restore it now?</source>
        <translation>Bản sao lưu tốt gần nhất: %1
Phục hồi từ bản này ngay?</translation>
    </message>
    <message>
        <source>No usable backup was found beside the data file. Choose a backup file (for example on a USB stick), or quit.</source>
        <translation>Không tìm thấy bản sao lưu dùng được cạnh tệp dữ liệu. Hãy chọn một tệp sao lưu (ví dụ trên ổ USB), hoặc thoát.</translation>
    </message>
    <message>
        <source>You can also salvage what can still be read from the damaged file: the latest entries may be there, but some may be lost.</source>
        <translation>Cũng có thể cứu phần dữ liệu còn đọc được trong tệp bị hỏng: các nội dung nhập gần nhất có thể còn ở đó, nhưng một phần có thể bị mất.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Phục hồi bản này</translation>
    </message>
    <message>
        <source>&amp;Choose another backup…</source>
        <translation>&amp;Chọn bản sao lưu khác…</translation>
    </message>
    <message>
        <source>&amp;Salvage the readable data</source>
        <translation>Cứu phần &amp;dữ liệu còn đọc được</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
</context>
</TS>
