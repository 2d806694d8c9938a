<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>MembersTab</name>
    <message>
      <source>Members</source>
      <translation>Đảng viên</translation>
    </message>
    <message>
      <source>by name</source>
      <translation>theo tên</translation>
    </message>
    <message>
      <source>by position</source>
      <translation>theo chức vụ</translation>
    </message>
    <message>
      <source>Import from Excel…</source>
      <translation>Nhập từ Excel…</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>Xuất ra Excel…</translation>
    </message>
    <message>
      <source>Closed years: %1. A member's dates of joining the Party, of full membership and of being excused, transferred or deceased cannot be set in them.</source>
      <translation>Đã khóa sổ năm %1: ngày vào Đảng, ngày chính thức, ngày miễn sinh hoạt, chuyển đi hay từ trần không ghi được vào các năm này.</translation>
    </message>
    <message>
      <source>Total: %1 · Party members: %2 (full %3, probationary %4) · Non-party staff: %5 · Excused: %6 · Key cadres: %7</source>
      <translation>Tổng số: %1 · Đảng viên: %2 (chính thức %3, dự bị %4) · Quần chúng: %5 · Miễn sinh hoạt: %6 · Cán bộ chủ chốt: %7</translation>
    </message>
    <message>
      <source>No members yet. Click “Add…” or import a list from Excel.</source>
      <translation>Chưa có đảng viên nào. Bấm “Thêm…” hoặc nhập danh sách từ Excel.</translation>
    </message>
    <message>
      <source>No member matches “%1”.</source>
      <translation>Không tìm thấy ai khớp với “%1”.</translation>
    </message>
    <message>
      <source>Choose a member in the list first.</source>
      <translation>Hãy chọn một người trong danh sách trước.</translation>
    </message>
    <message>
      <source>Member %1</source>
      <translation>Đảng viên %1</translation>
    </message>
    <message>
      <source>%1 already has records (attendance, commitments, reviews…) and cannot be deleted. Mark as transferred or deceased instead, keeping the history?</source>
      <translation>Đồng chí %1 đã có dữ liệu (điểm danh, đăng ký, kiểm điểm…) nên không thể xóa. Đánh dấu là chuyển đi hoặc từ trần để giữ lại lịch sử?</translation>
    </message>
    <message>
      <source>Mark as left…</source>
      <translation>Đánh dấu đã chuyển đi…</translation>
    </message>
    <message>
      <source>Delete %1 from the list? Use this only for a member entered by mistake.</source>
      <translation>Xóa %1 khỏi danh sách? Chỉ nên xóa người đã nhập nhầm.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Import members from Excel</source>
      <translation>Nhập danh sách từ Excel</translation>
    </message>
    <message>
      <source>Excel files (*.xlsx)</source>
      <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Reading the Excel file…</source>
      <translation>Đang đọc tệp Excel…</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Đang nhập…</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n member(s).</source>
      <translation>
        <numerusform>Đã nhập %n người.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export members to Excel</source>
      <translation>Xuất danh sách ra Excel</translation>
    </message>
    <message>
      <source>Exporting was cancelled: no file was written.</source>
      <translation>Đã hủy xuất: không ghi tệp nào.</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Đang xuất…</translation>
    </message>
    <message>
      <source>Saved %1.</source>
      <translation>Đã lưu %1.</translation>
    </message>
    <message>
      <source>Unexpected error: %1</source>
      <translation>Lỗi không lường trước: %1</translation>
    </message>
  </context>
</TS>
