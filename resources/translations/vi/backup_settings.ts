<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Every day at %1 Windows starts Sổ Chi bộ in the background and backs up this file into the backups folder beside it, even when the program is not open; if the computer is off at that time, as soon as it is on again. Old automatic backups are thinned as usual.</source>
        <translation>Hằng ngày lúc %1, Windows chạy Sổ Chi bộ ở chế độ nền và sao lưu tệp dữ liệu này vào thư mục “backups” bên cạnh, kể cả khi không mở chương trình; nếu lúc đó máy tắt thì sao lưu ngay khi máy được bật lại. Các bản sao lưu tự động cũ được dọn bớt như thường lệ.</translation>
    </message>
    <message>
        <source>The daily backup now backs up another file: %1. Tick the box to back up this file instead.</source>
        <translation>Lịch sao lưu hằng ngày hiện đang sao lưu một tệp khác: %1. Đánh dấu ô trên để chuyển sang sao lưu tệp này.</translation>
    </message>
    <message>
        <source>On Linux, set up the daily backup (at %1) yourself: save the two files below in ~/.config/systemd/user/ and run the command after them, or add the last line to your crontab (crontab -e).</source>
        <translation>Trên Linux, hãy tự đặt lịch sao lưu hằng ngày (lúc %1): lưu hai tệp dưới đây vào thư mục ~/.config/systemd/user/ rồi chạy lệnh ghi sau chúng, hoặc thêm dòng cuối cùng vào crontab (crontab -e).</translation>
    </message>
</context>
<context>
    <name>BackupSettingsFlow</name>
    <message>
        <source>Reading the backup schedule…</source>
        <translation>Đang đọc lịch sao lưu…</translation>
    </message>
    <message>
        <source>a file this program does not know</source>
        <translation>một tệp mà chương trình không biết</translation>
    </message>
    <message>
        <source>The daily backup is scheduled.</source>
        <translation>Đã đặt lịch sao lưu hằng ngày.</translation>
    </message>
    <message>
        <source>The daily backup is no longer scheduled.</source>
        <translation>Đã bỏ lịch sao lưu hằng ngày.</translation>
    </message>
</context>
</TS>
