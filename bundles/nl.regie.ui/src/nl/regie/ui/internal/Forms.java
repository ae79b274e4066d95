// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The rows the workbench's forms are made of, in a parent with a {@code GridLayout}: a label and its field. */
public final class Forms {

    private Forms() {
    }

    /** A label and a read-only combo that takes the room left in the row. */
    public static Combo combo(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return combo;
    }

    /** A label and a one-line text field that takes the room left in the row. */
    public static Text text(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    /** A push button at the end of a row of {@code span} columns that runs {@code action}. */
    public static Button button(Composite parent, String label, int span, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, span, 1));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /**
     * A property of {@code object} by the name the Properties view gives it (the model's edit support); the
     * {@code fallback} when the object has no such property there.
     */
    public static String propertyName(org.eclipse.emf.common.notify.AdapterFactory adapterFactory, Object object,
            Object feature, String fallback) {
        if (object != null && adapterFactory != null && adapterFactory.adapt(object,
                org.eclipse.emf.edit.provider.IItemPropertySource.class)
                instanceof org.eclipse.emf.edit.provider.IItemPropertySource source) {
            org.eclipse.emf.edit.provider.IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object,
                    feature);
            if (descriptor != null) {
                return descriptor.getDisplayName(object);
            }
        }
        return fallback;
    }
}
