package cn.dangjian.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded step of a case. For an assembly step, {@code meetingId} is the 支部党员大会 in organizational life
 * that voted, and {@code vote} the outcome as computed there. {@code waivedRules} lists the rules whose windows
 * were exceeded with the {@code justification} given.
 */
public record CaseStep(long id, StepKind kind, LocalDate on, LocalDate until, List<Person> people,
                       String otherPerson, Integer days, Integer hours, Integer months, StepResult result,
                       Long meetingId, String vote, String note, String justification, List<String> waivedRules,
                       String recordedBy, Instant recordedAt) {

    public CaseStep {
        people = people == null ? List.of() : List.copyOf(people);
        waivedRules = waivedRules == null ? List.of() : List.copyOf(waivedRules);
    }

    /** A member involved in the step, by id and name as it was when recorded. */
    public record Person(long memberId, String name) {
    }

    public boolean favourable() {
        return result == null || result.favourable();
    }

    public String peopleNames() {
        return String.join("、", people.stream().map(Person::name).toList());
    }
}
