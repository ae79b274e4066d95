// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.regie.model.edit.RegieLabels;
import nl.regie.ui.internal.Messages;

/**
 * Properties (Eigenschappen) of the object selected in the workbench, read from the EMF.Edit property descriptors:
 * the same names, order and value texts everywhere in Regie.
 */
public class PropertiesPart {

    /** The id of this part in the application model. */
    public static final String ID = "nl.regie.ui.part.properties";

    /** One row: a descriptor applied to the selected object. */
    public record Row(String name, String value, String description, IItemPropertyDescriptor descriptor, Object object) {
    }

    private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    @Inject
    private AdapterFactory adapterFactory;

    private Label heading;
    private TableViewer viewer;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        heading.setText(Messages.Properties_nothingSelected);

        Composite tableHolder = new Composite(parent, SWT.NONE);
        tableHolder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout layout = new TableColumnLayout();
        tableHolder.setLayout(layout);
        viewer = new TableViewer(tableHolder, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, Messages.Properties_column_property, 35, Row::name);
        TableViewerColumn values = column(layout, Messages.Properties_column_value, 65, Row::value);
        values.setEditingSupport(new PropertyEditingSupport(viewer, this::edited));
        ColumnViewerToolTipSupport.enableFor(viewer);
    }

    /** After an edit: the rows and the heading show the new values. */
    private void edited() {
        Object selection = viewer.getInput() instanceof List<?> rows && !rows.isEmpty() ? ((Row) rows.get(0)).object() : null;
        if (selection != null) {
            setSelection(selection);
        }
    }

    private TableViewerColumn column(TableColumnLayout layout, String title, int weight,
            java.util.function.Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 120));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((Row) element).description();
            }
        });
        return column;
    }

    /** Follows the workbench selection: one object, several (a count), or none. */
    @Inject
    public void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Object single = selection instanceof List<?> list && list.size() == 1 ? list.get(0) : selection;
        if (single instanceof List<?> several) {
            heading.setText(several.isEmpty() ? Messages.Properties_nothingSelected
                    : NLS.bind(Messages.Properties_severalSelected, several.size()));
            viewer.setInput(List.of());
        } else {
            IItemLabelProvider label = single == null ? null
                    : (IItemLabelProvider) adapterFactory.adapt(single, IItemLabelProvider.class);
            heading.setText(label == null ? Messages.Properties_nothingSelected : label.getText(single));
            viewer.setInput(rows(single));
        }
        heading.getParent().layout();
    }

    /** The rows shown for {@code object}: one per property descriptor, in the descriptors' order. */
    public List<Row> rows(Object object) {
        if (object == null) {
            return List.of();
        }
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
        if (source == null) {
            return List.of();
        }
        return source.getPropertyDescriptors(object).stream().map(d -> row(d, object)).toList();
    }

    private static Row row(IItemPropertyDescriptor descriptor, Object object) {
        Object value = descriptor.getPropertyValue(object);
        Object raw = value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
        String text = switch (raw) {
            case Boolean flag -> flag ? Messages.Properties_yes : Messages.Properties_no;
            case LocalDate date -> DATE_FORMAT.withLocale(Locale.getDefault()).format(date);
            case null, default -> RegieLabels.enumerated(raw);
        };
        if (text == null) {
            text = descriptor.getLabelProvider(object).getText(value);
        }
        return new Row(descriptor.getDisplayName(object), text == null ? "" : text, descriptor.getDescription(object),
                descriptor, object);
    }

    /** What the heading says: the selected object's label, or a hint when nothing is selected. */
    public String getHeading() {
        return heading.getText();
    }

    /** The table, for tests. */
    public TableViewer getViewer() {
        return viewer;
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
