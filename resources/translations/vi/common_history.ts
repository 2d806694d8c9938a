<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ChangeColumns</name>
    <message>
      <source>Time</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <source>Entered by</source>
      <translation>Người ghi</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Thao tác</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Dữ liệu</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Mục</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation>Giá trị cũ</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>Giá trị mới</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <source>Reading the history…</source>
      <translation>Đang đọc lịch sử thay đổi…</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>Change history: %1</source>
      <translation>Lịch sử thay đổi: %1</translation>
    </message>
    <message>
      <source>No change has been recorded for this record. The book records every change since this version of the program; what was entered before has no history.</source>
      <translation>Chưa có thay đổi nào được ghi cho dữ liệu này. Sổ ghi lại mọi thay đổi kể từ phiên bản này của chương trình; dữ liệu nhập trước đó không có lịch sử.</translation>
    </message>
    <message>
      <source>Nothing to print: no change has been recorded for this record.</source>
      <translation>Không có gì để in: dữ liệu này chưa có thay đổi nào được ghi lại.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>%1
old: %2
new: %3</source>
      <translation>%1
cũ: %2
mới: %3</translation>
    </message>
    <message>
      <source>Preparing the list of changes…</source>
      <translation>Đang chuẩn bị danh sách thay đổi…</translation>
    </message>
  </context>
</TS>
