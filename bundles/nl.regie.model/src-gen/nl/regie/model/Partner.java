/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partner</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A field partner (veldpartij): an organisation, never a person.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Partner#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.regie.model.Partner#getDomain <em>Domain</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getPartner()
 * @model
 * @generated
 */
public interface Partner extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"OTHER"</code>.
	 * The literals are from the enumeration {@link nl.regie.model.PartnerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of organisation it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see nl.regie.model.PartnerKind
	 * @see #setKind(PartnerKind)
	 * @see nl.regie.model.RegiePackage#getPartner_Kind()
	 * @model default="OTHER"
	 * @generated
	 */
	PartnerKind getKind();

	/**
	 * Sets the value of the '{@link nl.regie.model.Partner#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see nl.regie.model.PartnerKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PartnerKind value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.Domain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policy domain the partner mostly works in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see nl.regie.model.Domain
	 * @see #isSetDomain()
	 * @see #unsetDomain()
	 * @see #setDomain(Domain)
	 * @see nl.regie.model.RegiePackage#getPartner_Domain()
	 * @model unsettable="true"
	 * @generated
	 */
	Domain getDomain();

	/**
	 * Sets the value of the '{@link nl.regie.model.Partner#getDomain <em>Domain</em>}' attribute.
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
	 * Unsets the value of the '{@link nl.regie.model.Partner#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDomain()
	 * @see #getDomain()
	 * @see #setDomain(Domain)
	 * @generated
	 */
	void unsetDomain();

	/**
	 * Returns whether the value of the '{@link nl.regie.model.Partner#getDomain <em>Domain</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Domain</em>' attribute is set.
	 * @see #unsetDomain()
	 * @see #getDomain()
	 * @see #setDomain(Domain)
	 * @generated
	 */
	boolean isSetDomain();

} // Partner
