<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ReportActions</name>
    <message>
      <source>Building the report…</source>
      <translation>Đang dựng báo cáo…</translation>
    </message>
  </context>
</TS>
