<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ReportTab</name>
    <message>
      <source>A draft prints “(Dự thảo)” under its title; turn it off for the copy printed for signature. An issued report never has it.</source>
      <translation>Bản nháp in “(Dự thảo)” dưới tiêu đề; bỏ chọn khi in bản trình ký. Báo cáo đã ban hành không bao giờ có dòng này.</translation>
    </message>
    <message>
      <source>Create a draft, or choose a report in the list, first.</source>
      <translation>Hãy tạo bản nháp, hoặc chọn một báo cáo trong danh sách, trước.</translation>
    </message>
    <message>
      <source>This report is issued: make a correction to change it.</source>
      <translation>Báo cáo này đã ban hành: muốn sửa hãy lập bản đính chính.</translation>
    </message>
    <message>
      <source>Choose a section in the list first.</source>
      <translation>Hãy chọn một mục trong danh sách mục trước.</translation>
    </message>
    <message>
      <source>This report is issued already.</source>
      <translation>Báo cáo này đã ban hành rồi.</translation>
    </message>
    <message>
      <source>Only an issued report is corrected; a draft is edited directly.</source>
      <translation>Chỉ báo cáo đã ban hành mới lập bản đính chính; bản nháp thì sửa trực tiếp.</translation>
    </message>
    <message>
      <source>An issued report is kept in the archive: it is never deleted.</source>
      <translation>Báo cáo đã ban hành được lưu trữ, không bao giờ bị xóa.</translation>
    </message>
    <message>
      <source>An issued report never has the draft mark.</source>
      <translation>Báo cáo đã ban hành không có dòng “(Dự thảo)”.</translation>
    </message>
  </context>
</TS>
