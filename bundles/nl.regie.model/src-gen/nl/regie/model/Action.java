/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An action (actie) of the plan: an intervention or measure with an owner, partners, group, setting, period and budget.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Action#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.regie.model.Action#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.regie.model.Action#getIntervention <em>Intervention</em>}</li>
 *   <li>{@link nl.regie.model.Action#getPillar <em>Pillar</em>}</li>
 *   <li>{@link nl.regie.model.Action#getDomain <em>Domain</em>}</li>
 *   <li>{@link nl.regie.model.Action#getOwner <em>Owner</em>}</li>
 *   <li>{@link nl.regie.model.Action#getInvolvements <em>Involvements</em>}</li>
 *   <li>{@link nl.regie.model.Action#getTargetGroup <em>Target Group</em>}</li>
 *   <li>{@link nl.regie.model.Action#getSetting <em>Setting</em>}</li>
 *   <li>{@link nl.regie.model.Action#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link nl.regie.model.Action#getEndDate <em>End Date</em>}</li>
 *   <li>{@link nl.regie.model.Action#getBudget <em>Budget</em>}</li>
 *   <li>{@link nl.regie.model.Action#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.regie.model.Action#getSignals <em>Signals</em>}</li>
 *   <li>{@link nl.regie.model.Action#getClusters <em>Clusters</em>}</li>
 *   <li>{@link nl.regie.model.Action#getGoals <em>Goals</em>}</li>
 *   <li>{@link nl.regie.model.Action#getMilestones <em>Milestones</em>}</li>
 *   <li>{@link nl.regie.model.Action#getFidelity <em>Fidelity</em>}</li>
 *   <li>{@link nl.regie.model.Action#getAdaptations <em>Adaptations</em>}</li>
 *   <li>{@link nl.regie.model.Action#getReAim <em>Re Aim</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getAction()
 * @model
 * @generated
 */
public interface Action extends RegieObject
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.regie.model.RegiePackage#getAction_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.regie.model.Action#getTitle <em>Title</em>}' attribute.
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
	 * Details.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.regie.model.RegiePackage#getAction_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.regie.model.Action#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Intervention</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The catalogue intervention this action applies, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intervention</em>' reference.
	 * @see #setIntervention(Intervention)
	 * @see nl.regie.model.RegiePackage#getAction_Intervention()
	 * @model
	 * @generated
	 */
	Intervention getIntervention();

	/**
	 * Sets the value of the '{@link nl.regie.model.Action#getIntervention <em>Intervention</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intervention</em>' reference.
	 * @see #getIntervention()
	 * @generated
	 */
	void setIntervention(Intervention value);

	/**
	 * Returns the value of the '<em><b>Pillar</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.Pillar}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pillar the action works in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pillar</em>' attribute.
	 * @see nl.regie.model.Pillar
	 * @see #isSetPillar()
	 * @see #unsetPillar()
	 * @see #setPillar(Pillar)
	 * @see nl.regie.model.RegiePackage#getAction_Pillar()
	 * @model unsettable="true"
	 * @generated
	 */
	Pillar getPillar();

	/**
	 * Sets the value of the '{@link nl.regie.model.Action#getPillar <em>Pillar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pillar</em>' attribute.
	 * @see nl.regie.model.Pillar
	 * @see #isSetPillar()
	 * @see #unsetPillar()
	 * @see #getPillar()
	 * @generated
	 */
	void setPillar(Pillar value);

	/**
	 * Unsets the value of the '{@link nl.regie.model.Action#getPillar <em>Pillar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPillar()
	 * @see #getPillar()
	 * @see #setPillar(Pillar)
	 * @generated
	 */
	void unsetPillar();

	/**
	 * Returns whether the value of the '{@link nl.regie.model.Action#getPillar <em>Pillar</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Pillar</em>' attribute is set.
	 * @see #unsetPillar()
	 * @see #getPillar()
	 * @see #setPillar(Pillar)
	 * @generated
	 */
	boolean isSetPillar();

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.Domain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The domain responsible for the action.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see nl.regie.model.Domain
	 * @see #isSetDomain()
	 * @see #unsetDomain()
	 * @see #setDomain(Domain)
	 * @see nl.regie.model.RegiePackage#getAction_Domain()
	 * @model unsettable="true"
	 * @generated
	 */
	Domain getDomain();

	/**
	 * Sets the value of the '{@link nl.regie.model.Action#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see nl.regie.model.Domain
	 * @see #isSetDomain()
	 * @see #unsetDomain()
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(Domain value);

	/**
	 * Unsets the value of the '{@link nl.regie.model.Action#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDomain()
	 * @see #getDomain()
	 * @see #setDomain(Domain)
	 * @generated
	 */
	void unsetDomain();

	/**
	 * Returns whether the value of the '{@link nl.regie.model.Action#getDomain <em>Domain</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Domain</em>' attribute is set.
	 * @see #unsetDomain()
	 * @see #getDomain()
	 * @see #setDomain(Domain)
	 * @generated
	 */
	boolean isSetDomain();

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partner that owns the action (eigenaar).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Partner)
	 * @see nl.regie.model.RegiePackage#getAction_Owner()
	 * @model
	 * @generated
	 */
	Partner getOwner();

	/**
	 * Sets the value of the '{@link nl.regie.model.Action#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Partner value);

	/**
	 * Returns the value of the '<em><b>Involvements</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Involvement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other partners and their roles.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Involvements</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getAction_Involvements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Involvement> getInvolvements();

	/**
	 * Returns the value of the '<em><b>Target Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group the action is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Group</em>' reference.
	 * @see #setTargetGroup(TargetGroup)
	 * @see nl.regie.model.RegiePackage#getAction_TargetGroup()
	 * @model
	 * @generated
	 */
	TargetGroup getTargetGroup();

	/**
	 * Sets the value of the '{@link nl.regie.model.Action#getTargetGroup <em>Target Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Group</em>' reference.
	 * @see #getTargetGroup()
	 * @generated
	 */
	void setTargetGroup(TargetGroup value);

	/**
	 * Returns the value of the '<em><b>Setting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the action takes place.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Setting</em>' reference.
	 * @see #setSetting(Setting)
	 * @see nl.regie.model.RegiePackage#getAction_Setting()
	 * @model
	 * @generated
	 */
	Setting getSetting();

	/**
	 * Sets the value of the '{@link nl.regie.model.Action#getSetting <em>Setting</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Setting</em>' reference.
	 * @see #getSetting()
	 * @generated
	 */
	void setSetting(Setting value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start of the action.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see nl.regie.model.RegiePackage#getAction_StartDate()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link nl.regie.model.Action#getStartDate <em>Start Date</em>}' attribute.
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
	 * End of the action.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see nl.regie.model.RegiePackage#getAction_EndDate()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link nl.regie.model.Action#getEndDate <em>End Date</em>}' attribute.
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
	 * Budget in euros.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(BigDecimal)
	 * @see nl.regie.model.RegiePackage#getAction_Budget()
	 * @model
	 * @generated
	 */
	BigDecimal getBudget();

	/**
	 * Sets the value of the '{@link nl.regie.model.Action#getBudget <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' attribute.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the action stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see nl.regie.model.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see nl.regie.model.RegiePackage#getAction_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link nl.regie.model.Action#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see nl.regie.model.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Signals</b></em>' reference list.
	 * The list contents are of type {@link nl.regie.model.Signal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The signals this action responds to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signals</em>' reference list.
	 * @see nl.regie.model.RegiePackage#getAction_Signals()
	 * @model
	 * @generated
	 */
	EList<Signal> getSignals();

	/**
	 * Returns the value of the '<em><b>Clusters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keys of the signal clusters this action answers, as dimension=id pairs separated by semicolons (an empty id: the dimension is unknown); for signals that live in the signal store only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clusters</em>' attribute list.
	 * @see nl.regie.model.RegiePackage#getAction_Clusters()
	 * @model
	 * @generated
	 */
	EList<String> getClusters();

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' reference list.
	 * The list contents are of type {@link nl.regie.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The goals this action serves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goals</em>' reference list.
	 * @see nl.regie.model.RegiePackage#getAction_Goals()
	 * @model
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Milestones</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Milestone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Milestones (mijlpalen) of the action.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Milestones</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getAction_Milestones()
	 * @model containment="true"
	 * @generated
	 */
	EList<Milestone> getMilestones();

	/**
	 * Returns the value of the '<em><b>Fidelity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Implementation monitoring: the share of the intervention's core elements delivered as intended, 0 to 100 percent; empty while not assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fidelity</em>' attribute.
	 * @see #setFidelity(Integer)
	 * @see nl.regie.model.RegiePackage#getAction_Fidelity()
	 * @model
	 * @generated
	 */
	Integer getFidelity();

	/**
	 * Sets the value of the '{@link nl.regie.model.Action#getFidelity <em>Fidelity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fidelity</em>' attribute.
	 * @see #getFidelity()
	 * @generated
	 */
	void setFidelity(Integer value);

	/**
	 * Returns the value of the '<em><b>Adaptations</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Adaptation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adaptations made to the intervention while carrying it out, with their reasons.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adaptations</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getAction_Adaptations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Adaptation> getAdaptations();

	/**
	 * Returns the value of the '<em><b>Re Aim</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.ReAimScore}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The RE-AIM scorecard of the action: one score per dimension, each with its measure and data source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Re Aim</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getAction_ReAim()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReAimScore> getReAim();

} // Action
