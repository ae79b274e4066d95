/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agreement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An agreement (afspraak) between partners, e.g. how police, security and owners deal with dealers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Agreement#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.regie.model.Agreement#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.regie.model.Agreement#getPartners <em>Partners</em>}</li>
 *   <li>{@link nl.regie.model.Agreement#getAgreedOn <em>Agreed On</em>}</li>
 *   <li>{@link nl.regie.model.Agreement#getReviewOn <em>Review On</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getAgreement()
 * @model
 * @generated
 */
public interface Agreement extends RegieObject
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is agreed, in short.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.regie.model.RegiePackage#getAgreement_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.regie.model.Agreement#getTitle <em>Title</em>}' attribute.
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
	 * The agreement in full.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.regie.model.RegiePackage#getAgreement_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.regie.model.Agreement#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Partners</b></em>' reference list.
	 * The list contents are of type {@link nl.regie.model.Partner}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partners that agreed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partners</em>' reference list.
	 * @see nl.regie.model.RegiePackage#getAgreement_Partners()
	 * @model
	 * @generated
	 */
	EList<Partner> getPartners();

	/**
	 * Returns the value of the '<em><b>Agreed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was agreed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agreed On</em>' attribute.
	 * @see #setAgreedOn(LocalDate)
	 * @see nl.regie.model.RegiePackage#getAgreement_AgreedOn()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getAgreedOn();

	/**
	 * Sets the value of the '{@link nl.regie.model.Agreement#getAgreedOn <em>Agreed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agreed On</em>' attribute.
	 * @see #getAgreedOn()
	 * @generated
	 */
	void setAgreedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Review On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it will be reviewed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review On</em>' attribute.
	 * @see #setReviewOn(LocalDate)
	 * @see nl.regie.model.RegiePackage#getAgreement_ReviewOn()
	 * @model dataType="nl.regie.model.LocalDate"
	 * @generated
	 */
	LocalDate getReviewOn();

	/**
	 * Sets the value of the '{@link nl.regie.model.Agreement#getReviewOn <em>Review On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review On</em>' attribute.
	 * @see #getReviewOn()
	 * @generated
	 */
	void setReviewOn(LocalDate value);

} // Agreement
