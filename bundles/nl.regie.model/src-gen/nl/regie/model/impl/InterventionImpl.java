/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import nl.regie.model.CostIndication;
import nl.regie.model.Domain;
import nl.regie.model.EvidenceLevel;
import nl.regie.model.Intervention;
import nl.regie.model.PartnerKind;
import nl.regie.model.Pillar;
import nl.regie.model.RegiePackage;
import nl.regie.model.SettingKind;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Intervention</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.impl.InterventionImpl#getPillars <em>Pillars</em>}</li>
 *   <li>{@link nl.regie.model.impl.InterventionImpl#getDomains <em>Domains</em>}</li>
 *   <li>{@link nl.regie.model.impl.InterventionImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link nl.regie.model.impl.InterventionImpl#getTargetGroups <em>Target Groups</em>}</li>
 *   <li>{@link nl.regie.model.impl.InterventionImpl#getEvidenceLevel <em>Evidence Level</em>}</li>
 *   <li>{@link nl.regie.model.impl.InterventionImpl#getRecognitionDate <em>Recognition Date</em>}</li>
 *   <li>{@link nl.regie.model.impl.InterventionImpl#getRecognitionSource <em>Recognition Source</em>}</li>
 *   <li>{@link nl.regie.model.impl.InterventionImpl#isNotRecommended <em>Not Recommended</em>}</li>
 *   <li>{@link nl.regie.model.impl.InterventionImpl#getNotRecommendedReason <em>Not Recommended Reason</em>}</li>
 *   <li>{@link nl.regie.model.impl.InterventionImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link nl.regie.model.impl.InterventionImpl#getProviderKind <em>Provider Kind</em>}</li>
 *   <li>{@link nl.regie.model.impl.InterventionImpl#getCostIndication <em>Cost Indication</em>}</li>
 *   <li>{@link nl.regie.model.impl.InterventionImpl#getSourceReference <em>Source Reference</em>}</li>
 *   <li>{@link nl.regie.model.impl.InterventionImpl#getRecognitionValidUntil <em>Recognition Valid Until</em>}</li>
 *   <li>{@link nl.regie.model.impl.InterventionImpl#getCatalogue <em>Catalogue</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterventionImpl extends NamedElementImpl implements Intervention
{
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
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected EList<SettingKind> settings;

	/**
	 * The cached value of the '{@link #getTargetGroups() <em>Target Groups</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<String> targetGroups;

	/**
	 * The default value of the '{@link #getEvidenceLevel() <em>Evidence Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceLevel()
	 * @generated
	 * @ordered
	 */
	protected static final EvidenceLevel EVIDENCE_LEVEL_EDEFAULT = EvidenceLevel.NOT_ASSESSED;

	/**
	 * The cached value of the '{@link #getEvidenceLevel() <em>Evidence Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceLevel()
	 * @generated
	 * @ordered
	 */
	protected EvidenceLevel evidenceLevel = EVIDENCE_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecognitionDate() <em>Recognition Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecognitionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RECOGNITION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecognitionDate() <em>Recognition Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecognitionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate recognitionDate = RECOGNITION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecognitionSource() <em>Recognition Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecognitionSource()
	 * @generated
	 * @ordered
	 */
	protected static final String RECOGNITION_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecognitionSource() <em>Recognition Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecognitionSource()
	 * @generated
	 * @ordered
	 */
	protected String recognitionSource = RECOGNITION_SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isNotRecommended() <em>Not Recommended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotRecommended()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOT_RECOMMENDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNotRecommended() <em>Not Recommended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotRecommended()
	 * @generated
	 * @ordered
	 */
	protected boolean notRecommended = NOT_RECOMMENDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotRecommendedReason() <em>Not Recommended Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotRecommendedReason()
	 * @generated
	 * @ordered
	 */
	protected static final String NOT_RECOMMENDED_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotRecommendedReason() <em>Not Recommended Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotRecommendedReason()
	 * @generated
	 * @ordered
	 */
	protected String notRecommendedReason = NOT_RECOMMENDED_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected String provider = PROVIDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getProviderKind() <em>Provider Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderKind()
	 * @generated
	 * @ordered
	 */
	protected static final PartnerKind PROVIDER_KIND_EDEFAULT = PartnerKind.ADDICTION_CARE_PREVENTION;

	/**
	 * The cached value of the '{@link #getProviderKind() <em>Provider Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderKind()
	 * @generated
	 * @ordered
	 */
	protected PartnerKind providerKind = PROVIDER_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCostIndication() <em>Cost Indication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostIndication()
	 * @generated
	 * @ordered
	 */
	protected static final CostIndication COST_INDICATION_EDEFAULT = CostIndication.UNKNOWN;

	/**
	 * The cached value of the '{@link #getCostIndication() <em>Cost Indication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostIndication()
	 * @generated
	 * @ordered
	 */
	protected CostIndication costIndication = COST_INDICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceReference() <em>Source Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceReference()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceReference() <em>Source Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceReference()
	 * @generated
	 * @ordered
	 */
	protected String sourceReference = SOURCE_REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecognitionValidUntil() <em>Recognition Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecognitionValidUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RECOGNITION_VALID_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecognitionValidUntil() <em>Recognition Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecognitionValidUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate recognitionValidUntil = RECOGNITION_VALID_UNTIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCatalogue() <em>Catalogue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogue()
	 * @generated
	 * @ordered
	 */
	protected static final String CATALOGUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCatalogue() <em>Catalogue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogue()
	 * @generated
	 * @ordered
	 */
	protected String catalogue = CATALOGUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterventionImpl()
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
		return RegiePackage.Literals.INTERVENTION;
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
			pillars = new EDataTypeUniqueEList<Pillar>(Pillar.class, this, RegiePackage.INTERVENTION__PILLARS);
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
			domains = new EDataTypeUniqueEList<Domain>(Domain.class, this, RegiePackage.INTERVENTION__DOMAINS);
		}
		return domains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SettingKind> getSettings()
	{
		if (settings == null)
		{
			settings = new EDataTypeUniqueEList<SettingKind>(SettingKind.class, this, RegiePackage.INTERVENTION__SETTINGS);
		}
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTargetGroups()
	{
		if (targetGroups == null)
		{
			targetGroups = new EDataTypeUniqueEList<String>(String.class, this, RegiePackage.INTERVENTION__TARGET_GROUPS);
		}
		return targetGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceLevel getEvidenceLevel()
	{
		return evidenceLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceLevel(EvidenceLevel newEvidenceLevel)
	{
		EvidenceLevel oldEvidenceLevel = evidenceLevel;
		evidenceLevel = newEvidenceLevel == null ? EVIDENCE_LEVEL_EDEFAULT : newEvidenceLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.INTERVENTION__EVIDENCE_LEVEL, oldEvidenceLevel, evidenceLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRecognitionDate()
	{
		return recognitionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecognitionDate(LocalDate newRecognitionDate)
	{
		LocalDate oldRecognitionDate = recognitionDate;
		recognitionDate = newRecognitionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.INTERVENTION__RECOGNITION_DATE, oldRecognitionDate, recognitionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecognitionSource()
	{
		return recognitionSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecognitionSource(String newRecognitionSource)
	{
		String oldRecognitionSource = recognitionSource;
		recognitionSource = newRecognitionSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.INTERVENTION__RECOGNITION_SOURCE, oldRecognitionSource, recognitionSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNotRecommended()
	{
		return notRecommended;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotRecommended(boolean newNotRecommended)
	{
		boolean oldNotRecommended = notRecommended;
		notRecommended = newNotRecommended;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.INTERVENTION__NOT_RECOMMENDED, oldNotRecommended, notRecommended));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotRecommendedReason()
	{
		return notRecommendedReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotRecommendedReason(String newNotRecommendedReason)
	{
		String oldNotRecommendedReason = notRecommendedReason;
		notRecommendedReason = newNotRecommendedReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.INTERVENTION__NOT_RECOMMENDED_REASON, oldNotRecommendedReason, notRecommendedReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvider()
	{
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(String newProvider)
	{
		String oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.INTERVENTION__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartnerKind getProviderKind()
	{
		return providerKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProviderKind(PartnerKind newProviderKind)
	{
		PartnerKind oldProviderKind = providerKind;
		providerKind = newProviderKind == null ? PROVIDER_KIND_EDEFAULT : newProviderKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.INTERVENTION__PROVIDER_KIND, oldProviderKind, providerKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CostIndication getCostIndication()
	{
		return costIndication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCostIndication(CostIndication newCostIndication)
	{
		CostIndication oldCostIndication = costIndication;
		costIndication = newCostIndication == null ? COST_INDICATION_EDEFAULT : newCostIndication;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.INTERVENTION__COST_INDICATION, oldCostIndication, costIndication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceReference()
	{
		return sourceReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceReference(String newSourceReference)
	{
		String oldSourceReference = sourceReference;
		sourceReference = newSourceReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.INTERVENTION__SOURCE_REFERENCE, oldSourceReference, sourceReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRecognitionValidUntil()
	{
		return recognitionValidUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecognitionValidUntil(LocalDate newRecognitionValidUntil)
	{
		LocalDate oldRecognitionValidUntil = recognitionValidUntil;
		recognitionValidUntil = newRecognitionValidUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.INTERVENTION__RECOGNITION_VALID_UNTIL, oldRecognitionValidUntil, recognitionValidUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCatalogue()
	{
		return catalogue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCatalogue(String newCatalogue)
	{
		String oldCatalogue = catalogue;
		catalogue = newCatalogue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.INTERVENTION__CATALOGUE, oldCatalogue, catalogue));
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
			case RegiePackage.INTERVENTION__PILLARS:
				return getPillars();
			case RegiePackage.INTERVENTION__DOMAINS:
				return getDomains();
			case RegiePackage.INTERVENTION__SETTINGS:
				return getSettings();
			case RegiePackage.INTERVENTION__TARGET_GROUPS:
				return getTargetGroups();
			case RegiePackage.INTERVENTION__EVIDENCE_LEVEL:
				return getEvidenceLevel();
			case RegiePackage.INTERVENTION__RECOGNITION_DATE:
				return getRecognitionDate();
			case RegiePackage.INTERVENTION__RECOGNITION_SOURCE:
				return getRecognitionSource();
			case RegiePackage.INTERVENTION__NOT_RECOMMENDED:
				return isNotRecommended();
			case RegiePackage.INTERVENTION__NOT_RECOMMENDED_REASON:
				return getNotRecommendedReason();
			case RegiePackage.INTERVENTION__PROVIDER:
				return getProvider();
			case RegiePackage.INTERVENTION__PROVIDER_KIND:
				return getProviderKind();
			case RegiePackage.INTERVENTION__COST_INDICATION:
				return getCostIndication();
			case RegiePackage.INTERVENTION__SOURCE_REFERENCE:
				return getSourceReference();
			case RegiePackage.INTERVENTION__RECOGNITION_VALID_UNTIL:
				return getRecognitionValidUntil();
			case RegiePackage.INTERVENTION__CATALOGUE:
				return getCatalogue();
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
			case RegiePackage.INTERVENTION__PILLARS:
				getPillars().clear();
				getPillars().addAll((Collection<? extends Pillar>)newValue);
				return;
			case RegiePackage.INTERVENTION__DOMAINS:
				getDomains().clear();
				getDomains().addAll((Collection<? extends Domain>)newValue);
				return;
			case RegiePackage.INTERVENTION__SETTINGS:
				getSettings().clear();
				getSettings().addAll((Collection<? extends SettingKind>)newValue);
				return;
			case RegiePackage.INTERVENTION__TARGET_GROUPS:
				getTargetGroups().clear();
				getTargetGroups().addAll((Collection<? extends String>)newValue);
				return;
			case RegiePackage.INTERVENTION__EVIDENCE_LEVEL:
				setEvidenceLevel((EvidenceLevel)newValue);
				return;
			case RegiePackage.INTERVENTION__RECOGNITION_DATE:
				setRecognitionDate((LocalDate)newValue);
				return;
			case RegiePackage.INTERVENTION__RECOGNITION_SOURCE:
				setRecognitionSource((String)newValue);
				return;
			case RegiePackage.INTERVENTION__NOT_RECOMMENDED:
				setNotRecommended((Boolean)newValue);
				return;
			case RegiePackage.INTERVENTION__NOT_RECOMMENDED_REASON:
				setNotRecommendedReason((String)newValue);
				return;
			case RegiePackage.INTERVENTION__PROVIDER:
				setProvider((String)newValue);
				return;
			case RegiePackage.INTERVENTION__PROVIDER_KIND:
				setProviderKind((PartnerKind)newValue);
				return;
			case RegiePackage.INTERVENTION__COST_INDICATION:
				setCostIndication((CostIndication)newValue);
				return;
			case RegiePackage.INTERVENTION__SOURCE_REFERENCE:
				setSourceReference((String)newValue);
				return;
			case RegiePackage.INTERVENTION__RECOGNITION_VALID_UNTIL:
				setRecognitionValidUntil((LocalDate)newValue);
				return;
			case RegiePackage.INTERVENTION__CATALOGUE:
				setCatalogue((String)newValue);
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
			case RegiePackage.INTERVENTION__PILLARS:
				getPillars().clear();
				return;
			case RegiePackage.INTERVENTION__DOMAINS:
				getDomains().clear();
				return;
			case RegiePackage.INTERVENTION__SETTINGS:
				getSettings().clear();
				return;
			case RegiePackage.INTERVENTION__TARGET_GROUPS:
				getTargetGroups().clear();
				return;
			case RegiePackage.INTERVENTION__EVIDENCE_LEVEL:
				setEvidenceLevel(EVIDENCE_LEVEL_EDEFAULT);
				return;
			case RegiePackage.INTERVENTION__RECOGNITION_DATE:
				setRecognitionDate(RECOGNITION_DATE_EDEFAULT);
				return;
			case RegiePackage.INTERVENTION__RECOGNITION_SOURCE:
				setRecognitionSource(RECOGNITION_SOURCE_EDEFAULT);
				return;
			case RegiePackage.INTERVENTION__NOT_RECOMMENDED:
				setNotRecommended(NOT_RECOMMENDED_EDEFAULT);
				return;
			case RegiePackage.INTERVENTION__NOT_RECOMMENDED_REASON:
				setNotRecommendedReason(NOT_RECOMMENDED_REASON_EDEFAULT);
				return;
			case RegiePackage.INTERVENTION__PROVIDER:
				setProvider(PROVIDER_EDEFAULT);
				return;
			case RegiePackage.INTERVENTION__PROVIDER_KIND:
				setProviderKind(PROVIDER_KIND_EDEFAULT);
				return;
			case RegiePackage.INTERVENTION__COST_INDICATION:
				setCostIndication(COST_INDICATION_EDEFAULT);
				return;
			case RegiePackage.INTERVENTION__SOURCE_REFERENCE:
				setSourceReference(SOURCE_REFERENCE_EDEFAULT);
				return;
			case RegiePackage.INTERVENTION__RECOGNITION_VALID_UNTIL:
				setRecognitionValidUntil(RECOGNITION_VALID_UNTIL_EDEFAULT);
				return;
			case RegiePackage.INTERVENTION__CATALOGUE:
				setCatalogue(CATALOGUE_EDEFAULT);
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
			case RegiePackage.INTERVENTION__PILLARS:
				return pillars != null && !pillars.isEmpty();
			case RegiePackage.INTERVENTION__DOMAINS:
				return domains != null && !domains.isEmpty();
			case RegiePackage.INTERVENTION__SETTINGS:
				return settings != null && !settings.isEmpty();
			case RegiePackage.INTERVENTION__TARGET_GROUPS:
				return targetGroups != null && !targetGroups.isEmpty();
			case RegiePackage.INTERVENTION__EVIDENCE_LEVEL:
				return evidenceLevel != EVIDENCE_LEVEL_EDEFAULT;
			case RegiePackage.INTERVENTION__RECOGNITION_DATE:
				return RECOGNITION_DATE_EDEFAULT == null ? recognitionDate != null : !RECOGNITION_DATE_EDEFAULT.equals(recognitionDate);
			case RegiePackage.INTERVENTION__RECOGNITION_SOURCE:
				return RECOGNITION_SOURCE_EDEFAULT == null ? recognitionSource != null : !RECOGNITION_SOURCE_EDEFAULT.equals(recognitionSource);
			case RegiePackage.INTERVENTION__NOT_RECOMMENDED:
				return notRecommended != NOT_RECOMMENDED_EDEFAULT;
			case RegiePackage.INTERVENTION__NOT_RECOMMENDED_REASON:
				return NOT_RECOMMENDED_REASON_EDEFAULT == null ? notRecommendedReason != null : !NOT_RECOMMENDED_REASON_EDEFAULT.equals(notRecommendedReason);
			case RegiePackage.INTERVENTION__PROVIDER:
				return PROVIDER_EDEFAULT == null ? provider != null : !PROVIDER_EDEFAULT.equals(provider);
			case RegiePackage.INTERVENTION__PROVIDER_KIND:
				return providerKind != PROVIDER_KIND_EDEFAULT;
			case RegiePackage.INTERVENTION__COST_INDICATION:
				return costIndication != COST_INDICATION_EDEFAULT;
			case RegiePackage.INTERVENTION__SOURCE_REFERENCE:
				return SOURCE_REFERENCE_EDEFAULT == null ? sourceReference != null : !SOURCE_REFERENCE_EDEFAULT.equals(sourceReference);
			case RegiePackage.INTERVENTION__RECOGNITION_VALID_UNTIL:
				return RECOGNITION_VALID_UNTIL_EDEFAULT == null ? recognitionValidUntil != null : !RECOGNITION_VALID_UNTIL_EDEFAULT.equals(recognitionValidUntil);
			case RegiePackage.INTERVENTION__CATALOGUE:
				return CATALOGUE_EDEFAULT == null ? catalogue != null : !CATALOGUE_EDEFAULT.equals(catalogue);
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
		result.append(" (pillars: ");
		result.append(pillars);
		result.append(", domains: ");
		result.append(domains);
		result.append(", settings: ");
		result.append(settings);
		result.append(", targetGroups: ");
		result.append(targetGroups);
		result.append(", evidenceLevel: ");
		result.append(evidenceLevel);
		result.append(", recognitionDate: ");
		result.append(recognitionDate);
		result.append(", recognitionSource: ");
		result.append(recognitionSource);
		result.append(", notRecommended: ");
		result.append(notRecommended);
		result.append(", notRecommendedReason: ");
		result.append(notRecommendedReason);
		result.append(", provider: ");
		result.append(provider);
		result.append(", providerKind: ");
		result.append(providerKind);
		result.append(", costIndication: ");
		result.append(costIndication);
		result.append(", sourceReference: ");
		result.append(sourceReference);
		result.append(", recognitionValidUntil: ");
		result.append(recognitionValidUntil);
		result.append(", catalogue: ");
		result.append(catalogue);
		result.append(')');
		return result.toString();
	}

} //InterventionImpl
