// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.parts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import nl.regie.model.edit.RegieLabels;
import nl.regie.ui.internal.Messages;

/**
 * Edits single values in the Properties view through the EMF.Edit property descriptors, so each change is a
 * command on the workspace's editing domain (undo, redo, the dirty mark): text, numbers and dates as text, enums,
 * yes/no and references to other objects from a list. Lists of values are not edited here.
 */
final class PropertyEditingSupport extends EditingSupport {

    private static final Object NONE = new Object();

    private final Runnable afterEdit;

    PropertyEditingSupport(ColumnViewer viewer, Runnable afterEdit) {
        super(viewer);
        this.afterEdit = afterEdit;
    }

    private static EStructuralFeature feature(PropertiesPart.Row row) {
        return row.descriptor().getFeature(row.object()) instanceof EStructuralFeature feature ? feature : null;
    }

    @Override
    protected boolean canEdit(Object element) {
        PropertiesPart.Row row = (PropertiesPart.Row) element;
        EStructuralFeature feature = feature(row);
        return feature != null && !feature.isMany() && row.descriptor().canSetProperty(row.object());
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        PropertiesPart.Row row = (PropertiesPart.Row) element;
        EStructuralFeature feature = feature(row);
        Composite table = (Composite) getViewer().getControl();
        if (isText(feature)) {
            EAttribute attribute = (EAttribute) feature;
            TextCellEditor editor = new TextCellEditor(table);
            EDataType type = attribute.getEAttributeType();
            editor.setValidator(value -> {
                try {
                    parse(type, (String) value);
                    return null;
                } catch (RuntimeException e) {
                    return NLS.bind(Messages.Properties_invalid, row.name(), value);
                }
            });
            editor.addListener(new org.eclipse.jface.viewers.ICellEditorListener() {
                @Override
                public void applyEditorValue() {
                    // setValue does the work
                }

                @Override
                public void cancelEditor() {
                    // nothing changed
                }

                @Override
                public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                    editor.getControl().setToolTipText(editor.getErrorMessage());
                }
            });
            return editor;
        }
        ComboBoxViewerCellEditor combo = new ComboBoxViewerCellEditor(table, SWT.READ_ONLY);
        combo.setContentProvider(ArrayContentProvider.getInstance());
        combo.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object choice) {
                return choiceLabel(row, choice);
            }
        });
        combo.setInput(choices(row, feature));
        return combo;
    }

    /** Attributes other than enums and yes/no are edited as text. */
    private static boolean isText(EStructuralFeature feature) {
        if (!(feature instanceof EAttribute attribute)) {
            return false;
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        return !(attribute.getEAttributeType() instanceof EEnum) && type != boolean.class && type != Boolean.class;
    }

    private static List<Object> choices(PropertiesPart.Row row, EStructuralFeature feature) {
        List<Object> choices = new ArrayList<>();
        Class<?> type = feature.getEType().getInstanceClass();
        if (type == boolean.class || type == Boolean.class) {
            choices.add(Boolean.TRUE);
            choices.add(Boolean.FALSE);
            return choices;
        }
        Collection<?> offered = row.descriptor().getChoiceOfValues(row.object());
        if (feature instanceof EReference || !feature.isRequired()) {
            choices.add(NONE);
        }
        if (offered != null) {
            for (Object choice : offered) {
                if (choice != null) {
                    choices.add(choice);
                }
            }
        }
        return choices;
    }

    private static String choiceLabel(PropertiesPart.Row row, Object choice) {
        if (choice == NONE || choice == null) {
            return "";
        }
        if (choice instanceof Boolean flag) {
            return flag ? Messages.Properties_yes : Messages.Properties_no;
        }
        String enumText = RegieLabels.enumerated(choice);
        if (enumText != null) {
            return enumText;
        }
        return row.descriptor().getLabelProvider(row.object()).getText(choice);
    }

    @Override
    protected Object getValue(Object element) {
        PropertiesPart.Row row = (PropertiesPart.Row) element;
        Object value = row.descriptor().getPropertyValue(row.object());
        Object raw = value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(row.object()) : value;
        EStructuralFeature feature = feature(row);
        if (isText(feature)) {
            EAttribute attribute = (EAttribute) feature;
            return raw == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), raw);
        }
        return raw == null ? NONE : raw;
    }

    @Override
    protected void setValue(Object element, Object value) {
        PropertiesPart.Row row = (PropertiesPart.Row) element;
        EStructuralFeature feature = feature(row);
        Object newValue;
        if (feature instanceof EAttribute attribute && value instanceof String text) {
            newValue = parse(attribute.getEAttributeType(), text);
        } else {
            newValue = value == NONE ? null : value;
        }
        Object current = getValue(element);
        if (current == NONE ? newValue == null : newValue != null && newValue.equals(
                current instanceof String text && feature instanceof EAttribute attribute
                        ? parse(attribute.getEAttributeType(), text) : current)) {
            return;
        }
        row.descriptor().setPropertyValue(row.object(), newValue);
        afterEdit.run();
    }

    private static Object parse(EDataType type, String text) {
        if (text == null || text.isBlank()) {
            return type.getInstanceClass() == String.class ? (text == null ? null : text) : null;
        }
        if (type == EcorePackage.Literals.ESTRING) {
            return text;
        }
        return EcoreUtil.createFromString(type, text.strip());
    }
}
