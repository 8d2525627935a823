package cn.dangjian.member.excel;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import cn.dangjian.member.MemberView;
import cn.dangjian.shared.CodedValue;
import cn.dangjian.shared.Texts;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import cn.idev.excel.write.style.column.SimpleColumnWidthStyleStrategy;

/**
 * Writes roster workbooks with the {@link RosterColumns}: the empty template (with a sheet of filling
 * notes) and exports, streamed in batches so that memory stays flat however many members there are.
 */
public final class RosterWriter {

    /** Rows handed to the workbook at a time. */
    public static final int BATCH = 5_000;
    public static final String SHEET = "党员名册";
    public static final String MASKED_SHEET = "党员名册（已脱敏，不能用于导入）";

    private RosterWriter() {
    }

    /** The import template: the header row, and a second sheet explaining each column. */
    public static void template(OutputStream out) {
        try (ExcelWriter writer = FastExcel.write(out).autoCloseStream(false).build()) {
            writer.write(List.of(), sheet(0, SHEET, RosterColumns.headers()));
            List<List<Object>> notes = new ArrayList<>();
            for (RosterColumns c : RosterColumns.values()) {
                notes.add(List.of(c.header(), c.required() ? "是" : "否", c.hint()));
            }
            notes.add(List.of());
            notes.add(List.of("说明", "", "表头（第1行）请勿修改；每行一名党员；以身份证号识别同一人，重复导入只会更新，不会重复新增。"));
            writer.write(notes, sheet(1, "填写说明", List.of("列", "必填", "填写要求")));
        }
    }

    /**
     * Streams an export. {@code source} calls its sink once per member; {@code masked} says whether the
     * 身份证号 and phone are masked (then the sheet title warns that the file cannot be re-imported).
     */
    public static void export(OutputStream out, boolean masked, Consumer<Consumer<MemberView>> source) {
        try (ExcelWriter writer = FastExcel.write(out).autoCloseStream(false).build()) {
            WriteSheet sheet = sheet(0, masked ? MASKED_SHEET : SHEET, RosterColumns.headers());
            List<List<Object>> batch = new ArrayList<>(BATCH);
            source.accept(member -> {
                batch.add(row(member));
                if (batch.size() >= BATCH) {
                    writer.write(batch, sheet);
                    batch.clear();
                }
            });
            writer.write(batch, sheet);
        }
    }

    private static WriteSheet sheet(int number, String name, List<String> headers) {
        return FastExcel.writerSheet(number, name).head(headers.stream().map(List::of).toList())
                .registerWriteHandler(new SimpleColumnWidthStyleStrategy(16)).build();
    }

    /** One member in column order; dates as yyyy-MM-dd text, so that the file reads back the same anywhere. */
    static List<Object> row(MemberView m) {
        Object[] cells = new Object[RosterColumns.values().length];
        Arrays.fill(cells, "");
        put(cells, RosterColumns.NAME, m.name());
        put(cells, RosterColumns.GENDER, label(m.gender()));
        put(cells, RosterColumns.ETHNICITY, label(m.ethnicity()));
        put(cells, RosterColumns.CITIZEN_ID, m.citizenId());
        put(cells, RosterColumns.BIRTH_DATE, date(m.birthDate()));
        put(cells, RosterColumns.NATIVE_PLACE, m.nativePlace());
        put(cells, RosterColumns.EDUCATION, label(m.education()));
        put(cells, RosterColumns.DEGREE, label(m.degree()));
        put(cells, RosterColumns.OCCUPATION, m.occupation());
        put(cells, RosterColumns.UNIT, m.unitName());
        put(cells, RosterColumns.POSITION, m.position());
        put(cells, RosterColumns.PHONE, m.phone());
        put(cells, RosterColumns.APPLIED_ON, date(m.appliedOn()));
        put(cells, RosterColumns.JOINED_ON, date(m.joinedOn()));
        put(cells, RosterColumns.CONFIRMED_ON, date(m.confirmedOn()));
        put(cells, RosterColumns.KIND, label(m.kind()));
        put(cells, RosterColumns.ORG, m.orgName());
        put(cells, RosterColumns.PARTY_GROUP, m.partyGroupName());
        put(cells, RosterColumns.LEADING_CADRE, m.leadingCadre() ? "是" : "否");
        put(cells, RosterColumns.MOBILE, m.mobile() ? "是" : "否");
        put(cells, RosterColumns.LOST_CONTACT, m.lostContact() ? "是" : "否");
        return Arrays.asList(cells);
    }

    private static void put(Object[] cells, RosterColumns column, String value) {
        cells[column.ordinal()] = value == null ? "" : Texts.cell(value);
    }

    private static String label(CodedValue value) {
        return value == null ? null : value.label();
    }

    private static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }
}
