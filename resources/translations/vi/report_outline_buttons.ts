<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>OutlineButtons</name>
    <message>
      <source>A built-in outline cannot be changed: copy it (Sao chép) and edit the copy.</source>
      <translation>Đề cương có sẵn không sửa được: hãy Sao chép rồi sửa bản sao.</translation>
    </message>
    <message>
      <source>Choose an outline in the list first.</source>
      <translation>Hãy chọn một đề cương trong danh sách trước.</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Đang lưu…</translation>
    </message>
    <message>
      <source>Nothing has changed since the outline was saved.</source>
      <translation>Đề cương chưa thay đổi gì kể từ lần lưu trước.</translation>
    </message>
    <message>
      <source>Choose a section in the tree first.</source>
      <translation>Hãy chọn một mục trong cây đề cương trước.</translation>
    </message>
    <message>
      <source>An outline has at most %1 levels.</source>
      <translation>Đề cương có nhiều nhất %1 cấp mục.</translation>
    </message>
    <message>
      <source>This section is the first of its level already.</source>
      <translation>Mục này đã đứng đầu trong cấp của nó.</translation>
    </message>
    <message>
      <source>This section is the last of its level already.</source>
      <translation>Mục này đã đứng cuối trong cấp của nó.</translation>
    </message>
    <message>
      <source>There is no section above it on its level to go into.</source>
      <translation>Phía trên mục này không có mục cùng cấp nào để lùi vào.</translation>
    </message>
    <message>
      <source>This section is on the top level already.</source>
      <translation>Mục này đã ở cấp cao nhất.</translation>
    </message>
  </context>
</TS>
