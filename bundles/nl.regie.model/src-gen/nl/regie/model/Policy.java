/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A drug-prevention policy (beleid) of the municipality for a period, with its goals and action plans.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Policy#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.regie.model.Policy#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link nl.regie.model.Policy#getEndDate <em>End Date</em>}</li>
 *   <li>{@link nl.regie.model.Policy#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.regie.model.Policy#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.regie.model.Policy#getGoals <em>Goals</em>}</li>
 *   <li>{@link nl.regie.model.Policy#getActionPlans <em>Action Plans</em>}</li>
 *   <li>{@link nl.regie.model.Policy#getReviews <em>Reviews</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getPolicy()
 * @model
 * @generated
 */
public interface Policy extends RegieObject
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of the policy document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.regie.model.RegiePackage#getPolicy_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.regie.model.Policy#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of the policy period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see nl.regie.model.RegiePackage#getPolicy_StartDate()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link nl.regie.model.Policy#getStartDate <em>Start Date</em>}' attribute.
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
	 * Last day of the policy period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see nl.regie.model.RegiePackage#getPolicy_EndDate()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link nl.regie.model.Policy#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.PolicyStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Life-cycle status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see nl.regie.model.PolicyStatus
	 * @see #setStatus(PolicyStatus)
	 * @see nl.regie.model.RegiePackage#getPolicy_Status()
	 * @model
	 * @generated
	 */
	PolicyStatus getStatus();

	/**
	 * Sets the value of the '{@link nl.regie.model.Policy#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see nl.regie.model.PolicyStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PolicyStatus value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Summary of the policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.regie.model.RegiePackage#getPolicy_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.regie.model.Policy#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Goals of the policy (doelen).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getPolicy_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Action Plans</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.ActionPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Action plans that carry out the policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action Plans</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getPolicy_ActionPlans()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActionPlan> getActionPlans();

	/**
	 * Returns the value of the '<em><b>Reviews</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.PolicyReview}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Policy reviews (beleidstoets) held on this policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviews</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getPolicy_Reviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<PolicyReview> getReviews();

} // Policy
