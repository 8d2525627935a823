package cn.dangjian.dues.excel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.dangjian.dues.PaymentMethod;
import cn.dangjian.shared.CitizenId;
import cn.dangjian.shared.Fen;

/**
 * One row of a bank or payment-platform export as the payment import reads it, through the column mapping the
 * user confirmed: the name, 身份证号, the months, the amount, the day, the transaction number and the way paid as
 * written — and what is wrong with the row on its own, each message naming the field. A way of paying that says
 * 垫交 or 扣缴 is refused citing DF-14.
 */
public record PaymentEntry(int row, String name, String citizenId, List<YearMonth> months, Fen amount, LocalDate paidOn,
                           String serial, String method, List<String> problems) {

    public PaymentEntry {
        months = months == null ? List.of() : List.copyOf(months);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The rows of {@code sheet} read through {@code mapping} (column → index); the required columns must be mapped. */
    public static List<PaymentEntry> read(UploadedSheet sheet, Map<PaymentColumn, Integer> mapping) {
        List<PaymentEntry> entries = new ArrayList<>();
        for (UploadedSheet.Row r : sheet.rows()) {
            entries.add(read(r, mapping));
        }
        return entries;
    }

    static PaymentEntry read(UploadedSheet.Row r, Map<PaymentColumn, Integer> mapping) {
        List<String> problems = new ArrayList<>();
        String name = r.cell(mapping.get(PaymentColumn.NAME));
        if (name == null) {
            problems.add("姓名：不能为空");
        }
        String id = r.cell(mapping.get(PaymentColumn.CITIZEN_ID));
        if (id != null && CitizenId.problemOf(id).isPresent()) {
            problems.add("身份证号：" + CitizenId.problemOf(id).get());
            id = null;
        }
        String monthText = r.cell(mapping.get(PaymentColumn.MONTHS));
        List<YearMonth> months = ImportValues.months(monthText);
        if (monthText == null) {
            problems.add("交纳月份：不能为空");
        } else if (months.isEmpty()) {
            problems.add("交纳月份：无法识别“" + monthText + "”，应如 2026-03、2026年3月、202603 或 2026-01至2026-03");
        }
        String amountText = r.cell(mapping.get(PaymentColumn.AMOUNT));
        Fen amount = null;
        if (amountText == null) {
            problems.add("金额：不能为空");
        } else if (Fen.problemOf(amountText).isPresent()) {
            problems.add("金额：" + Fen.problemOf(amountText).get());
        } else {
            amount = Fen.parse(amountText);
        }
        String dayText = r.cell(mapping.get(PaymentColumn.PAID_ON));
        LocalDate paidOn = ImportValues.date(dayText).orElse(null);
        if (dayText == null) {
            problems.add("交纳日期：不能为空");
        } else if (paidOn == null) {
            problems.add("交纳日期：无法识别“" + dayText + "”，应如 2026-03-05 或 2026年3月5日");
        }
        String method = r.cell(mapping.get(PaymentColumn.METHOD));
        java.util.Optional<String> forbidden = PaymentMethod.forbidden(method);
        if (forbidden.isPresent()) {
            problems.add("交纳方式：" + forbidden.get());
        } else if (method != null && (method.contains("代交") || method.contains("委托"))) {
            problems.add("交纳方式：委托亲属或党员代交的需登记代交人姓名（DF-12），请在党费登记页面逐笔登记");
        }
        return new PaymentEntry(r.number(), name, id, months, amount, paidOn, r.cell(mapping.get(PaymentColumn.SERIAL)),
                method, problems);
    }

    /**
     * The key that makes a re-import of this row change nothing: the transaction number with the member when the
     * export has one (two banks may use the same number), else the member, the months, the amount and the day —
     * hashed, so no personal data is stored in it.
     */
    public String importKey(long memberId) {
        String basis = serial != null ? "serial:" + serial + "|" + memberId
                : "row:" + memberId + "|" + months + "|" + (amount == null ? "" : amount.value()) + "|" + paidOn;
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(basis.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "XLSX-" + java.util.HexFormat.of().formatHex(digest, 0, 20);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
