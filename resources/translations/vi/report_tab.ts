<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ReportTab</name>
    <message>
      <source>Report</source>
      <translation>Báo cáo</translation>
    </message>
    <message>
      <source>the report section being written (Report tab)</source>
      <translation>mục báo cáo đang soạn (tab Báo cáo)</translation>
    </message>
    <message>
      <source>Opening paragraph</source>
      <translation>Đoạn mở đầu</translation>
    </message>
    <message>
      <source>Unsaved changes…</source>
      <translation>Đang có thay đổi chưa lưu…</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Đã lưu.</translation>
    </message>
    <message>
      <source>(judgement: starting text suggested from the data)</source>
      <translation>(mục đánh giá: nội dung gợi ý từ số liệu, đồng chí sửa lại cho phù hợp)</translation>
    </message>
    <message>
      <source>Issued as %1: read only. Make a correction to change it.</source>
      <translation>Đã ban hành, %1: chỉ xem. Muốn sửa hãy tạo bản đính chính.</translation>
    </message>
    <message>
      <source>Please wait: the report is being drafted.</source>
      <translation>Xin chờ: đang soạn dự thảo báo cáo.</translation>
    </message>
    <message>
      <source>Drafting the report…</source>
      <translation>Đang soạn báo cáo…</translation>
    </message>
    <message>
      <source>Drafting was cancelled: no draft was saved.</source>
      <translation>Đã hủy soạn: không lưu dự thảo nào.</translation>
    </message>
    <message>
      <source>This section was edited. Draft it again from the data and replace your text?</source>
      <translation>Mục này đã được sửa. Soạn lại từ số liệu và thay phần đồng chí đã viết?</translation>
    </message>
    <message>
      <source>Regenerate</source>
      <translation>Soạn lại</translation>
    </message>
    <message>
      <source>Issue this report? It takes the next BC number from the register and is archived as it is now; afterwards it can only be changed by a correction (a new version).</source>
      <translation>Ban hành báo cáo này? Báo cáo được cấp số BC tiếp theo trong sổ văn bản và được lưu trữ đúng như hiện tại; sau đó chỉ sửa được bằng bản đính chính (phiên bản mới).</translation>
    </message>
    <message>
      <source>Issue</source>
      <translation>Ban hành</translation>
    </message>
    <message>
      <source>Make a correction of %1? A new draft (next version) is created with the issued text; the issued report stays archived unchanged.</source>
      <translation>Tạo bản đính chính cho báo cáo %1? Một bản nháp mới (phiên bản kế tiếp) được tạo từ nội dung đã ban hành; báo cáo đã ban hành vẫn được lưu trữ nguyên vẹn.</translation>
    </message>
    <message>
      <source>Make a correction</source>
      <translation>Tạo bản đính chính</translation>
    </message>
    <message>
      <source>Delete this draft and all its text?</source>
      <translation>Xóa bản nháp này cùng toàn bộ nội dung?</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
  </context>
</TS>
