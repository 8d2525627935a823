package cn.dangjian.member.excel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dangjian.member.ImportProblem;
import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.internal.MemberRules;
import cn.dangjian.member.internal.MemberStore;
import cn.dangjian.member.internal.SensitiveFieldCipher;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.UnitView;
import cn.dangjian.org.Units;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.CitizenId;
import cn.dangjian.shared.CodedValue;
import cn.dangjian.shared.Degree;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.Gender;

/**
 * Checks the rows of one roster file, batch by batch, for one importer: cell formats, the member rules,
 * the importer's scope, duplicates within the file, and 身份证号 already registered outside the scope.
 * Stateful across batches (remembers every 身份证号 seen); use one instance per pass over a file.
 */
public final class RosterRowChecker {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T].*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private final AccessScope scope;
    private final LocalDate today;
    private final OrgUnits orgs;
    private final Units units;
    private final MemberStore store;
    private final SensitiveFieldCipher cipher;
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<String, List<OrgUnitRef>> orgsByName = new HashMap<>();
    private final Map<String, Optional<UnitView>> unitsByName = new HashMap<>();

    public RosterRowChecker(AccessScope scope, LocalDate today, OrgUnits orgs, Units units, MemberStore store,
                            SensitiveFieldCipher cipher) {
        this.scope = scope;
        this.today = today;
        this.orgs = orgs;
        this.units = units;
        this.store = store;
        this.cipher = cipher;
    }

    /** A checked row: valid when it has no problems, and then ready to be written. */
    public record CheckedRow(int rowNumber, MemberForm form, CitizenId citizenId, String hash, OrgUnitRef org,
                             List<ImportProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public List<CheckedRow> check(List<RosterRow> rows) {
        List<CheckedRow> checked = new ArrayList<>(rows.size());
        Set<String> hashes = new HashSet<>();
        for (RosterRow row : rows) {
            CheckedRow c = checkRow(row);
            if (c.hash() != null) {
                hashes.add(c.hash());
            }
            checked.add(c);
        }
        Map<String, MemberStore.Existing> existing = store.existing(hashes);
        for (CheckedRow c : checked) {
            MemberStore.Existing e = c.hash() == null ? null : existing.get(c.hash());
            if (e != null && !scope.coversOrg(e.orgId(), e.orgPath())) {
                c.problems().add(new ImportProblem(c.rowNumber(), RosterColumns.CITIZEN_ID.header(),
                        "该党员的组织关系在您管理范围以外的党组织"));
            }
        }
        return checked;
    }

    private CheckedRow checkRow(RosterRow read) {
        Cells cells = new Cells(read);
        RosterRow row = cells.row;
        OrgUnitRef org = cells.org();
        Long groupId = cells.partyGroup(org);
        Long unitId = cells.unit();
        MemberForm form = new MemberForm(row.get(RosterColumns.NAME),
                cells.coded(RosterColumns.GENDER, Gender.class), cells.ethnicity(),
                cells.date(RosterColumns.BIRTH_DATE), row.get(RosterColumns.CITIZEN_ID),
                row.get(RosterColumns.NATIVE_PLACE), cells.coded(RosterColumns.EDUCATION, EducationLevel.class),
                cells.coded(RosterColumns.DEGREE, Degree.class), row.get(RosterColumns.OCCUPATION), unitId,
                row.get(RosterColumns.POSITION), row.get(RosterColumns.PHONE), cells.date(RosterColumns.APPLIED_ON),
                cells.date(RosterColumns.JOINED_ON), cells.date(RosterColumns.CONFIRMED_ON), cells.kind(),
                org == null ? null : org.id(), groupId, cells.yesNo(RosterColumns.LEADING_CADRE),
                cells.yesNo(RosterColumns.MOBILE), cells.yesNo(RosterColumns.LOST_CONTACT));
        List<ImportProblem> problems = cells.problems;
        Set<String> flagged = new HashSet<>();
        problems.forEach(p -> flagged.add(p.column()));
        List<FieldProblem> ruleProblems = MemberRules.check(form, null, today);
        boolean idBroken = ruleProblems.stream().anyMatch(p -> p.field().equals("citizenId"));
        for (FieldProblem p : ruleProblems) {
            // a cell that could not be read is reported once, not again as “不能为空”; blank 性别 and
            // 出生日期 come from the 身份证号, so a broken number is the one problem to report
            boolean derived = idBroken && (p.field().equals("gender") || p.field().equals("birthDate"))
                    && p.message().equals("不能为空");
            if (!flagged.contains(p.label()) && !derived) {
                problems.add(new ImportProblem(row.rowNumber(), p.label(), p.message()));
            }
        }
        CitizenId citizenId = null;
        String hash = null;
        if (form.citizenId() != null && CitizenId.problemOf(form.citizenId()).isEmpty()) {
            citizenId = CitizenId.parse(form.citizenId());
            hash = cipher.blindIndex(citizenId.value());
            Integer first = seen.putIfAbsent(hash, row.rowNumber());
            if (first != null) {
                problems.add(new ImportProblem(row.rowNumber(), RosterColumns.CITIZEN_ID.header(), "与第" + first + "行重复"));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(p -> RosterColumns.byHeader(p.column()) == null
                ? Integer.MAX_VALUE : RosterColumns.byHeader(p.column()).ordinal()));
        return new CheckedRow(row.rowNumber(), form, citizenId, hash, org, problems);
    }

    /** Reads the cells of one row, collecting a problem for each cell that cannot be understood. */
    private final class Cells {

        private final RosterRow row;
        private final List<ImportProblem> problems = new ArrayList<>();

        /** Keeps the cells whose text its column allows; each other cell is reported and left out. */
        Cells(RosterRow read) {
            Map<RosterColumns, String> readable = new java.util.EnumMap<>(RosterColumns.class);
            read.cells().forEach((column, text) -> {
                String value = read.get(column);
                Optional<String> problem = value == null ? Optional.empty() : column.kind().problemOf(value);
                if (problem.isPresent()) {
                    problems.add(new ImportProblem(read.rowNumber(), column.header(), problem.get()));
                } else if (value != null) {
                    readable.put(column, value);
                }
            });
            this.row = new RosterRow(read.rowNumber(), readable);
        }

        private void problem(RosterColumns column, String message) {
            problems.add(new ImportProblem(row.rowNumber(), column.header(), message));
        }

        <E extends Enum<E> & CodedValue> E coded(RosterColumns column, Class<E> type) {
            String text = row.get(column);
            if (text == null) {
                return null;
            }
            Optional<E> value = CodedValue.lookup(type, text);
            if (value.isEmpty()) {
                problem(column, "无法识别“" + text + "”，请填写代码表中的名称或代码");
            }
            return value.orElse(null);
        }

        Ethnicity ethnicity() {
            String text = row.get(RosterColumns.ETHNICITY);
            if (text != null && !text.endsWith("族") && CodedValue.lookup(Ethnicity.class, text).isEmpty()) {
                Optional<Ethnicity> withSuffix = CodedValue.lookup(Ethnicity.class, text + "族");
                if (withSuffix.isPresent()) {
                    return withSuffix.get();
                }
            }
            return coded(RosterColumns.ETHNICITY, Ethnicity.class);
        }

        MemberKind kind() {
            String text = row.get(RosterColumns.KIND);
            if ("正式".equals(text)) {
                return MemberKind.FULL;
            }
            if ("预备".equals(text)) {
                return MemberKind.PROBATIONARY;
            }
            return coded(RosterColumns.KIND, MemberKind.class);
        }

        LocalDate date(RosterColumns column) {
            String text = row.get(column);
            if (text == null) {
                return null;
            }
            Matcher m = SEPARATED.matcher(text);
            if (!m.matches()) {
                m = COMPACT.matcher(text);
            }
            if (!m.matches()) {
                problem(column, "日期格式不正确“" + text + "”（应如2010-07-01、2010/7/1、2010.7.1或20100701）");
                return null;
            }
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                problem(column, "“" + text + "”不是有效的日期");
                return null;
            }
        }

        boolean yesNo(RosterColumns column) {
            String text = row.get(column);
            if (text == null || text.equals("否") || text.equalsIgnoreCase("N") || text.equals("0")) {
                return false;
            }
            if (text.equals("是") || text.equalsIgnoreCase("Y") || text.equals("1")) {
                return true;
            }
            problem(column, "应填写“是”或“否”");
            return false;
        }

        OrgUnitRef org() {
            String name = row.get(RosterColumns.ORG);
            if (name == null) {
                return null;
            }
            List<OrgUnitRef> named = orgsByName.computeIfAbsent(name, orgs::activeByName);
            List<OrgUnitRef> inScope = named.stream().filter(o -> scope.coversOrg(o.id(), o.path())).toList();
            if (named.isEmpty()) {
                problem(RosterColumns.ORG, "未找到名为“" + name + "”的党组织（须与系统中的名称完全一致）");
                return null;
            }
            if (inScope.isEmpty()) {
                problem(RosterColumns.ORG, "不在您的管理范围内");
                return null;
            }
            if (inScope.size() > 1) {
                problem(RosterColumns.ORG, "有" + inScope.size() + "个党组织都叫“" + name + "”，无法确定是哪一个，请在系统中区分名称后再导入");
                return null;
            }
            OrgUnitRef org = inScope.get(0);
            if (!org.type().holdsMembers()) {
                problem(RosterColumns.ORG, org.type().label() + "不能直接管理党员的组织关系");
                return null;
            }
            return org;
        }

        Long partyGroup(OrgUnitRef org) {
            String name = row.get(RosterColumns.PARTY_GROUP);
            if (name == null || org == null) {
                return null;
            }
            List<OrgUnitRef> groups = orgsByName.computeIfAbsent(name, orgs::activeByName).stream()
                    .filter(g -> g.type() == OrgType.PARTY_GROUP && org.id() == (g.parentId() == null ? -1 : g.parentId()))
                    .toList();
            if (groups.size() != 1) {
                problem(RosterColumns.PARTY_GROUP, "“" + org.name() + "”下没有名为“" + name + "”的党小组");
                return null;
            }
            return groups.get(0).id();
        }

        Long unit() {
            String name = row.get(RosterColumns.UNIT);
            if (name == null) {
                return null;
            }
            Optional<UnitView> unit = unitsByName.computeIfAbsent(name, units::byName);
            if (unit.isEmpty()) {
                problem(RosterColumns.UNIT, "未找到名为“" + name + "”的单位（须与系统中的名称完全一致）");
                return null;
            }
            return unit.get().id();
        }
    }
}
