<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>SessionDialog</name>
    <message>
        <source>Study session</source>
        <translation>Buổi học tập</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>Year&apos;s t&amp;heme:</source>
        <translation>Chủ đề nă&amp;m:</translation>
    </message>
    <message>
        <source>Organised &amp;by:</source>
        <translation>&amp;Cấp tổ chức:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Thời lượng:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <source>Reflection:</source>
        <translation>Thu hoạch:</translation>
    </message>
    <message>
        <source>Members must &amp;write a reflection</source>
        <translation>Đảng viên phải &amp;viết thu hoạch</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Hạn nộ&amp;p:</translation>
    </message>
    <message>
        <source>Documents &amp;studied:</source>
        <translation>Tài &amp;liệu học tập:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
</TS>
