package cn.dangjian.org;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For a module's own {@link OrgUnitMoved} listener: rewrites each declared {@code table.column} holding an
 * organization's path so that every path under the moved subtree starts with its new path — in the move's
 * transaction. The columns are the module's constants, never input.
 */
@Component
public class OrgPathColumns {

    private final JdbcClient jdbc;

    OrgPathColumns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void rewrite(OrgUnitMoved moved, String... tableColumns) {
        for (String path : tableColumns) {
            String table = path.substring(0, path.indexOf('.'));
            String column = path.substring(path.indexOf('.') + 1);
            jdbc.sql("UPDATE " + table + " SET " + column + " = :newPath || substr(" + column + ", :oldLength + 1)"
                            + " WHERE " + column + " LIKE :oldPrefix")
                    .param("newPath", moved.newPath()).param("oldLength", moved.oldPath().length())
                    .param("oldPrefix", moved.oldPath() + "%").update();
        }
    }
}
