package cn.dangjian.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dangjian.org.UnitCategory;
import cn.dangjian.org.UnitView;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code unit}: the government units (单位) organizations are set up in. */
@Repository
public class UnitStore {

    private final JdbcClient jdbc;

    UnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UnitView> units() {
        return jdbc.sql("SELECT id, name, category, version FROM unit ORDER BY id").query(UnitStore::unit).list();
    }

    /** One page of units whose name contains {@code text} (all when blank), in the order they were added. */
    public PageResult<UnitView> searchUnits(String text, PageRequest page) {
        String where = text == null || text.isBlank() ? "" : " WHERE name LIKE :text";
        Map<String, Object> params = new HashMap<>();
        if (!where.isEmpty()) {
            params.put("text", "%" + OrgUnitStore.escapeLike(text.strip()) + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM unit" + where).params(params).query(Long.class).single();
        List<UnitView> items = jdbc.sql("SELECT id, name, category, version FROM unit" + where
                        + " ORDER BY id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(UnitStore::unit).list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    public Optional<UnitView> unit(long id) {
        return jdbc.sql("SELECT id, name, category, version FROM unit WHERE id = :id").param("id", id)
                .query(UnitStore::unit).optional();
    }

    public Optional<UnitView> unitByName(String name) {
        return jdbc.sql("SELECT id, name, category, version FROM unit WHERE name = :name").param("name", name)
                .query(UnitStore::unit).optional();
    }

    public long insertUnit(String name, UnitCategory category) {
        return jdbc.sql("INSERT INTO unit (name, category) VALUES (:name, :category) RETURNING id")
                .param("name", name).param("category", category.name()).query(Long.class).single();
    }

    public boolean updateUnit(long id, String name, UnitCategory category, int version) {
        return jdbc.sql("""
                        UPDATE unit SET name = :name, category = :category, version = version + 1, updated_at = now()
                        WHERE id = :id AND version = :version""")
                .param("id", id).param("name", name).param("category", category.name()).param("version", version)
                .update() == 1;
    }

    static UnitView unit(ResultSet rs, int n) throws SQLException {
        return new UnitView(rs.getLong("id"), rs.getString("name"), UnitCategory.valueOf(rs.getString("category")),
                rs.getInt("version"));
    }
}
