/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model.impl;

import java.util.Collection;

import nl.regie.model.Area;
import nl.regie.model.Intervention;
import nl.regie.model.Municipality;
import nl.regie.model.Partner;
import nl.regie.model.Policy;
import nl.regie.model.RegiePackage;
import nl.regie.model.RoundTable;
import nl.regie.model.Setting;
import nl.regie.model.Signal;
import nl.regie.model.Substance;
import nl.regie.model.TargetGroup;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Municipality</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.impl.MunicipalityImpl#getCbsCode <em>Cbs Code</em>}</li>
 *   <li>{@link nl.regie.model.impl.MunicipalityImpl#getPolicies <em>Policies</em>}</li>
 *   <li>{@link nl.regie.model.impl.MunicipalityImpl#getPartners <em>Partners</em>}</li>
 *   <li>{@link nl.regie.model.impl.MunicipalityImpl#getAreas <em>Areas</em>}</li>
 *   <li>{@link nl.regie.model.impl.MunicipalityImpl#getSubstances <em>Substances</em>}</li>
 *   <li>{@link nl.regie.model.impl.MunicipalityImpl#getTargetGroups <em>Target Groups</em>}</li>
 *   <li>{@link nl.regie.model.impl.MunicipalityImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link nl.regie.model.impl.MunicipalityImpl#getSignals <em>Signals</em>}</li>
 *   <li>{@link nl.regie.model.impl.MunicipalityImpl#getInterventions <em>Interventions</em>}</li>
 *   <li>{@link nl.regie.model.impl.MunicipalityImpl#getRoundTables <em>Round Tables</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MunicipalityImpl extends NamedElementImpl implements Municipality
{
	/**
	 * The default value of the '{@link #getCbsCode() <em>Cbs Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCbsCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CBS_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCbsCode() <em>Cbs Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCbsCode()
	 * @generated
	 * @ordered
	 */
	protected String cbsCode = CBS_CODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPolicies() <em>Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<Policy> policies;

	/**
	 * The cached value of the '{@link #getPartners() <em>Partners</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartners()
	 * @generated
	 * @ordered
	 */
	protected EList<Partner> partners;

	/**
	 * The cached value of the '{@link #getAreas() <em>Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<Area> areas;

	/**
	 * The cached value of the '{@link #getSubstances() <em>Substances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstances()
	 * @generated
	 * @ordered
	 */
	protected EList<Substance> substances;

	/**
	 * The cached value of the '{@link #getTargetGroups() <em>Target Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<TargetGroup> targetGroups;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected EList<Setting> settings;

	/**
	 * The cached value of the '{@link #getSignals() <em>Signals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignals()
	 * @generated
	 * @ordered
	 */
	protected EList<Signal> signals;

	/**
	 * The cached value of the '{@link #getInterventions() <em>Interventions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterventions()
	 * @generated
	 * @ordered
	 */
	protected EList<Intervention> interventions;

	/**
	 * The cached value of the '{@link #getRoundTables() <em>Round Tables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoundTables()
	 * @generated
	 * @ordered
	 */
	protected EList<RoundTable> roundTables;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MunicipalityImpl()
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
		return RegiePackage.Literals.MUNICIPALITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCbsCode()
	{
		return cbsCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCbsCode(String newCbsCode)
	{
		String oldCbsCode = cbsCode;
		cbsCode = newCbsCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.MUNICIPALITY__CBS_CODE, oldCbsCode, cbsCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Policy> getPolicies()
	{
		if (policies == null)
		{
			policies = new EObjectContainmentEList<Policy>(Policy.class, this, RegiePackage.MUNICIPALITY__POLICIES);
		}
		return policies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Partner> getPartners()
	{
		if (partners == null)
		{
			partners = new EObjectContainmentEList<Partner>(Partner.class, this, RegiePackage.MUNICIPALITY__PARTNERS);
		}
		return partners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Area> getAreas()
	{
		if (areas == null)
		{
			areas = new EObjectContainmentEList<Area>(Area.class, this, RegiePackage.MUNICIPALITY__AREAS);
		}
		return areas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Substance> getSubstances()
	{
		if (substances == null)
		{
			substances = new EObjectContainmentEList<Substance>(Substance.class, this, RegiePackage.MUNICIPALITY__SUBSTANCES);
		}
		return substances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TargetGroup> getTargetGroups()
	{
		if (targetGroups == null)
		{
			targetGroups = new EObjectContainmentEList<TargetGroup>(TargetGroup.class, this, RegiePackage.MUNICIPALITY__TARGET_GROUPS);
		}
		return targetGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Setting> getSettings()
	{
		if (settings == null)
		{
			settings = new EObjectContainmentEList<Setting>(Setting.class, this, RegiePackage.MUNICIPALITY__SETTINGS);
		}
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Signal> getSignals()
	{
		if (signals == null)
		{
			signals = new EObjectContainmentEList<Signal>(Signal.class, this, RegiePackage.MUNICIPALITY__SIGNALS);
		}
		return signals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Intervention> getInterventions()
	{
		if (interventions == null)
		{
			interventions = new EObjectContainmentEList<Intervention>(Intervention.class, this, RegiePackage.MUNICIPALITY__INTERVENTIONS);
		}
		return interventions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoundTable> getRoundTables()
	{
		if (roundTables == null)
		{
			roundTables = new EObjectContainmentEList<RoundTable>(RoundTable.class, this, RegiePackage.MUNICIPALITY__ROUND_TABLES);
		}
		return roundTables;
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
			case RegiePackage.MUNICIPALITY__POLICIES:
				return ((InternalEList<?>)getPolicies()).basicRemove(otherEnd, msgs);
			case RegiePackage.MUNICIPALITY__PARTNERS:
				return ((InternalEList<?>)getPartners()).basicRemove(otherEnd, msgs);
			case RegiePackage.MUNICIPALITY__AREAS:
				return ((InternalEList<?>)getAreas()).basicRemove(otherEnd, msgs);
			case RegiePackage.MUNICIPALITY__SUBSTANCES:
				return ((InternalEList<?>)getSubstances()).basicRemove(otherEnd, msgs);
			case RegiePackage.MUNICIPALITY__TARGET_GROUPS:
				return ((InternalEList<?>)getTargetGroups()).basicRemove(otherEnd, msgs);
			case RegiePackage.MUNICIPALITY__SETTINGS:
				return ((InternalEList<?>)getSettings()).basicRemove(otherEnd, msgs);
			case RegiePackage.MUNICIPALITY__SIGNALS:
				return ((InternalEList<?>)getSignals()).basicRemove(otherEnd, msgs);
			case RegiePackage.MUNICIPALITY__INTERVENTIONS:
				return ((InternalEList<?>)getInterventions()).basicRemove(otherEnd, msgs);
			case RegiePackage.MUNICIPALITY__ROUND_TABLES:
				return ((InternalEList<?>)getRoundTables()).basicRemove(otherEnd, msgs);
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
			case RegiePackage.MUNICIPALITY__CBS_CODE:
				return getCbsCode();
			case RegiePackage.MUNICIPALITY__POLICIES:
				return getPolicies();
			case RegiePackage.MUNICIPALITY__PARTNERS:
				return getPartners();
			case RegiePackage.MUNICIPALITY__AREAS:
				return getAreas();
			case RegiePackage.MUNICIPALITY__SUBSTANCES:
				return getSubstances();
			case RegiePackage.MUNICIPALITY__TARGET_GROUPS:
				return getTargetGroups();
			case RegiePackage.MUNICIPALITY__SETTINGS:
				return getSettings();
			case RegiePackage.MUNICIPALITY__SIGNALS:
				return getSignals();
			case RegiePackage.MUNICIPALITY__INTERVENTIONS:
				return getInterventions();
			case RegiePackage.MUNICIPALITY__ROUND_TABLES:
				return getRoundTables();
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
			case RegiePackage.MUNICIPALITY__CBS_CODE:
				setCbsCode((String)newValue);
				return;
			case RegiePackage.MUNICIPALITY__POLICIES:
				getPolicies().clear();
				getPolicies().addAll((Collection<? extends Policy>)newValue);
				return;
			case RegiePackage.MUNICIPALITY__PARTNERS:
				getPartners().clear();
				getPartners().addAll((Collection<? extends Partner>)newValue);
				return;
			case RegiePackage.MUNICIPALITY__AREAS:
				getAreas().clear();
				getAreas().addAll((Collection<? extends Area>)newValue);
				return;
			case RegiePackage.MUNICIPALITY__SUBSTANCES:
				getSubstances().clear();
				getSubstances().addAll((Collection<? extends Substance>)newValue);
				return;
			case RegiePackage.MUNICIPALITY__TARGET_GROUPS:
				getTargetGroups().clear();
				getTargetGroups().addAll((Collection<? extends TargetGroup>)newValue);
				return;
			case RegiePackage.MUNICIPALITY__SETTINGS:
				getSettings().clear();
				getSettings().addAll((Collection<? extends Setting>)newValue);
				return;
			case RegiePackage.MUNICIPALITY__SIGNALS:
				getSignals().clear();
				getSignals().addAll((Collection<? extends Signal>)newValue);
				return;
			case RegiePackage.MUNICIPALITY__INTERVENTIONS:
				getInterventions().clear();
				getInterventions().addAll((Collection<? extends Intervention>)newValue);
				return;
			case RegiePackage.MUNICIPALITY__ROUND_TABLES:
				getRoundTables().clear();
				getRoundTables().addAll((Collection<? extends RoundTable>)newValue);
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
			case RegiePackage.MUNICIPALITY__CBS_CODE:
				setCbsCode(CBS_CODE_EDEFAULT);
				return;
			case RegiePackage.MUNICIPALITY__POLICIES:
				getPolicies().clear();
				return;
			case RegiePackage.MUNICIPALITY__PARTNERS:
				getPartners().clear();
				return;
			case RegiePackage.MUNICIPALITY__AREAS:
				getAreas().clear();
				return;
			case RegiePackage.MUNICIPALITY__SUBSTANCES:
				getSubstances().clear();
				return;
			case RegiePackage.MUNICIPALITY__TARGET_GROUPS:
				getTargetGroups().clear();
				return;
			case RegiePackage.MUNICIPALITY__SETTINGS:
				getSettings().clear();
				return;
			case RegiePackage.MUNICIPALITY__SIGNALS:
				getSignals().clear();
				return;
			case RegiePackage.MUNICIPALITY__INTERVENTIONS:
				getInterventions().clear();
				return;
			case RegiePackage.MUNICIPALITY__ROUND_TABLES:
				getRoundTables().clear();
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
			case RegiePackage.MUNICIPALITY__CBS_CODE:
				return CBS_CODE_EDEFAULT == null ? cbsCode != null : !CBS_CODE_EDEFAULT.equals(cbsCode);
			case RegiePackage.MUNICIPALITY__POLICIES:
				return policies != null && !policies.isEmpty();
			case RegiePackage.MUNICIPALITY__PARTNERS:
				return partners != null && !partners.isEmpty();
			case RegiePackage.MUNICIPALITY__AREAS:
				return areas != null && !areas.isEmpty();
			case RegiePackage.MUNICIPALITY__SUBSTANCES:
				return substances != null && !substances.isEmpty();
			case RegiePackage.MUNICIPALITY__TARGET_GROUPS:
				return targetGroups != null && !targetGroups.isEmpty();
			case RegiePackage.MUNICIPALITY__SETTINGS:
				return settings != null && !settings.isEmpty();
			case RegiePackage.MUNICIPALITY__SIGNALS:
				return signals != null && !signals.isEmpty();
			case RegiePackage.MUNICIPALITY__INTERVENTIONS:
				return interventions != null && !interventions.isEmpty();
			case RegiePackage.MUNICIPALITY__ROUND_TABLES:
				return roundTables != null && !roundTables.isEmpty();
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
		result.append(" (cbsCode: ");
		result.append(cbsCode);
		result.append(')');
		return result.toString();
	}

} //MunicipalityImpl
