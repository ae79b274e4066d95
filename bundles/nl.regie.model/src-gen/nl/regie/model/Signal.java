/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A signal (signaal) from a field partner about substance use in a group, setting and area; it records what is seen about groups, never who.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Signal#getObservedOn <em>Observed On</em>}</li>
 *   <li>{@link nl.regie.model.Signal#getReportedOn <em>Reported On</em>}</li>
 *   <li>{@link nl.regie.model.Signal#getSource <em>Source</em>}</li>
 *   <li>{@link nl.regie.model.Signal#getSubstances <em>Substances</em>}</li>
 *   <li>{@link nl.regie.model.Signal#getTargetGroup <em>Target Group</em>}</li>
 *   <li>{@link nl.regie.model.Signal#getSetting <em>Setting</em>}</li>
 *   <li>{@link nl.regie.model.Signal#getArea <em>Area</em>}</li>
 *   <li>{@link nl.regie.model.Signal#getConcern <em>Concern</em>}</li>
 *   <li>{@link nl.regie.model.Signal#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link nl.regie.model.Signal#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.regie.model.Signal#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.regie.model.Signal#getRetractionReason <em>Retraction Reason</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getSignal()
 * @model
 * @generated
 */
public interface Signal extends RegieObject
{
	/**
	 * Returns the value of the '<em><b>Observed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the partner saw what the signal describes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observed On</em>' attribute.
	 * @see #setObservedOn(LocalDate)
	 * @see nl.regie.model.RegiePackage#getSignal_ObservedOn()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getObservedOn();

	/**
	 * Sets the value of the '{@link nl.regie.model.Signal#getObservedOn <em>Observed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed On</em>' attribute.
	 * @see #getObservedOn()
	 * @generated
	 */
	void setObservedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reported On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the signal reached the municipality.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reported On</em>' attribute.
	 * @see #setReportedOn(LocalDate)
	 * @see nl.regie.model.RegiePackage#getSignal_ReportedOn()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getReportedOn();

	/**
	 * Sets the value of the '{@link nl.regie.model.Signal#getReportedOn <em>Reported On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported On</em>' attribute.
	 * @see #getReportedOn()
	 * @generated
	 */
	void setReportedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partner that reported the signal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Partner)
	 * @see nl.regie.model.RegiePackage#getSignal_Source()
	 * @model
	 * @generated
	 */
	Partner getSource();

	/**
	 * Sets the value of the '{@link nl.regie.model.Signal#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Partner value);

	/**
	 * Returns the value of the '<em><b>Substances</b></em>' reference list.
	 * The list contents are of type {@link nl.regie.model.Substance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The substances the signal is about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Substances</em>' reference list.
	 * @see nl.regie.model.RegiePackage#getSignal_Substances()
	 * @model
	 * @generated
	 */
	EList<Substance> getSubstances();

	/**
	 * Returns the value of the '<em><b>Target Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group the signal is about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Group</em>' reference.
	 * @see #setTargetGroup(TargetGroup)
	 * @see nl.regie.model.RegiePackage#getSignal_TargetGroup()
	 * @model
	 * @generated
	 */
	TargetGroup getTargetGroup();

	/**
	 * Sets the value of the '{@link nl.regie.model.Signal#getTargetGroup <em>Target Group</em>}' reference.
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
	 * Where it was seen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Setting</em>' reference.
	 * @see #setSetting(Setting)
	 * @see nl.regie.model.RegiePackage#getSignal_Setting()
	 * @model
	 * @generated
	 */
	Setting getSetting();

	/**
	 * Sets the value of the '{@link nl.regie.model.Signal#getSetting <em>Setting</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Setting</em>' reference.
	 * @see #getSetting()
	 * @generated
	 */
	void setSetting(Setting value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The neighbourhood, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' reference.
	 * @see #setArea(Area)
	 * @see nl.regie.model.RegiePackage#getSignal_Area()
	 * @model
	 * @generated
	 */
	Area getArea();

	/**
	 * Sets the value of the '{@link nl.regie.model.Signal#getArea <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' reference.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(Area value);

	/**
	 * Returns the value of the '<em><b>Concern</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.ConcernLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How worrying the signal is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concern</em>' attribute.
	 * @see nl.regie.model.ConcernLevel
	 * @see #setConcern(ConcernLevel)
	 * @see nl.regie.model.RegiePackage#getSignal_Concern()
	 * @model
	 * @generated
	 */
	ConcernLevel getConcern();

	/**
	 * Sets the value of the '{@link nl.regie.model.Signal#getConcern <em>Concern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concern</em>' attribute.
	 * @see nl.regie.model.ConcernLevel
	 * @see #getConcern()
	 * @generated
	 */
	void setConcern(ConcernLevel value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.Confidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Suspected or confirmed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see nl.regie.model.Confidence
	 * @see #setConfidence(Confidence)
	 * @see nl.regie.model.RegiePackage#getSignal_Confidence()
	 * @model
	 * @generated
	 */
	Confidence getConfidence();

	/**
	 * Sets the value of the '{@link nl.regie.model.Signal#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see nl.regie.model.Confidence
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(Confidence value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.SignalStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the signal stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see nl.regie.model.SignalStatus
	 * @see #setStatus(SignalStatus)
	 * @see nl.regie.model.RegiePackage#getSignal_Status()
	 * @model
	 * @generated
	 */
	SignalStatus getStatus();

	/**
	 * Sets the value of the '{@link nl.regie.model.Signal#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see nl.regie.model.SignalStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(SignalStatus value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was seen, without personal data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.regie.model.RegiePackage#getSignal_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.regie.model.Signal#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Retraction Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the signal was retracted, when its status is RETRACTED.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retraction Reason</em>' attribute.
	 * @see #setRetractionReason(String)
	 * @see nl.regie.model.RegiePackage#getSignal_RetractionReason()
	 * @model
	 * @generated
	 */
	String getRetractionReason();

	/**
	 * Sets the value of the '{@link nl.regie.model.Signal#getRetractionReason <em>Retraction Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retraction Reason</em>' attribute.
	 * @see #getRetractionReason()
	 * @generated
	 */
	void setRetractionReason(String value);

} // Signal
