/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Involvement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A partner involved in an action, with its role.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Involvement#getPartner <em>Partner</em>}</li>
 *   <li>{@link nl.regie.model.Involvement#getRole <em>Role</em>}</li>
 *   <li>{@link nl.regie.model.Involvement#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getInvolvement()
 * @model
 * @generated
 */
public interface Involvement extends RegieObject
{
	/**
	 * Returns the value of the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The involved partner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partner</em>' reference.
	 * @see #setPartner(Partner)
	 * @see nl.regie.model.RegiePackage#getInvolvement_Partner()
	 * @model
	 * @generated
	 */
	Partner getPartner();

	/**
	 * Sets the value of the '{@link nl.regie.model.Involvement#getPartner <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner</em>' reference.
	 * @see #getPartner()
	 * @generated
	 */
	void setPartner(Partner value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.PartnerRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role it plays.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see nl.regie.model.PartnerRole
	 * @see #setRole(PartnerRole)
	 * @see nl.regie.model.RegiePackage#getInvolvement_Role()
	 * @model
	 * @generated
	 */
	PartnerRole getRole();

	/**
	 * Sets the value of the '{@link nl.regie.model.Involvement#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see nl.regie.model.PartnerRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(PartnerRole value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the partner contributes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.regie.model.RegiePackage#getInvolvement_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.regie.model.Involvement#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Involvement
