<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>CongressDialog</name>
    <message>
      <source>Congress</source>
      <translation>Đại hội</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>ngày/tháng/năm</translation>
    </message>
    <message>
      <source>A pilot congress (đại hội điểm)</source>
      <translation>Đại hội điểm</translation>
    </message>
    <message>
      <source>One name a line</source>
      <translation>Mỗi dòng một họ tên</translation>
    </message>
    <message>
      <source>&amp;Add target…</source>
      <translation>Thêm chỉ t&amp;iêu…</translation>
    </message>
    <message>
      <source>&amp;Edit target…</source>
      <translation>&amp;Sửa chỉ tiêu…</translation>
    </message>
    <message>
      <source>&amp;Remove target</source>
      <translation>Bỏ chỉ tiê&amp;u</translation>
    </message>
    <message>
      <source>t&amp;o</source>
      <translation>đế&amp;n</translation>
    </message>
    <message>
      <source>pre&amp;sent:</source>
      <translation>có &amp;mặt:</translation>
    </message>
    <message>
      <source>Congress &amp;number:</source>
      <translation>Lần &amp;thứ:</translation>
    </message>
    <message>
      <source>New &amp;term:</source>
      <translation>Nhiệm &amp;kỳ mới:</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>Ngà&amp;y đại hội:</translation>
    </message>
    <message>
      <source>&amp;Place:</source>
      <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
      <source>Members summ&amp;oned:</source>
      <translation>Số được triệu tậ&amp;p:</translation>
    </message>
    <message>
      <source>New &amp;committee elected:</source>
      <translation>&amp;Cấp ủy khóa mới trúng cử:</translation>
    </message>
    <message>
      <source>Secreta&amp;ry (bí thư):</source>
      <translation>&amp;Bí thư:</translation>
    </message>
    <message>
      <source>Deputy secretar&amp;y (phó bí thư):</source>
      <translation>P&amp;hó bí thư:</translation>
    </message>
    <message>
      <source>New term's targets:</source>
      <translation>Chỉ tiêu nhiệm kỳ mới:</translation>
    </message>
    <message>
      <source>The new term's targets become the congress's resolution: the plan of the new term on the Plans tab, counted by its reports.</source>
      <translation>Các chỉ tiêu nhiệm kỳ mới trở thành nghị quyết đại hội: kế hoạch của nhiệm kỳ mới ở thẻ Kế hoạch, được các báo cáo sau đối chiếu kết quả.</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Đồng ý</translation>
    </message>
    <message>
      <source>lần thứ %1</source>
      <translation>lần thứ %1</translation>
    </message>
    <message>
      <source>Choose a target in the list first.</source>
      <translation>Hãy chọn một chỉ tiêu trong danh sách trước.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày đại hội</translation>
    </message>
  </context>
</TS>
