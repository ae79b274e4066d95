/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model.impl;

import java.time.LocalDate;

import nl.regie.model.Measurement;
import nl.regie.model.RegiePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.impl.MeasurementImpl#getMeasuredOn <em>Measured On</em>}</li>
 *   <li>{@link nl.regie.model.impl.MeasurementImpl#getValue <em>Value</em>}</li>
 *   <li>{@link nl.regie.model.impl.MeasurementImpl#getBreakdown <em>Breakdown</em>}</li>
 *   <li>{@link nl.regie.model.impl.MeasurementImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasurementImpl extends RegieObjectImpl implements Measurement
{
	/**
	 * The default value of the '{@link #getMeasuredOn() <em>Measured On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate MEASURED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasuredOn() <em>Measured On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate measuredOn = MEASURED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected Double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBreakdown() <em>Breakdown</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBreakdown()
	 * @generated
	 * @ordered
	 */
	protected static final String BREAKDOWN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBreakdown() <em>Breakdown</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBreakdown()
	 * @generated
	 * @ordered
	 */
	protected String breakdown = BREAKDOWN_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasurementImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return RegiePackage.Literals.MEASUREMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getMeasuredOn()
	{
		return measuredOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasuredOn(LocalDate newMeasuredOn)
	{
		LocalDate oldMeasuredOn = measuredOn;
		measuredOn = newMeasuredOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.MEASUREMENT__MEASURED_ON, oldMeasuredOn, measuredOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getValue()
	{
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(Double newValue)
	{
		Double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.MEASUREMENT__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBreakdown()
	{
		return breakdown;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBreakdown(String newBreakdown)
	{
		String oldBreakdown = breakdown;
		breakdown = newBreakdown;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.MEASUREMENT__BREAKDOWN, oldBreakdown, breakdown));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote()
	{
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote)
	{
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.MEASUREMENT__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case RegiePackage.MEASUREMENT__MEASURED_ON:
				return getMeasuredOn();
			case RegiePackage.MEASUREMENT__VALUE:
				return getValue();
			case RegiePackage.MEASUREMENT__BREAKDOWN:
				return getBreakdown();
			case RegiePackage.MEASUREMENT__NOTE:
				return getNote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case RegiePackage.MEASUREMENT__MEASURED_ON:
				setMeasuredOn((LocalDate)newValue);
				return;
			case RegiePackage.MEASUREMENT__VALUE:
				setValue((Double)newValue);
				return;
			case RegiePackage.MEASUREMENT__BREAKDOWN:
				setBreakdown((String)newValue);
				return;
			case RegiePackage.MEASUREMENT__NOTE:
				setNote((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case RegiePackage.MEASUREMENT__MEASURED_ON:
				setMeasuredOn(MEASURED_ON_EDEFAULT);
				return;
			case RegiePackage.MEASUREMENT__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case RegiePackage.MEASUREMENT__BREAKDOWN:
				setBreakdown(BREAKDOWN_EDEFAULT);
				return;
			case RegiePackage.MEASUREMENT__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case RegiePackage.MEASUREMENT__MEASURED_ON:
				return MEASURED_ON_EDEFAULT == null ? measuredOn != null : !MEASURED_ON_EDEFAULT.equals(measuredOn);
			case RegiePackage.MEASUREMENT__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case RegiePackage.MEASUREMENT__BREAKDOWN:
				return BREAKDOWN_EDEFAULT == null ? breakdown != null : !BREAKDOWN_EDEFAULT.equals(breakdown);
			case RegiePackage.MEASUREMENT__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (measuredOn: ");
		result.append(measuredOn);
		result.append(", value: ");
		result.append(value);
		result.append(", breakdown: ");
		result.append(breakdown);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //MeasurementImpl
