/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import nl.regie.model.Action;
import nl.regie.model.ActionStatus;
import nl.regie.model.Adaptation;
import nl.regie.model.Domain;
import nl.regie.model.Goal;
import nl.regie.model.Intervention;
import nl.regie.model.Involvement;
import nl.regie.model.Milestone;
import nl.regie.model.Partner;
import nl.regie.model.Pillar;
import nl.regie.model.ReAimScore;
import nl.regie.model.RegiePackage;
import nl.regie.model.Setting;
import nl.regie.model.Signal;
import nl.regie.model.TargetGroup;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getIntervention <em>Intervention</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getPillar <em>Pillar</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getInvolvements <em>Involvements</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getTargetGroup <em>Target Group</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getSetting <em>Setting</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getSignals <em>Signals</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getClusters <em>Clusters</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getMilestones <em>Milestones</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getFidelity <em>Fidelity</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getAdaptations <em>Adaptations</em>}</li>
 *   <li>{@link nl.regie.model.impl.ActionImpl#getReAim <em>Re Aim</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActionImpl extends RegieObjectImpl implements Action
{
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

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
	 * The cached value of the '{@link #getIntervention() <em>Intervention</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervention()
	 * @generated
	 * @ordered
	 */
	protected Intervention intervention;

	/**
	 * The default value of the '{@link #getPillar() <em>Pillar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPillar()
	 * @generated
	 * @ordered
	 */
	protected static final Pillar PILLAR_EDEFAULT = Pillar.DEMAND_REDUCTION;

	/**
	 * The cached value of the '{@link #getPillar() <em>Pillar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPillar()
	 * @generated
	 * @ordered
	 */
	protected Pillar pillar = PILLAR_EDEFAULT;

	/**
	 * This is true if the Pillar attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean pillarESet;

	/**
	 * The default value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected static final Domain DOMAIN_EDEFAULT = Domain.SOCIAL;

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected Domain domain = DOMAIN_EDEFAULT;

	/**
	 * This is true if the Domain attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean domainESet;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Partner owner;

	/**
	 * The cached value of the '{@link #getInvolvements() <em>Involvements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvolvements()
	 * @generated
	 * @ordered
	 */
	protected EList<Involvement> involvements;

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
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budget = BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActionStatus STATUS_EDEFAULT = ActionStatus.PROPOSED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActionStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSignals() <em>Signals</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignals()
	 * @generated
	 * @ordered
	 */
	protected EList<Signal> signals;

	/**
	 * The cached value of the '{@link #getClusters() <em>Clusters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> clusters;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * The cached value of the '{@link #getMilestones() <em>Milestones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestones()
	 * @generated
	 * @ordered
	 */
	protected EList<Milestone> milestones;

	/**
	 * The default value of the '{@link #getFidelity() <em>Fidelity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFidelity()
	 * @generated
	 * @ordered
	 */
	protected static final Integer FIDELITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFidelity() <em>Fidelity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFidelity()
	 * @generated
	 * @ordered
	 */
	protected Integer fidelity = FIDELITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAdaptations() <em>Adaptations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdaptations()
	 * @generated
	 * @ordered
	 */
	protected EList<Adaptation> adaptations;

	/**
	 * The cached value of the '{@link #getReAim() <em>Re Aim</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReAim()
	 * @generated
	 * @ordered
	 */
	protected EList<ReAimScore> reAim;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActionImpl()
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
		return RegiePackage.Literals.ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle()
	{
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle)
	{
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ACTION__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ACTION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Intervention getIntervention()
	{
		if (intervention != null && intervention.eIsProxy())
		{
			InternalEObject oldIntervention = (InternalEObject)intervention;
			intervention = (Intervention)eResolveProxy(oldIntervention);
			if (intervention != oldIntervention)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegiePackage.ACTION__INTERVENTION, oldIntervention, intervention));
			}
		}
		return intervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Intervention basicGetIntervention()
	{
		return intervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervention(Intervention newIntervention)
	{
		Intervention oldIntervention = intervention;
		intervention = newIntervention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ACTION__INTERVENTION, oldIntervention, intervention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pillar getPillar()
	{
		return pillar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPillar(Pillar newPillar)
	{
		Pillar oldPillar = pillar;
		pillar = newPillar == null ? PILLAR_EDEFAULT : newPillar;
		boolean oldPillarESet = pillarESet;
		pillarESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ACTION__PILLAR, oldPillar, pillar, !oldPillarESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPillar()
	{
		Pillar oldPillar = pillar;
		boolean oldPillarESet = pillarESet;
		pillar = PILLAR_EDEFAULT;
		pillarESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RegiePackage.ACTION__PILLAR, oldPillar, PILLAR_EDEFAULT, oldPillarESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPillar()
	{
		return pillarESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Domain getDomain()
	{
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(Domain newDomain)
	{
		Domain oldDomain = domain;
		domain = newDomain == null ? DOMAIN_EDEFAULT : newDomain;
		boolean oldDomainESet = domainESet;
		domainESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ACTION__DOMAIN, oldDomain, domain, !oldDomainESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDomain()
	{
		Domain oldDomain = domain;
		boolean oldDomainESet = domainESet;
		domain = DOMAIN_EDEFAULT;
		domainESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RegiePackage.ACTION__DOMAIN, oldDomain, DOMAIN_EDEFAULT, oldDomainESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDomain()
	{
		return domainESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Partner getOwner()
	{
		if (owner != null && owner.eIsProxy())
		{
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Partner)eResolveProxy(oldOwner);
			if (owner != oldOwner)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegiePackage.ACTION__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Partner basicGetOwner()
	{
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Partner newOwner)
	{
		Partner oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ACTION__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Involvement> getInvolvements()
	{
		if (involvements == null)
		{
			involvements = new EObjectContainmentEList<Involvement>(Involvement.class, this, RegiePackage.ACTION__INVOLVEMENTS);
		}
		return involvements;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegiePackage.ACTION__TARGET_GROUP, oldTargetGroup, targetGroup));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ACTION__TARGET_GROUP, oldTargetGroup, targetGroup));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegiePackage.ACTION__SETTING, oldSetting, setting));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ACTION__SETTING, oldSetting, setting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate()
	{
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate)
	{
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ACTION__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate()
	{
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate)
	{
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ACTION__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudget()
	{
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudget(BigDecimal newBudget)
	{
		BigDecimal oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ACTION__BUDGET, oldBudget, budget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActionStatus newStatus)
	{
		ActionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ACTION__STATUS, oldStatus, status));
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
			signals = new EObjectResolvingEList<Signal>(Signal.class, this, RegiePackage.ACTION__SIGNALS);
		}
		return signals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getClusters()
	{
		if (clusters == null)
		{
			clusters = new EDataTypeUniqueEList<String>(String.class, this, RegiePackage.ACTION__CLUSTERS);
		}
		return clusters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals()
	{
		if (goals == null)
		{
			goals = new EObjectResolvingEList<Goal>(Goal.class, this, RegiePackage.ACTION__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Milestone> getMilestones()
	{
		if (milestones == null)
		{
			milestones = new EObjectContainmentEList<Milestone>(Milestone.class, this, RegiePackage.ACTION__MILESTONES);
		}
		return milestones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getFidelity()
	{
		return fidelity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFidelity(Integer newFidelity)
	{
		Integer oldFidelity = fidelity;
		fidelity = newFidelity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ACTION__FIDELITY, oldFidelity, fidelity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Adaptation> getAdaptations()
	{
		if (adaptations == null)
		{
			adaptations = new EObjectContainmentEList<Adaptation>(Adaptation.class, this, RegiePackage.ACTION__ADAPTATIONS);
		}
		return adaptations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReAimScore> getReAim()
	{
		if (reAim == null)
		{
			reAim = new EObjectContainmentEList<ReAimScore>(ReAimScore.class, this, RegiePackage.ACTION__RE_AIM);
		}
		return reAim;
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
			case RegiePackage.ACTION__INVOLVEMENTS:
				return ((InternalEList<?>)getInvolvements()).basicRemove(otherEnd, msgs);
			case RegiePackage.ACTION__MILESTONES:
				return ((InternalEList<?>)getMilestones()).basicRemove(otherEnd, msgs);
			case RegiePackage.ACTION__ADAPTATIONS:
				return ((InternalEList<?>)getAdaptations()).basicRemove(otherEnd, msgs);
			case RegiePackage.ACTION__RE_AIM:
				return ((InternalEList<?>)getReAim()).basicRemove(otherEnd, msgs);
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
			case RegiePackage.ACTION__TITLE:
				return getTitle();
			case RegiePackage.ACTION__DESCRIPTION:
				return getDescription();
			case RegiePackage.ACTION__INTERVENTION:
				if (resolve) return getIntervention();
				return basicGetIntervention();
			case RegiePackage.ACTION__PILLAR:
				return getPillar();
			case RegiePackage.ACTION__DOMAIN:
				return getDomain();
			case RegiePackage.ACTION__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case RegiePackage.ACTION__INVOLVEMENTS:
				return getInvolvements();
			case RegiePackage.ACTION__TARGET_GROUP:
				if (resolve) return getTargetGroup();
				return basicGetTargetGroup();
			case RegiePackage.ACTION__SETTING:
				if (resolve) return getSetting();
				return basicGetSetting();
			case RegiePackage.ACTION__START_DATE:
				return getStartDate();
			case RegiePackage.ACTION__END_DATE:
				return getEndDate();
			case RegiePackage.ACTION__BUDGET:
				return getBudget();
			case RegiePackage.ACTION__STATUS:
				return getStatus();
			case RegiePackage.ACTION__SIGNALS:
				return getSignals();
			case RegiePackage.ACTION__CLUSTERS:
				return getClusters();
			case RegiePackage.ACTION__GOALS:
				return getGoals();
			case RegiePackage.ACTION__MILESTONES:
				return getMilestones();
			case RegiePackage.ACTION__FIDELITY:
				return getFidelity();
			case RegiePackage.ACTION__ADAPTATIONS:
				return getAdaptations();
			case RegiePackage.ACTION__RE_AIM:
				return getReAim();
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
			case RegiePackage.ACTION__TITLE:
				setTitle((String)newValue);
				return;
			case RegiePackage.ACTION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case RegiePackage.ACTION__INTERVENTION:
				setIntervention((Intervention)newValue);
				return;
			case RegiePackage.ACTION__PILLAR:
				setPillar((Pillar)newValue);
				return;
			case RegiePackage.ACTION__DOMAIN:
				setDomain((Domain)newValue);
				return;
			case RegiePackage.ACTION__OWNER:
				setOwner((Partner)newValue);
				return;
			case RegiePackage.ACTION__INVOLVEMENTS:
				getInvolvements().clear();
				getInvolvements().addAll((Collection<? extends Involvement>)newValue);
				return;
			case RegiePackage.ACTION__TARGET_GROUP:
				setTargetGroup((TargetGroup)newValue);
				return;
			case RegiePackage.ACTION__SETTING:
				setSetting((Setting)newValue);
				return;
			case RegiePackage.ACTION__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case RegiePackage.ACTION__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case RegiePackage.ACTION__BUDGET:
				setBudget((BigDecimal)newValue);
				return;
			case RegiePackage.ACTION__STATUS:
				setStatus((ActionStatus)newValue);
				return;
			case RegiePackage.ACTION__SIGNALS:
				getSignals().clear();
				getSignals().addAll((Collection<? extends Signal>)newValue);
				return;
			case RegiePackage.ACTION__CLUSTERS:
				getClusters().clear();
				getClusters().addAll((Collection<? extends String>)newValue);
				return;
			case RegiePackage.ACTION__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case RegiePackage.ACTION__MILESTONES:
				getMilestones().clear();
				getMilestones().addAll((Collection<? extends Milestone>)newValue);
				return;
			case RegiePackage.ACTION__FIDELITY:
				setFidelity((Integer)newValue);
				return;
			case RegiePackage.ACTION__ADAPTATIONS:
				getAdaptations().clear();
				getAdaptations().addAll((Collection<? extends Adaptation>)newValue);
				return;
			case RegiePackage.ACTION__RE_AIM:
				getReAim().clear();
				getReAim().addAll((Collection<? extends ReAimScore>)newValue);
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
			case RegiePackage.ACTION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RegiePackage.ACTION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case RegiePackage.ACTION__INTERVENTION:
				setIntervention((Intervention)null);
				return;
			case RegiePackage.ACTION__PILLAR:
				unsetPillar();
				return;
			case RegiePackage.ACTION__DOMAIN:
				unsetDomain();
				return;
			case RegiePackage.ACTION__OWNER:
				setOwner((Partner)null);
				return;
			case RegiePackage.ACTION__INVOLVEMENTS:
				getInvolvements().clear();
				return;
			case RegiePackage.ACTION__TARGET_GROUP:
				setTargetGroup((TargetGroup)null);
				return;
			case RegiePackage.ACTION__SETTING:
				setSetting((Setting)null);
				return;
			case RegiePackage.ACTION__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case RegiePackage.ACTION__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case RegiePackage.ACTION__BUDGET:
				setBudget(BUDGET_EDEFAULT);
				return;
			case RegiePackage.ACTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RegiePackage.ACTION__SIGNALS:
				getSignals().clear();
				return;
			case RegiePackage.ACTION__CLUSTERS:
				getClusters().clear();
				return;
			case RegiePackage.ACTION__GOALS:
				getGoals().clear();
				return;
			case RegiePackage.ACTION__MILESTONES:
				getMilestones().clear();
				return;
			case RegiePackage.ACTION__FIDELITY:
				setFidelity(FIDELITY_EDEFAULT);
				return;
			case RegiePackage.ACTION__ADAPTATIONS:
				getAdaptations().clear();
				return;
			case RegiePackage.ACTION__RE_AIM:
				getReAim().clear();
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
			case RegiePackage.ACTION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RegiePackage.ACTION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case RegiePackage.ACTION__INTERVENTION:
				return intervention != null;
			case RegiePackage.ACTION__PILLAR:
				return isSetPillar();
			case RegiePackage.ACTION__DOMAIN:
				return isSetDomain();
			case RegiePackage.ACTION__OWNER:
				return owner != null;
			case RegiePackage.ACTION__INVOLVEMENTS:
				return involvements != null && !involvements.isEmpty();
			case RegiePackage.ACTION__TARGET_GROUP:
				return targetGroup != null;
			case RegiePackage.ACTION__SETTING:
				return setting != null;
			case RegiePackage.ACTION__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case RegiePackage.ACTION__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case RegiePackage.ACTION__BUDGET:
				return BUDGET_EDEFAULT == null ? budget != null : !BUDGET_EDEFAULT.equals(budget);
			case RegiePackage.ACTION__STATUS:
				return status != STATUS_EDEFAULT;
			case RegiePackage.ACTION__SIGNALS:
				return signals != null && !signals.isEmpty();
			case RegiePackage.ACTION__CLUSTERS:
				return clusters != null && !clusters.isEmpty();
			case RegiePackage.ACTION__GOALS:
				return goals != null && !goals.isEmpty();
			case RegiePackage.ACTION__MILESTONES:
				return milestones != null && !milestones.isEmpty();
			case RegiePackage.ACTION__FIDELITY:
				return FIDELITY_EDEFAULT == null ? fidelity != null : !FIDELITY_EDEFAULT.equals(fidelity);
			case RegiePackage.ACTION__ADAPTATIONS:
				return adaptations != null && !adaptations.isEmpty();
			case RegiePackage.ACTION__RE_AIM:
				return reAim != null && !reAim.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", description: ");
		result.append(description);
		result.append(", pillar: ");
		if (pillarESet) result.append(pillar); else result.append("<unset>");
		result.append(", domain: ");
		if (domainESet) result.append(domain); else result.append("<unset>");
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", budget: ");
		result.append(budget);
		result.append(", status: ");
		result.append(status);
		result.append(", clusters: ");
		result.append(clusters);
		result.append(", fidelity: ");
		result.append(fidelity);
		result.append(')');
		return result.toString();
	}

} //ActionImpl
