package cn.dangjian.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.dangjian.member.MemberKind;
import cn.dangjian.shared.CitizenId;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.Gender;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonGeneratorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final List<Person> people = generate(1_000, new Random(20261122L));

    private static List<Person> generate(int count, Random random) {
        PersonGenerator generator = new PersonGenerator(random, TODAY, "510603");
        return IntStream.range(0, count).mapToObj(i -> generator.next()).toList();
    }

    @Test
    void everyCitizenIdIsValidUniqueAndMatchesBirthDateAndGender() {
        Set<String> seen = new HashSet<>();
        for (Person p : people) {
            assertThat(CitizenId.problemOf(p.citizenId())).as(p.citizenId()).isEmpty();
            CitizenId id = CitizenId.parse(p.citizenId());
            assertThat(id.birthDate()).isEqualTo(p.birthDate());
            assertThat(id.gender()).isEqualTo(p.gender());
            assertThat(p.citizenId()).startsWith("510603");
            assertThat(seen.add(p.citizenId())).as("duplicate " + p.citizenId()).isTrue();
        }
    }

    @Test
    void partyDatesFollowTheRulesAndNoneLiesInTheFuture() {
        for (Person p : people) {
            LocalDate adult = p.birthDate().plusYears(18);
            assertThat(p.appliedOn()).isAfterOrEqualTo(adult).isBeforeOrEqualTo(p.joinedOn().minusMonths(6).plusDays(1));
            assertThat(p.joinedOn()).isAfterOrEqualTo(adult).isBeforeOrEqualTo(TODAY)
                    .isAfterOrEqualTo(p.appliedOn().plusMonths(6).minusDays(1))
                    .isBeforeOrEqualTo(p.appliedOn().plusYears(3));
            if (p.kind() == MemberKind.FULL) {
                assertThat(p.confirmedOn()).isEqualTo(p.joinedOn().plusYears(1)).isBeforeOrEqualTo(TODAY);
            } else {
                assertThat(p.confirmedOn()).isNull();
                assertThat(p.joinedOn()).isAfter(TODAY.minusYears(1));
            }
            assertThat(p.birthDate()).isAfter(TODAY.minusYears(60)).isBeforeOrEqualTo(TODAY.minusYears(23));
            assertThat(p.phone()).matches("1[3-9]\\d{9}");
        }
    }

    @Test
    void theMixLooksLikeAGovernmentOrgan() {
        long men = people.stream().filter(p -> p.gender() == Gender.MALE).count();
        assertThat(men).isBetween(550L, 650L);
        long minorities = people.stream().filter(p -> p.ethnicity() != Ethnicity.HAN).count();
        assertThat(minorities).isBetween(40L, 110L);
        long probationary = people.stream().filter(p -> p.kind() == MemberKind.PROBATIONARY).count();
        assertThat(probationary).isBetween(10L, 55L);
        Map<EducationLevel, Long> education = count(Person::education);
        assertThat(education.get(EducationLevel.BACHELOR)).isGreaterThan(500L);
        assertThat(education.get(EducationLevel.MASTER)).isGreaterThan(150L);
        assertThat(education.getOrDefault(EducationLevel.DOCTORATE, 0L)).isBetween(5L, 40L);
    }

    @Test
    void wangLiAndZhangAreTheCommonestSurnames() {
        Map<String, Long> surnames = count(p -> p.name().substring(0, 1));
        List<String> top = surnames.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(3).map(Map.Entry::getKey).toList();
        assertThat(top).containsExactlyInAnyOrder("王", "李", "张");
        assertThat(people).allSatisfy(p -> assertThat(p.name()).hasSizeBetween(2, 3));
    }

    @Test
    void applicantsAre22To40WhenTheyApplyWithAValidIdAndNoPartyDatesYet() {
        PersonGenerator generator = new PersonGenerator(new Random(11), TODAY, "510603");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            LocalDate applied = TODAY.minusDays(i * 2L);
            Person p = generator.applicant(applied, i % 5 == 0);
            assertThat(java.time.Period.between(p.birthDate(), applied).getYears()).as(p.toString()).isBetween(22, 40);
            assertThat(CitizenId.problemOf(p.citizenId())).isEmpty();
            assertThat(CitizenId.parse(p.citizenId()).birthDate()).isEqualTo(p.birthDate());
            assertThat(CitizenId.parse(p.citizenId()).gender()).isEqualTo(p.gender());
            assertThat(seen.add(p.citizenId())).isTrue();
            assertThat(p.appliedOn()).isEqualTo(applied);
            assertThat(p.kind()).isNull();
            assertThat(p.joinedOn()).isNull();
            assertThat(p.position()).isNotBlank();
        }
    }

    @Test
    void theSameSeedGivesTheSamePeople() {
        assertThat(generate(50, new Random(7))).isEqualTo(generate(50, new Random(7)));
    }

    private <K> Map<K, Long> count(Function<Person, K> key) {
        return people.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
