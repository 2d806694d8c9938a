<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>PlansTab</name>
    <message>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả mọi người</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Của tôi (%1)</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Chủ đề: %1</translation>
    </message>
    <message>
        <source>No plan for %1 yet. Add one or copy last year&apos;s.</source>
        <translation>Năm %1 chưa có kế hoạch. Hãy thêm mới hoặc sao chép từ năm trước.</translation>
    </message>
    <message>
        <source>Choose a plan in the list first.</source>
        <translation>Hãy chọn một kế hoạch trong danh sách trước.</translation>
    </message>
    <message>
        <source>No plan for %1 yet: add one first.</source>
        <translation>Năm %1 chưa có kế hoạch: hãy thêm kế hoạch trước.</translation>
    </message>
    <message>
        <source>Choose a target in the list first.</source>
        <translation>Hãy chọn một chỉ tiêu trong danh sách trước.</translation>
    </message>
    <message>
        <source>This target is done already.</source>
        <translation>Chỉ tiêu này đã hoàn thành rồi.</translation>
    </message>
    <message>
        <source>“%1” was issued as number %2. Delete the plan and its targets? The entry in the document register is kept.</source>
        <translation>“%1” đã ban hành, số %2. Xóa kế hoạch này cùng các chỉ tiêu? Văn bản vẫn được giữ trong sổ văn bản.</translation>
    </message>
    <message>
        <source>Delete “%1” and its %2 targets?</source>
        <translation>Xóa “%1” cùng %2 chỉ tiêu, nhiệm vụ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>%1 has no plan to copy.</source>
        <translation>Năm %1 chưa có kế hoạch nào để sao chép.</translation>
    </message>
    <message>
        <source>Delete the target “%1”?</source>
        <translation>Xóa chỉ tiêu, nhiệm vụ “%1”?</translation>
    </message>
</context>
</TS>
