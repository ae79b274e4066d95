/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Round Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A round-table meeting (overleg) of the municipality with field partners: who was there, the shared picture, their concerns and what they lack, the agreements on signals and the actions agreed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.RoundTable#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.regie.model.RoundTable#getDate <em>Date</em>}</li>
 *   <li>{@link nl.regie.model.RoundTable#getParticipants <em>Participants</em>}</li>
 *   <li>{@link nl.regie.model.RoundTable#getPicture <em>Picture</em>}</li>
 *   <li>{@link nl.regie.model.RoundTable#getClusters <em>Clusters</em>}</li>
 *   <li>{@link nl.regie.model.RoundTable#getConcerns <em>Concerns</em>}</li>
 *   <li>{@link nl.regie.model.RoundTable#getAgreements <em>Agreements</em>}</li>
 *   <li>{@link nl.regie.model.RoundTable#getPlan <em>Plan</em>}</li>
 *   <li>{@link nl.regie.model.RoundTable#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getRoundTable()
 * @model
 * @generated
 */
public interface RoundTable extends RegieObject
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the meeting was about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.regie.model.RegiePackage#getRoundTable_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.regie.model.RoundTable#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it took place.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see nl.regie.model.RegiePackage#getRoundTable_Date()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link nl.regie.model.RoundTable#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' reference list.
	 * The list contents are of type {@link nl.regie.model.Partner}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partners at the table.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Participants</em>' reference list.
	 * @see nl.regie.model.RegiePackage#getRoundTable_Participants()
	 * @model
	 * @generated
	 */
	EList<Partner> getParticipants();

	/**
	 * Returns the value of the '<em><b>Picture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The shared picture (gezamenlijk beeld) in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Picture</em>' attribute.
	 * @see #setPicture(String)
	 * @see nl.regie.model.RegiePackage#getRoundTable_Picture()
	 * @model
	 * @generated
	 */
	String getPicture();

	/**
	 * Sets the value of the '{@link nl.regie.model.RoundTable#getPicture <em>Picture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Picture</em>' attribute.
	 * @see #getPicture()
	 * @generated
	 */
	void setPicture(String value);

	/**
	 * Returns the value of the '<em><b>Clusters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keys of the signal clusters in the shared picture, as dimension=id pairs separated by semicolons, e.g. SUBSTANCE=3mmc;TARGET_GROUP=minderjarigen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clusters</em>' attribute list.
	 * @see nl.regie.model.RegiePackage#getRoundTable_Clusters()
	 * @model
	 * @generated
	 */
	EList<String> getClusters();

	/**
	 * Returns the value of the '<em><b>Concerns</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Concern}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What each partner is worried about or says it lacks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concerns</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getRoundTable_Concerns()
	 * @model containment="true"
	 * @generated
	 */
	EList<Concern> getConcerns();

	/**
	 * Returns the value of the '<em><b>Agreements</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Agreement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agreements on how to handle signals from now on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agreements</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getRoundTable_Agreements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Agreement> getAgreements();

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan the agreed actions flow into.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan</em>' reference.
	 * @see #setPlan(ActionPlan)
	 * @see nl.regie.model.RegiePackage#getRoundTable_Plan()
	 * @model
	 * @generated
	 */
	ActionPlan getPlan();

	/**
	 * Sets the value of the '{@link nl.regie.model.RoundTable#getPlan <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(ActionPlan value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' reference list.
	 * The list contents are of type {@link nl.regie.model.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actions agreed at the table.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions</em>' reference list.
	 * @see nl.regie.model.RegiePackage#getRoundTable_Actions()
	 * @model
	 * @generated
	 */
	EList<Action> getActions();

} // RoundTable
