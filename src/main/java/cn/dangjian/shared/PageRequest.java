package cn.dangjian.shared;

import java.util.ArrayList;
import java.util.List;

/** Which page to show: 1-based page number (at most {@value #MAX_PAGE}) and a size capped at 500 rows. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;
    /** Far beyond any list here (50 million rows at the largest size); keeps the offset a sane number. */
    public static final int MAX_PAGE = 100_000;

    public PageRequest {
        page = Math.min(Math.max(1, page), MAX_PAGE);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    /**
     * The page a person or client asked for; out of range is refused naming the parameter (a page beyond the
     * last one is simply empty).
     */
    public static PageRequest of(Integer page, Integer size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page != null && (page < 1 || page > MAX_PAGE)) {
            problems.add(new FieldProblem("page", "页码", "应为1至" + MAX_PAGE + "之间的整数"));
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            problems.add(new FieldProblem("size", "每页条数", "应为1至" + MAX_SIZE + "之间的整数"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PageRequest(page == null ? 1 : page, size == null ? 20 : size);
    }

    /** Rows to skip, computed in {@code long} so that no page number can overflow it. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
