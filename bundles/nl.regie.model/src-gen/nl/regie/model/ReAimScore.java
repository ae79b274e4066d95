/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Re Aim Score</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One RE-AIM dimension of an action: how it is measured, from which source, and the score.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.ReAimScore#getDimension <em>Dimension</em>}</li>
 *   <li>{@link nl.regie.model.ReAimScore#getValue <em>Value</em>}</li>
 *   <li>{@link nl.regie.model.ReAimScore#getMeasure <em>Measure</em>}</li>
 *   <li>{@link nl.regie.model.ReAimScore#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link nl.regie.model.ReAimScore#getMeasuredOn <em>Measured On</em>}</li>
 *   <li>{@link nl.regie.model.ReAimScore#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getReAimScore()
 * @model
 * @generated
 */
public interface ReAimScore extends RegieObject
{
	/**
	 * Returns the value of the '<em><b>Dimension</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.ReAimDimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dimension scored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dimension</em>' attribute.
	 * @see nl.regie.model.ReAimDimension
	 * @see #setDimension(ReAimDimension)
	 * @see nl.regie.model.RegiePackage#getReAimScore_Dimension()
	 * @model
	 * @generated
	 */
	ReAimDimension getDimension();

	/**
	 * Sets the value of the '{@link nl.regie.model.ReAimScore#getDimension <em>Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension</em>' attribute.
	 * @see nl.regie.model.ReAimDimension
	 * @see #getDimension()
	 * @generated
	 */
	void setDimension(ReAimDimension value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The score, 0 to 100 (a percentage where the measure is a share).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Double)
	 * @see nl.regie.model.RegiePackage#getReAimScore_Value()
	 * @model
	 * @generated
	 */
	Double getValue();

	/**
	 * Sets the value of the '{@link nl.regie.model.ReAimScore#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Double value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is measured for this action, e.g. share of the parents of the group reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' attribute.
	 * @see #setMeasure(String)
	 * @see nl.regie.model.RegiePackage#getReAimScore_Measure()
	 * @model
	 * @generated
	 */
	String getMeasure();

	/**
	 * Sets the value of the '{@link nl.regie.model.ReAimScore#getMeasure <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' attribute.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(String value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the figure comes from, e.g. the course registration of addiction care.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Source</em>' attribute.
	 * @see #setDataSource(String)
	 * @see nl.regie.model.RegiePackage#getReAimScore_DataSource()
	 * @model
	 * @generated
	 */
	String getDataSource();

	/**
	 * Sets the value of the '{@link nl.regie.model.ReAimScore#getDataSource <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' attribute.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(String value);

	/**
	 * Returns the value of the '<em><b>Measured On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measured On</em>' attribute.
	 * @see #setMeasuredOn(LocalDate)
	 * @see nl.regie.model.RegiePackage#getReAimScore_MeasuredOn()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getMeasuredOn();

	/**
	 * Sets the value of the '{@link nl.regie.model.ReAimScore#getMeasuredOn <em>Measured On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measured On</em>' attribute.
	 * @see #getMeasuredOn()
	 * @generated
	 */
	void setMeasuredOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remarks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see nl.regie.model.RegiePackage#getReAimScore_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link nl.regie.model.ReAimScore#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // ReAimScore
