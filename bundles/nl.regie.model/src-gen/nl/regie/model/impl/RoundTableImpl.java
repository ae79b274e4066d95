/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Agreement;
import nl.regie.model.Concern;
import nl.regie.model.Partner;
import nl.regie.model.RegiePackage;
import nl.regie.model.RoundTable;

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
 * An implementation of the model object '<em><b>Round Table</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.impl.RoundTableImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.regie.model.impl.RoundTableImpl#getDate <em>Date</em>}</li>
 *   <li>{@link nl.regie.model.impl.RoundTableImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link nl.regie.model.impl.RoundTableImpl#getPicture <em>Picture</em>}</li>
 *   <li>{@link nl.regie.model.impl.RoundTableImpl#getClusters <em>Clusters</em>}</li>
 *   <li>{@link nl.regie.model.impl.RoundTableImpl#getConcerns <em>Concerns</em>}</li>
 *   <li>{@link nl.regie.model.impl.RoundTableImpl#getAgreements <em>Agreements</em>}</li>
 *   <li>{@link nl.regie.model.impl.RoundTableImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link nl.regie.model.impl.RoundTableImpl#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoundTableImpl extends RegieObjectImpl implements RoundTable
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
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Partner> participants;

	/**
	 * The default value of the '{@link #getPicture() <em>Picture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPicture()
	 * @generated
	 * @ordered
	 */
	protected static final String PICTURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPicture() <em>Picture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPicture()
	 * @generated
	 * @ordered
	 */
	protected String picture = PICTURE_EDEFAULT;

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
	 * The cached value of the '{@link #getConcerns() <em>Concerns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcerns()
	 * @generated
	 * @ordered
	 */
	protected EList<Concern> concerns;

	/**
	 * The cached value of the '{@link #getAgreements() <em>Agreements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreements()
	 * @generated
	 * @ordered
	 */
	protected EList<Agreement> agreements;

	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected ActionPlan plan;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<Action> actions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoundTableImpl()
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
		return RegiePackage.Literals.ROUND_TABLE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ROUND_TABLE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate()
	{
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate)
	{
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ROUND_TABLE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Partner> getParticipants()
	{
		if (participants == null)
		{
			participants = new EObjectResolvingEList<Partner>(Partner.class, this, RegiePackage.ROUND_TABLE__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPicture()
	{
		return picture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPicture(String newPicture)
	{
		String oldPicture = picture;
		picture = newPicture;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ROUND_TABLE__PICTURE, oldPicture, picture));
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
			clusters = new EDataTypeUniqueEList<String>(String.class, this, RegiePackage.ROUND_TABLE__CLUSTERS);
		}
		return clusters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Concern> getConcerns()
	{
		if (concerns == null)
		{
			concerns = new EObjectContainmentEList<Concern>(Concern.class, this, RegiePackage.ROUND_TABLE__CONCERNS);
		}
		return concerns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Agreement> getAgreements()
	{
		if (agreements == null)
		{
			agreements = new EObjectContainmentEList<Agreement>(Agreement.class, this, RegiePackage.ROUND_TABLE__AGREEMENTS);
		}
		return agreements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionPlan getPlan()
	{
		if (plan != null && plan.eIsProxy())
		{
			InternalEObject oldPlan = (InternalEObject)plan;
			plan = (ActionPlan)eResolveProxy(oldPlan);
			if (plan != oldPlan)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegiePackage.ROUND_TABLE__PLAN, oldPlan, plan));
			}
		}
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionPlan basicGetPlan()
	{
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(ActionPlan newPlan)
	{
		ActionPlan oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.ROUND_TABLE__PLAN, oldPlan, plan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Action> getActions()
	{
		if (actions == null)
		{
			actions = new EObjectResolvingEList<Action>(Action.class, this, RegiePackage.ROUND_TABLE__ACTIONS);
		}
		return actions;
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
			case RegiePackage.ROUND_TABLE__CONCERNS:
				return ((InternalEList<?>)getConcerns()).basicRemove(otherEnd, msgs);
			case RegiePackage.ROUND_TABLE__AGREEMENTS:
				return ((InternalEList<?>)getAgreements()).basicRemove(otherEnd, msgs);
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
			case RegiePackage.ROUND_TABLE__TITLE:
				return getTitle();
			case RegiePackage.ROUND_TABLE__DATE:
				return getDate();
			case RegiePackage.ROUND_TABLE__PARTICIPANTS:
				return getParticipants();
			case RegiePackage.ROUND_TABLE__PICTURE:
				return getPicture();
			case RegiePackage.ROUND_TABLE__CLUSTERS:
				return getClusters();
			case RegiePackage.ROUND_TABLE__CONCERNS:
				return getConcerns();
			case RegiePackage.ROUND_TABLE__AGREEMENTS:
				return getAgreements();
			case RegiePackage.ROUND_TABLE__PLAN:
				if (resolve) return getPlan();
				return basicGetPlan();
			case RegiePackage.ROUND_TABLE__ACTIONS:
				return getActions();
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
			case RegiePackage.ROUND_TABLE__TITLE:
				setTitle((String)newValue);
				return;
			case RegiePackage.ROUND_TABLE__DATE:
				setDate((LocalDate)newValue);
				return;
			case RegiePackage.ROUND_TABLE__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Partner>)newValue);
				return;
			case RegiePackage.ROUND_TABLE__PICTURE:
				setPicture((String)newValue);
				return;
			case RegiePackage.ROUND_TABLE__CLUSTERS:
				getClusters().clear();
				getClusters().addAll((Collection<? extends String>)newValue);
				return;
			case RegiePackage.ROUND_TABLE__CONCERNS:
				getConcerns().clear();
				getConcerns().addAll((Collection<? extends Concern>)newValue);
				return;
			case RegiePackage.ROUND_TABLE__AGREEMENTS:
				getAgreements().clear();
				getAgreements().addAll((Collection<? extends Agreement>)newValue);
				return;
			case RegiePackage.ROUND_TABLE__PLAN:
				setPlan((ActionPlan)newValue);
				return;
			case RegiePackage.ROUND_TABLE__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends Action>)newValue);
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
			case RegiePackage.ROUND_TABLE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RegiePackage.ROUND_TABLE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case RegiePackage.ROUND_TABLE__PARTICIPANTS:
				getParticipants().clear();
				return;
			case RegiePackage.ROUND_TABLE__PICTURE:
				setPicture(PICTURE_EDEFAULT);
				return;
			case RegiePackage.ROUND_TABLE__CLUSTERS:
				getClusters().clear();
				return;
			case RegiePackage.ROUND_TABLE__CONCERNS:
				getConcerns().clear();
				return;
			case RegiePackage.ROUND_TABLE__AGREEMENTS:
				getAgreements().clear();
				return;
			case RegiePackage.ROUND_TABLE__PLAN:
				setPlan((ActionPlan)null);
				return;
			case RegiePackage.ROUND_TABLE__ACTIONS:
				getActions().clear();
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
			case RegiePackage.ROUND_TABLE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RegiePackage.ROUND_TABLE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case RegiePackage.ROUND_TABLE__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case RegiePackage.ROUND_TABLE__PICTURE:
				return PICTURE_EDEFAULT == null ? picture != null : !PICTURE_EDEFAULT.equals(picture);
			case RegiePackage.ROUND_TABLE__CLUSTERS:
				return clusters != null && !clusters.isEmpty();
			case RegiePackage.ROUND_TABLE__CONCERNS:
				return concerns != null && !concerns.isEmpty();
			case RegiePackage.ROUND_TABLE__AGREEMENTS:
				return agreements != null && !agreements.isEmpty();
			case RegiePackage.ROUND_TABLE__PLAN:
				return plan != null;
			case RegiePackage.ROUND_TABLE__ACTIONS:
				return actions != null && !actions.isEmpty();
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
		result.append(", date: ");
		result.append(date);
		result.append(", picture: ");
		result.append(picture);
		result.append(", clusters: ");
		result.append(clusters);
		result.append(')');
		return result.toString();
	}

} //RoundTableImpl
