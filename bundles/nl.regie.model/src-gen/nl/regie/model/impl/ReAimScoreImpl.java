/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model.impl;

import java.time.LocalDate;

import nl.regie.model.ReAimDimension;
import nl.regie.model.ReAimScore;
import nl.regie.model.RegiePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Re Aim Score</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.impl.ReAimScoreImpl#getDimension <em>Dimension</em>}</li>
 *   <li>{@link nl.regie.model.impl.ReAimScoreImpl#getValue <em>Value</em>}</li>
 *   <li>{@link nl.regie.model.impl.ReAimScoreImpl#getMeasure <em>Measure</em>}</li>
 *   <li>{@link nl.regie.model.impl.ReAimScoreImpl#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link nl.regie.model.impl.ReAimScoreImpl#getMeasuredOn <em>Measured On</em>}</li>
 *   <li>{@link nl.regie.model.impl.ReAimScoreImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReAimScoreImpl extends RegieObjectImpl implements ReAimScore
{
	/**
	 * The default value of the '{@link #getDimension() <em>Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimension()
	 * @generated
	 * @ordered
	 */
	protected static final ReAimDimension DIMENSION_EDEFAULT = ReAimDimension.REACH;

	/**
	 * The cached value of the '{@link #getDimension() <em>Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimension()
	 * @generated
	 * @ordered
	 */
	protected ReAimDimension dimension = DIMENSION_EDEFAULT;

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
	 * The default value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected static final String MEASURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected String measure = MEASURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected String dataSource = DATA_SOURCE_EDEFAULT;

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
	protected ReAimScoreImpl()
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
		return RegiePackage.Literals.RE_AIM_SCORE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReAimDimension getDimension()
	{
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimension(ReAimDimension newDimension)
	{
		ReAimDimension oldDimension = dimension;
		dimension = newDimension == null ? DIMENSION_EDEFAULT : newDimension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.RE_AIM_SCORE__DIMENSION, oldDimension, dimension));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.RE_AIM_SCORE__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeasure()
	{
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(String newMeasure)
	{
		String oldMeasure = measure;
		measure = newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.RE_AIM_SCORE__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataSource()
	{
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSource(String newDataSource)
	{
		String oldDataSource = dataSource;
		dataSource = newDataSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.RE_AIM_SCORE__DATA_SOURCE, oldDataSource, dataSource));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.RE_AIM_SCORE__MEASURED_ON, oldMeasuredOn, measuredOn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.RE_AIM_SCORE__NOTE, oldNote, note));
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
			case RegiePackage.RE_AIM_SCORE__DIMENSION:
				return getDimension();
			case RegiePackage.RE_AIM_SCORE__VALUE:
				return getValue();
			case RegiePackage.RE_AIM_SCORE__MEASURE:
				return getMeasure();
			case RegiePackage.RE_AIM_SCORE__DATA_SOURCE:
				return getDataSource();
			case RegiePackage.RE_AIM_SCORE__MEASURED_ON:
				return getMeasuredOn();
			case RegiePackage.RE_AIM_SCORE__NOTE:
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
			case RegiePackage.RE_AIM_SCORE__DIMENSION:
				setDimension((ReAimDimension)newValue);
				return;
			case RegiePackage.RE_AIM_SCORE__VALUE:
				setValue((Double)newValue);
				return;
			case RegiePackage.RE_AIM_SCORE__MEASURE:
				setMeasure((String)newValue);
				return;
			case RegiePackage.RE_AIM_SCORE__DATA_SOURCE:
				setDataSource((String)newValue);
				return;
			case RegiePackage.RE_AIM_SCORE__MEASURED_ON:
				setMeasuredOn((LocalDate)newValue);
				return;
			case RegiePackage.RE_AIM_SCORE__NOTE:
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
			case RegiePackage.RE_AIM_SCORE__DIMENSION:
				setDimension(DIMENSION_EDEFAULT);
				return;
			case RegiePackage.RE_AIM_SCORE__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case RegiePackage.RE_AIM_SCORE__MEASURE:
				setMeasure(MEASURE_EDEFAULT);
				return;
			case RegiePackage.RE_AIM_SCORE__DATA_SOURCE:
				setDataSource(DATA_SOURCE_EDEFAULT);
				return;
			case RegiePackage.RE_AIM_SCORE__MEASURED_ON:
				setMeasuredOn(MEASURED_ON_EDEFAULT);
				return;
			case RegiePackage.RE_AIM_SCORE__NOTE:
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
			case RegiePackage.RE_AIM_SCORE__DIMENSION:
				return dimension != DIMENSION_EDEFAULT;
			case RegiePackage.RE_AIM_SCORE__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case RegiePackage.RE_AIM_SCORE__MEASURE:
				return MEASURE_EDEFAULT == null ? measure != null : !MEASURE_EDEFAULT.equals(measure);
			case RegiePackage.RE_AIM_SCORE__DATA_SOURCE:
				return DATA_SOURCE_EDEFAULT == null ? dataSource != null : !DATA_SOURCE_EDEFAULT.equals(dataSource);
			case RegiePackage.RE_AIM_SCORE__MEASURED_ON:
				return MEASURED_ON_EDEFAULT == null ? measuredOn != null : !MEASURED_ON_EDEFAULT.equals(measuredOn);
			case RegiePackage.RE_AIM_SCORE__NOTE:
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
		result.append(" (dimension: ");
		result.append(dimension);
		result.append(", value: ");
		result.append(value);
		result.append(", measure: ");
		result.append(measure);
		result.append(", dataSource: ");
		result.append(dataSource);
		result.append(", measuredOn: ");
		result.append(measuredOn);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //ReAimScoreImpl
