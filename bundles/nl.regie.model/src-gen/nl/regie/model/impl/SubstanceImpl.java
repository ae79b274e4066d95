/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model.impl;

import java.util.Collection;

import nl.regie.model.RegiePackage;
import nl.regie.model.Substance;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Substance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.impl.SubstanceImpl#getAliases <em>Aliases</em>}</li>
 *   <li>{@link nl.regie.model.impl.SubstanceImpl#isNewPsychoactive <em>New Psychoactive</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubstanceImpl extends NamedElementImpl implements Substance
{
	/**
	 * The cached value of the '{@link #getAliases() <em>Aliases</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAliases()
	 * @generated
	 * @ordered
	 */
	protected EList<String> aliases;

	/**
	 * The default value of the '{@link #isNewPsychoactive() <em>New Psychoactive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNewPsychoactive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NEW_PSYCHOACTIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNewPsychoactive() <em>New Psychoactive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNewPsychoactive()
	 * @generated
	 * @ordered
	 */
	protected boolean newPsychoactive = NEW_PSYCHOACTIVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubstanceImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return RegiePackage.Literals.SUBSTANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAliases()
	{
		if (aliases == null)
		{
			aliases = new EDataTypeUniqueEList<String>(String.class, this, RegiePackage.SUBSTANCE__ALIASES);
		}
		return aliases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNewPsychoactive()
	{
		return newPsychoactive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewPsychoactive(boolean newNewPsychoactive)
	{
		boolean oldNewPsychoactive = newPsychoactive;
		newPsychoactive = newNewPsychoactive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.SUBSTANCE__NEW_PSYCHOACTIVE, oldNewPsychoactive, newPsychoactive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case RegiePackage.SUBSTANCE__ALIASES:
				return getAliases();
			case RegiePackage.SUBSTANCE__NEW_PSYCHOACTIVE:
				return isNewPsychoactive();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case RegiePackage.SUBSTANCE__ALIASES:
				getAliases().clear();
				getAliases().addAll((Collection<? extends String>)newValue);
				return;
			case RegiePackage.SUBSTANCE__NEW_PSYCHOACTIVE:
				setNewPsychoactive((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case RegiePackage.SUBSTANCE__ALIASES:
				getAliases().clear();
				return;
			case RegiePackage.SUBSTANCE__NEW_PSYCHOACTIVE:
				setNewPsychoactive(NEW_PSYCHOACTIVE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case RegiePackage.SUBSTANCE__ALIASES:
				return aliases != null && !aliases.isEmpty();
			case RegiePackage.SUBSTANCE__NEW_PSYCHOACTIVE:
				return newPsychoactive != NEW_PSYCHOACTIVE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (aliases: ");
		result.append(aliases);
		result.append(", newPsychoactive: ");
		result.append(newPsychoactive);
		result.append(')');
		return result.toString();
	}

} //SubstanceImpl
