<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>CellDialog</name>
    <message>
        <source>Cell particulars</source>
        <translation>Thông tin chi bộ</translation>
    </message>
    <message>
        <source>These particulars appear in the header and the signature of every printed document.</source>
        <translation>Các thông tin này xuất hiện ở phần đầu và phần chữ ký của mọi văn bản in ra.</translation>
    </message>
    <message>
        <source>Superior body (line 1):</source>
        <translation>Cấp ủy cấp trên (dòng 1):</translation>
    </message>
    <message>
        <source>Superior body (line 2):</source>
        <translation>Cấp ủy cấp trên (dòng 2):</translation>
    </message>
    <message>
        <source>Cell &amp;name:</source>
        <translation>&amp;Tên chi bộ:</translation>
    </message>
    <message>
        <source>Place for dated lines:</source>
        <translation>Địa danh (dòng ngày tháng):</translation>
    </message>
    <message>
        <source>Committee term:</source>
        <translation>Nhiệm kỳ:</translation>
    </message>
    <message>
        <source>Term starts:</source>
        <translation>Bắt đầu nhiệm kỳ:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Term ends:</source>
        <translation>Kết thúc nhiệm kỳ:</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>Bí thư:</translation>
    </message>
    <message>
        <source>Deputy secretary:</source>
        <translation>Phó bí thư:</translation>
    </message>
    <message>
        <source>Cell code in document numbers:</source>
        <translation>Ký hiệu chi bộ trong số văn bản:</translation>
    </message>
    <message>
        <source>&amp;Kind of unit:</source>
        <translation>&amp;Loại tổ chức đảng:</translation>
    </message>
</context>
</TS>
