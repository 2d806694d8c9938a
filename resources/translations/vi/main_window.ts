<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Data file: %1</source>
        <translation>Tệp dữ liệu: %1</translation>
    </message>
    <message>
        <source>%1, version %2.

The campaign book of a Party cell secretary: members, plans, study sessions, commitments and self-reviews, thrift and social work, and the summary report, printed in the official Party format.

Data file: %3
Log file folder: %4</source>
        <translation>%1, phiên bản %2.

Sổ tay công tác của Bí thư chi bộ: đảng viên, kế hoạch, học tập, đăng ký làm theo và kiểm điểm, thực hành tiết kiệm và công tác xã hội, báo cáo sơ kết, tổng kết — in theo đúng thể thức văn bản của Đảng.

Tệp dữ liệu: %3
Thư mục nhật ký: %4</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
</context>
</TS>
