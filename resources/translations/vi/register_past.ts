<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>OutsideDocumentDialog</name>
    <message>
      <source>Document issued outside the program</source>
      <translation>Văn bản đã ban hành ngoài chương trình</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>ngày/tháng/năm</translation>
    </message>
    <message>
      <source>e.g. Báo cáo tổng kết năm 2019</source>
      <translation>ví dụ: Báo cáo tổng kết năm 2019</translation>
    </message>
    <message>
      <source>A document the cell issued on paper (before it used the program) is written in the register with its own number, so that the program never gives that number again.</source>
      <translation>Văn bản chi bộ đã ban hành trên giấy (trước khi dùng chương trình) được ghi vào sổ cùng số của nó, để chương trình không bao giờ cấp lại số đó.</translation>
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
      <source>&amp;Number:</source>
      <translation>&amp;Số:</translation>
    </message>
    <message>
      <source>&amp;Date issued:</source>
      <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
      <source>Su&amp;bject:</source>
      <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
      <source>Date issued</source>
      <translation>Ngày ban hành</translation>
    </message>
  </context>
  <context>
    <name>StartingNumbersDialog</name>
    <message>
      <source>Starting numbers</source>
      <translation>Số bắt đầu của sổ văn bản</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Loại văn bản</translation>
    </message>
    <message>
      <source>Given up to</source>
      <translation>Đã cấp đến số</translation>
    </message>
    <message>
      <source>Starting number</source>
      <translation>Số bắt đầu</translation>
    </message>
    <message>
      <source>Next number</source>
      <translation>Số tiếp theo</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(không đặt)</translation>
    </message>
    <message>
      <source>&amp;Set starting number</source>
      <translation>Đặt &amp;số bắt đầu</translation>
    </message>
    <message>
      <source>For a cell that issued documents on paper before it used the program: the next document of the type in the term gets at least the starting number. It must be above every number already in the register.</source>
      <translation>Dành cho chi bộ đã ban hành văn bản trên giấy trước khi dùng chương trình: văn bản tiếp theo của loại đó trong nhiệm kỳ được cấp số không nhỏ hơn số bắt đầu. Số bắt đầu phải lớn hơn mọi số đã có trong sổ.</translation>
    </message>
    <message>
      <source>Committee &amp;term:</source>
      <translation>Nhiệm &amp;kỳ:</translation>
    </message>
    <message>
      <source>Starting n&amp;umber:</source>
      <translation>Số &amp;bắt đầu:</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
  </context>
</TS>
