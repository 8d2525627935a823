package cn.dangjian.member;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** A roster file was imported: how many members were added and how many updated. */
public record RosterImported(String actor, String importId, String fileName, String mode, int inserted,
                             int updated, int skipped) implements AuditedChange {

    @Override
    public String recordType() {
        return "党员名册导入";
    }

    @Override
    public String recordId() {
        return importId;
    }

    @Override
    public String action() {
        return "导入";
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("文件", null, fileName), new FieldChange("方式", null, mode),
                new FieldChange("新增", null, String.valueOf(inserted)),
                new FieldChange("更新", null, String.valueOf(updated)),
                new FieldChange("跳过的错误行", null, String.valueOf(skipped)));
    }
}
