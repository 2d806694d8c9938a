<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>GridSaver</name>
    <message>
      <source>Saving the attendance…</source>
      <translation>Đang lưu điểm danh…</translation>
    </message>
    <message>
      <source>Please wait: the attendance is being saved.</source>
      <translation>Xin chờ: đang lưu điểm danh.</translation>
    </message>
    <message>
      <source>Unexpected error: %1</source>
      <translation>Lỗi không mong muốn: %1</translation>
    </message>
    <message>
      <source>Saving was cancelled: nothing was saved; the marks on screen are kept.</source>
      <translation>Đã hủy lưu: chưa lưu gì; các ô điểm danh trên màn hình vẫn giữ nguyên.</translation>
    </message>
  </context>
</TS>
