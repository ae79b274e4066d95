// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A store operation failed. {@link #problem()} tells what kind of trouble it is, so callers can react (offer a
 * password dialog, suggest a restore); {@link #getLocalizedMessage()} says it to the user in English or Dutch,
 * naming the file, folder or version concerned. Nothing is changed by an operation that throws.
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "nl.regie.store.messages";

    /** The kinds of trouble a user can meet. */
    public enum Problem {
        /** Another program has the database open. */
        IN_USE,
        /** The disk is full. */
        DISK_FULL,
        /** The boot password of an encrypted database is wrong or missing. */
        WRONG_BOOT_PASSWORD,
        /** The database was written by a newer Regie. */
        SCHEMA_TOO_NEW,
        /** The database files are damaged. */
        DAMAGED,
        /** The data folder or backup is missing or not usable. */
        MISSING_DATA,
        /** Someone else saved first. */
        CONFLICT,
        /** The input was refused (duplicate, too large, malformed). */
        INVALID_INPUT,
        /** The database server cannot be reached. */
        UNREACHABLE,
        /** Someone else holds what this operation needs (a lock timeout); trying again later usually works. */
        BUSY,
        /** The login or password was not accepted by the database. */
        LOGIN_FAILED,
        /** The account's role does not allow this (the database refused it). */
        FORBIDDEN,
        /** Anything else. */
        OTHER
    }

    private final Problem problem;
    private final Object[] arguments;

    /**
     * @param problem the kind of trouble
     * @param arguments the values the message names, in the order of {@code messages.properties}
     */
    public StoreException(Problem problem, Throwable cause, Object... arguments) {
        super(format(problem, Locale.ROOT, arguments), cause);
        this.problem = problem;
        this.arguments = arguments.clone();
    }

    public StoreException(Problem problem, Object... arguments) {
        this(problem, null, arguments);
    }

    /** What kind of trouble this is. */
    public Problem problem() {
        return problem;
    }

    /** The message in the default locale (Dutch or English). */
    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }

    /** The message in {@code locale}. */
    public String message(Locale locale) {
        return format(problem, locale, arguments);
    }

    private static String format(Problem problem, Locale locale, Object[] arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, StoreException.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(problem.name());
        } catch (MissingResourceException e) {
            pattern = problem.name() + ": {0}";
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
