package cn.dangjian.duty;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection's feedback as the inspected organization records it (ZG-01, ZG-03): which organization, the kind
 * and the team, the day of the feedback, and the problems with what is done about each.
 */
public record RecordInspection(long orgId, InspectionKind kind, String team, LocalDate feedbackOn,
                               List<NewItem> items) {

    public RecordInspection {
        items = items == null ? List.of() : items.stream().filter(i -> i != null && !i.blank()).toList();
    }

    /**
     * One problem (问题清单) with its measures (任务清单), deadline, responsible person and leader (责任清单), and
     * whether it was fixed on the spot (立行立改).
     */
    public record NewItem(String problem, String measures, LocalDate deadline, String owner, String leader,
                          boolean immediate) {

        /** A row of the form left empty. */
        public boolean blank() {
            return empty(problem) && empty(measures) && deadline == null && empty(owner) && empty(leader);
        }

        private static boolean empty(String s) {
            return s == null || s.isBlank();
        }
    }
}
