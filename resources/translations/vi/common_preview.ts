<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>PreviewDialog</name>
    <message>
      <source>Recipients</source>
      <translation>Nơi nhận</translation>
    </message>
    <message>
      <source>Recipients (Nơi nhận), one a line; leave empty for the cell's default:</source>
      <translation>Nơi nhận, mỗi dòng một nơi; để trống thì dùng nơi nhận mặc định của chi bộ:</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>In</translation>
    </message>
    <message>
      <source>Print preview: %1</source>
      <translation>Xem trước khi in: %1</translation>
    </message>
    <message>
      <source>Preparing the document…</source>
      <translation>Đang chuẩn bị văn bản…</translation>
    </message>
    <message>
      <source>Cancelled: the preview was not prepared.</source>
      <translation>Đã hủy: bản xem trước chưa được dựng.</translation>
    </message>
    <message>
      <source>%1 · %2 page(s)</source>
      <translation>%1 · %2 trang</translation>
    </message>
    <message>
      <source>width</source>
      <translation>vừa chiều rộng</translation>
    </message>
    <message>
      <source>page</source>
      <translation>cả trang</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>Đang in…</translation>
    </message>
    <message>
      <source>Printing was cancelled: no number was issued.</source>
      <translation>Đã hủy in: chưa cấp số văn bản.</translation>
    </message>
    <message>
      <source>Sent %1 page(s) to the printer.</source>
      <translation>Đã gửi %1 trang đến máy in.</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Lưu thành tệp PDF</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Save as Word</source>
      <translation>Lưu thành tệp Word</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Đang lưu…</translation>
    </message>
    <message>
      <source>Saving was cancelled: no file was written and no number was issued.</source>
      <translation>Đã hủy lưu: không ghi tệp nào, chưa cấp số văn bản.</translation>
    </message>
    <message>
      <source>Saved %1 (%2).</source>
      <translation>Đã lưu %1 (%2).</translation>
    </message>
    <message>
      <source>Please wait: the document is still being prepared.</source>
      <translation>Xin đợi: văn bản đang được chuẩn bị.</translation>
    </message>
    <message>
      <source>Unexpected error: %1</source>
      <translation>Lỗi không lường trước: %1</translation>
    </message>
  </context>
</TS>
