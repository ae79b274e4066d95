/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One measured value of an indicator.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Measurement#getMeasuredOn <em>Measured On</em>}</li>
 *   <li>{@link nl.regie.model.Measurement#getValue <em>Value</em>}</li>
 *   <li>{@link nl.regie.model.Measurement#getBreakdown <em>Breakdown</em>}</li>
 *   <li>{@link nl.regie.model.Measurement#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getMeasurement()
 * @model
 * @generated
 */
public interface Measurement extends RegieObject
{
	/**
	 * Returns the value of the '<em><b>Measured On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of the measurement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measured On</em>' attribute.
	 * @see #setMeasuredOn(LocalDate)
	 * @see nl.regie.model.RegiePackage#getMeasurement_MeasuredOn()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getMeasuredOn();

	/**
	 * Sets the value of the '{@link nl.regie.model.Measurement#getMeasuredOn <em>Measured On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measured On</em>' attribute.
	 * @see #getMeasuredOn()
	 * @generated
	 */
	void setMeasuredOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measured value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Double)
	 * @see nl.regie.model.RegiePackage#getMeasurement_Value()
	 * @model
	 * @generated
	 */
	Double getValue();

	/**
	 * Sets the value of the '{@link nl.regie.model.Measurement#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Double value);

	/**
	 * Returns the value of the '<em><b>Breakdown</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The disaggregation cell this value belongs to, e.g. area=Centrum; empty for the total.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Breakdown</em>' attribute.
	 * @see #setBreakdown(String)
	 * @see nl.regie.model.RegiePackage#getMeasurement_Breakdown()
	 * @model
	 * @generated
	 */
	String getBreakdown();

	/**
	 * Sets the value of the '{@link nl.regie.model.Measurement#getBreakdown <em>Breakdown</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Breakdown</em>' attribute.
	 * @see #getBreakdown()
	 * @generated
	 */
	void setBreakdown(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remarks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see nl.regie.model.RegiePackage#getMeasurement_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link nl.regie.model.Measurement#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Measurement
