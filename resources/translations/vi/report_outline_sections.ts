<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>SectionsEditor</name>
    <message>
      <source>&amp;Add section</source>
      <translation>T&amp;hêm mục</translation>
    </message>
    <message>
      <source>Add su&amp;bsection</source>
      <translation>Thêm mục c&amp;on</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>Xó&amp;a mục</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Chu&amp;yển lên</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>Chuyển xuống</translation>
    </message>
    <message>
      <source>&amp;Indent</source>
      <translation>Lùi vào (thành mục con)</translation>
    </message>
    <message>
      <source>Outd&amp;ent</source>
      <translation>Lùi &amp;ra</translation>
    </message>
    <message>
      <source>e.g. ĐÁNH GIÁ CHUNG</source>
      <translation>ví dụ: ĐÁNH GIÁ CHUNG</translation>
    </message>
    <message>
      <source>A heading only (its subsections carry the text)</source>
      <translation>Chỉ là đề mục (nội dung ở các mục con)</translation>
    </message>
    <message>
      <source>Drafted from the records</source>
      <translation>Soạn từ dữ liệu</translation>
    </message>
    <message>
      <source>Written by the secretary</source>
      <translation>Bí thư tự viết</translation>
    </message>
    <message>
      <source>The text the section starts with, e.g. (Nêu thuận lợi, khó khăn.)</source>
      <translation>Chữ có sẵn khi soạn mục, ví dụ: (Nêu thuận lợi, khó khăn.)</translation>
    </message>
    <message>
      <source>Sec&amp;tion title:</source>
      <translation>T&amp;iêu đề mục:</translation>
    </message>
    <message>
      <source>C&amp;ontent:</source>
      <translation>Nội dun&amp;g:</translation>
    </message>
    <message>
      <source>&amp;Facts:</source>
      <translation>Dữ &amp;kiện soạn:</translation>
    </message>
    <message>
      <source>Starting te&amp;xt:</source>
      <translation>Chữ gợi ý:</translation>
    </message>
    <message>
      <source>(opening paragraph, no heading)</source>
      <translation>(đoạn mở đầu, không tiêu đề)</translation>
    </message>
    <message>
      <source>New section</source>
      <translation>Mục mới</translation>
    </message>
  </context>
</TS>
