<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>PageSetupDialog</name>
    <message>
        <source>Official defaults</source>
        <translation>Mặc định theo quy định</translation>
    </message>
</context>
</TS>
