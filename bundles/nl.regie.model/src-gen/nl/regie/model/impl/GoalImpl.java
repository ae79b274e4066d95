/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model.impl;

import java.util.Collection;

import nl.regie.model.Domain;
import nl.regie.model.Goal;
import nl.regie.model.Indicator;
import nl.regie.model.Pillar;
import nl.regie.model.RegiePackage;
import nl.regie.model.TargetGroup;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.impl.GoalImpl#getStatement <em>Statement</em>}</li>
 *   <li>{@link nl.regie.model.impl.GoalImpl#getPillars <em>Pillars</em>}</li>
 *   <li>{@link nl.regie.model.impl.GoalImpl#getDomains <em>Domains</em>}</li>
 *   <li>{@link nl.regie.model.impl.GoalImpl#getTargetGroup <em>Target Group</em>}</li>
 *   <li>{@link nl.regie.model.impl.GoalImpl#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GoalImpl extends RegieObjectImpl implements Goal
{
	/**
	 * The default value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected static final String STATEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected String statement = STATEMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPillars() <em>Pillars</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPillars()
	 * @generated
	 * @ordered
	 */
	protected EList<Pillar> pillars;

	/**
	 * The cached value of the '{@link #getDomains() <em>Domains</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<Domain> domains;

	/**
	 * The cached value of the '{@link #getTargetGroup() <em>Target Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetGroup()
	 * @generated
	 * @ordered
	 */
	protected TargetGroup targetGroup;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GoalImpl()
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
		return RegiePackage.Literals.GOAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatement()
	{
		return statement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatement(String newStatement)
	{
		String oldStatement = statement;
		statement = newStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.GOAL__STATEMENT, oldStatement, statement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Pillar> getPillars()
	{
		if (pillars == null)
		{
			pillars = new EDataTypeUniqueEList<Pillar>(Pillar.class, this, RegiePackage.GOAL__PILLARS);
		}
		return pillars;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Domain> getDomains()
	{
		if (domains == null)
		{
			domains = new EDataTypeUniqueEList<Domain>(Domain.class, this, RegiePackage.GOAL__DOMAINS);
		}
		return domains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetGroup getTargetGroup()
	{
		if (targetGroup != null && targetGroup.eIsProxy())
		{
			InternalEObject oldTargetGroup = (InternalEObject)targetGroup;
			targetGroup = (TargetGroup)eResolveProxy(oldTargetGroup);
			if (targetGroup != oldTargetGroup)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegiePackage.GOAL__TARGET_GROUP, oldTargetGroup, targetGroup));
			}
		}
		return targetGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TargetGroup basicGetTargetGroup()
	{
		return targetGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetGroup(TargetGroup newTargetGroup)
	{
		TargetGroup oldTargetGroup = targetGroup;
		targetGroup = newTargetGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.GOAL__TARGET_GROUP, oldTargetGroup, targetGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators()
	{
		if (indicators == null)
		{
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, RegiePackage.GOAL__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case RegiePackage.GOAL__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case RegiePackage.GOAL__STATEMENT:
				return getStatement();
			case RegiePackage.GOAL__PILLARS:
				return getPillars();
			case RegiePackage.GOAL__DOMAINS:
				return getDomains();
			case RegiePackage.GOAL__TARGET_GROUP:
				if (resolve) return getTargetGroup();
				return basicGetTargetGroup();
			case RegiePackage.GOAL__INDICATORS:
				return getIndicators();
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
			case RegiePackage.GOAL__STATEMENT:
				setStatement((String)newValue);
				return;
			case RegiePackage.GOAL__PILLARS:
				getPillars().clear();
				getPillars().addAll((Collection<? extends Pillar>)newValue);
				return;
			case RegiePackage.GOAL__DOMAINS:
				getDomains().clear();
				getDomains().addAll((Collection<? extends Domain>)newValue);
				return;
			case RegiePackage.GOAL__TARGET_GROUP:
				setTargetGroup((TargetGroup)newValue);
				return;
			case RegiePackage.GOAL__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
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
			case RegiePackage.GOAL__STATEMENT:
				setStatement(STATEMENT_EDEFAULT);
				return;
			case RegiePackage.GOAL__PILLARS:
				getPillars().clear();
				return;
			case RegiePackage.GOAL__DOMAINS:
				getDomains().clear();
				return;
			case RegiePackage.GOAL__TARGET_GROUP:
				setTargetGroup((TargetGroup)null);
				return;
			case RegiePackage.GOAL__INDICATORS:
				getIndicators().clear();
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
			case RegiePackage.GOAL__STATEMENT:
				return STATEMENT_EDEFAULT == null ? statement != null : !STATEMENT_EDEFAULT.equals(statement);
			case RegiePackage.GOAL__PILLARS:
				return pillars != null && !pillars.isEmpty();
			case RegiePackage.GOAL__DOMAINS:
				return domains != null && !domains.isEmpty();
			case RegiePackage.GOAL__TARGET_GROUP:
				return targetGroup != null;
			case RegiePackage.GOAL__INDICATORS:
				return indicators != null && !indicators.isEmpty();
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
		result.append(" (statement: ");
		result.append(statement);
		result.append(", pillars: ");
		result.append(pillars);
		result.append(", domains: ");
		result.append(domains);
		result.append(')');
		return result.toString();
	}

} //GoalImpl
