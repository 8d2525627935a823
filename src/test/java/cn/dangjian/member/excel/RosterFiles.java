package cn.dangjian.member.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import cn.dangjian.member.ImportStatus;
import cn.dangjian.member.RosterImports;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.TestTree;
import cn.idev.excel.FastExcel;

/** Builds roster workbooks for tests and waits for background imports. */
public final class RosterFiles {

    private static final AtomicInteger SERIAL = new AtomicInteger(40_000);

    private RosterFiles() {
    }

    /** A fresh valid 身份证号 (male, born 1980-05-06) that no other test uses. */
    public static String newCitizenId() {
        return TestTree.citizenId(LocalDate.of(1980, 5, 6), SERIAL.getAndIncrement(), true);
    }

    /** A valid row in template column order for a full member of {@code orgName}. */
    public static List<Object> row(String name, String citizenId, String orgName) {
        Object[] cells = new Object[RosterColumns.values().length];
        Arrays.fill(cells, "");
        cells[RosterColumns.NAME.ordinal()] = name;
        cells[RosterColumns.ETHNICITY.ordinal()] = "汉族";
        cells[RosterColumns.CITIZEN_ID.ordinal()] = citizenId;
        cells[RosterColumns.NATIVE_PLACE.ordinal()] = "四川成都";
        cells[RosterColumns.EDUCATION.ordinal()] = "大学本科";
        cells[RosterColumns.OCCUPATION.ordinal()] = "公务员";
        cells[RosterColumns.POSITION.ordinal()] = "科员";
        cells[RosterColumns.PHONE.ordinal()] = "13900139000";
        cells[RosterColumns.APPLIED_ON.ordinal()] = "2004-03-01";
        cells[RosterColumns.JOINED_ON.ordinal()] = "2005-07-01";
        cells[RosterColumns.CONFIRMED_ON.ordinal()] = "2006-07-01";
        cells[RosterColumns.KIND.ordinal()] = "正式党员";
        cells[RosterColumns.ORG.ordinal()] = orgName;
        cells[RosterColumns.LEADING_CADRE.ordinal()] = "否";
        cells[RosterColumns.MOBILE.ordinal()] = "否";
        cells[RosterColumns.LOST_CONTACT.ordinal()] = "否";
        return new ArrayList<>(Arrays.asList(cells));
    }

    public static byte[] workbook(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(RosterColumns.headers().stream().map(List::of).toList()).sheet("党员名册")
                .doWrite(rows);
        return out.toByteArray();
    }

    /** The first sheet's rows (header included) as text. */
    public static List<Map<Integer, String>> readAll(byte[] xlsx) {
        return FastExcel.read(new ByteArrayInputStream(xlsx)).sheet(0).headRowNumber(0).doReadSync();
    }

    public static ImportStatus awaitSettled(RosterImports imports, AccessScope scope, UUID id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        ImportStatus status = imports.status(scope, id);
        while (status.running() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            status = imports.status(scope, id);
        }
        return status;
    }
}
