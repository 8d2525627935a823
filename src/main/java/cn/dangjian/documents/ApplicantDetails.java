package cn.dangjian.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who a 发展党员 document is about, as the case recorded them once when the application was received.
 *
 * @param name      姓名
 * @param gender    性别, e.g. 女
 * @param ethnicity 民族, e.g. 汉族
 * @param birthDate 出生日期
 * @param education 学历, e.g. 硕士研究生; {@code null} when not recorded
 * @param unit      工作单位; {@code null} when not recorded
 * @param position  职务; {@code null} when not recorded
 */
public record ApplicantDetails(String name, String gender, String ethnicity, LocalDate birthDate, String education,
                               String unit, String position) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy年M月");

    public ApplicantDetails {
        Objects.requireNonNull(name, "name");
    }

    /** “某某局办公室科员”: the unit followed by the position, either may be missing. */
    public String unitAndPosition() {
        return DocumentText.orEmpty(unit) + DocumentText.orEmpty(position);
    }

    /** “林晓雯，女，汉族，1998年4月出生，硕士研究生学历，现任某某局办公室科员” — what a 公示 says of the person. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(name);
        if (gender != null) {
            parts.add(gender);
        }
        if (ethnicity != null) {
            parts.add(ethnicity);
        }
        if (birthDate != null) {
            parts.add(MONTH.format(birthDate) + "出生");
        }
        if (education != null) {
            parts.add(education + "学历");
        }
        if (!unitAndPosition().isEmpty()) {
            parts.add("现任" + unitAndPosition());
        }
        return String.join("，", parts);
    }

    /** 姓名, 性别, 民族, 出生日期, 学历, 工作单位及职务. */
    void putInto(Map<String, Object> model) {
        model.put("姓名", name);
        model.put("性别", DocumentText.orEmpty(gender));
        model.put("民族", DocumentText.orEmpty(ethnicity));
        model.put("出生日期", DocumentText.date(birthDate));
        model.put("学历", DocumentText.orEmpty(education));
        model.put("工作单位及职务", unitAndPosition());
    }
}
