// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.derby.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;

import nl.regie.store.StoreException;
import nl.regie.store.StoreException.Problem;

/** Turns Derby's errors into the {@link StoreException}s users can act on. */
public final class Errors {

    private Errors() {
    }

    /**
     * The store exception for {@code error}, which happened on the database at {@code location}.
     */
    public static StoreException translate(SQLException error, String location) {
        Problem problem = problemOf(error);
        return problem == Problem.INVALID_INPUT ? new StoreException(problem, error, rootMessage(error))
                : new StoreException(problem, error, location, rootMessage(error));
    }

    /**
     * What kind of trouble {@code error} is, by the SQL states and causes in its whole chain. A full disk is looked
     * for first: Derby wraps it in errors that would otherwise read as damage.
     */
    public static Problem problemOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = next(cause)) {
            if (cause instanceof IOException io && io.getMessage() != null
                    && io.getMessage().toLowerCase(java.util.Locale.ROOT).contains("no space left")) {
                return Problem.DISK_FULL;
            }
        }
        for (Throwable cause = error; cause != null; cause = next(cause)) {
            if (cause instanceof ConnectException) {
                return Problem.UNREACHABLE;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                switch (state) {
                    case "XSDB6", "XSDB7": // another JVM has booted it
                        return Problem.IN_USE;
                    case "XBM06": // wrong or missing boot password
                        return Problem.WRONG_BOOT_PASSWORD;
                    case "40XL1", "40XL2", "40001", "40P01", "55P03": // lock timeout, deadlock (Derby, PostgreSQL)
                        return Problem.BUSY;
                    case "53100": // PostgreSQL: disk full
                        return Problem.DISK_FULL;
                    case "3D000": // PostgreSQL: the database named in the URL does not exist
                        return Problem.MISSING_DATA;
                    case "XSDG1", "XSDFI", "XSLAH": // could not write a page or the log: usually a full disk
                        return Problem.DISK_FULL;
                    case "08001": // no connection to a server
                        return Problem.UNREACHABLE;
                    case "23505", "22001": // duplicate key, value too long
                        return Problem.INVALID_INPUT;
                    case "08004", "28P01", "28000": // login refused (Derby, PostgreSQL)
                        return Problem.LOGIN_FAILED;
                    case "42500", "42502", "42504", "4251A", "4251B", "42Y24", "42501": // no privilege; a read-only view
                        return Problem.FORBIDDEN;
                    case "23513": // a CHECK: the partner-scope guard of a trigger
                        if (sql.getMessage() != null && sql.getMessage().contains("PARTNER_SCOPE")) {
                            return Problem.FORBIDDEN;
                        }
                        return Problem.INVALID_INPUT;
                    default:
                        if (state.startsWith("XSDB") || state.startsWith("XSLA") || state.startsWith("XSDG")
                                || state.equals("XBM0A") || state.equals("XBM0U") || state.equals("XJ048")) {
                            return Problem.DAMAGED;
                        }
                }
            }
        }
        return Problem.OTHER;
    }

    /** The innermost message, where Derby says what actually went wrong. */
    public static String rootMessage(Throwable error) {
        String message = error.getMessage();
        for (Throwable cause = error; cause != null; cause = next(cause)) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message;
    }

    private static Throwable next(Throwable error) {
        Throwable next = error instanceof SQLException sql && sql.getNextException() != null ? sql.getNextException()
                : error.getCause();
        return next == error ? null : next;
    }
}
