package cn.dangjian.duty;

/**
 * What narrows a list of supervised tasks: issued by the organization's subtree or given to it ({@code null}:
 * both), the task's state, only those with a part overdue, and words of the title or the number.
 */
public record TaskQuery(Direction direction, TaskState state, boolean overdueOnly, String text) {

    public static final TaskQuery ALL = new TaskQuery(null, null, false, null);

    /** Issued by the organization's subtree, or given to it. */
    public enum Direction {
        ISSUED("本级及下级交办的"), RECEIVED("交给本级及下级办理的");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
