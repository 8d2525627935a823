package cn.dangjian.member.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.Units;
import cn.dangjian.org.UnitView;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.CitizenId;
import cn.dangjian.shared.CodedValue;
import org.springframework.stereotype.Component;

/** The audit trail's old → new lines for a member record, with 身份证号 and phone masked. */
@Component
public class MemberAudit {

    private final SensitiveFieldCipher cipher;
    private final OrgUnits orgs;
    private final Units units;

    MemberAudit(SensitiveFieldCipher cipher, OrgUnits orgs, Units units) {
        this.cipher = cipher;
        this.orgs = orgs;
        this.units = units;
    }

    /** The audit diff of a member record; sensitive values appear masked. */
    public List<FieldChange> describe(MemberRecord before, MemberRecord after) {
        List<FieldChange> changes = new ArrayList<>();
        diff(changes, "姓名", before == null ? null : before.name(), after.name());
        diff(changes, "身份证号", before == null ? null : CitizenId.parse(cipher.decrypt(before.citizenIdEnc())).masked(),
                CitizenId.parse(cipher.decrypt(after.citizenIdEnc())).masked());
        diff(changes, "民族", before == null ? null : before.ethnicity().label(), after.ethnicity().label());
        diff(changes, "籍贯", before == null ? null : before.nativePlace(), after.nativePlace());
        diff(changes, "学历", label(before == null ? null : before.education()), label(after.education()));
        diff(changes, "学位", label(before == null ? null : before.degree()), label(after.degree()));
        diff(changes, "职业", before == null ? null : before.occupation(), after.occupation());
        diff(changes, "工作单位", before == null ? null : unitLabel(before.unitId()), unitLabel(after.unitId()));
        diff(changes, "职务", before == null ? null : before.position(), after.position());
        diff(changes, "联系电话", before == null ? null : Masking.phone(cipher.decrypt(before.phoneEnc())),
                Masking.phone(cipher.decrypt(after.phoneEnc())));
        diff(changes, "申请入党日期", str(before == null ? null : before.appliedOn()), str(after.appliedOn()));
        diff(changes, "入党日期", str(before == null ? null : before.joinedOn()), str(after.joinedOn()));
        diff(changes, "转正日期", str(before == null ? null : before.confirmedOn()), str(after.confirmedOn()));
        diff(changes, "人员类别", before == null ? null : before.kind().label(), after.kind().label());
        diff(changes, "所在党组织", before == null ? null : orgLabel(before.orgId()), orgLabel(after.orgId()));
        diff(changes, "所在党小组", before == null || before.partyGroupId() == null ? null : orgLabel(before.partyGroupId()),
                after.partyGroupId() == null ? null : orgLabel(after.partyGroupId()));
        diff(changes, "党员领导干部", before == null ? null : yesNo(before.leadingCadre()), yesNo(after.leadingCadre()));
        diff(changes, "流动党员", before == null ? null : yesNo(before.mobile()), yesNo(after.mobile()));
        diff(changes, "失联党员", before == null ? null : yesNo(before.lostContact()), yesNo(after.lostContact()));
        return changes;
    }

    private String unitLabel(Long unitId) {
        return unitId == null ? null : units.find(unitId).map(UnitView::name).orElse(String.valueOf(unitId));
    }

    private String orgLabel(long orgId) {
        return orgs.ref(orgId).map(OrgUnitRef::name).orElse(String.valueOf(orgId));
    }

    private static void diff(List<FieldChange> changes, String label, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(label, before, after));
        }
    }

    private static String label(CodedValue value) {
        return value == null ? null : value.label();
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
