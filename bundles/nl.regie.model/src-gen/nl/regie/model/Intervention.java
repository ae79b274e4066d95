/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Intervention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An entry of the intervention catalogue, with its recognition level (erkenningsniveau).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Intervention#getPillars <em>Pillars</em>}</li>
 *   <li>{@link nl.regie.model.Intervention#getDomains <em>Domains</em>}</li>
 *   <li>{@link nl.regie.model.Intervention#getSettings <em>Settings</em>}</li>
 *   <li>{@link nl.regie.model.Intervention#getTargetGroups <em>Target Groups</em>}</li>
 *   <li>{@link nl.regie.model.Intervention#getEvidenceLevel <em>Evidence Level</em>}</li>
 *   <li>{@link nl.regie.model.Intervention#getRecognitionDate <em>Recognition Date</em>}</li>
 *   <li>{@link nl.regie.model.Intervention#getRecognitionSource <em>Recognition Source</em>}</li>
 *   <li>{@link nl.regie.model.Intervention#isNotRecommended <em>Not Recommended</em>}</li>
 *   <li>{@link nl.regie.model.Intervention#getNotRecommendedReason <em>Not Recommended Reason</em>}</li>
 *   <li>{@link nl.regie.model.Intervention#getProvider <em>Provider</em>}</li>
 *   <li>{@link nl.regie.model.Intervention#getProviderKind <em>Provider Kind</em>}</li>
 *   <li>{@link nl.regie.model.Intervention#getCostIndication <em>Cost Indication</em>}</li>
 *   <li>{@link nl.regie.model.Intervention#getSourceReference <em>Source Reference</em>}</li>
 *   <li>{@link nl.regie.model.Intervention#getRecognitionValidUntil <em>Recognition Valid Until</em>}</li>
 *   <li>{@link nl.regie.model.Intervention#getCatalogue <em>Catalogue</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getIntervention()
 * @model
 * @generated
 */
public interface Intervention extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Pillars</b></em>' attribute list.
	 * The list contents are of type {@link nl.regie.model.Pillar}.
	 * The literals are from the enumeration {@link nl.regie.model.Pillar}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pillars the intervention works in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pillars</em>' attribute list.
	 * @see nl.regie.model.Pillar
	 * @see nl.regie.model.RegiePackage#getIntervention_Pillars()
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
	 * Domains the intervention belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domains</em>' attribute list.
	 * @see nl.regie.model.Domain
	 * @see nl.regie.model.RegiePackage#getIntervention_Domains()
	 * @model
	 * @generated
	 */
	EList<Domain> getDomains();

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' attribute list.
	 * The list contents are of type {@link nl.regie.model.SettingKind}.
	 * The literals are from the enumeration {@link nl.regie.model.SettingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kinds of settings where it is delivered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' attribute list.
	 * @see nl.regie.model.SettingKind
	 * @see nl.regie.model.RegiePackage#getIntervention_Settings()
	 * @model
	 * @generated
	 */
	EList<SettingKind> getSettings();

	/**
	 * Returns the value of the '<em><b>Target Groups</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The groups it is meant for, in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Groups</em>' attribute list.
	 * @see nl.regie.model.RegiePackage#getIntervention_TargetGroups()
	 * @model
	 * @generated
	 */
	EList<String> getTargetGroups();

	/**
	 * Returns the value of the '<em><b>Evidence Level</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.EvidenceLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recognition level in the Dutch recognition system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Level</em>' attribute.
	 * @see nl.regie.model.EvidenceLevel
	 * @see #setEvidenceLevel(EvidenceLevel)
	 * @see nl.regie.model.RegiePackage#getIntervention_EvidenceLevel()
	 * @model
	 * @generated
	 */
	EvidenceLevel getEvidenceLevel();

	/**
	 * Sets the value of the '{@link nl.regie.model.Intervention#getEvidenceLevel <em>Evidence Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Level</em>' attribute.
	 * @see nl.regie.model.EvidenceLevel
	 * @see #getEvidenceLevel()
	 * @generated
	 */
	void setEvidenceLevel(EvidenceLevel value);

	/**
	 * Returns the value of the '<em><b>Recognition Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the recognition was given; recognition can lapse.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recognition Date</em>' attribute.
	 * @see #setRecognitionDate(LocalDate)
	 * @see nl.regie.model.RegiePackage#getIntervention_RecognitionDate()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getRecognitionDate();

	/**
	 * Sets the value of the '{@link nl.regie.model.Intervention#getRecognitionDate <em>Recognition Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recognition Date</em>' attribute.
	 * @see #getRecognitionDate()
	 * @generated
	 */
	void setRecognitionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Recognition Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the recognition is recorded, e.g. a database record.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recognition Source</em>' attribute.
	 * @see #setRecognitionSource(String)
	 * @see nl.regie.model.RegiePackage#getIntervention_RecognitionSource()
	 * @model
	 * @generated
	 */
	String getRecognitionSource();

	/**
	 * Sets the value of the '{@link nl.regie.model.Intervention#getRecognitionSource <em>Recognition Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recognition Source</em>' attribute.
	 * @see #getRecognitionSource()
	 * @generated
	 */
	void setRecognitionSource(String value);

	/**
	 * Returns the value of the '<em><b>Not Recommended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for interventions that are advised against.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Not Recommended</em>' attribute.
	 * @see #setNotRecommended(boolean)
	 * @see nl.regie.model.RegiePackage#getIntervention_NotRecommended()
	 * @model
	 * @generated
	 */
	boolean isNotRecommended();

	/**
	 * Sets the value of the '{@link nl.regie.model.Intervention#isNotRecommended <em>Not Recommended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Recommended</em>' attribute.
	 * @see #isNotRecommended()
	 * @generated
	 */
	void setNotRecommended(boolean value);

	/**
	 * Returns the value of the '<em><b>Not Recommended Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the intervention is advised against, with the source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Not Recommended Reason</em>' attribute.
	 * @see #setNotRecommendedReason(String)
	 * @see nl.regie.model.RegiePackage#getIntervention_NotRecommendedReason()
	 * @model
	 * @generated
	 */
	String getNotRecommendedReason();

	/**
	 * Sets the value of the '{@link nl.regie.model.Intervention#getNotRecommendedReason <em>Not Recommended Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Recommended Reason</em>' attribute.
	 * @see #getNotRecommendedReason()
	 * @generated
	 */
	void setNotRecommendedReason(String value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation that owns or delivers the intervention.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see #setProvider(String)
	 * @see nl.regie.model.RegiePackage#getIntervention_Provider()
	 * @model
	 * @generated
	 */
	String getProvider();

	/**
	 * Sets the value of the '{@link nl.regie.model.Intervention#getProvider <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' attribute.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(String value);

	/**
	 * Returns the value of the '<em><b>Provider Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.PartnerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of partner that delivers it (addiction-care prevention, youth work, ...); OTHER when not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider Kind</em>' attribute.
	 * @see nl.regie.model.PartnerKind
	 * @see #setProviderKind(PartnerKind)
	 * @see nl.regie.model.RegiePackage#getIntervention_ProviderKind()
	 * @model
	 * @generated
	 */
	PartnerKind getProviderKind();

	/**
	 * Sets the value of the '{@link nl.regie.model.Intervention#getProviderKind <em>Provider Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider Kind</em>' attribute.
	 * @see nl.regie.model.PartnerKind
	 * @see #getProviderKind()
	 * @generated
	 */
	void setProviderKind(PartnerKind value);

	/**
	 * Returns the value of the '<em><b>Cost Indication</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.CostIndication}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A rough indication of what it costs a municipality; UNKNOWN unless a source gives it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost Indication</em>' attribute.
	 * @see nl.regie.model.CostIndication
	 * @see #setCostIndication(CostIndication)
	 * @see nl.regie.model.RegiePackage#getIntervention_CostIndication()
	 * @model
	 * @generated
	 */
	CostIndication getCostIndication();

	/**
	 * Sets the value of the '{@link nl.regie.model.Intervention#getCostIndication <em>Cost Indication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost Indication</em>' attribute.
	 * @see nl.regie.model.CostIndication
	 * @see #getCostIndication()
	 * @generated
	 */
	void setCostIndication(CostIndication value);

	/**
	 * Returns the value of the '<em><b>Source Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the description of the intervention comes from (a database record, a publication).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Reference</em>' attribute.
	 * @see #setSourceReference(String)
	 * @see nl.regie.model.RegiePackage#getIntervention_SourceReference()
	 * @model
	 * @generated
	 */
	String getSourceReference();

	/**
	 * Sets the value of the '{@link nl.regie.model.Intervention#getSourceReference <em>Source Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Reference</em>' attribute.
	 * @see #getSourceReference()
	 * @generated
	 */
	void setSourceReference(String value);

	/**
	 * Returns the value of the '<em><b>Recognition Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last day the recognition holds, when the recognising body gives one; after it the recognition has lapsed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recognition Valid Until</em>' attribute.
	 * @see #setRecognitionValidUntil(LocalDate)
	 * @see nl.regie.model.RegiePackage#getIntervention_RecognitionValidUntil()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getRecognitionValidUntil();

	/**
	 * Sets the value of the '{@link nl.regie.model.Intervention#getRecognitionValidUntil <em>Recognition Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recognition Valid Until</em>' attribute.
	 * @see #getRecognitionValidUntil()
	 * @generated
	 */
	void setRecognitionValidUntil(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Catalogue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The catalogue the entry came from (Regie's own, an organisation's bundle or file).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Catalogue</em>' attribute.
	 * @see #setCatalogue(String)
	 * @see nl.regie.model.RegiePackage#getIntervention_Catalogue()
	 * @model
	 * @generated
	 */
	String getCatalogue();

	/**
	 * Sets the value of the '{@link nl.regie.model.Intervention#getCatalogue <em>Catalogue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Catalogue</em>' attribute.
	 * @see #getCatalogue()
	 * @generated
	 */
	void setCatalogue(String value);

} // Intervention
