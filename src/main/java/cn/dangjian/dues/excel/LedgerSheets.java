package cn.dangjian.dues.excel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.dues.ArrearsRow;
import cn.dangjian.dues.AssessmentKind;
import cn.dangjian.dues.AssessmentView;
import cn.dangjian.dues.DuesCalculation;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.RegisterLine;
import cn.dangjian.dues.RemittanceView;
import cn.dangjian.dues.SheetRow;
import cn.dangjian.shared.Fen;

/** The dues ledgers as Excel sheets, column for column as A.2.1, A.2.2 and A.2.3 lay them out. */
public final class LedgerSheets {

    private LedgerSheets() {
    }

    /** 年初核定表 (A.2.1, DF-17) with the signature line. */
    public static byte[] assessment(String orgName, int year, List<SheetRow> rows, LocalDate today) {
        LedgerWorkbook book = LedgerWorkbook.titled(year + "年度党费年初核定表", orgName + "　制表日期：" + today + "　金额单位：元")
                .landscape().column("序号", 5).column("党员姓名", 10).column("人员类别", 18)
                .column("月工资收入（税后计算基数）", 14).column("执行标准", 9).column("月应缴党费", 10).column("全年应缴党费", 11)
                .column("全年实缴党费", 11).column("是否年薪制", 8).column("是否少交/免交", 18).column("本人确认", 8).column("备注", 22);
        long monthly = 0;
        long due = 0;
        long paid = 0;
        for (int i = 0; i < rows.size(); i++) {
            SheetRow r = rows.get(i);
            AssessmentView a = r.assessment();
            DuesCalculation c = a == null ? null : a.calculation();
            monthly += c == null ? 0 : c.monthly().value();
            due += r.annualDue().value();
            paid += r.annualPaid().value();
            book.row(java.util.Arrays.asList(i + 1, r.name(), c == null ? "" : c.category().label(),
                    c == null ? null : c.base(), c == null ? "" : c.standard(), c == null ? "未核定" : c.monthly(),
                    r.annualDue(), r.annualPaid(), c != null && c.category() == DuesCategory.ANNUAL_SALARY ? "是" : "否",
                    r.reduction() == null ? "否" : r.reduction(), a != null && a.confirmed() ? "已确认" : "",
                    remark(a)));
        }
        book.totals(java.util.Arrays.asList("合计", rows.size() + "人", null, null, null, Fen.of(monthly), Fen.of(due),
                Fen.of(paid), null, null, null, null));
        return book.footer("党员本人确认（签字）：＿＿＿＿＿＿　　党支部书记（签字）：＿＿＿＿＿＿　　（党支部盖章）　　年　　月　　日")
                .write();
    }

    /** 备注 of a 核定表 line: 未核定, or how the amount in force came about (预备党员起交 from…) and its note. */
    public static String remark(AssessmentView a) {
        if (a == null) {
            return "未核定";
        }
        List<String> remark = new ArrayList<>();
        if (a.kind() != AssessmentKind.ANNUAL) {
            remark.add(a.kind().label() + "（" + a.effectiveFrom() + "起）");
        }
        if (a.note() != null) {
            remark.add(a.note());
        }
        return String.join("；", remark);
    }

    /** 党费收缴登记表 of a month (A.2.2) with blank signature columns and the totals. */
    public static byte[] register(String orgName, YearMonth month, List<RegisterLine> lines, LocalDate today) {
        String label = month.getYear() + "年" + month.getMonthValue() + "月";
        LedgerWorkbook book = LedgerWorkbook.titled("党费收缴登记表", orgName + "　" + label + "　制表日期：" + today + "　金额单位：元")
                .landscape().column("序号", 5).column("姓名", 10).column("交纳月份", 10).column("应交", 9).column("实交", 9)
                .column("交纳日期", 11).column("交纳方式", 20).column("所交月份", 18).column("党员签字", 11).column("收款人签名", 11);
        long due = 0;
        long paid = 0;
        int owing = 0;
        int paying = 0;
        for (int i = 0; i < lines.size(); i++) {
            RegisterLine l = lines.get(i);
            due += l.due() == null ? 0 : l.due().value();
            paid += l.paid().value();
            if (l.due() != null && !l.due().isZero()) {
                owing++;
                paying += l.owing() ? 0 : 1;
            }
            book.row(java.util.Arrays.asList(i + 1, l.name(), label, l.due() == null ? "未核定" : l.due(),
                    l.paid().isZero() ? null : l.paid(), l.paidOn() == null ? "" : l.paidOn().toString(), l.method(),
                    l.covered(), "", ""));
        }
        book.totals(java.util.Arrays.asList("合计", "应交" + owing + "人", "已交" + paying + "人", Fen.of(due), Fen.of(paid),
                null, null, null, null, null));
        return book.footer("收款人（签名）：＿＿＿＿＿＿　　　　党支部书记（签字）：＿＿＿＿＿＿").write();
    }

