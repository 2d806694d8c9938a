<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ReportParticularsDialog</name>
    <message>
        <source>Report particulars</source>
        <translation>Thông tin báo cáo</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>&amp;Answers (one document a line):</source>
        <translation>Thực hiện &amp;văn bản (mỗi dòng một văn bản):</translation>
    </message>
    <message>
        <source>&amp;Date (dd/mm/yyyy):</source>
        <translation>&amp;Ngày (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>Dis&amp;tribution (one a line):</source>
        <translation>Nơi nhận (&amp;mỗi dòng một nơi):</translation>
    </message>
    <message>
        <source>Appendix: figures per year and the thrift chart</source>
        <translation>Phụ lục: số liệu từng năm và biểu đồ tiết kiệm</translation>
    </message>
</context>
</TS>
