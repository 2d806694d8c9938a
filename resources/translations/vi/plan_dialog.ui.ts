<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Title (subject):</source>
        <translation>&amp;Trích yếu (tên văn bản):</translation>
    </message>
    <message>
        <source>T&amp;heme of the year:</source>
        <translation>&amp;Chủ đề / chuyên đề năm:</translation>
    </message>
    <message>
        <source>&amp;Implements:</source>
        <translation>Căn cứ (&amp;văn bản cấp trên):</translation>
    </message>
    <message>
        <source>One superior document per line</source>
        <translation>Mỗi dòng một văn bản cấp trên, ví dụ: Chỉ thị 05-CT/TW ngày 15/5/2016</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Mục đích:</translation>
    </message>
    <message>
        <source>&amp;Requirements:</source>
        <translation>&amp;Yêu cầu:</translation>
    </message>
    <message>
        <source>&amp;Drafted on:</source>
        <translation>Ngày &amp;xây dựng:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>Filled when issued</source>
        <translation>Điền khi ban hành (cấp số qua sổ văn bản)</translation>
    </message>
    <message>
        <source>Issued &amp;on:</source>
        <translation>Ngày &amp;ban hành:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>Thời &amp;gian áp dụng:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Đến ngày:</translation>
    </message>
</context>
</TS>
