/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Concern</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A concern a partner raised at a round table, or the knowledge or skills it says it lacks.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Concern#getPartner <em>Partner</em>}</li>
 *   <li>{@link nl.regie.model.Concern#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.regie.model.Concern#getText <em>Text</em>}</li>
 *   <li>{@link nl.regie.model.Concern#getAnsweredBy <em>Answered By</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getConcern()
 * @model
 * @generated
 */
public interface Concern extends RegieObject
{
	/**
	 * Returns the value of the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partner that raised it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partner</em>' reference.
	 * @see #setPartner(Partner)
	 * @see nl.regie.model.RegiePackage#getConcern_Partner()
	 * @model
	 * @generated
	 */
	Partner getPartner();

	/**
	 * Sets the value of the '{@link nl.regie.model.Concern#getPartner <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner</em>' reference.
	 * @see #getPartner()
	 * @generated
	 */
	void setPartner(Partner value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.ConcernKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A worry, a knowledge gap or a skills gap.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see nl.regie.model.ConcernKind
	 * @see #setKind(ConcernKind)
	 * @see nl.regie.model.RegiePackage#getConcern_Kind()
	 * @model
	 * @generated
	 */
	ConcernKind getKind();

	/**
	 * Sets the value of the '{@link nl.regie.model.Concern#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see nl.regie.model.ConcernKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ConcernKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The concern in the partner's words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see nl.regie.model.RegiePackage#getConcern_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link nl.regie.model.Concern#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Answered By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The action that answers it, once there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answered By</em>' reference.
	 * @see #setAnsweredBy(Action)
	 * @see nl.regie.model.RegiePackage#getConcern_AnsweredBy()
	 * @model
	 * @generated
	 */
	Action getAnsweredBy();

	/**
	 * Sets the value of the '{@link nl.regie.model.Concern#getAnsweredBy <em>Answered By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answered By</em>' reference.
	 * @see #getAnsweredBy()
	 * @generated
	 */
	void setAnsweredBy(Action value);

} // Concern
