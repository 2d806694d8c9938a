<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>PlanDialog</name>
    <message>
      <source>Edit plan</source>
      <translation>Sửa kế hoạch</translation>
    </message>
    <message>
      <source>New plan</source>
      <translation>Thêm kế hoạch</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Từ ngày</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Đến ngày</translation>
    </message>
    <message>
      <source>Drafted on</source>
      <translation>Ngày xây dựng</translation>
    </message>
    <message>
      <source>Issued on</source>
      <translation>Ngày ban hành</translation>
    </message>
  </context>
  <context>
    <name>PlansTab</name>
    <message>
      <source>Copy “%1” into %2? Dates move one year, statuses are reset.</source>
      <translation>Sao chép “%1” sang năm %2? Các ngày được lùi sang năm sau, trạng thái đặt lại từ đầu.</translation>
    </message>
    <message>
      <source>All (%1 documents)</source>
      <translation>Tất cả (%1 văn bản)</translation>
    </message>
    <message>
      <source>Copy from last year</source>
      <translation>Sao chép từ năm trước</translation>
    </message>
    <message>
      <source>Copy into %1:</source>
      <translation>Sao chép sang năm %1:</translation>
    </message>
  </context>
  <context>
    <name>TargetDialog</name>
    <message>
      <source>Edit target</source>
      <translation>Sửa chỉ tiêu, nhiệm vụ</translation>
    </message>
    <message>
      <source>New target</source>
      <translation>Thêm chỉ tiêu, nhiệm vụ</translation>
    </message>
    <message>
      <source>Result date</source>
      <translation>Ngày có kết quả</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Thời hạn</translation>
    </message>
  </context>
</TS>
