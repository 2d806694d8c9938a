<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>SavingsTab</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Thrift</source>
        <translation>Thực hành tiết kiệm</translation>
    </message>
    <message>
        <source>Copy month to the next</source>
        <translation>&amp;Chép tháng sang tháng sau</translation>
    </message>
    <message>
        <source>Clear selected</source>
        <translation>&amp;Xóa ô đang chọn</translation>
    </message>
    <message>
        <source>Baselines and targets…</source>
        <translation>&amp;Mức gốc và chỉ tiêu…</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>&amp;Khoản chi…</translation>
    </message>
    <message>
        <source>Print table…</source>
        <translation>&amp;In bảng…</translation>
    </message>
    <message>
        <source>Results for:</source>
        <translation>Kết &amp;quả:</translation>
    </message>
    <message>
        <source>to year</source>
        <translation>đến năm</translation>
    </message>
    <message>
        <source>Monthly chart of:</source>
        <translation>&amp;Biểu đồ theo tháng:</translation>
    </message>
    <message>
        <source>Actual vs baseline by month</source>
        <translation>Thực chi so với mức gốc</translation>
    </message>
    <message>
        <source>Saved % by category</source>
        <translation>Tỷ lệ tiết kiệm</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>Công tác xã hội</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thê&amp;m…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>&amp;In danh sách…</translation>
    </message>
    <message>
        <source>Commendations and violations</source>
        <translation>Khen thưởng, vi phạm</translation>
    </message>
    <message>
        <source>&lt;b&gt;Commendations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Khen thưởng, biểu dương&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Violations and discipline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vi phạm và kỷ luật&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Quantity and note…</source>
        <translation>&amp;Số lượng, ghi chú…</translation>
    </message>
    <message>
        <source>Add a commendation…</source>
        <translation>Thêm &amp;khen thưởng…</translation>
    </message>
    <message>
        <source>Edit the commendation…</source>
        <translation>&amp;Sửa khen thưởng…</translation>
    </message>
    <message>
        <source>Delete the commendation</source>
        <translation>&amp;Xóa khen thưởng</translation>
    </message>
    <message>
        <source>Add a violation…</source>
        <translation>Thêm &amp;vi phạm…</translation>
    </message>
    <message>
        <source>Edit the violation…</source>
        <translation>Sửa vi &amp;phạm…</translation>
    </message>
    <message>
        <source>Delete the violation</source>
        <translation>Xóa vi phạ&amp;m</translation>
    </message>
</context>
</TS>
