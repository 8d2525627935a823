package cn.dangjian.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person asked of a list page beyond its filters: the page, the page size (20, 50 or 100 rows; at most
 * {@value #MAX_SIZE}) and the sort order. Out-of-range values are refused naming the parameter.
 */
public record ListRequest(PageRequest page, SortOrder sort) {

    public static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);
    public static final int MAX_SIZE = 100;

    public static ListRequest of(Integer page, Integer size, String sort, String dir) {
        return of(page, size, sort, dir, PAGE_SIZES.get(0));
    }

    public static ListRequest of(Integer page, Integer size, String sort, String dir, int defaultSize) {
        List<FieldProblem> problems = new ArrayList<>();
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            problems.add(new FieldProblem("size", "每页条数", "应为1至" + MAX_SIZE + "之间的整数"));
        }
        SortOrder order = null;
        try {
            order = SortOrder.parse(sort, dir);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        PageRequest pageRequest = null;
        try {
            pageRequest = PageRequest.of(page, size == null ? defaultSize : size);
        } catch (InvalidInputException e) {
            e.problems().stream().filter(p -> !p.field().equals("size")).forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ListRequest(pageRequest, order);
    }

    /** “Subtree included?” of an organization filter: the 含下级 box when the form was sent, yes for a plain link. */
    public static boolean subtree(Boolean subtree, String formMarker) {
        return subtree != null ? subtree : formMarker == null;
    }
}
