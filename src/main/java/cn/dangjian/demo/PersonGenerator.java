package cn.dangjian.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import cn.dangjian.member.MemberKind;
import cn.dangjian.shared.CitizenId;
import cn.dangjian.shared.Degree;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.Gender;

/**
 * Generates realistic in-service 机关 Party members: names, a valid and unique 18-digit 身份证号 within
 * one region code, education, and the 申请/入党/转正 dates that the rules require (FZ-01: at least 18;
 * FZ-21: confirmed exactly one year after joining). Pure and deterministic for a given {@link Random}.
 */
final class PersonGenerator {

    static final double PROBATIONARY_SHARE = 0.03;

    private static final Ethnicity[] MINORITIES = {
            Ethnicity.YI, Ethnicity.YI, Ethnicity.YI, Ethnicity.TIBETAN, Ethnicity.TIBETAN, Ethnicity.QIANG,
            Ethnicity.QIANG, Ethnicity.HUI, Ethnicity.TUJIA, Ethnicity.MIAO, Ethnicity.MANCHU, Ethnicity.ZHUANG,
            Ethnicity.MONGOL};
    private static final String[] NATIVE_PLACES = {
            "四川成都", "四川成都", "四川成都", "四川绵阳", "四川德阳", "四川南充", "四川宜宾", "四川乐山", "四川眉山",
            "四川资阳", "四川遂宁", "四川内江", "四川自贡", "四川泸州", "四川达州", "四川广安", "四川雅安", "四川巴中",
            "重庆", "重庆", "湖北武汉", "陕西西安", "湖南长沙", "河南郑州", "山东济南", "甘肃兰州", "云南昆明",
            "贵州贵阳"};
    private static final String[] PHONE_PREFIXES = {
            "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
            "157", "158", "159", "173", "177", "180", "181", "182", "183", "186", "187", "188", "189", "191",
            "198", "199"};

    private final Random random;
    private final LocalDate today;
    private final String regionCode;
    private final Set<String> issuedIds = new HashSet<>();

    /**
     * @param regionCode the 6-digit GB/T 2260 county code every generated 身份证号 starts with
     * @param today      no generated date lies after this day
     */
    PersonGenerator(Random random, LocalDate today, String regionCode) {
        if (!regionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("region code must be 6 digits: " + regionCode);
        }
        this.random = random;
        this.today = today;
        this.regionCode = regionCode;
    }

    /** A member of a government organ: about 3% probationary. */
    Person next() {
        return next(random.nextDouble() < PROBATIONARY_SHARE ? MemberKind.PROBATIONARY : MemberKind.FULL, false);
    }

    /** A member of the given kind; staff of 事业单位 get 事业单位 occupations. */
    Person next(MemberKind kind, boolean publicInstitution) {
        Gender gender = random.nextDouble() < 0.6 ? Gender.MALE : Gender.FEMALE;
        int age = age();
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
        String citizenId = citizenId(birth, gender);
        EducationLevel education = education(age);
        Degree degree = degree(education);
        String occupation = occupation(education, publicInstitution);
        LocalDate joined = kind == MemberKind.FULL ? fullJoinDate(birth) : today.minusDays(1 + random.nextInt(360));
        LocalDate applied = appliedDate(birth, joined);
        LocalDate confirmed = kind == MemberKind.FULL ? joined.plusYears(1) : null;
        return new Person(ChineseNames.fullName(random, gender, age), gender, ethnicity(), birth, citizenId,
                NATIVE_PLACES[random.nextInt(NATIVE_PLACES.length)], education, degree, occupation,
                position(age, occupation), phone(), applied, joined, confirmed, kind, false,
                random.nextDouble() < 0.015, random.nextDouble() < 0.0007);
    }

    /**
     * Someone who applies to join on {@code appliedOn} (入党申请人, not yet a member): 22 to 40 years old that day,
     * most of them young staff, so FZ-01's 18 is always met; education, occupation and post as of today.
     */
    Person applicant(LocalDate appliedOn, boolean publicInstitution) {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        int ageThen = 22 + Math.min(random.nextInt(19), random.nextInt(19));
        LocalDate birth = appliedOn.minusYears(ageThen).minusDays(random.nextInt(365));
        int age = (int) ChronoUnit.YEARS.between(birth, today);
        EducationLevel education = age < 30 && random.nextDouble() < 0.4 ? EducationLevel.MASTER : education(age);
        String occupation = occupation(education, publicInstitution);
        return new Person(ChineseNames.fullName(random, gender, age), gender, ethnicity(), birth,
                citizenId(birth, gender), NATIVE_PLACES[random.nextInt(NATIVE_PLACES.length)], education,
                degree(education), occupation, position(age, occupation), phone(), appliedOn, null, null, null, false,
                false, false);
    }

