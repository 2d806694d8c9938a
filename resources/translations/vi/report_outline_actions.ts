<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>OutlineActions</name>
    <message>
      <source>The changes to the outline %1 are not saved. Discard them?</source>
      <translation>Các thay đổi của đề cương %1 chưa được lưu. Bỏ các thay đổi đó?</translation>
    </message>
    <message>
      <source>Discard the changes</source>
      <translation>Bỏ thay đổi</translation>
    </message>
    <message>
      <source>New outline</source>
      <translation>Đề cương mới</translation>
    </message>
    <message>
      <source>Delete the outline %1?</source>
      <translation>Xóa đề cương %1?</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Delete it anyway?</source>
      <translation>Vẫn xóa đề cương?</translation>
    </message>
    <message>
      <source>Import an outline</source>
      <translation>Nhập tệp đề cương</translation>
    </message>
    <message>
      <source>Outline files (*.json)</source>
      <translation>Tệp đề cương (*.json)</translation>
    </message>
    <message>
      <source>Export the outline</source>
      <translation>Xuất đề cương ra tệp</translation>
    </message>
    <message>
      <source>The outline was written to %1.</source>
      <translation>Đã ghi đề cương vào tệp %1.</translation>
    </message>
    <message>
      <source>Rename the outline</source>
      <translation>Đổi tên đề cương</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>Tên mới:</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>Đổi tên</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
</TS>
