/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Track</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One track (spoor) of a multi-track plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.Track#getOwner <em>Owner</em>}</li>
 *   <li>{@link nl.regie.model.Track#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getTrack()
 * @model
 * @generated
 */
public interface Track extends NamedElement
{
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The partner that leads the track (trekker).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Partner)
	 * @see nl.regie.model.RegiePackage#getTrack_Owner()
	 * @model
	 * @generated
	 */
	Partner getOwner();

	/**
	 * Sets the value of the '{@link nl.regie.model.Track#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Partner value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link nl.regie.model.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actions in this track.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see nl.regie.model.RegiePackage#getTrack_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Action> getActions();

} // Track
