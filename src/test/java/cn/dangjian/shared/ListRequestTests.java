package cn.dangjian.shared;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sort whitelist, page-size bounds and the links that keep a list's filters. */
class ListRequestTests {

    private static final Map<String, String> COLUMNS = Map.of("name", "m.name", "joinedOn", "m.joined_on");

    @Test
    void onlyWhitelistedColumnsBecomeSqlAndTheIdKeepsTheOrderStable() {
        assertThat(SortOrder.orderBy(SortOrder.parse("joinedOn", "desc"), COLUMNS, "m.id", "m.org_path, m.id"))
                .isEqualTo(" ORDER BY m.joined_on DESC NULLS LAST, m.id DESC");
        assertThat(SortOrder.orderBy(null, COLUMNS, "m.id", "m.org_path, m.id")).isEqualTo(" ORDER BY m.org_path, m.id");
        for (String evil : new String[]{"m.name; DROP TABLE member", "citizen_id_enc", "password", "1"}) {
            assertThatThrownBy(() -> SortOrder.orderBy(SortOrder.parse(evil, "asc"), COLUMNS, "m.id", "m.id"))
                    .isInstanceOf(InvalidInputException.class).hasMessage("排序：不能按该列排序");
        }
        assertThatThrownBy(() -> SortOrder.parse("name", "DESC; --")).hasMessage("排序方向：应为升序或降序");
    }

    @Test
    void pageSizeIsBoundedAndEveryProblemIsNamed() {
        assertThat(ListRequest.of(null, null, null, null).page()).isEqualTo(new PageRequest(1, 20));
        assertThat(ListRequest.of(3, 100, "name", "asc").page()).isEqualTo(new PageRequest(3, 100));
        assertThatThrownBy(() -> ListRequest.of(0, 101, "a.b", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("每页条数：应为1至100之间的整数").hasMessageContaining("页码")
                .hasMessageContaining("排序");
    }

    @Test
    void theSubtreeBoxDefaultsToIncludedForPlainLinks() {
        assertThat(ListRequest.subtree(null, null)).isTrue();
        assertThat(ListRequest.subtree(null, "on")).isFalse();
        assertThat(ListRequest.subtree(true, "on")).isTrue();
    }

    @Test
    void linksKeepTheFiltersAndToggleTheSortDirection() {
        ListLinks links = ListLinks.of("/members", "orgId=7&text=%E7%8E%8B&sort=name&dir=asc&page=3&size=50",
                "/members/export");
        assertThat(links.page()).isEqualTo("/members?orgId=7&text=%E7%8E%8B&sort=name&dir=asc&size=50&page=PAGE");
        assertThat(links.sort("name")).isEqualTo("/members?orgId=7&text=%E7%8E%8B&size=50&sort=name&dir=desc");
        assertThat(links.sort("joinedOn")).endsWith("&sort=joinedOn&dir=asc");
        assertThat(links.direction("name")).isEqualTo("asc");
        assertThat(links.direction("joinedOn")).isNull();
        assertThat(links.export()).isEqualTo("/members/export?orgId=7&text=%E7%8E%8B&sort=name&dir=asc");
        assertThat(links.carried()).extracting(Map.Entry::getKey).containsExactly("orgId", "text", "sort", "dir");
        assertThat(links.value("text")).isEqualTo("王");
    }
}
