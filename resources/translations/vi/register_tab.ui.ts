<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>RegisterTab</name>
    <message>
      <source>Committee &amp;term:</source>
      <translation>Nhiệm &amp;kỳ:</translation>
    </message>
    <message>
      <source>Show cancelled numbers</source>
      <translation>Hiện &amp;các số đã hủy</translation>
    </message>
    <message>
      <source>&amp;Starting numbers…</source>
      <translation>Số &amp;bắt đầu…</translation>
    </message>
    <message>
      <source>&amp;Record a paper document…</source>
      <translation>Ghi &amp;văn bản giấy…</translation>
    </message>
    <message>
      <source>&amp;Open file</source>
      <translation>&amp;Mở tệp</translation>
    </message>
    <message>
      <source>&amp;Cancel number…</source>
      <translation>Hủy &amp;số…</translation>
    </message>
  </context>
</TS>
