package org.casemark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reading rows into records: a query with string parameters, each row made into one value. */
final class Rows {
    /** Makes one value of the row {@code rs} stands on. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    /** The rows {@code sql} selects, with {@code params} bound in order, each read by {@code row}. */
    static <T> List<T> select(Connection db, String sql, Reader<T> row, String... params) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) p.setString(i + 1, params[i]);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(row.read(rs));
            }
            return out;
        }
    }
}
