/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An indicator that shows progress on a goal, with baseline, target and how its measurements are broken down.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link nl.regie.model.Indicator#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link nl.regie.model.Indicator#getTarget <em>Target</em>}</li>
 *   <li>{@link nl.regie.model.Indicator#getDirection <em>Direction</em>}</li>
 *   <li>{@link nl.regie.model.Indicator#getDisaggregation <em>Disaggregation</em>}</li>
 *   <li>{@link nl.regie.model.Indicator#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link nl.regie.model.Indicator#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of measurement, e.g. percent or count.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see nl.regie.model.RegiePackage#getIndicator_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link nl.regie.model.Indicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value at the start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(Double)
	 * @see nl.regie.model.RegiePackage#getIndicator_Baseline()
	 * @model
	 * @generated
	 */
	Double getBaseline();

	/**
	 * Sets the value of the '{@link nl.regie.model.Indicator#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Double value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value the goal aims at.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(Double)
	 * @see nl.regie.model.RegiePackage#getIndicator_Target()
	 * @model
	 * @generated
	 */
	Double getTarget();

	/**
	 * Sets the value of the '{@link nl.regie.model.Indicator#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Double value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which way is better.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see nl.regie.model.Direction
	 * @see #setDirection(Direction)
	 * @see nl.regie.model.RegiePackage#getIndicator_Direction()
	 * @model
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link nl.regie.model.Indicator#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see nl.regie.model.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Disaggregation</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dimensions the measurements are broken down by, e.g. age group or area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disaggregation</em>' attribute list.
	 * @see nl.regie.model.RegiePackage#getIndicator_Disaggregation()
	 * @model
	 * @generated
	 */
	EList<String> getDisaggregation();

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where measurements come from, e.g. the GGD youth health monitor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Source</em>' attribute.
	 * @see #setDataSource(String)
	 * @see nl.regie.model.RegiePackage#getIndicator_DataSource()
	 * @model
	 * @generated
	 */
	String getDataSource();

	/**
	 * Sets the value of the '{@link nl.regie.model.Indicator#getDataSource <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' attribute.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(String value);

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measurements over time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getIndicator_Measurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

} // Indicator
