<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>TaskRunner</name>
    <message>
      <source>Cancelling…</source>
      <translation>Đang hủy…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Please wait</source>
      <translation>Xin chờ</translation>
    </message>
  </context>
</TS>
