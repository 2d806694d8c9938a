<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>PageSetupDialog</name>
    <message>
        <source>Page setup of printed documents</source>
        <translation>Thiết lập trang văn bản in</translation>
    </message>
    <message>
        <source>The defaults follow the Party&apos;s guidance on document format (Hướng dẫn 36-HD/VPTW): A4, margins top 20, bottom 20, left 30, right 15 mm, body text 14 pt.</source>
        <translation>Giá trị mặc định theo Hướng dẫn 36-HD/VPTW về thể thức văn bản của Đảng: khổ A4, lề trên 20, lề dưới 20, lề trái 30, lề phải 15 mm, chữ nội dung cỡ 14.</translation>
    </message>
    <message>
        <source>&amp;Top margin:</source>
        <translation>Lề &amp;trên:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;Bottom margin:</source>
        <translation>Lề &amp;dưới:</translation>
    </message>
    <message>
        <source>&amp;Left margin:</source>
        <translation>Lề t&amp;rái:</translation>
    </message>
    <message>
        <source>&amp;Right margin:</source>
        <translation>Lề &amp;phải:</translation>
    </message>
    <message>
        <source>Body text &amp;size:</source>
        <translation>&amp;Cỡ chữ nội dung:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
</context>
</TS>
