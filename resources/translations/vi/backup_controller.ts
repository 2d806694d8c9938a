<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>Sa&amp;o lưu…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Phục hồi…</translation>
    </message>
    <message>
        <source>Create a &amp;handover package…</source>
        <translation>Tạo gói &amp;bàn giao…</translation>
    </message>
    <message>
        <source>Open a handover pac&amp;kage…</source>
        <translation>Mở gói bàn &amp;giao…</translation>
    </message>
    <message>
        <source>Backup se&amp;ttings…</source>
        <translation>Cài đặt sao &amp;lưu…</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Sao lưu tự động không thành công: %1</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Đang sao lưu trước khi đóng chương trình…</translation>
    </message>
    <message>
        <source>Backed up to:
%1

%2</source>
        <translation>Đã sao lưu vào:
%1

%2</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>Thao tác không thành công: %1</translation>
    </message>
    <message>
        <source>The program is still working. Try again in a moment.</source>
        <translation>Chương trình đang làm một việc khác. Xin thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The data was restored.

%1</source>
        <translation>Đã phục hồi dữ liệu.

%1</translation>
    </message>
    <message>
        <source>The data as it was before is kept in:
%1</source>
        <translation>Dữ liệu trước khi phục hồi được giữ tại:
%1</translation>
    </message>
    <message>
        <source>Create a handover package</source>
        <translation>Tạo gói bàn giao</translation>
    </message>
    <message>
        <source>Handover packages (*.zip)</source>
        <translation>Gói bàn giao (*.zip)</translation>
    </message>
    <message>
        <source>The handover package was written to:
%1

Give it to the new secretary. It holds the members&apos; personal data: keep it safe.</source>
        <translation>Đã ghi gói bàn giao vào:
%1

Hãy trao gói này cho đồng chí Bí thư mới. Gói chứa thông tin cá nhân của đảng viên: cần giữ gìn cẩn thận.</translation>
    </message>
    <message>
        <source>Open a handover package</source>
        <translation>Mở gói bàn giao</translation>
    </message>
    <message>
        <source>Choose an empty folder for the received data</source>
        <translation>Chọn một thư mục trống để lưu dữ liệu nhận bàn giao</translation>
    </message>
    <message>
        <source>The handover package of “%1” was opened into:
%2

Work with this data now?</source>
        <translation>Đã mở gói bàn giao của “%1” vào thư mục:
%2

Làm việc với dữ liệu này ngay bây giờ?</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Mở dữ liệu này</translation>
    </message>
</context>
</TS>
