/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Municipality</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A municipality (gemeente): director and connector of local drug prevention, and the root of a Regie workspace.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Municipality#getCbsCode <em>Cbs Code</em>}</li>
 *   <li>{@link nl.regie.model.Municipality#getPolicies <em>Policies</em>}</li>
 *   <li>{@link nl.regie.model.Municipality#getPartners <em>Partners</em>}</li>
 *   <li>{@link nl.regie.model.Municipality#getAreas <em>Areas</em>}</li>
 *   <li>{@link nl.regie.model.Municipality#getSubstances <em>Substances</em>}</li>
 *   <li>{@link nl.regie.model.Municipality#getTargetGroups <em>Target Groups</em>}</li>
 *   <li>{@link nl.regie.model.Municipality#getSettings <em>Settings</em>}</li>
 *   <li>{@link nl.regie.model.Municipality#getSignals <em>Signals</em>}</li>
 *   <li>{@link nl.regie.model.Municipality#getInterventions <em>Interventions</em>}</li>
 *   <li>{@link nl.regie.model.Municipality#getRoundTables <em>Round Tables</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getMunicipality()
 * @model
 * @generated
 */
public interface Municipality extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Cbs Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CBS municipality code, e.g. GM0363.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cbs Code</em>' attribute.
	 * @see #setCbsCode(String)
	 * @see nl.regie.model.RegiePackage#getMunicipality_CbsCode()
	 * @model
	 * @generated
	 */
	String getCbsCode();

	/**
	 * Sets the value of the '{@link nl.regie.model.Municipality#getCbsCode <em>Cbs Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cbs Code</em>' attribute.
	 * @see #getCbsCode()
	 * @generated
	 */
	void setCbsCode(String value);

	/**
	 * Returns the value of the '<em><b>Policies</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Policy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Drug-prevention policies of the municipality.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policies</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getMunicipality_Policies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Policy> getPolicies();

	/**
	 * Returns the value of the '<em><b>Partners</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Partner}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Field partners at the table (veldpartijen).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partners</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getMunicipality_Partners()
	 * @model containment="true"
	 * @generated
	 */
	EList<Partner> getPartners();

	/**
	 * Returns the value of the '<em><b>Areas</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Area}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Neighbourhoods and districts (wijken).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Areas</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getMunicipality_Areas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Area> getAreas();

	/**
	 * Returns the value of the '<em><b>Substances</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Substance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Substances the municipality follows (middelen).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Substances</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getMunicipality_Substances()
	 * @model containment="true"
	 * @generated
	 */
	EList<Substance> getSubstances();

	/**
	 * Returns the value of the '<em><b>Target Groups</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.TargetGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groups that policy is aimed at (doelgroepen).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Groups</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getMunicipality_TargetGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<TargetGroup> getTargetGroups();

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Setting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Places and contexts where use happens or interventions take place (settings).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getMunicipality_Settings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Setting> getSettings();

	/**
	 * Returns the value of the '<em><b>Signals</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Signal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signals reported by field partners (signalen).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signals</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getMunicipality_Signals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Signal> getSignals();

	/**
	 * Returns the value of the '<em><b>Interventions</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Intervention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interventions the municipality considers or uses (catalogue entries).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interventions</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getMunicipality_Interventions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Intervention> getInterventions();

	/**
	 * Returns the value of the '<em><b>Round Tables</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.RoundTable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Round-table meetings (overleg) with the field partners.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Round Tables</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getMunicipality_RoundTables()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoundTable> getRoundTables();

} // Municipality
