// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * How a {@link DerbyStore} reaches its database.
 *
 * @param dataFolder the user's Regie data folder; the embedded database lives in its {@code db} folder, and
 *        {@code derby.log} next to it
 * @param jdbcUrl null for the embedded database (the default), or a network server's URL such as
 *        {@code jdbc:derby://127.0.0.1:1527/regie}
 * @param bootPassword the boot password of an encrypted database, or null
 * @param encrypt create the database encrypted (or encrypt an existing one); needs a boot password
 * @param seedExample fill a new database with the example municipality Gemeente X
 * @param author the name recorded with each saved version
 * @param municipality when not seeding the example: the name of the municipality a new database starts with (an empty
 *        workspace); null or blank for none
 */
public record DerbySettings(Path dataFolder, String jdbcUrl, char[] bootPassword, boolean encrypt, boolean seedExample,
        String author, String municipality) {

    /** Settings without a municipality of its own for a new database. */
    public DerbySettings(Path dataFolder, String jdbcUrl, char[] bootPassword, boolean encrypt, boolean seedExample,
            String author) {
        this(dataFolder, jdbcUrl, bootPassword, encrypt, seedExample, author, null);
    }

    /** Embedded, unencrypted, seeded, saving as the operating-system user: what a new user gets. */
    public static DerbySettings embedded(Path dataFolder) {
        return new DerbySettings(dataFolder, null, null, false, true, System.getProperty("user.name", "regie"));
    }

    /** The same settings with another JDBC URL. */
    public DerbySettings withJdbcUrl(String url) {
        return new DerbySettings(dataFolder, url, bootPassword, encrypt, seedExample, author, municipality);
    }

    /** The same settings with a boot password, encrypting the database when {@code encrypt} is true. */
    public DerbySettings withBootPassword(char[] password, boolean encryptIt) {
        return new DerbySettings(dataFolder, jdbcUrl, password == null ? null : password.clone(), encryptIt, seedExample,
                author, municipality);
    }

    /** The same settings with or without the example municipality. */
    public DerbySettings withSeedExample(boolean seed) {
        return new DerbySettings(dataFolder, jdbcUrl, bootPassword, encrypt, seed, author, municipality);
    }

    /** The same settings saving under another name. */
    public DerbySettings withAuthor(String name) {
        return new DerbySettings(dataFolder, jdbcUrl, bootPassword, encrypt, seedExample, name, municipality);
    }

    /** The same settings starting a new database with an empty workspace for {@code name} instead of the example. */
    public DerbySettings withMunicipality(String name) {
        return new DerbySettings(dataFolder, jdbcUrl, bootPassword, encrypt, false, author, name);
    }

    /** True for the embedded database. */
    public boolean embedded() {
        return jdbcUrl == null || jdbcUrl.isBlank();
    }

    /** The embedded database's folder. */
    public Path databaseFolder() {
        return dataFolder.resolve("db");
    }

    @Override
    public String toString() {
        return "DerbySettings[" + nl.regie.store.derby.internal.Connections.location(this) + ", encrypt=" + encrypt
                + ", password=" + (bootPassword == null ? "none" : "set") + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DerbySettings that && dataFolder.equals(that.dataFolder)
                && java.util.Objects.equals(jdbcUrl, that.jdbcUrl) && Arrays.equals(bootPassword, that.bootPassword)
                && encrypt == that.encrypt && seedExample == that.seedExample
                && java.util.Objects.equals(author, that.author) && java.util.Objects.equals(municipality, that.municipality);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(dataFolder, jdbcUrl, encrypt, seedExample, author, municipality);
    }
}
