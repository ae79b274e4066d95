/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group that policy and interventions are aimed at (doelgroep); describes a group, never a person.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.TargetGroup#getMinimumAge <em>Minimum Age</em>}</li>
 *   <li>{@link nl.regie.model.TargetGroup#getMaximumAge <em>Maximum Age</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getTargetGroup()
 * @model
 * @generated
 */
public interface TargetGroup extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Minimum Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Youngest age in the group, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Age</em>' attribute.
	 * @see #setMinimumAge(Integer)
	 * @see nl.regie.model.RegiePackage#getTargetGroup_MinimumAge()
	 * @model
	 * @generated
	 */
	Integer getMinimumAge();

	/**
	 * Sets the value of the '{@link nl.regie.model.TargetGroup#getMinimumAge <em>Minimum Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Age</em>' attribute.
	 * @see #getMinimumAge()
	 * @generated
	 */
	void setMinimumAge(Integer value);

	/**
	 * Returns the value of the '<em><b>Maximum Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Oldest age in the group, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maximum Age</em>' attribute.
	 * @see #setMaximumAge(Integer)
	 * @see nl.regie.model.RegiePackage#getTargetGroup_MaximumAge()
	 * @model
	 * @generated
	 */
	Integer getMaximumAge();

	/**
	 * Sets the value of the '{@link nl.regie.model.TargetGroup#getMaximumAge <em>Maximum Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum Age</em>' attribute.
	 * @see #getMaximumAge()
	 * @generated
	 */
	void setMaximumAge(Integer value);

} // TargetGroup
