<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>HistoryPage</name>
    <message>
        <source>%1 sessions: present %2, absent without reason %3.</source>
        <translation>%1 buổi: có mặt %2, vắng không lý do %3.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Unexcused absences (⚠: 3 or more in a year):</source>
        <translation>Vắng không lý do (⚠: từ 3 buổi trở lên trong một năm):</translation>
    </message>
</context>
</TS>
