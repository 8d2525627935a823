package cn.dangjian.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of a 入党积极分子培养考察登记表 (FZ-04..FZ-07: it travels with the activist when they transfer), as
 * the recruitment case recorded them; {@link #toModel()} fills {@link DocumentTemplate#ACTIVIST_REGISTER}.
 *
 * @param organizationName the branch that trains the activist
 * @param person           the activist
 * @param appliedOn        申请入党日期
 * @param talkOn           the day someone talked with the applicant (FZ-03), or {@code null}
 * @param talkers          who talked with them, e.g. 张建国
 * @param designatedOn     the day the 支委会 made them an activist (FZ-04)
 * @param filedOn          the day that was filed with the higher 党委 (备案), or {@code null}
 * @param recommendation   how they were put forward (党员推荐, 群团组织推优) as recorded with the designation
 * @param mentors          the 培养联系人 (FZ-05), e.g. 李秀英、王志强
 * @param assessments      the branch's 考察 every six months (FZ-06), oldest first
 */
public record ActivistRegisterDocument(String organizationName, ApplicantDetails person, LocalDate appliedOn,
                                       LocalDate talkOn, String talkers, LocalDate designatedOn, LocalDate filedOn,
                                       String recommendation, String mentors, List<Assessment> assessments) {

    public ActivistRegisterDocument {
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(person, "person");
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
    }

    /** One 考察: the day and what the branch recorded of the activist. */
    public record Assessment(LocalDate on, String content) {
    }

    /** The placeholder values for {@link DocumentTemplate#ACTIVIST_REGISTER}. */
    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("组织名称", organizationName);
        person.putInto(model);
        model.put("申请入党日期", DocumentText.date(appliedOn));
        model.put("谈话日期", DocumentText.date(talkOn));
        model.put("谈话人", DocumentText.orEmpty(talkers));
        model.put("确定积极分子日期", DocumentText.date(designatedOn));
        model.put("备案日期", DocumentText.date(filedOn));
        model.put("推荐情况", DocumentText.orEmpty(recommendation));
        model.put("培养联系人", DocumentText.orEmpty(mentors));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < assessments.size(); i++) {
            Assessment assessment = assessments.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("序号", String.valueOf(i + 1));
            row.put("考察日期", DocumentText.date(assessment.on()));
            row.put("考察内容", DocumentText.orEmpty(assessment.content()));
            rows.add(row);
        }
        model.put("考察记录", rows);
        return model;
    }
}
