<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>Building</name>
    <message>
      <source>Please wait: %1</source>
      <translation>Xin chờ: %1</translation>
    </message>
    <message>
      <source>Unexpected error: %1</source>
      <translation>Lỗi không mong muốn: %1</translation>
    </message>
  </context>
</TS>
