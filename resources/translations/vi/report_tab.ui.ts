<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>ReportTab</name>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Loại:</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>Từ tháng/nă&amp;m:</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>Đế&amp;n tháng/năm:</translation>
    </message>
    <message>
      <source>&amp;Outline:</source>
      <translation>Đề &amp;cương:</translation>
    </message>
    <message>
      <source>&amp;Unit:</source>
      <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
      <source>Manage o&amp;utlines…</source>
      <translation>&amp;Quản lý đề cương…</translation>
    </message>
    <message>
      <source>&amp;Create draft</source>
      <translation>Tạo bản nhá&amp;p</translation>
    </message>
    <message>
      <source>Reports (drafts and issued archive)</source>
      <translation>Báo cáo (bản nháp và lưu trữ đã ban hành)</translation>
    </message>
    <message>
      <source>Co&amp;rrection…</source>
      <translation>&amp;Bản đính chính…</translation>
    </message>
    <message>
      <source>&amp;Delete draft…</source>
      <translation>&amp;Xóa bản nháp…</translation>
    </message>
    <message>
      <source>“(&amp;Draft)” under the title</source>
      <translation>“(&amp;Dự thảo)” dưới tiêu đề</translation>
    </message>
    <message>
      <source>Par&amp;ticulars…</source>
      <translation>Thông t&amp;in báo cáo…</translation>
    </message>
    <message>
      <source>&amp;Regenerate this section…</source>
      <translation>&amp;Soạn lại mục này…</translation>
    </message>
    <message>
      <source>Con&amp;gress…</source>
      <translation>Đại hội và &amp;kết quả bầu cử…</translation>
    </message>
    <message>
      <source>&amp;Preview, print, save…</source>
      <translation>Xem t&amp;rước, in, lưu…</translation>
    </message>
    <message>
      <source>&amp;Issue…</source>
      <translation>B&amp;an hành…</translation>
    </message>
  </context>
</TS>
