/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model.provider;


import java.util.Collection;
import java.util.List;

import nl.regie.model.Municipality;
import nl.regie.model.RegieFactory;
import nl.regie.model.RegiePackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link nl.regie.model.Municipality} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MunicipalityItemProvider extends NamedElementItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MunicipalityItemProvider(AdapterFactory adapterFactory)
	{
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
	{
		if (itemPropertyDescriptors == null)
		{
			super.getPropertyDescriptors(object);

			addCbsCodePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Cbs Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCbsCodePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Municipality_cbsCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Municipality_cbsCode_feature", "_UI_Municipality_type"),
				 RegiePackage.Literals.MUNICIPALITY__CBS_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
	{
		if (childrenFeatures == null)
		{
			super.getChildrenFeatures(object);
			childrenFeatures.add(RegiePackage.Literals.MUNICIPALITY__POLICIES);
			childrenFeatures.add(RegiePackage.Literals.MUNICIPALITY__PARTNERS);
			childrenFeatures.add(RegiePackage.Literals.MUNICIPALITY__AREAS);
			childrenFeatures.add(RegiePackage.Literals.MUNICIPALITY__SUBSTANCES);
			childrenFeatures.add(RegiePackage.Literals.MUNICIPALITY__TARGET_GROUPS);
			childrenFeatures.add(RegiePackage.Literals.MUNICIPALITY__SETTINGS);
			childrenFeatures.add(RegiePackage.Literals.MUNICIPALITY__SIGNALS);
			childrenFeatures.add(RegiePackage.Literals.MUNICIPALITY__INTERVENTIONS);
			childrenFeatures.add(RegiePackage.Literals.MUNICIPALITY__ROUND_TABLES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child)
	{
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Municipality.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Municipality"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object)
	{
		String label = ((Municipality)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Municipality_type") :
			getString("_UI_Municipality_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification)
	{
		updateChildren(notification);

		switch (notification.getFeatureID(Municipality.class))
		{
			case RegiePackage.MUNICIPALITY__CBS_CODE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case RegiePackage.MUNICIPALITY__POLICIES:
			case RegiePackage.MUNICIPALITY__PARTNERS:
			case RegiePackage.MUNICIPALITY__AREAS:
			case RegiePackage.MUNICIPALITY__SUBSTANCES:
			case RegiePackage.MUNICIPALITY__TARGET_GROUPS:
			case RegiePackage.MUNICIPALITY__SETTINGS:
			case RegiePackage.MUNICIPALITY__SIGNALS:
			case RegiePackage.MUNICIPALITY__INTERVENTIONS:
			case RegiePackage.MUNICIPALITY__ROUND_TABLES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
	{
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(RegiePackage.Literals.MUNICIPALITY__POLICIES,
				 RegieFactory.eINSTANCE.createPolicy()));

		newChildDescriptors.add
			(createChildParameter
				(RegiePackage.Literals.MUNICIPALITY__PARTNERS,
				 RegieFactory.eINSTANCE.createPartner()));

		newChildDescriptors.add
			(createChildParameter
				(RegiePackage.Literals.MUNICIPALITY__AREAS,
				 RegieFactory.eINSTANCE.createArea()));

		newChildDescriptors.add
			(createChildParameter
				(RegiePackage.Literals.MUNICIPALITY__SUBSTANCES,
				 RegieFactory.eINSTANCE.createSubstance()));

		newChildDescriptors.add
			(createChildParameter
				(RegiePackage.Literals.MUNICIPALITY__TARGET_GROUPS,
				 RegieFactory.eINSTANCE.createTargetGroup()));

		newChildDescriptors.add
			(createChildParameter
				(RegiePackage.Literals.MUNICIPALITY__SETTINGS,
				 RegieFactory.eINSTANCE.createSetting()));

		newChildDescriptors.add
			(createChildParameter
				(RegiePackage.Literals.MUNICIPALITY__SIGNALS,
				 RegieFactory.eINSTANCE.createSignal()));

		newChildDescriptors.add
			(createChildParameter
				(RegiePackage.Literals.MUNICIPALITY__INTERVENTIONS,
				 RegieFactory.eINSTANCE.createIntervention()));

		newChildDescriptors.add
			(createChildParameter
				(RegiePackage.Literals.MUNICIPALITY__ROUND_TABLES,
				 RegieFactory.eINSTANCE.createRoundTable()));
	}

}
