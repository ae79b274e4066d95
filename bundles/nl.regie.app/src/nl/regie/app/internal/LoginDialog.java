// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for the password of the login the product is configured with ({@code regie.store.user}) on a shared database,
 * before the workbench first uses the store. The password stays in memory: it is handed to the store through a
 * system property of this program ({@code prop:} password source), never written to a file.
 */
final class LoginDialog extends TitleAreaDialog {

    /** The system property the typed password is handed over in (memory only). */
    static final String PASSWORD_PROPERTY = "regie.store.session.password";

    private final String user;
    private final String location;
    private Text password;
    private char[] typed;

    LoginDialog(Shell parent, String user, String location) {
        super(parent);
        this.user = user;
        this.location = location;
    }

    /**
     * Asks when the product logs in as a user and no password source is set (neither REGIE_PASSWORD nor
     * {@code regie.store.passwordSource}); does nothing otherwise.
     */
    static void askIfNeeded() {
        String user = System.getProperty("regie.store.user", "");
        String env = System.getenv("REGIE_PASSWORD");
        if (user.isBlank() || (env != null && !env.isEmpty())
                || !System.getProperty("regie.store.passwordSource", "").isBlank()) {
            return;
        }
        LoginDialog dialog = new LoginDialog(null, user, System.getProperty("regie.store.jdbcUrl", "")
                .replaceAll("[?;].*", ""));
        if (dialog.open() == OK && dialog.typed != null) {
            System.setProperty(PASSWORD_PROPERTY, new String(dialog.typed));
            java.util.Arrays.fill(dialog.typed, '\0');
            System.setProperty("regie.store.passwordSource", "prop:" + PASSWORD_PROPERTY);
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Login_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Login_title);
        setMessage(NLS.bind(Messages.Login_message, location, user));
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.Login_password);
        password = new Text(form, SWT.BORDER | SWT.PASSWORD);
        password.setData("regie.id", "login.password");
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(password);
        return area;
    }

    @Override
    protected void okPressed() {
        typed = password.getTextChars();
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
