/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Setting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A concrete setting in the municipality, such as the nightlife district or the secondary schools.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Setting#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getSetting()
 * @model
 * @generated
 */
public interface Setting extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.SettingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of setting it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see nl.regie.model.SettingKind
	 * @see #setKind(SettingKind)
	 * @see nl.regie.model.RegiePackage#getSetting_Kind()
	 * @model
	 * @generated
	 */
	SettingKind getKind();

	/**
	 * Sets the value of the '{@link nl.regie.model.Setting#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see nl.regie.model.SettingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SettingKind value);

} // Setting
