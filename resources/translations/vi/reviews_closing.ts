<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ReviewsClosing</name>
    <message>
        <source>%1 in %2: commitment, self-review, ratings</source>
        <translation>%1 năm %2: đăng ký làm theo, kiểm điểm, xếp loại</translation>
    </message>
    <message>
        <source>the commitment on screen (Self-review tab)</source>
        <translation>bản đăng ký làm theo đang sửa (tab Kiểm điểm)</translation>
    </message>
    <message>
        <source>the self-review being written (Self-review tab)</source>
        <translation>bản kiểm điểm đang soạn (tab Kiểm điểm)</translation>
    </message>
</context>
</TS>
