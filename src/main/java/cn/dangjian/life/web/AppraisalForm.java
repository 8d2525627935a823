package cn.dangjian.life.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import cn.dangjian.life.RecordAppraisal;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.util.MultiValueMap;

/**
 * Reads the 民主评议 form: the grade set as typed text ({@code gradeSet}, e.g. 优秀、合格、不合格), and per member of
 * the roll {@code self_<id>}, {@code grade_<id>}, {@code note_<id>} and one 民主测评 count per grade
 * ({@code votes_<id>_<index of the grade>}).
 */
final class AppraisalForm {

    /** Grades are typed separated by commas, 、, semicolons, slashes or blanks. */
    private static final Pattern SEPARATORS = Pattern.compile("[,，、;；/／\\s]+");

    private AppraisalForm() {
    }

    /** The grades in a typed grade set, or {@code null} when nothing was typed. */
    static List<String> grades(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(SEPARATORS.split(text.strip())).filter(g -> !g.isEmpty()).toList();
    }

    /** A grade set as the form shows it: 优秀、合格、基本合格、不合格. */
    static String text(List<String> grades) {
        return String.join("、", grades);
    }

    /**
     * The appraisal as typed; a row whose counts are all blank has no tally. A count that is not a whole number
     * is refused here, naming the member and the grade, since it never reaches the facade as a number.
     */
    static RecordAppraisal read(long orgId, int year, LocalDate heldOn, List<String> grades, List<RosterEntry> roster,
                                MultiValueMap<String, String> p) {
        List<FieldProblem> problems = new ArrayList<>();
        List<RecordAppraisal.Entry> entries = new ArrayList<>();
        for (RosterEntry r : roster) {
            List<Integer> votes = new ArrayList<>();
            for (int i = 0; i < grades.size(); i++) {
                String typed = p.getFirst("votes_" + r.id() + "_" + i);
                Integer count = null;
                if (typed != null && !typed.isBlank()) {
                    try {
                        count = Integer.valueOf(typed.strip());
                    } catch (NumberFormatException e) {
                        problems.add(new FieldProblem("peerVotes", r.name() + " 民主测评“" + grades.get(i) + "”票数",
                                "“" + typed.strip() + "”不是整数"));
                    }
                }
                votes.add(count);
            }
            entries.add(new RecordAppraisal.Entry(r.id(), p.getFirst("self_" + r.id()),
                    votes.stream().allMatch(Objects::isNull) ? null : votes, p.getFirst("grade_" + r.id()),
                    p.getFirst("note_" + r.id())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RecordAppraisal(orgId, year, heldOn, grades, entries);
    }
}
