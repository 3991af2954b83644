package org.ticketgrid.app.accounts.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.ticketgrid.app.accounts.Role;

/** The {@code users} table, with JDBC: a handful of narrow statements, no entity graph. */
@Repository
public class Users {

    /** A user row. {@code passwordHash} never leaves the accounts feature. */
    public record UserRow(UUID id, String email, String displayName, String passwordHash, Role role,
            Instant createdAt, Instant lastLoginAt) {
    }

    private static final String COLUMNS = "id, email, display_name, password_hash, role, created_at, last_login_at";

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserRow> byEmail(String normalizedEmail) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE lower(email) = ?").param(normalizedEmail)
                .query(Users::row).optional();
    }

    public Optional<UserRow> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ?").param(id).query(Users::row).optional();
    }

    /** Inserts a user unless the address is taken (whatever its case); true when inserted. */
    public boolean insertIfAbsent(UUID id, String email, String displayName, String passwordHash, Role role) {
        return jdbc.sql("""
                INSERT INTO users (id, email, display_name, password_hash, role)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(id, email, displayName, passwordHash, role.name()).update() == 1;
    }

    public void updateDisplayName(UUID id, String displayName) {
        jdbc.sql("UPDATE users SET display_name = ?, updated_at = now() WHERE id = ?").params(displayName, id).update();
    }

    public void updatePassword(UUID id, String passwordHash) {
        jdbc.sql("UPDATE users SET password_hash = ?, password_changed_at = now(), updated_at = now() WHERE id = ?")
                .params(passwordHash, id).update();
    }

    public void updateRole(UUID id, Role role) {
        jdbc.sql("UPDATE users SET role = ?, updated_at = now() WHERE id = ?").params(role.name(), id).update();
    }

    public void touchLogin(UUID id) {
        jdbc.sql("UPDATE users SET last_login_at = now() WHERE id = ?").param(id).update();
    }

    public long countByRole(Role role) {
        return jdbc.sql("SELECT count(*) FROM users WHERE role = ?").param(role.name()).query(Long.class).single();
    }

    /** Users whose address or name contains {@code q} (any case), newest first. */
    public List<UserRow> search(String q, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                FROM users WHERE (? = '' OR lower(email) LIKE ? ESCAPE '\\' OR lower(display_name) LIKE ? ESCAPE '\\')
                 ORDER BY created_at DESC, id LIMIT ? OFFSET ?""")
                .params(q, like(q), like(q), limit, offset).query(Users::row).list();
    }

    public long count(String q) {
        return jdbc.sql("""
                SELECT count(*) FROM users
                 WHERE (? = '' OR lower(email) LIKE ? ESCAPE '\\' OR lower(display_name) LIKE ? ESCAPE '\\')""")
                .params(q, like(q), like(q)).query(Long.class).single();
    }

    private static String like(String q) {
        String escaped = q.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static UserRow row(ResultSet rs, int i) throws SQLException {
        Timestamp last = rs.getTimestamp("last_login_at");
        return new UserRow(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                rs.getTimestamp("created_at").toInstant(), last == null ? null : last.toInstant());
    }
}
