package cn.dangjian.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule; each problem names the field. Nothing has been stored. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::describe).collect(Collectors.joining("；")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String label, String message) {
        this(List.of(new FieldProblem(field, label, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
