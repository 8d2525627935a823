package cn.dangjian.identity;

import java.util.ArrayList;
import java.util.List;

import cn.dangjian.shared.AuditedChange;

/**
 * Someone downloaded a file holding personal data (a roster, a ledger naming people, a case document, the
 * audit trail): what it was, the request that produced it (filters included) and where from.
 */
public record PersonalDataExported(String actor, String what, String detail, String remoteAddress)
        implements AuditedChange {

    @Override
    public String recordType() {
        return "个人信息导出";
    }

    @Override
    public String recordId() {
        return what;
    }

    @Override
    public String action() {
        return "导出";
    }

    @Override
    public List<FieldChange> changes() {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("内容", null, detail));
        if (remoteAddress != null) {
            changes.add(new FieldChange("来源地址", null, remoteAddress));
        }
        return changes;
    }
}
