// SPDX-License-Identifier: EPL-2.0
package nl.regie.update;

/** An update that could not be checked or installed; the installation is unchanged. The message is for users. */
public class UpdateException extends Exception {

    private static final long serialVersionUID = 1L;

    public UpdateException(String message) {
        super(message);
    }

    public UpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
