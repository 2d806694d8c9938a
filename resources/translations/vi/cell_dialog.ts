<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>CellDialog</name>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Welcome: the cell&apos;s particulars</source>
        <translation>Chào mừng: thông tin chi bộ</translation>
    </message>
    <message>
        <source>Welcome to the Party cell book. Please enter your cell&apos;s particulars: they appear in the header and the signature of every printed document. You can change them later in File → Cell particulars.</source>
        <translation>Chào mừng anh/chị đến với Sổ Chi bộ. Xin nhập thông tin của chi bộ: các thông tin này xuất hiện ở phần đầu và phần chữ ký của mọi văn bản in ra. Có thể sửa lại sau ở Tệp → Thông tin chi bộ.</translation>
    </message>
    <message>
        <source>The part after the slash of document numbers: with “CB” report No. 12 is printed “Số 12-BC/CB” (a committee: “ĐU”).</source>
        <translation>Phần sau dấu gạch chéo của số văn bản: với “CB”, báo cáo số 12 in thành “Số 12-BC/CB” (đảng ủy thường dùng “ĐU”).</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>Ngày bắt đầu nhiệm kỳ</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Ngày kết thúc nhiệm kỳ</translation>
    </message>
</context>
</TS>
