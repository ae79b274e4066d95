/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Milestone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A milestone (mijlpaal) of an action.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Milestone#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.regie.model.Milestone#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link nl.regie.model.Milestone#isReached <em>Reached</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getMilestone()
 * @model
 * @generated
 */
public interface Milestone extends RegieObject
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.regie.model.RegiePackage#getMilestone_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.regie.model.Milestone#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it should be reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see nl.regie.model.RegiePackage#getMilestone_DueDate()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link nl.regie.model.Milestone#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reached</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether it has been reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reached</em>' attribute.
	 * @see #setReached(boolean)
	 * @see nl.regie.model.RegiePackage#getMilestone_Reached()
	 * @model
	 * @generated
	 */
	boolean isReached();

	/**
	 * Sets the value of the '{@link nl.regie.model.Milestone#isReached <em>Reached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reached</em>' attribute.
	 * @see #isReached()
	 * @generated
	 */
	void setReached(boolean value);

} // Milestone
