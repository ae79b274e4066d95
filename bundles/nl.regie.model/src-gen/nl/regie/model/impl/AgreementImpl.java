/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import nl.regie.model.Agreement;
import nl.regie.model.Partner;
import nl.regie.model.RegiePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agreement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.impl.AgreementImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.regie.model.impl.AgreementImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.regie.model.impl.AgreementImpl#getPartners <em>Partners</em>}</li>
 *   <li>{@link nl.regie.model.impl.AgreementImpl#getAgreedOn <em>Agreed On</em>}</li>
 *   <li>{@link nl.regie.model.impl.AgreementImpl#getReviewOn <em>Review On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgreementImpl extends RegieObjectImpl implements Agreement
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
	 * The cached value of the '{@link #getPartners() <em>Partners</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartners()
	 * @generated
	 * @ordered
	 */
	protected EList<Partner> partners;

	/**
	 * The default value of the '{@link #getAgreedOn() <em>Agreed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate AGREED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgreedOn() <em>Agreed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate agreedOn = AGREED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewOn() <em>Review On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REVIEW_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewOn() <em>Review On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate reviewOn = REVIEW_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgreementImpl()
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
		return RegiePackage.Literals.AGREEMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.AGREEMENT__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.AGREEMENT__DESCRIPTION, oldDescription, description));
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
			partners = new EObjectResolvingEList<Partner>(Partner.class, this, RegiePackage.AGREEMENT__PARTNERS);
		}
		return partners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAgreedOn()
	{
		return agreedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgreedOn(LocalDate newAgreedOn)
	{
		LocalDate oldAgreedOn = agreedOn;
		agreedOn = newAgreedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.AGREEMENT__AGREED_ON, oldAgreedOn, agreedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReviewOn()
	{
		return reviewOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewOn(LocalDate newReviewOn)
	{
		LocalDate oldReviewOn = reviewOn;
		reviewOn = newReviewOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.AGREEMENT__REVIEW_ON, oldReviewOn, reviewOn));
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
			case RegiePackage.AGREEMENT__TITLE:
				return getTitle();
			case RegiePackage.AGREEMENT__DESCRIPTION:
				return getDescription();
			case RegiePackage.AGREEMENT__PARTNERS:
				return getPartners();
			case RegiePackage.AGREEMENT__AGREED_ON:
				return getAgreedOn();
			case RegiePackage.AGREEMENT__REVIEW_ON:
				return getReviewOn();
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
			case RegiePackage.AGREEMENT__TITLE:
				setTitle((String)newValue);
				return;
			case RegiePackage.AGREEMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case RegiePackage.AGREEMENT__PARTNERS:
				getPartners().clear();
				getPartners().addAll((Collection<? extends Partner>)newValue);
				return;
			case RegiePackage.AGREEMENT__AGREED_ON:
				setAgreedOn((LocalDate)newValue);
				return;
			case RegiePackage.AGREEMENT__REVIEW_ON:
				setReviewOn((LocalDate)newValue);
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
			case RegiePackage.AGREEMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RegiePackage.AGREEMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case RegiePackage.AGREEMENT__PARTNERS:
				getPartners().clear();
				return;
			case RegiePackage.AGREEMENT__AGREED_ON:
				setAgreedOn(AGREED_ON_EDEFAULT);
				return;
			case RegiePackage.AGREEMENT__REVIEW_ON:
				setReviewOn(REVIEW_ON_EDEFAULT);
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
			case RegiePackage.AGREEMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RegiePackage.AGREEMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case RegiePackage.AGREEMENT__PARTNERS:
				return partners != null && !partners.isEmpty();
			case RegiePackage.AGREEMENT__AGREED_ON:
				return AGREED_ON_EDEFAULT == null ? agreedOn != null : !AGREED_ON_EDEFAULT.equals(agreedOn);
			case RegiePackage.AGREEMENT__REVIEW_ON:
				return REVIEW_ON_EDEFAULT == null ? reviewOn != null : !REVIEW_ON_EDEFAULT.equals(reviewOn);
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
		result.append(", agreedOn: ");
		result.append(agreedOn);
		result.append(", reviewOn: ");
		result.append(reviewOn);
		result.append(')');
		return result.toString();
	}

} //AgreementImpl
