package cn.dangjian.recruitment.web;

import java.time.LocalDate;

import cn.dangjian.recruitment.OpenCase;
import cn.dangjian.recruitment.RecordStep;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.recruitment.StepResult;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import org.springframework.util.MultiValueMap;

/** Reads the application form and the case page's step and 终止 forms into the facade's commands. */
final class StepForm {

    private StepForm() {
    }

    static OpenCase application(long orgId, MultiValueMap<String, String> params) {
        FormInput in = new FormInput(params);
        OpenCase cmd = new OpenCase(orgId, in.text("name"), in.text("citizenId"),
                in.choice(Ethnicity.class, "ethnicity", "民族"), in.choice(EducationLevel.class, "education", "学历"),
                in.id("unitId", "工作单位"), in.text("position"), in.text("phone"), in.date("appliedOn", "申请日期"),
                in.text("note"));
        in.check();
        return cmd;
    }

    static RecordStep step(MultiValueMap<String, String> params) {
        FormInput in = new FormInput(params);
        RecordStep step = new RecordStep(in.choice(StepKind.class, "kind", "环节"), in.date("on", "日期"),
                in.date("until", "截止日期"), in.ids("memberIds", "人员"), in.text("otherPerson"),
                in.integer("days", "培训天数"), in.integer("hours", "培训学时"), in.integer("months", "月数"),
                in.choice(StepResult.class, "result", "结果"), in.text("note"), in.text("justification"));
        in.check();
        return step;
    }

    /** The day and reason of a 终止. */
    record Closing(LocalDate on, String reason) {
    }

    static Closing closing(MultiValueMap<String, String> params) {
        FormInput in = new FormInput(params);
        Closing closing = new Closing(in.date("closedOn", "终止日期"), in.text("reason"));
        in.check();
        return closing;
    }
}
