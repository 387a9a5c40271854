package dev.billhook.server.store;

/** The SQL databases the server can keep its state in; each has its own migration folder. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /** Flyway location of this dialect's migrations. */
    String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    static Dialect ofJdbcUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) return SQLITE;
        if (jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        throw new IllegalArgumentException(
                "Unsupported database URL (expected jdbc:sqlite:… or jdbc:postgresql:…): " + jdbcUrl);
    }
}
