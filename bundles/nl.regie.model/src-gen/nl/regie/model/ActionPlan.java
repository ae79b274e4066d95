/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A multi-track plan (meersporenplan) that carries out a policy, with its tracks and the agreements between partners.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.ActionPlan#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.regie.model.ActionPlan#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.regie.model.ActionPlan#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link nl.regie.model.ActionPlan#getEndDate <em>End Date</em>}</li>
 *   <li>{@link nl.regie.model.ActionPlan#getBudget <em>Budget</em>}</li>
 *   <li>{@link nl.regie.model.ActionPlan#getTracks <em>Tracks</em>}</li>
 *   <li>{@link nl.regie.model.ActionPlan#getAgreements <em>Agreements</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getActionPlan()
 * @model
 * @generated
 */
public interface ActionPlan extends RegieObject
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.regie.model.RegiePackage#getActionPlan_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.regie.model.ActionPlan#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the plan was made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.regie.model.RegiePackage#getActionPlan_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.regie.model.ActionPlan#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start of the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see nl.regie.model.RegiePackage#getActionPlan_StartDate()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link nl.regie.model.ActionPlan#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see nl.regie.model.RegiePackage#getActionPlan_EndDate()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link nl.regie.model.ActionPlan#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The budget for the plan as a whole, in euros; the actions together should stay within it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(BigDecimal)
	 * @see nl.regie.model.RegiePackage#getActionPlan_Budget()
	 * @model
	 * @generated
	 */
	BigDecimal getBudget();

	/**
	 * Sets the value of the '{@link nl.regie.model.ActionPlan#getBudget <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' attribute.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Tracks</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Track}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tracks (sporen) of the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tracks</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getActionPlan_Tracks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Track> getTracks();

	/**
	 * Returns the value of the '<em><b>Agreements</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Agreement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agreements between partners (afspraken).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agreements</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getActionPlan_Agreements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Agreement> getAgreements();

} // ActionPlan
