package dev.billhook.server.store;

/** The SQL databases the server can keep its state in; each has its own migration folder. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /**
     * Flyway locations: the portable migrations every dialect shares, then this dialect's own.
     * One version sequence runs across both folders.
     */
    String[] migrationLocations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + migrationFolder};
    }

    static Dialect ofJdbcUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) return SQLITE;
        if (jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        throw new IllegalArgumentException(
                "Unsupported database URL (expected jdbc:sqlite:… or jdbc:postgresql:…): " + jdbcUrl);
    }
}
