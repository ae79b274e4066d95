/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A policy goal (doel), placed in one or more pillars and domains, measured by indicators.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Goal#getStatement <em>Statement</em>}</li>
 *   <li>{@link nl.regie.model.Goal#getPillars <em>Pillars</em>}</li>
 *   <li>{@link nl.regie.model.Goal#getDomains <em>Domains</em>}</li>
 *   <li>{@link nl.regie.model.Goal#getTargetGroup <em>Target Group</em>}</li>
 *   <li>{@link nl.regie.model.Goal#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getGoal()
 * @model
 * @generated
 */
public interface Goal extends RegieObject
{
	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the goal wants to achieve.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see nl.regie.model.RegiePackage#getGoal_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link nl.regie.model.Goal#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Pillars</b></em>' attribute list.
	 * The list contents are of type {@link nl.regie.model.Pillar}.
	 * The literals are from the enumeration {@link nl.regie.model.Pillar}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pillars the goal belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pillars</em>' attribute list.
	 * @see nl.regie.model.Pillar
	 * @see nl.regie.model.RegiePackage#getGoal_Pillars()
	 * @model
	 * @generated
	 */
	EList<Pillar> getPillars();

	/**
	 * Returns the value of the '<em><b>Domains</b></em>' attribute list.
	 * The list contents are of type {@link nl.regie.model.Domain}.
	 * The literals are from the enumeration {@link nl.regie.model.Domain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The domains that work on this goal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domains</em>' attribute list.
	 * @see nl.regie.model.Domain
	 * @see nl.regie.model.RegiePackage#getGoal_Domains()
	 * @model
	 * @generated
	 */
	EList<Domain> getDomains();

	/**
	 * Returns the value of the '<em><b>Target Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group the goal is aimed at.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Group</em>' reference.
	 * @see #setTargetGroup(TargetGroup)
	 * @see nl.regie.model.RegiePackage#getGoal_TargetGroup()
	 * @model
	 * @generated
	 */
	TargetGroup getTargetGroup();

	/**
	 * Sets the value of the '{@link nl.regie.model.Goal#getTargetGroup <em>Target Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Group</em>' reference.
	 * @see #getTargetGroup()
	 * @generated
	 */
	void setTargetGroup(TargetGroup value);

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Indicators that show progress on the goal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getGoal_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // Goal
