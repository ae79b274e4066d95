/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import nl.regie.model.Area;
import nl.regie.model.ConcernLevel;
import nl.regie.model.Confidence;
import nl.regie.model.Partner;
import nl.regie.model.RegiePackage;
import nl.regie.model.Setting;
import nl.regie.model.Signal;
import nl.regie.model.SignalStatus;
import nl.regie.model.Substance;
import nl.regie.model.TargetGroup;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Signal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.impl.SignalImpl#getObservedOn <em>Observed On</em>}</li>
 *   <li>{@link nl.regie.model.impl.SignalImpl#getReportedOn <em>Reported On</em>}</li>
 *   <li>{@link nl.regie.model.impl.SignalImpl#getSource <em>Source</em>}</li>
 *   <li>{@link nl.regie.model.impl.SignalImpl#getSubstances <em>Substances</em>}</li>
 *   <li>{@link nl.regie.model.impl.SignalImpl#getTargetGroup <em>Target Group</em>}</li>
 *   <li>{@link nl.regie.model.impl.SignalImpl#getSetting <em>Setting</em>}</li>
 *   <li>{@link nl.regie.model.impl.SignalImpl#getArea <em>Area</em>}</li>
 *   <li>{@link nl.regie.model.impl.SignalImpl#getConcern <em>Concern</em>}</li>
 *   <li>{@link nl.regie.model.impl.SignalImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link nl.regie.model.impl.SignalImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.regie.model.impl.SignalImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.regie.model.impl.SignalImpl#getRetractionReason <em>Retraction Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SignalImpl extends RegieObjectImpl implements Signal
{
	/**
	 * The default value of the '{@link #getObservedOn() <em>Observed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate OBSERVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObservedOn() <em>Observed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate observedOn = OBSERVED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportedOn() <em>Reported On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REPORTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportedOn() <em>Reported On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate reportedOn = REPORTED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Partner source;

	/**
	 * The cached value of the '{@link #getSubstances() <em>Substances</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstances()
	 * @generated
	 * @ordered
	 */
	protected EList<Substance> substances;

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
	 * The cached value of the '{@link #getSetting() <em>Setting</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetting()
	 * @generated
	 * @ordered
	 */
	protected Setting setting;

	/**
	 * The cached value of the '{@link #getArea() <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected Area area;

	/**
	 * The default value of the '{@link #getConcern() <em>Concern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcern()
	 * @generated
	 * @ordered
	 */
	protected static final ConcernLevel CONCERN_EDEFAULT = ConcernLevel.LOW;

	/**
	 * The cached value of the '{@link #getConcern() <em>Concern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcern()
	 * @generated
	 * @ordered
	 */
	protected ConcernLevel concern = CONCERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final Confidence CONFIDENCE_EDEFAULT = Confidence.SUSPECTED;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected Confidence confidence = CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final SignalStatus STATUS_EDEFAULT = SignalStatus.NEW;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected SignalStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetractionReason() <em>Retraction Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetractionReason()
	 * @generated
	 * @ordered
	 */
	protected static final String RETRACTION_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRetractionReason() <em>Retraction Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetractionReason()
	 * @generated
	 * @ordered
	 */
	protected String retractionReason = RETRACTION_REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignalImpl()
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
		return RegiePackage.Literals.SIGNAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getObservedOn()
	{
		return observedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservedOn(LocalDate newObservedOn)
	{
		LocalDate oldObservedOn = observedOn;
		observedOn = newObservedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.SIGNAL__OBSERVED_ON, oldObservedOn, observedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReportedOn()
	{
		return reportedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedOn(LocalDate newReportedOn)
	{
		LocalDate oldReportedOn = reportedOn;
		reportedOn = newReportedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.SIGNAL__REPORTED_ON, oldReportedOn, reportedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Partner getSource()
	{
		if (source != null && source.eIsProxy())
		{
			InternalEObject oldSource = (InternalEObject)source;
			source = (Partner)eResolveProxy(oldSource);
			if (source != oldSource)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegiePackage.SIGNAL__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Partner basicGetSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Partner newSource)
	{
		Partner oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.SIGNAL__SOURCE, oldSource, source));
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
			substances = new EObjectResolvingEList<Substance>(Substance.class, this, RegiePackage.SIGNAL__SUBSTANCES);
		}
		return substances;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegiePackage.SIGNAL__TARGET_GROUP, oldTargetGroup, targetGroup));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.SIGNAL__TARGET_GROUP, oldTargetGroup, targetGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Setting getSetting()
	{
		if (setting != null && setting.eIsProxy())
		{
			InternalEObject oldSetting = (InternalEObject)setting;
			setting = (Setting)eResolveProxy(oldSetting);
			if (setting != oldSetting)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegiePackage.SIGNAL__SETTING, oldSetting, setting));
			}
		}
		return setting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Setting basicGetSetting()
	{
		return setting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSetting(Setting newSetting)
	{
		Setting oldSetting = setting;
		setting = newSetting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.SIGNAL__SETTING, oldSetting, setting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Area getArea()
	{
		if (area != null && area.eIsProxy())
		{
			InternalEObject oldArea = (InternalEObject)area;
			area = (Area)eResolveProxy(oldArea);
			if (area != oldArea)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegiePackage.SIGNAL__AREA, oldArea, area));
			}
		}
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Area basicGetArea()
	{
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArea(Area newArea)
	{
		Area oldArea = area;
		area = newArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.SIGNAL__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConcernLevel getConcern()
	{
		return concern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConcern(ConcernLevel newConcern)
	{
		ConcernLevel oldConcern = concern;
		concern = newConcern == null ? CONCERN_EDEFAULT : newConcern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.SIGNAL__CONCERN, oldConcern, concern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Confidence getConfidence()
	{
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(Confidence newConfidence)
	{
		Confidence oldConfidence = confidence;
		confidence = newConfidence == null ? CONFIDENCE_EDEFAULT : newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.SIGNAL__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignalStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(SignalStatus newStatus)
	{
		SignalStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.SIGNAL__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription()
	{
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription)
	{
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.SIGNAL__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRetractionReason()
	{
		return retractionReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetractionReason(String newRetractionReason)
	{
		String oldRetractionReason = retractionReason;
		retractionReason = newRetractionReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.SIGNAL__RETRACTION_REASON, oldRetractionReason, retractionReason));
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
			case RegiePackage.SIGNAL__OBSERVED_ON:
				return getObservedOn();
			case RegiePackage.SIGNAL__REPORTED_ON:
				return getReportedOn();
			case RegiePackage.SIGNAL__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case RegiePackage.SIGNAL__SUBSTANCES:
				return getSubstances();
			case RegiePackage.SIGNAL__TARGET_GROUP:
				if (resolve) return getTargetGroup();
				return basicGetTargetGroup();
			case RegiePackage.SIGNAL__SETTING:
				if (resolve) return getSetting();
				return basicGetSetting();
			case RegiePackage.SIGNAL__AREA:
				if (resolve) return getArea();
				return basicGetArea();
			case RegiePackage.SIGNAL__CONCERN:
				return getConcern();
			case RegiePackage.SIGNAL__CONFIDENCE:
				return getConfidence();
			case RegiePackage.SIGNAL__STATUS:
				return getStatus();
			case RegiePackage.SIGNAL__DESCRIPTION:
				return getDescription();
			case RegiePackage.SIGNAL__RETRACTION_REASON:
				return getRetractionReason();
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
			case RegiePackage.SIGNAL__OBSERVED_ON:
				setObservedOn((LocalDate)newValue);
				return;
			case RegiePackage.SIGNAL__REPORTED_ON:
				setReportedOn((LocalDate)newValue);
				return;
			case RegiePackage.SIGNAL__SOURCE:
				setSource((Partner)newValue);
				return;
			case RegiePackage.SIGNAL__SUBSTANCES:
				getSubstances().clear();
				getSubstances().addAll((Collection<? extends Substance>)newValue);
				return;
			case RegiePackage.SIGNAL__TARGET_GROUP:
				setTargetGroup((TargetGroup)newValue);
				return;
			case RegiePackage.SIGNAL__SETTING:
				setSetting((Setting)newValue);
				return;
			case RegiePackage.SIGNAL__AREA:
				setArea((Area)newValue);
				return;
			case RegiePackage.SIGNAL__CONCERN:
				setConcern((ConcernLevel)newValue);
				return;
			case RegiePackage.SIGNAL__CONFIDENCE:
				setConfidence((Confidence)newValue);
				return;
			case RegiePackage.SIGNAL__STATUS:
				setStatus((SignalStatus)newValue);
				return;
			case RegiePackage.SIGNAL__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case RegiePackage.SIGNAL__RETRACTION_REASON:
				setRetractionReason((String)newValue);
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
			case RegiePackage.SIGNAL__OBSERVED_ON:
				setObservedOn(OBSERVED_ON_EDEFAULT);
				return;
			case RegiePackage.SIGNAL__REPORTED_ON:
				setReportedOn(REPORTED_ON_EDEFAULT);
				return;
			case RegiePackage.SIGNAL__SOURCE:
				setSource((Partner)null);
				return;
			case RegiePackage.SIGNAL__SUBSTANCES:
				getSubstances().clear();
				return;
			case RegiePackage.SIGNAL__TARGET_GROUP:
				setTargetGroup((TargetGroup)null);
				return;
			case RegiePackage.SIGNAL__SETTING:
				setSetting((Setting)null);
				return;
			case RegiePackage.SIGNAL__AREA:
				setArea((Area)null);
				return;
			case RegiePackage.SIGNAL__CONCERN:
				setConcern(CONCERN_EDEFAULT);
				return;
			case RegiePackage.SIGNAL__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case RegiePackage.SIGNAL__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RegiePackage.SIGNAL__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case RegiePackage.SIGNAL__RETRACTION_REASON:
				setRetractionReason(RETRACTION_REASON_EDEFAULT);
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
			case RegiePackage.SIGNAL__OBSERVED_ON:
				return OBSERVED_ON_EDEFAULT == null ? observedOn != null : !OBSERVED_ON_EDEFAULT.equals(observedOn);
			case RegiePackage.SIGNAL__REPORTED_ON:
				return REPORTED_ON_EDEFAULT == null ? reportedOn != null : !REPORTED_ON_EDEFAULT.equals(reportedOn);
			case RegiePackage.SIGNAL__SOURCE:
				return source != null;
			case RegiePackage.SIGNAL__SUBSTANCES:
				return substances != null && !substances.isEmpty();
			case RegiePackage.SIGNAL__TARGET_GROUP:
				return targetGroup != null;
			case RegiePackage.SIGNAL__SETTING:
				return setting != null;
			case RegiePackage.SIGNAL__AREA:
				return area != null;
			case RegiePackage.SIGNAL__CONCERN:
				return concern != CONCERN_EDEFAULT;
			case RegiePackage.SIGNAL__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case RegiePackage.SIGNAL__STATUS:
				return status != STATUS_EDEFAULT;
			case RegiePackage.SIGNAL__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case RegiePackage.SIGNAL__RETRACTION_REASON:
				return RETRACTION_REASON_EDEFAULT == null ? retractionReason != null : !RETRACTION_REASON_EDEFAULT.equals(retractionReason);
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
		result.append(" (observedOn: ");
		result.append(observedOn);
		result.append(", reportedOn: ");
		result.append(reportedOn);
		result.append(", concern: ");
		result.append(concern);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(", status: ");
		result.append(status);
		result.append(", description: ");
		result.append(description);
		result.append(", retractionReason: ");
		result.append(retractionReason);
		result.append(')');
		return result.toString();
	}

} //SignalImpl
