/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model.impl;

import nl.regie.model.RegiePackage;
import nl.regie.model.TargetGroup;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Target Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.impl.TargetGroupImpl#getMinimumAge <em>Minimum Age</em>}</li>
 *   <li>{@link nl.regie.model.impl.TargetGroupImpl#getMaximumAge <em>Maximum Age</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TargetGroupImpl extends NamedElementImpl implements TargetGroup
{
	/**
	 * The default value of the '{@link #getMinimumAge() <em>Minimum Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumAge()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MINIMUM_AGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinimumAge() <em>Minimum Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumAge()
	 * @generated
	 * @ordered
	 */
	protected Integer minimumAge = MINIMUM_AGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaximumAge() <em>Maximum Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumAge()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAXIMUM_AGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaximumAge() <em>Maximum Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumAge()
	 * @generated
	 * @ordered
	 */
	protected Integer maximumAge = MAXIMUM_AGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TargetGroupImpl()
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
		return RegiePackage.Literals.TARGET_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMinimumAge()
	{
		return minimumAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumAge(Integer newMinimumAge)
	{
		Integer oldMinimumAge = minimumAge;
		minimumAge = newMinimumAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.TARGET_GROUP__MINIMUM_AGE, oldMinimumAge, minimumAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaximumAge()
	{
		return maximumAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximumAge(Integer newMaximumAge)
	{
		Integer oldMaximumAge = maximumAge;
		maximumAge = newMaximumAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.TARGET_GROUP__MAXIMUM_AGE, oldMaximumAge, maximumAge));
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
			case RegiePackage.TARGET_GROUP__MINIMUM_AGE:
				return getMinimumAge();
			case RegiePackage.TARGET_GROUP__MAXIMUM_AGE:
				return getMaximumAge();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case RegiePackage.TARGET_GROUP__MINIMUM_AGE:
				setMinimumAge((Integer)newValue);
				return;
			case RegiePackage.TARGET_GROUP__MAXIMUM_AGE:
				setMaximumAge((Integer)newValue);
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
			case RegiePackage.TARGET_GROUP__MINIMUM_AGE:
				setMinimumAge(MINIMUM_AGE_EDEFAULT);
				return;
			case RegiePackage.TARGET_GROUP__MAXIMUM_AGE:
				setMaximumAge(MAXIMUM_AGE_EDEFAULT);
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
			case RegiePackage.TARGET_GROUP__MINIMUM_AGE:
				return MINIMUM_AGE_EDEFAULT == null ? minimumAge != null : !MINIMUM_AGE_EDEFAULT.equals(minimumAge);
			case RegiePackage.TARGET_GROUP__MAXIMUM_AGE:
				return MAXIMUM_AGE_EDEFAULT == null ? maximumAge != null : !MAXIMUM_AGE_EDEFAULT.equals(maximumAge);
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
		result.append(" (minimumAge: ");
		result.append(minimumAge);
		result.append(", maximumAge: ");
		result.append(maximumAge);
		result.append(')');
		return result.toString();
	}

} //TargetGroupImpl
