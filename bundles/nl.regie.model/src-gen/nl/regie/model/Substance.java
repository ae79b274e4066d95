/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Substance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A substance (middel) the municipality follows.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Substance#getAliases <em>Aliases</em>}</li>
 *   <li>{@link nl.regie.model.Substance#isNewPsychoactive <em>New Psychoactive</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getSubstance()
 * @model
 * @generated
 */
public interface Substance extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other names under which the substance is reported, e.g. street names.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see nl.regie.model.RegiePackage#getSubstance_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>New Psychoactive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for new psychoactive substances (NPS) such as 3-MMC, which need specific knowledge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Psychoactive</em>' attribute.
	 * @see #setNewPsychoactive(boolean)
	 * @see nl.regie.model.RegiePackage#getSubstance_NewPsychoactive()
	 * @model
	 * @generated
	 */
	boolean isNewPsychoactive();

	/**
	 * Sets the value of the '{@link nl.regie.model.Substance#isNewPsychoactive <em>New Psychoactive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Psychoactive</em>' attribute.
	 * @see #isNewPsychoactive()
	 * @generated
	 */
	void setNewPsychoactive(boolean value);

} // Substance