    private Degree degree(EducationLevel education) {
        return switch (education) {
            case DOCTORATE -> Degree.DOCTOR;
            case MASTER -> Degree.MASTER;
            case BACHELOR -> random.nextDouble() < 0.96 ? Degree.BACHELOR : Degree.NONE;
            default -> Degree.NONE;
        };
    }

    /** 23 to 59 completed years: half evenly spread, half gathered around the middle of a career. */
    private int age() {
        if (random.nextBoolean()) {
            return 23 + random.nextInt(37);
        }
        return 23 + (random.nextInt(37) + random.nextInt(37)) / 2;
    }

    /** A valid, unique number: region, birth date, sequence (odd for men, even for women), check character. */
    private String citizenId(LocalDate birth, Gender gender) {
        String prefix = regionCode + birth.toString().replace("-", "");
        for (int attempt = 0; attempt < 2_000; attempt++) {
            int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
            String body = prefix + String.format("%03d", sequence);
            String id = body + CitizenId.checkChar(body);
            if (issuedIds.add(id)) {
                return id;
            }
        }
        throw new IllegalStateException("no free 身份证号 sequence left for " + prefix);
    }

    private EducationLevel education(int age) {
        double p = random.nextDouble();
        double doctor = age < 35 ? 0.025 : age < 50 ? 0.02 : 0.01;
        double master = age < 35 ? 0.32 : age < 50 ? 0.24 : 0.12;
        double bachelor = age < 35 ? 0.62 : age < 50 ? 0.64 : 0.62;
        if (p < doctor) {
            return EducationLevel.DOCTORATE;
        }
        if (p < doctor + master) {
            return EducationLevel.MASTER;
        }
        if (p < doctor + master + bachelor) {
            return EducationLevel.BACHELOR;
        }
        return random.nextDouble() < 0.9 ? EducationLevel.JUNIOR_COLLEGE : EducationLevel.HIGH_SCHOOL;
    }

    private String occupation(EducationLevel education, boolean publicInstitution) {
        if (!education.isCollegeOrAbove() || education == EducationLevel.JUNIOR_COLLEGE && random.nextDouble() < 0.3) {
            return "工勤人员";
        }
        double p = random.nextDouble();
        if (publicInstitution) {
            return p < 0.5 ? "事业单位管理人员" : "专业技术人员";
        }
        return p < 0.74 ? "公务员" : p < 0.9 ? "参照公务员法管理人员" : p < 0.96 ? "事业单位管理人员" : "专业技术人员";
    }

    private String position(int age, String occupation) {
        return switch (occupation) {
            case "工勤人员" -> "工勤技能岗";
            case "专业技术人员" -> age < 30 ? "助理工程师" : age < 42 ? "工程师" : "高级工程师";
            default -> {
                String[] posts = age < 27 ? new String[] {"科员", "一级科员"}
                        : age < 33 ? new String[] {"一级科员", "四级主任科员", "副科长"}
                        : age < 42 ? new String[] {"四级主任科员", "三级主任科员", "副科长", "科长"}
                        : new String[] {"二级主任科员", "一级主任科员", "科长", "四级调研员"};
                yield posts[random.nextInt(posts.length)];
            }
        };
    }

    private Ethnicity ethnicity() {
        return random.nextDouble() < 0.07 ? MINORITIES[random.nextInt(MINORITIES.length)] : Ethnicity.HAN;
    }

    /** Most join between 19 and 27 (at university or in their first post); the rest at any later age. */
    private LocalDate fullJoinDate(LocalDate birth) {
        LocalDate earliest = birth.plusYears(18).plusMonths(6);
        LocalDate latest = today.minusYears(1).minusDays(1);
        LocalDate from = random.nextDouble() < 0.7 ? birth.plusYears(19) : earliest;
        LocalDate to = random.nextDouble() < 0.7 ? birth.plusYears(27) : latest;
        from = max(from, earliest);
        to = min(to, latest);
        if (to.isBefore(from)) {
            from = earliest;
            to = latest;
        }
        return between(from, to);
    }

    /** Six months to three years before joining, and never before the 18th birthday (FZ-01). */
    private LocalDate appliedDate(LocalDate birth, LocalDate joined) {
        LocalDate adult = birth.plusYears(18);
        LocalDate earliest = max(joined.minusYears(3), adult);
        LocalDate latest = joined.minusMonths(6);
        return latest.isBefore(earliest) ? earliest : between(earliest, latest);
    }

    private String phone() {
        return PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return from.plusDays(days <= 0 ? 0 : (long) (random.nextDouble() * (days + 1)));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
