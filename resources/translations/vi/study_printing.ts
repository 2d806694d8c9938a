<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>StudyPrinting</name>
    <message>
      <source>Preparing the sign-in sheet…</source>
      <translation>Đang chuẩn bị danh sách ký tên…</translation>
    </message>
    <message>
      <source>Preparing the attendance summary…</source>
      <translation>Đang chuẩn bị bảng tổng hợp tham gia học tập…</translation>
    </message>
  </context>
</TS>
