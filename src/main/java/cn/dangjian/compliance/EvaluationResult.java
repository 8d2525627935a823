package cn.dangjian.compliance;

/** What one evaluation pass did: organizations evaluated, findings opened, changed and closed, and how long it took. */
public record EvaluationResult(int organizations, int opened, int changed, int resolved, long millis) {

    public EvaluationResult plus(EvaluationResult other) {
        return new EvaluationResult(organizations + other.organizations, opened + other.opened,
                changed + other.changed, resolved + other.resolved, millis + other.millis);
    }

    public static EvaluationResult none() {
        return new EvaluationResult(0, 0, 0, 0, 0);
    }
}
