<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ReportChangesNote</name>
    <message>
        <source>See the &amp;changes…</source>
        <translation>Xem các &amp;thay đổi…</translation>
    </message>
    <message numerus="yes">
        <source>After this report was issued, %n record change(s) were made in its period.</source>
        <translation>
            <numerusform>Sau khi báo cáo này được ban hành, dữ liệu của kỳ báo cáo có %n thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No record of its period changed since it was issued.</source>
        <translation>Từ khi ban hành, dữ liệu của kỳ báo cáo không thay đổi.</translation>
    </message>
</context>
</TS>
