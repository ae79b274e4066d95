// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.session;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import nl.regie.model.RegieObject;
import nl.regie.model.merge.WorkspaceMerge;
import nl.regie.model.merge.WorkspaceMerge.Conflict;
import nl.regie.store.WorkspaceVersion;
import nl.regie.ui.internal.Messages;

/**
 * Shows a merge after a conflict: how many of the user's changes merged by themselves, and every place where both
 * changed the same thing, with the value before, the user's and theirs side by side; a tick takes the user's value.
 * OK takes the ticked rows into the merge (the caller saves it); {@link #RELOAD} asks for their version instead.
 */
public final class MergeDialog extends TitleAreaDialog {

    /** The return code for "load their version (my unsaved changes go)". */
    public static final int RELOAD = IDialogConstants.CLIENT_ID + 1;

    private final WorkspaceMerge merge;
    private final WorkspaceVersion theirs;
    private final AdapterFactory adapterFactory;
    private final Map<String, EObject> byId = new HashMap<>();
    private CheckboxTableViewer table;

    public MergeDialog(Shell parent, WorkspaceMerge merge, WorkspaceVersion theirs, AdapterFactory adapterFactory) {
        super(parent);
        this.merge = merge;
        this.theirs = theirs;
        this.adapterFactory = adapterFactory;
        for (TreeIterator<EObject> it = merge.result().eAllContents(); it.hasNext();) {
            if (it.next() instanceof RegieObject object) {
                byId.put(object.getId(), object);
            }
        }
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The table of conflicts (for tests). */
    public CheckboxTableViewer table() {
        return table;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Merge_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Merge_title);
        String who = theirs.author();
        setMessage(merge.conflicts().isEmpty()
                ? NLS.bind(Messages.Merge_noConflicts, new Object[] { who, theirs.number(), merge.mergedChanges() })
                : NLS.bind(Messages.Merge_message, new Object[] { who, theirs.number(), merge.mergedChanges() }));
        table = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setData("regie.id", "merge.conflicts");
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Merge_object, 200, Conflict::objectLabel);
        column(Messages.Merge_property, 130, this::property);
        column(Messages.Merge_base, 240, Conflict::base);
        column(Messages.Merge_mine, 200, conflict -> conflict.kind() == WorkspaceMerge.Kind.REMOVED_BY_ME
                ? Messages.Merge_removedByMe : conflict.mine());
        column(Messages.Merge_theirs, 200, conflict -> conflict.kind() == WorkspaceMerge.Kind.REMOVED_BY_THEM
                ? Messages.Merge_removedByThem : conflict.theirs());
        table.setInput(merge.conflicts());
        GridDataFactory.fillDefaults().grab(true, true).hint(920, 260).applyTo(table.getTable());
        return area;
    }

    private void column(String title, int width, java.util.function.Function<Conflict, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((Conflict) element);
                return value == null ? "" : value;
            }

            @Override
            public String getToolTipText(Object element) {
                return getText(element);
            }
        });
    }

    /** The property by the name the Properties view gives it; the whole object for a removal. */
    private String property(Conflict conflict) {
        if (conflict.feature() == null) {
            return Messages.Merge_whole;
        }
        return nl.regie.ui.internal.Forms.propertyName(adapterFactory, byId.get(conflict.objectId()),
                conflict.feature(), conflict.feature().getName());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Merge_save, true);
        createButton(parent, RELOAD, Messages.Merge_reload, false);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Merge_cancel, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == RELOAD) {
            setReturnCode(RELOAD);
            close();
            return;
        }
        super.buttonPressed(buttonId);
    }

    @Override
    protected void okPressed() {
        for (Object checked : table.getCheckedElements()) {
            ((Conflict) checked).takeMine();
        }
        super.okPressed();
    }
}
