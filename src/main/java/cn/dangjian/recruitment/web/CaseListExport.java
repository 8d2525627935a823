package cn.dangjian.recruitment.web;

import java.time.Clock;
import java.time.LocalDate;

import cn.dangjian.recruitment.CaseRow;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ExcelList;
import cn.dangjian.shared.PersonalDataExport;
import cn.dangjian.shared.SortOrder;
import cn.dangjian.shared.XlsxFile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;

/** The case list as Excel: the same filters, scope and order as the page, the columns it shows. */
@Controller
class CaseListExport {

    private final Recruitment recruitment;
    private final Clock clock;

    CaseListExport(Recruitment recruitment, Clock clock) {
        this.recruitment = recruitment;
        this.clock = clock;
    }

    @PersonalDataExport("发展党员名单")
    @GetMapping("/recruitment/list.xlsx")
    @ResponseBody
    XlsxFile export(AccessScope scope, @ModelAttribute CaseListFilters filters) {
        SortOrder order = SortOrder.parse(filters.sort(), filters.dir());
        return ExcelList.<CaseRow>titled("发展党员名单")
                .column("姓名", CaseRow::name)
                .column("性别", c -> c.gender() == null ? null : c.gender().label())
                .column("党组织", CaseRow::orgName)
                .column("阶段", c -> c.stage().label())
                .column("适用细则", c -> c.ruleVersion().code() + "年细则")
                .column("申请日期", CaseRow::appliedOn)
                .column("下一环节", c -> c.nextStep() == null ? null : c.nextStep().label())
                .column("应办日期", c -> c.nextDue() == null ? null : c.nextDue() + (c.overdue() ? "（已逾期）" : ""))
                .download(LocalDate.now(clock), p -> recruitment.list(scope, filters.query(), p, order));
    }
}
