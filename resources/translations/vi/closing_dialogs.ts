<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ChangeListDialog</name>
    <message>
      <source>(no issued report yet)</source>
      <translation>(chưa có báo cáo nào được ban hành)</translation>
    </message>
    <message>
      <source>No report has been issued yet: the changes since a report was issued can be listed once one is.</source>
      <translation>Chưa ban hành báo cáo nào: khi đã có báo cáo ban hành mới liệt kê được các thay đổi sau khi ban hành.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source>Reading the changes…</source>
      <translation>Đang đọc các thay đổi…</translation>
    </message>
    <message>
      <source>Preparing the list of changes…</source>
      <translation>Đang chuẩn bị danh sách thay đổi…</translation>
    </message>
  </context>
  <context>
    <name>CloseYearDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>chưa có</translation>
    </message>
    <message>
      <source>Once %1 is closed, every record of that year (%2) can be read but no longer changed, from any tab, the command line or an import. The program backs up the data first. A closed year can be reopened later, giving the reason.</source>
      <translation>Khi khóa sổ năm %1, mọi dữ liệu của năm này (%2) chỉ còn xem được, không sửa được nữa, dù sửa từ tab nào, từ dòng lệnh hay nhập từ Excel. Chương trình sao lưu dữ liệu trước khi khóa sổ. Về sau vẫn có thể bỏ khóa sổ, khi đó phải ghi rõ lý do.</translation>
    </message>
    <message>
      <source>Not saved yet: %1.</source>
      <translation>Chưa lưu: %1.</translation>
    </message>
    <message>
      <source>Close %1</source>
      <translation>Khóa sổ năm %1</translation>
    </message>
    <message>
      <source>Some work of the year is unfinished (listed above): tick “%1” to close it all the same.</source>
      <translation>Năm này còn việc chưa xong (liệt kê ở trên): hãy đánh dấu “%1” nếu vẫn muốn khóa sổ.</translation>
    </message>
  </context>
  <context>
    <name>ReopenYearDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>The records of the year can then be changed again. Every change is recorded; the year's issued reports list what changed after they were issued (File → List of changes…). Close the year again when you are done.</source>
      <translation>Sau khi bỏ khóa sổ, dữ liệu của năm này lại sửa được. Mọi thay đổi đều được ghi lại; các báo cáo đã ban hành của năm này sẽ có danh sách những gì đã thay đổi sau khi ban hành (Tệp → Danh sách thay đổi…). Sửa xong, hãy khóa sổ lại.</translation>
    </message>
    <message>
      <source>on %1 by %2</source>
      <translation>ngày %1, người khóa: %2</translation>
    </message>
    <message>
      <source>Reopen %1</source>
      <translation>Bỏ khóa sổ năm %1</translation>
    </message>
  </context>
</TS>
