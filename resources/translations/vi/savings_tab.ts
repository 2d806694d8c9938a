<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>SavingsTab</name>
    <message>
        <source>Savings</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Khoản chi</translation>
    </message>
    <message>
        <source>Actual (đồng)</source>
        <translation>Thực chi (đồng)</translation>
    </message>
    <message>
        <source>Baseline (đồng)</source>
        <translation>Mức gốc (đồng)</translation>
    </message>
    <message>
        <source>Saved (đồng)</source>
        <translation>Tiết kiệm (đồng)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>So với mức gốc</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>the year</source>
        <translation>cả năm</translation>
    </message>
    <message>
        <source>quarter %1</source>
        <translation>quý %1</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>tháng %1</translation>
    </message>
    <message>
        <source>several years</source>
        <translation>nhiều năm</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Value (đồng)</source>
        <translation>Trị giá (đồng)</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Tài trợ</translation>
    </message>
    <message>
        <source>raised by the cell</source>
        <translation>chi bộ tự vận động</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số người tham gia</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cấp khen thưởng</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời kỳ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đồng chí</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Nội dung vi phạm</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Hình thức kỷ luật</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày xử lý</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Thêm khoản chi…</translation>
    </message>
    <message>
        <source>Edit selected category…</source>
        <translation>Sửa khoản chi đang chọn…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tất cả khoản chi</translation>
    </message>
    <message>
        <source>Year %1: %2 actions. %3</source>
        <translation>Năm %1: %2 hoạt động. %3</translation>
    </message>
    <message>
        <source>All years: %1 actions, value %2.</source>
        <translation>Tất cả các năm: %1 hoạt động, trị giá %2.</translation>
    </message>
    <message>
        <source>All years: %1 actions.</source>
        <translation>Tất cả các năm: %1 hoạt động.</translation>
    </message>
    <message>
        <source>Year %1: %2</source>
        <translation>Năm %1: %2</translation>
    </message>
    <message>
        <source>No spending entered for %1 yet.</source>
        <translation>Chưa nhập số liệu chi tiêu cho %1.</translation>
    </message>
    <message>
        <source>Spending rose above the baseline in: %1</source>
        <translation>Các tháng chi tăng so với mức gốc: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, năm %2</translation>
    </message>
    <message>
        <source>Select a cell in the month to copy first.</source>
        <translation>Hãy chọn một ô trong tháng cần sao chép trước.</translation>
    </message>
    <message>
        <source>Month %1/%2 already has figures. Replace them with those of month %3?</source>
        <translation>Tháng %1/%2 đã có số liệu. Thay bằng số liệu của tháng %3?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Select a category in the grid first.</source>
        <translation>Hãy chọn một khoản chi trong bảng trước.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Xóa “%1”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete this commendation?</source>
        <translation>Xóa khen thưởng này?</translation>
    </message>
    <message>
        <source>Delete this violation record?</source>
        <translation>Xóa vi phạm này?</translation>
    </message>
</context>
</TS>
