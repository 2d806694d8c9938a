<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>RegisterModel</name>
    <message>
      <source>Number</source>
      <translation>Số, ký hiệu</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Loại văn bản</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Trích yếu</translation>
    </message>
    <message>
      <source>Committee term</source>
      <translation>Nhiệm kỳ</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tệp lưu</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Đã hủy</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Đã ban hành</translation>
    </message>
    <message>
      <source>Issued on paper</source>
      <translation>Đã ban hành (giấy)</translation>
    </message>
  </context>
  <context>
    <name>RegisterTab</name>
    <message>
      <source>Document register</source>
      <translation>Sổ văn bản</translation>
    </message>
    <message>
      <source>All terms</source>
      <translation>Tất cả nhiệm kỳ</translation>
    </message>
    <message>
      <source>No document has been issued yet. Printing or saving a document (for example the member list on the Members tab) records it here with its number.</source>
      <translation>Chưa có văn bản nào được ban hành. Khi in hoặc lưu một văn bản (ví dụ danh sách đảng viên ở thẻ Đảng viên), văn bản được ghi vào sổ này cùng số của nó.</translation>
    </message>
    <message>
      <source>Enter the committee terms in the cell particulars (File menu) first: a starting number belongs to a term.</source>
      <translation>Hãy nhập các nhiệm kỳ chi ủy trong thông tin chi bộ (menu Tệp) trước: số bắt đầu thuộc về một nhiệm kỳ.</translation>
    </message>
    <message>
      <source>Choose a document in the list first.</source>
      <translation>Hãy chọn một văn bản trong danh sách trước.</translation>
    </message>
    <message>
      <source>This document was printed but not saved to a file: there is no file to open (save it as PDF from its preview next time).</source>
      <translation>Văn bản này đã in nhưng không lưu ra tệp nên không có tệp để mở (lần sau hãy lưu PDF từ cửa sổ xem trước).</translation>
    </message>
    <message>
      <source>This number is cancelled already.</source>
      <translation>Số này đã hủy rồi.</translation>
    </message>
    <message>
      <source>The file %1 no longer exists (moved or deleted).</source>
      <translation>Tệp %1 không còn nữa (đã bị chuyển đi hoặc xóa).</translation>
    </message>
    <message>
      <source>Cancel %1? The number stays in the register and is never given again.</source>
      <translation>Hủy văn bản %1? Số này vẫn được giữ trong sổ và không bao giờ được cấp lại.</translation>
    </message>
    <message>
      <source>Cancel the number</source>
      <translation>Hủy số</translation>
    </message>
  </context>
</TS>
