<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <source>&amp;Back up</source>
        <translation>Sa&amp;o lưu</translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>Chọn thư mục lưu bản sao lưu</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Chưa chọn thư mục.</translation>
    </message>
    <message>
        <source>Type a file name without any of these characters: \ / : * ? &quot; &lt; &gt; |</source>
        <translation>Hãy nhập tên tệp không chứa các ký tự sau: \ / : * ? &quot; &lt; &gt; |</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Backup</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
</context>
<context>
    <name>BackupQuestions</name>
    <message>
        <source>Choose a backup</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>The backup “%1” is protected by a password. Password:</source>
        <translation>Bản sao lưu “%1” được bảo vệ bằng mật khẩu. Mật khẩu:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Phục hồi</translation>
    </message>
    <message>
        <source>Replace the current data with this backup?</source>
        <translation>Thay dữ liệu hiện tại bằng bản sao lưu này?</translation>
    </message>
    <message>
        <source>The current data is backed up first; it is listed under Restore… as “before restoring”.</source>
        <translation>Dữ liệu hiện tại được sao lưu trước; bản đó có trong danh sách Phục hồi… với ghi chú “trước khi phục hồi”.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Phục hồi…</translation>
    </message>
    <message>
        <source>No backup was found: choose another file.</source>
        <translation>Không tìm thấy bản sao lưu nào: hãy chọn tệp khác.</translation>
    </message>
</context>
</TS>
