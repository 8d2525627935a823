package cn.dangjian.documents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The 发展对象公示 (FZ-08: at least 5 working days before an activist is listed as a candidate), written from the
 * recorded 公示 step; {@link #toModel()} fills {@link DocumentTemplate#PUBLIC_NOTICE}.
 *
 * @param organizationName the branch that publishes it, signed at the foot
 * @param person           the activist to be listed
 * @param appliedOn        申请入党日期
 * @param activistOn       the day they became an activist
 * @param from             the first day of the 公示, also the day it is signed
 * @param to               the last day
 * @param workingDays      the working days from {@code from} to {@code to}, counted with the official calendar
 * @param approvingOrgName the higher 党委 to which objections may also go
 */
public record PublicNoticeDocument(String organizationName, ApplicantDetails person, LocalDate appliedOn,
                                   LocalDate activistOn, LocalDate from, LocalDate to, int workingDays,
                                   String approvingOrgName) {

    public PublicNoticeDocument {
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** “林晓雯，女，汉族，1998年4月出生，硕士研究生学历，现任某局科员。2025年1月6日递交入党申请书，…”. */
    public String particulars() {
        StringBuilder text = new StringBuilder(person.summary()).append('。');
        if (appliedOn != null) {
            text.append(DocumentText.date(appliedOn)).append("递交入党申请书");
            text.append(activistOn == null ? "。" : "，");
        }
        if (activistOn != null) {
            text.append(DocumentText.date(activistOn)).append("被确定为入党积极分子。");
        }
        return text.toString();
    }

    /** The placeholder values for {@link DocumentTemplate#PUBLIC_NOTICE}. */
    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("组织名称", organizationName);
        model.put("姓名", person.name());
        model.put("基本情况", particulars());
        model.put("公示开始日期", DocumentText.date(from));
        model.put("公示截止日期", DocumentText.date(to));
        model.put("工作日天数", String.valueOf(workingDays));
        model.put("上级党委", DocumentText.orEmpty(approvingOrgName));
        model.put("发布日期", DocumentText.date(from));
        return model;
    }
}