    /** 欠交名单: who, where, which months ended unpaid, the unbroken run (DF-13 at 6) and the amount. */
    public static byte[] arrears(String orgName, List<ArrearsRow> rows, LocalDate today) {
        LedgerWorkbook book = LedgerWorkbook.titled("党费欠交名单", orgName + "　截至" + today + "　金额单位：元")
                .column("序号", 5).column("姓名", 10).column("所在党组织", 24).column("欠交月份", 36).column("连续欠交月数", 10)
                .column("欠交金额", 10).column("提示", 40);
        long owed = 0;
        for (int i = 0; i < rows.size(); i++) {
            ArrearsRow r = rows.get(i);
            owed += r.owed().value();
            book.row(java.util.Arrays.asList(i + 1, r.name(), r.orgName(), months(r.months()), r.consecutive(), r.owed(),
                    hint(r)));
        }
        book.totals(java.util.Arrays.asList("合计", rows.size() + "人", null, null, null, Fen.of(owed), null));
        return book.write();
    }

    /** What the branch should do about a member's arrears: at 6 months in a row DF-13 applies. */
    public static String hint(ArrearsRow r) {
        return r.consecutive() >= 6 ? r.level() + "：连续6个月不交纳党费且无正当理由的，按自行脱党处理（DF-13，第十三条），请核实原因"
                : r.level().isEmpty() ? "" : r.level() + "：请督促补交（DF-12/DF-13）";
    }

    /** 党费上缴记录 (A.2.3) of a year with the reconciliation against the register as it is now. */
    public static byte[] remittances(String orgName, int year, List<RemittanceView> rows, LocalDate today) {
        LedgerWorkbook book = LedgerWorkbook.titled(year + "年度党费上缴记录", orgName + "　制表日期：" + today + "　金额单位：元")
                .landscape().column("序号", 5).column("支部名称", 22).column("期间", 18).column("党员数", 7).column("应收合计", 10)
                .column("实收合计", 10).column("上缴比例", 8).column("上缴金额", 10).column("上缴日期", 11).column("方式", 11)
                .column("凭证号", 14).column("经手人", 9).column("对账情况", 22).column("备注", 18);
        long due = 0;
        long collected = 0;
        long remitted = 0;
        for (int i = 0; i < rows.size(); i++) {
            RemittanceView r = rows.get(i);
            due += r.due().value();
            collected += r.collectedNow().value();
            remitted += r.remitted().value();
            long diff = r.differenceFen();
            String reconciliation = diff == 0 ? "已对平" : diff > 0 ? "尚应上缴" + Fen.of(diff) + "元" : "多缴" + Fen.of(-diff) + "元";
            if (!r.collected().equals(r.collectedNow())) {
                reconciliation += "（登记后实收由" + r.collected() + "元变为" + r.collectedNow() + "元）";
            }
            book.row(java.util.Arrays.asList(i + 1, r.orgName(), r.from() + "至" + r.until(), r.members(), r.due(),
                    r.collectedNow(), r.sharePercent() + "%", r.remitted(), r.remittedOn().toString(), r.method(),
                    r.proofNo(), r.handledBy(), reconciliation, r.note()));
        }
        book.totals(java.util.Arrays.asList("合计", rows.size() + "笔", null, null, Fen.of(due), Fen.of(collected), null,
                Fen.of(remitted), null, null, null, null, null, null));
        return book.write();
    }

    /** 2026-01、2026-02… with unbroken runs written as 2026-03至2026-07. */
    public static String months(List<YearMonth> months) {
        List<YearMonth> sorted = months.stream().sorted().toList();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).equals(sorted.get(j).plusMonths(1))) {
                j++;
            }
            parts.add(i == j ? sorted.get(i).toString() : sorted.get(i) + "至" + sorted.get(j));
            i = j + 1;
        }
        return String.join("、", parts);
    }
}
