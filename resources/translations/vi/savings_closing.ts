<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>SavingsClosing</name>
    <message>
      <source>Social work of %1: %2</source>
      <translation>Công tác xã hội ngày %1: %2</translation>
    </message>
    <message>
      <source>Commendation of %1: %2</source>
      <translation>Khen thưởng ngày %1: %2</translation>
    </message>
    <message>
      <source>Violation of %1: %2</source>
      <translation>Vi phạm ngày %1: %2</translation>
    </message>
    <message>
      <source>Fund “%1”</source>
      <translation>Quỹ “%1”</translation>
    </message>
    <message>
      <source>%1 of “%2” on %3</source>
      <translation>Khoản %1 của “%2” ngày %3</translation>
    </message>
    <message>
      <source>Spending on “%1” in %2</source>
      <translation>Chi tiêu “%1” năm %2</translation>
    </message>
    <message>
      <source>amounts typed in the spending grid that could not be saved: %1 (Savings tab)</source>
      <translation>số chi tiêu đã gõ nhưng chưa lưu được: %1 ô (tab Tiết kiệm)</translation>
    </message>
  </context>
</TS>
