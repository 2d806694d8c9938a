<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>OutlineLibraryDialog</name>
    <message>
      <source>Report outlines</source>
      <translation>Đề cương báo cáo</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Mới</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>Sao &amp;chép</translation>
    </message>
    <message>
      <source>Rena&amp;me…</source>
      <translation>Đổi tê&amp;n…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Xóa…</translation>
    </message>
    <message>
      <source>Im&amp;port…</source>
      <translation>Nhập tệ&amp;p…</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>X&amp;uất tệp…</translation>
    </message>
    <message>
      <source>&amp;to</source>
      <translation>đến</translation>
    </message>
    <message>
      <source>One document a line, e.g. Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị</source>
      <translation>Mỗi dòng một văn bản, ví dụ: Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị</translation>
    </message>
    <message>
      <source>Numbering of level %1</source>
      <translation>Cách đánh số cấp %1</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Tên:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>Loại &amp;báo cáo:</translation>
    </message>
    <message>
      <source>Applies &amp;from:</source>
      <translation>Áp &amp;dụng từ năm:</translation>
    </message>
    <message>
      <source>&amp;Basis documents:</source>
      <translation>&amp;Văn bản căn cứ:</translation>
    </message>
    <message>
      <source>N&amp;umbering (levels 1–4):</source>
      <translation>Đánh &amp;số (cấp 1–4):</translation>
    </message>
    <message>
      <source>&amp;Save outline</source>
      <translation>&amp;Lưu đề cương</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <source> (built-in)</source>
      <translation> (có sẵn)</translation>
    </message>
    <message>
      <source>Years: %1</source>
      <translation>Áp dụng: %1</translation>
    </message>
    <message>
      <source>Used by %1 draft(s) and %2 issued report(s)</source>
      <translation>Đang dùng cho %1 bản nháp và %2 báo cáo đã ban hành</translation>
    </message>
    <message>
      <source>A built-in outline cannot be changed: copy it and edit the copy.</source>
      <translation>Đề cương có sẵn của chương trình chỉ xem được: hãy Sao chép rồi sửa bản sao.</translation>
    </message>
    <message>
      <source>The outline needs a name.</source>
      <translation>Cần đặt tên cho đề cương.</translation>
    </message>
    <message>
      <source>The outline could not be saved: %1</source>
      <translation>Không lưu được đề cương: %1</translation>
    </message>
  </context>
</TS>
