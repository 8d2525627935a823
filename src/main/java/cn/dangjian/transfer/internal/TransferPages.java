package cn.dangjian.transfer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.transfer.Transfers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the transfer module's lists share: one page of a register's ids by a filter (the count and the ids in two
 * statements), the aggregates loaded back in that order, and the organizations of a subtree that hold members.
 */
@Component
public class TransferPages {

    private final JdbcClient jdbc;
    private final OrgUnits orgs;

    TransferPages(JdbcClient jdbc, OrgUnits orgs) {
        this.jdbc = jdbc;
        this.orgs = orgs;
    }

    /** One page of ids: {@code from} is the {@code FROM … WHERE …} clause over {@code params}. */
    public PageResult<Long> ids(String from, Map<String, Object> params, String orderBy, PageRequest page) {
        long total = jdbc.sql("SELECT count(*) " + from).params(params).query(Long.class).single();
        List<Long> ids = jdbc.sql("SELECT id " + from + " ORDER BY " + orderBy + " LIMIT :size OFFSET :offset")
                .params(params).param("size", page.size()).param("offset", page.offset()).query(Long.class).list();
        return new PageResult<>(ids, total, page.page(), page.size());
    }

    /** The aggregates loaded for {@code ids}, in the order of the ids, those the caller may not see left out. */
    public static <T> List<T> inOrder(List<Long> ids, Iterable<T> loaded, Function<T, Long> id, Predicate<T> visible) {
        List<T> found = new ArrayList<>();
        loaded.forEach(t -> {
            if (visible.test(t)) {
                found.add(t);
            }
        });
        found.sort(Comparator.comparingInt(t -> ids.indexOf(id.apply(t))));
        return found;
    }

    /** The active organizations of the subtree under {@code rootId} that hold members and pass {@code keep}, in tree order. */
    public List<Transfers.Destination> holdingMembers(long rootId, Predicate<OrgUnitNode> keep) {
        List<Transfers.Destination> found = new ArrayList<>();
        for (int page = 1; ; page++) {
            PageResult<OrgUnitNode> nodes = orgs.subtree(rootId, new PageRequest(page, PageRequest.MAX_SIZE));
            nodes.items().stream().filter(n -> n.active() && n.type().holdsMembers() && keep.test(n))
                    .forEach(n -> found.add(new Transfers.Destination(n.id(), n.name(), n.path())));
            if ((long) page * PageRequest.MAX_SIZE >= nodes.total()) {
                break;
            }
        }
        found.sort(Comparator.comparing(Transfers.Destination::path));
        return found;
    }
}
