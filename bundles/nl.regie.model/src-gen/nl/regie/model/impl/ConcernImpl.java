/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model.impl;

import nl.regie.model.Action;
import nl.regie.model.Concern;
import nl.regie.model.ConcernKind;
import nl.regie.model.Partner;
import nl.regie.model.RegiePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Concern</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.impl.ConcernImpl#getPartner <em>Partner</em>}</li>
 *   <li>{@link nl.regie.model.impl.ConcernImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.regie.model.impl.ConcernImpl#getText <em>Text</em>}</li>
 *   <li>{@link nl.regie.model.impl.ConcernImpl#getAnsweredBy <em>Answered By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConcernImpl extends RegieObjectImpl implements Concern
{
	/**
	 * The cached value of the '{@link #getPartner() <em>Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartner()
	 * @generated
	 * @ordered
	 */
	protected Partner partner;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ConcernKind KIND_EDEFAULT = ConcernKind.WORRY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ConcernKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnsweredBy() <em>Answered By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredBy()
	 * @generated
	 * @ordered
	 */
	protected Action answeredBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConcernImpl()
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
		return RegiePackage.Literals.CONCERN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Partner getPartner()
	{
		if (partner != null && partner.eIsProxy())
		{
			InternalEObject oldPartner = (InternalEObject)partner;
			partner = (Partner)eResolveProxy(oldPartner);
			if (partner != oldPartner)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegiePackage.CONCERN__PARTNER, oldPartner, partner));
			}
		}
		return partner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Partner basicGetPartner()
	{
		return partner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartner(Partner newPartner)
	{
		Partner oldPartner = partner;
		partner = newPartner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.CONCERN__PARTNER, oldPartner, partner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConcernKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ConcernKind newKind)
	{
		ConcernKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.CONCERN__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText()
	{
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText)
	{
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.CONCERN__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Action getAnsweredBy()
	{
		if (answeredBy != null && answeredBy.eIsProxy())
		{
			InternalEObject oldAnsweredBy = (InternalEObject)answeredBy;
			answeredBy = (Action)eResolveProxy(oldAnsweredBy);
			if (answeredBy != oldAnsweredBy)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RegiePackage.CONCERN__ANSWERED_BY, oldAnsweredBy, answeredBy));
			}
		}
		return answeredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Action basicGetAnsweredBy()
	{
		return answeredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnsweredBy(Action newAnsweredBy)
	{
		Action oldAnsweredBy = answeredBy;
		answeredBy = newAnsweredBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RegiePackage.CONCERN__ANSWERED_BY, oldAnsweredBy, answeredBy));
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
			case RegiePackage.CONCERN__PARTNER:
				if (resolve) return getPartner();
				return basicGetPartner();
			case RegiePackage.CONCERN__KIND:
				return getKind();
			case RegiePackage.CONCERN__TEXT:
				return getText();
			case RegiePackage.CONCERN__ANSWERED_BY:
				if (resolve) return getAnsweredBy();
				return basicGetAnsweredBy();
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
			case RegiePackage.CONCERN__PARTNER:
				setPartner((Partner)newValue);
				return;
			case RegiePackage.CONCERN__KIND:
				setKind((ConcernKind)newValue);
				return;
			case RegiePackage.CONCERN__TEXT:
				setText((String)newValue);
				return;
			case RegiePackage.CONCERN__ANSWERED_BY:
				setAnsweredBy((Action)newValue);
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
			case RegiePackage.CONCERN__PARTNER:
				setPartner((Partner)null);
				return;
			case RegiePackage.CONCERN__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RegiePackage.CONCERN__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case RegiePackage.CONCERN__ANSWERED_BY:
				setAnsweredBy((Action)null);
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
			case RegiePackage.CONCERN__PARTNER:
				return partner != null;
			case RegiePackage.CONCERN__KIND:
				return kind != KIND_EDEFAULT;
			case RegiePackage.CONCERN__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case RegiePackage.CONCERN__ANSWERED_BY:
				return answeredBy != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //ConcernImpl
