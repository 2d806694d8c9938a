<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>RatingsPanel</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Self-score: %1/%2 points; by the thresholds: %3</source>
        <translation>Điểm tự chấm: %1/%2; theo thang điểm: %3</translation>
    </message>
    <message>
        <source>No review yet: rate after the review.</source>
        <translation>Chưa có bản kiểm điểm: xếp loại sau khi kiểm điểm.</translation>
    </message>
</context>
</TS>
