/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model.provider;


import java.util.Collection;
import java.util.List;

import nl.regie.model.Intervention;
import nl.regie.model.RegiePackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link nl.regie.model.Intervention} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class InterventionItemProvider extends NamedElementItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterventionItemProvider(AdapterFactory adapterFactory)
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

			addPillarsPropertyDescriptor(object);
			addDomainsPropertyDescriptor(object);
			addSettingsPropertyDescriptor(object);
			addTargetGroupsPropertyDescriptor(object);
			addEvidenceLevelPropertyDescriptor(object);
			addRecognitionDatePropertyDescriptor(object);
			addRecognitionSourcePropertyDescriptor(object);
			addNotRecommendedPropertyDescriptor(object);
			addNotRecommendedReasonPropertyDescriptor(object);
			addProviderPropertyDescriptor(object);
			addProviderKindPropertyDescriptor(object);
			addCostIndicationPropertyDescriptor(object);
			addSourceReferencePropertyDescriptor(object);
			addRecognitionValidUntilPropertyDescriptor(object);
			addCataloguePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Pillars feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPillarsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Intervention_pillars_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Intervention_pillars_feature", "_UI_Intervention_type"),
				 RegiePackage.Literals.INTERVENTION__PILLARS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Domains feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDomainsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Intervention_domains_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Intervention_domains_feature", "_UI_Intervention_type"),
				 RegiePackage.Literals.INTERVENTION__DOMAINS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Settings feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSettingsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Intervention_settings_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Intervention_settings_feature", "_UI_Intervention_type"),
				 RegiePackage.Literals.INTERVENTION__SETTINGS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Groups feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetGroupsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Intervention_targetGroups_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Intervention_targetGroups_feature", "_UI_Intervention_type"),
				 RegiePackage.Literals.INTERVENTION__TARGET_GROUPS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Evidence Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEvidenceLevelPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Intervention_evidenceLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Intervention_evidenceLevel_feature", "_UI_Intervention_type"),
				 RegiePackage.Literals.INTERVENTION__EVIDENCE_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Recognition Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecognitionDatePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Intervention_recognitionDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Intervention_recognitionDate_feature", "_UI_Intervention_type"),
				 RegiePackage.Literals.INTERVENTION__RECOGNITION_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Recognition Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecognitionSourcePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Intervention_recognitionSource_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Intervention_recognitionSource_feature", "_UI_Intervention_type"),
				 RegiePackage.Literals.INTERVENTION__RECOGNITION_SOURCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Not Recommended feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotRecommendedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Intervention_notRecommended_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Intervention_notRecommended_feature", "_UI_Intervention_type"),
				 RegiePackage.Literals.INTERVENTION__NOT_RECOMMENDED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Not Recommended Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotRecommendedReasonPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Intervention_notRecommendedReason_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Intervention_notRecommendedReason_feature", "_UI_Intervention_type"),
				 RegiePackage.Literals.INTERVENTION__NOT_RECOMMENDED_REASON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Provider feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProviderPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Intervention_provider_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Intervention_provider_feature", "_UI_Intervention_type"),
				 RegiePackage.Literals.INTERVENTION__PROVIDER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Provider Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProviderKindPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Intervention_providerKind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Intervention_providerKind_feature", "_UI_Intervention_type"),
				 RegiePackage.Literals.INTERVENTION__PROVIDER_KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cost Indication feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCostIndicationPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Intervention_costIndication_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Intervention_costIndication_feature", "_UI_Intervention_type"),
				 RegiePackage.Literals.INTERVENTION__COST_INDICATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source Reference feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourceReferencePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Intervention_sourceReference_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Intervention_sourceReference_feature", "_UI_Intervention_type"),
				 RegiePackage.Literals.INTERVENTION__SOURCE_REFERENCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Recognition Valid Until feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecognitionValidUntilPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Intervention_recognitionValidUntil_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Intervention_recognitionValidUntil_feature", "_UI_Intervention_type"),
				 RegiePackage.Literals.INTERVENTION__RECOGNITION_VALID_UNTIL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Catalogue feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCataloguePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Intervention_catalogue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Intervention_catalogue_feature", "_UI_Intervention_type"),
				 RegiePackage.Literals.INTERVENTION__CATALOGUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns Intervention.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Intervention"));
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
		String label = ((Intervention)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Intervention_type") :
			getString("_UI_Intervention_type") + " " + label;
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

		switch (notification.getFeatureID(Intervention.class))
		{
			case RegiePackage.INTERVENTION__PILLARS:
			case RegiePackage.INTERVENTION__DOMAINS:
			case RegiePackage.INTERVENTION__SETTINGS:
			case RegiePackage.INTERVENTION__TARGET_GROUPS:
			case RegiePackage.INTERVENTION__EVIDENCE_LEVEL:
			case RegiePackage.INTERVENTION__RECOGNITION_DATE:
			case RegiePackage.INTERVENTION__RECOGNITION_SOURCE:
			case RegiePackage.INTERVENTION__NOT_RECOMMENDED:
			case RegiePackage.INTERVENTION__NOT_RECOMMENDED_REASON:
			case RegiePackage.INTERVENTION__PROVIDER:
			case RegiePackage.INTERVENTION__PROVIDER_KIND:
			case RegiePackage.INTERVENTION__COST_INDICATION:
			case RegiePackage.INTERVENTION__SOURCE_REFERENCE:
			case RegiePackage.INTERVENTION__RECOGNITION_VALID_UNTIL:
			case RegiePackage.INTERVENTION__CATALOGUE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
