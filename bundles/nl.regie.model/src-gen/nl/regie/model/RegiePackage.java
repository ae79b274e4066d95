/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Regie model of local drug-prevention policy: a municipality, its policies and goals over the three pillars and domains, its field partners, the signals they report, the intervention catalogue, multi-track action plans, indicators and measurements.
 * <!-- end-model-doc -->
 * @see nl.regie.model.RegieFactory
 * @model kind="package"
 * @generated
 */
public interface RegiePackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://regie.nl/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "regie";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RegiePackage eINSTANCE = nl.regie.model.impl.RegiePackageImpl.init();

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.RegieObjectImpl <em>Object</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.RegieObjectImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getRegieObject()
	 * @generated
	 */
	int REGIE_OBJECT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGIE_OBJECT__ID = 0;

	/**
	 * The number of structural features of the '<em>Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGIE_OBJECT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGIE_OBJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.NamedElementImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.MunicipalityImpl <em>Municipality</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.MunicipalityImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getMunicipality()
	 * @generated
	 */
	int MUNICIPALITY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Cbs Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__CBS_CODE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__POLICIES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Partners</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__PARTNERS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__AREAS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Substances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__SUBSTANCES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__TARGET_GROUPS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__SETTINGS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Signals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__SIGNALS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Interventions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__INTERVENTIONS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Round Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__ROUND_TABLES = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Municipality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Municipality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.PolicyImpl <em>Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.PolicyImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getPolicy()
	 * @generated
	 */
	int POLICY = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__TITLE = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__START_DATE = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__END_DATE = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__STATUS = REGIE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__DESCRIPTION = REGIE_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__GOALS = REGIE_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Action Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__ACTION_PLANS = REGIE_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Reviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__REVIEWS = REGIE_OBJECT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.GoalImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__STATEMENT = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pillars</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__PILLARS = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__DOMAINS = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TARGET_GROUP = REGIE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__INDICATORS = REGIE_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.PartnerImpl <em>Partner</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.PartnerImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getPartner()
	 * @generated
	 */
	int PARTNER = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER__DOMAIN = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Partner</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Partner</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.SubstanceImpl <em>Substance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.SubstanceImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getSubstance()
	 * @generated
	 */
	int SUBSTANCE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTANCE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTANCE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTANCE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTANCE__ALIASES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>New Psychoactive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTANCE__NEW_PSYCHOACTIVE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Substance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTANCE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Substance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBSTANCE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.TargetGroupImpl <em>Target Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.TargetGroupImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getTargetGroup()
	 * @generated
	 */
	int TARGET_GROUP = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_GROUP__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_GROUP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_GROUP__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Minimum Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_GROUP__MINIMUM_AGE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Maximum Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_GROUP__MAXIMUM_AGE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Target Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_GROUP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Target Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_GROUP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.SettingImpl <em>Setting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.SettingImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getSetting()
	 * @generated
	 */
	int SETTING = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.AreaImpl <em>Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.AreaImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getArea()
	 * @generated
	 */
	int AREA = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__CODE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.SignalImpl <em>Signal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.SignalImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getSignal()
	 * @generated
	 */
	int SIGNAL = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Observed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__OBSERVED_ON = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reported On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__REPORTED_ON = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__SOURCE = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Substances</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__SUBSTANCES = REGIE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__TARGET_GROUP = REGIE_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Setting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__SETTING = REGIE_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__AREA = REGIE_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Concern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__CONCERN = REGIE_OBJECT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__CONFIDENCE = REGIE_OBJECT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__STATUS = REGIE_OBJECT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__DESCRIPTION = REGIE_OBJECT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Retraction Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__RETRACTION_REASON = REGIE_OBJECT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Signal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Signal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.InterventionImpl <em>Intervention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.InterventionImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getIntervention()
	 * @generated
	 */
	int INTERVENTION = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Pillars</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__PILLARS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__DOMAINS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__SETTINGS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Groups</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__TARGET_GROUPS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__EVIDENCE_LEVEL = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Recognition Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__RECOGNITION_DATE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Recognition Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__RECOGNITION_SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Not Recommended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__NOT_RECOMMENDED = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Not Recommended Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__NOT_RECOMMENDED_REASON = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__PROVIDER = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Provider Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__PROVIDER_KIND = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Cost Indication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__COST_INDICATION = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Source Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__SOURCE_REFERENCE = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Recognition Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__RECOGNITION_VALID_UNTIL = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Catalogue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__CATALOGUE = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.ActionPlanImpl <em>Action Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.ActionPlanImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getActionPlan()
	 * @generated
	 */
	int ACTION_PLAN = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__TITLE = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__DESCRIPTION = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__START_DATE = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__END_DATE = REGIE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__BUDGET = REGIE_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Tracks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__TRACKS = REGIE_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Agreements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__AGREEMENTS = REGIE_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Action Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Action Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.TrackImpl <em>Track</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.TrackImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getTrack()
	 * @generated
	 */
	int TRACK = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK__ACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Track</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Track</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.ActionImpl <em>Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.ActionImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getAction()
	 * @generated
	 */
	int ACTION = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__TITLE = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DESCRIPTION = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Intervention</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__INTERVENTION = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Pillar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__PILLAR = REGIE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DOMAIN = REGIE_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__OWNER = REGIE_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Involvements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__INVOLVEMENTS = REGIE_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Target Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__TARGET_GROUP = REGIE_OBJECT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Setting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__SETTING = REGIE_OBJECT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__START_DATE = REGIE_OBJECT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__END_DATE = REGIE_OBJECT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__BUDGET = REGIE_OBJECT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__STATUS = REGIE_OBJECT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Signals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__SIGNALS = REGIE_OBJECT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Clusters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__CLUSTERS = REGIE_OBJECT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__GOALS = REGIE_OBJECT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Milestones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__MILESTONES = REGIE_OBJECT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Fidelity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__FIDELITY = REGIE_OBJECT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Adaptations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ADAPTATIONS = REGIE_OBJECT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Re Aim</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__RE_AIM = REGIE_OBJECT_FEATURE_COUNT + 19;

	/**
	 * The number of structural features of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 20;

	/**
	 * The number of operations of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.InvolvementImpl <em>Involvement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.InvolvementImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getInvolvement()
	 * @generated
	 */
	int INVOLVEMENT = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOLVEMENT__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOLVEMENT__PARTNER = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOLVEMENT__ROLE = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOLVEMENT__DESCRIPTION = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Involvement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOLVEMENT_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Involvement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVOLVEMENT_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.AgreementImpl <em>Agreement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.AgreementImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getAgreement()
	 * @generated
	 */
	int AGREEMENT = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__TITLE = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__DESCRIPTION = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Partners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__PARTNERS = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Agreed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__AGREED_ON = REGIE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Review On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__REVIEW_ON = REGIE_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.MilestoneImpl <em>Milestone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.MilestoneImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getMilestone()
	 * @generated
	 */
	int MILESTONE = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__TITLE = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DUE_DATE = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reached</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__REACHED = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.RoundTableImpl <em>Round Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.RoundTableImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getRoundTable()
	 * @generated
	 */
	int ROUND_TABLE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUND_TABLE__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUND_TABLE__TITLE = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUND_TABLE__DATE = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUND_TABLE__PARTICIPANTS = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Picture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUND_TABLE__PICTURE = REGIE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Clusters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUND_TABLE__CLUSTERS = REGIE_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Concerns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUND_TABLE__CONCERNS = REGIE_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Agreements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUND_TABLE__AGREEMENTS = REGIE_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUND_TABLE__PLAN = REGIE_OBJECT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUND_TABLE__ACTIONS = REGIE_OBJECT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Round Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUND_TABLE_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Round Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUND_TABLE_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.ConcernImpl <em>Concern</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.ConcernImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getConcern()
	 * @generated
	 */
	int CONCERN = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCERN__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCERN__PARTNER = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCERN__KIND = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCERN__TEXT = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Answered By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCERN__ANSWERED_BY = REGIE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Concern</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCERN_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Concern</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCERN_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.AdaptationImpl <em>Adaptation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.AdaptationImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getAdaptation()
	 * @generated
	 */
	int ADAPTATION = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTATION__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTATION__DATE = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTATION__CHANGE = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTATION__REASON = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Adaptation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTATION_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Adaptation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTATION_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.ReAimScoreImpl <em>Re Aim Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.ReAimScoreImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getReAimScore()
	 * @generated
	 */
	int RE_AIM_SCORE = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RE_AIM_SCORE__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RE_AIM_SCORE__DIMENSION = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RE_AIM_SCORE__VALUE = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RE_AIM_SCORE__MEASURE = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RE_AIM_SCORE__DATA_SOURCE = REGIE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Measured On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RE_AIM_SCORE__MEASURED_ON = REGIE_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RE_AIM_SCORE__NOTE = REGIE_OBJECT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Re Aim Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RE_AIM_SCORE_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Re Aim Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RE_AIM_SCORE_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.PolicyReviewImpl <em>Policy Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.PolicyReviewImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getPolicyReview()
	 * @generated
	 */
	int POLICY_REVIEW = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REVIEW__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REVIEW__TITLE = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REVIEW__DATE = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REVIEW__ANSWERS = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Policy Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REVIEW_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Policy Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REVIEW_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.ReviewAnswerImpl <em>Review Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.ReviewAnswerImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getReviewAnswer()
	 * @generated
	 */
	int REVIEW_ANSWER = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ANSWER__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ANSWER__QUESTION = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ANSWER__ANSWER = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ANSWER__EVIDENCE = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Review Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ANSWER_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Review Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ANSWER_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.IndicatorImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DIRECTION = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Disaggregation</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DISAGGREGATION = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DATA_SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MEASUREMENTS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.impl.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.impl.MeasurementImpl
	 * @see nl.regie.model.impl.RegiePackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__ID = REGIE_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Measured On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__MEASURED_ON = REGIE_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__VALUE = REGIE_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Breakdown</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__BREAKDOWN = REGIE_OBJECT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__NOTE = REGIE_OBJECT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = REGIE_OBJECT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = REGIE_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.regie.model.ConcernKind <em>Concern Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.ConcernKind
	 * @see nl.regie.model.impl.RegiePackageImpl#getConcernKind()
	 * @generated
	 */
	int CONCERN_KIND = 26;

	/**
	 * The meta object id for the '{@link nl.regie.model.ReAimDimension <em>Re Aim Dimension</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.ReAimDimension
	 * @see nl.regie.model.impl.RegiePackageImpl#getReAimDimension()
	 * @generated
	 */
	int RE_AIM_DIMENSION = 27;

	/**
	 * The meta object id for the '{@link nl.regie.model.ReviewQuestion <em>Review Question</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.ReviewQuestion
	 * @see nl.regie.model.impl.RegiePackageImpl#getReviewQuestion()
	 * @generated
	 */
	int REVIEW_QUESTION = 28;

	/**
	 * The meta object id for the '{@link nl.regie.model.Pillar <em>Pillar</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.Pillar
	 * @see nl.regie.model.impl.RegiePackageImpl#getPillar()
	 * @generated
	 */
	int PILLAR = 29;

	/**
	 * The meta object id for the '{@link nl.regie.model.Domain <em>Domain</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.Domain
	 * @see nl.regie.model.impl.RegiePackageImpl#getDomain()
	 * @generated
	 */
	int DOMAIN = 30;

	/**
	 * The meta object id for the '{@link nl.regie.model.PolicyStatus <em>Policy Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.PolicyStatus
	 * @see nl.regie.model.impl.RegiePackageImpl#getPolicyStatus()
	 * @generated
	 */
	int POLICY_STATUS = 31;

	/**
	 * The meta object id for the '{@link nl.regie.model.PartnerKind <em>Partner Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.PartnerKind
	 * @see nl.regie.model.impl.RegiePackageImpl#getPartnerKind()
	 * @generated
	 */
	int PARTNER_KIND = 32;

	/**
	 * The meta object id for the '{@link nl.regie.model.SettingKind <em>Setting Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.SettingKind
	 * @see nl.regie.model.impl.RegiePackageImpl#getSettingKind()
	 * @generated
	 */
	int SETTING_KIND = 33;

	/**
	 * The meta object id for the '{@link nl.regie.model.ConcernLevel <em>Concern Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.ConcernLevel
	 * @see nl.regie.model.impl.RegiePackageImpl#getConcernLevel()
	 * @generated
	 */
	int CONCERN_LEVEL = 34;

	/**
	 * The meta object id for the '{@link nl.regie.model.Confidence <em>Confidence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.Confidence
	 * @see nl.regie.model.impl.RegiePackageImpl#getConfidence()
	 * @generated
	 */
	int CONFIDENCE = 35;

	/**
	 * The meta object id for the '{@link nl.regie.model.SignalStatus <em>Signal Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.SignalStatus
	 * @see nl.regie.model.impl.RegiePackageImpl#getSignalStatus()
	 * @generated
	 */
	int SIGNAL_STATUS = 36;

	/**
	 * The meta object id for the '{@link nl.regie.model.CostIndication <em>Cost Indication</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.CostIndication
	 * @see nl.regie.model.impl.RegiePackageImpl#getCostIndication()
	 * @generated
	 */
	int COST_INDICATION = 37;

	/**
	 * The meta object id for the '{@link nl.regie.model.EvidenceLevel <em>Evidence Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.EvidenceLevel
	 * @see nl.regie.model.impl.RegiePackageImpl#getEvidenceLevel()
	 * @generated
	 */
	int EVIDENCE_LEVEL = 38;

	/**
	 * The meta object id for the '{@link nl.regie.model.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.ActionStatus
	 * @see nl.regie.model.impl.RegiePackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 39;

	/**
	 * The meta object id for the '{@link nl.regie.model.PartnerRole <em>Partner Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.PartnerRole
	 * @see nl.regie.model.impl.RegiePackageImpl#getPartnerRole()
	 * @generated
	 */
	int PARTNER_ROLE = 40;

	/**
	 * The meta object id for the '{@link nl.regie.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.regie.model.Direction
	 * @see nl.regie.model.impl.RegiePackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 41;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see nl.regie.model.impl.RegiePackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 42;


	/**
	 * Returns the meta object for class '{@link nl.regie.model.RegieObject <em>Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Object</em>'.
	 * @see nl.regie.model.RegieObject
	 * @generated
	 */
	EClass getRegieObject();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.RegieObject#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see nl.regie.model.RegieObject#getId()
	 * @see #getRegieObject()
	 * @generated
	 */
	EAttribute getRegieObject_Id();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see nl.regie.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.regie.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.regie.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Municipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Municipality</em>'.
	 * @see nl.regie.model.Municipality
	 * @generated
	 */
	EClass getMunicipality();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Municipality#getCbsCode <em>Cbs Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cbs Code</em>'.
	 * @see nl.regie.model.Municipality#getCbsCode()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_CbsCode();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Municipality#getPolicies <em>Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Policies</em>'.
	 * @see nl.regie.model.Municipality#getPolicies()
	 * @see #getMunicipality()
	 * @generated
	 */
	EReference getMunicipality_Policies();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Municipality#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Partners</em>'.
	 * @see nl.regie.model.Municipality#getPartners()
	 * @see #getMunicipality()
	 * @generated
	 */
	EReference getMunicipality_Partners();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Municipality#getAreas <em>Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Areas</em>'.
	 * @see nl.regie.model.Municipality#getAreas()
	 * @see #getMunicipality()
	 * @generated
	 */
	EReference getMunicipality_Areas();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Municipality#getSubstances <em>Substances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Substances</em>'.
	 * @see nl.regie.model.Municipality#getSubstances()
	 * @see #getMunicipality()
	 * @generated
	 */
	EReference getMunicipality_Substances();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Municipality#getTargetGroups <em>Target Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Target Groups</em>'.
	 * @see nl.regie.model.Municipality#getTargetGroups()
	 * @see #getMunicipality()
	 * @generated
	 */
	EReference getMunicipality_TargetGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Municipality#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Settings</em>'.
	 * @see nl.regie.model.Municipality#getSettings()
	 * @see #getMunicipality()
	 * @generated
	 */
	EReference getMunicipality_Settings();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Municipality#getSignals <em>Signals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Signals</em>'.
	 * @see nl.regie.model.Municipality#getSignals()
	 * @see #getMunicipality()
	 * @generated
	 */
	EReference getMunicipality_Signals();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Municipality#getInterventions <em>Interventions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interventions</em>'.
	 * @see nl.regie.model.Municipality#getInterventions()
	 * @see #getMunicipality()
	 * @generated
	 */
	EReference getMunicipality_Interventions();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Municipality#getRoundTables <em>Round Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Round Tables</em>'.
	 * @see nl.regie.model.Municipality#getRoundTables()
	 * @see #getMunicipality()
	 * @generated
	 */
	EReference getMunicipality_RoundTables();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Policy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy</em>'.
	 * @see nl.regie.model.Policy
	 * @generated
	 */
	EClass getPolicy();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Policy#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.regie.model.Policy#getTitle()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Policy#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see nl.regie.model.Policy#getStartDate()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Policy#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see nl.regie.model.Policy#getEndDate()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Policy#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see nl.regie.model.Policy#getStatus()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Status();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Policy#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.regie.model.Policy#getDescription()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Policy#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see nl.regie.model.Policy#getGoals()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Policy#getActionPlans <em>Action Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Action Plans</em>'.
	 * @see nl.regie.model.Policy#getActionPlans()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_ActionPlans();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Policy#getReviews <em>Reviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reviews</em>'.
	 * @see nl.regie.model.Policy#getReviews()
	 * @see #getPolicy()
	 * @generated
	 */
	EReference getPolicy_Reviews();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see nl.regie.model.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Goal#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see nl.regie.model.Goal#getStatement()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Statement();

	/**
	 * Returns the meta object for the attribute list '{@link nl.regie.model.Goal#getPillars <em>Pillars</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Pillars</em>'.
	 * @see nl.regie.model.Goal#getPillars()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Pillars();

	/**
	 * Returns the meta object for the attribute list '{@link nl.regie.model.Goal#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Domains</em>'.
	 * @see nl.regie.model.Goal#getDomains()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Domains();

	/**
	 * Returns the meta object for the reference '{@link nl.regie.model.Goal#getTargetGroup <em>Target Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Group</em>'.
	 * @see nl.regie.model.Goal#getTargetGroup()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_TargetGroup();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Goal#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see nl.regie.model.Goal#getIndicators()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Indicators();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Partner <em>Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partner</em>'.
	 * @see nl.regie.model.Partner
	 * @generated
	 */
	EClass getPartner();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Partner#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see nl.regie.model.Partner#getKind()
	 * @see #getPartner()
	 * @generated
	 */
	EAttribute getPartner_Kind();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Partner#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see nl.regie.model.Partner#getDomain()
	 * @see #getPartner()
	 * @generated
	 */
	EAttribute getPartner_Domain();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Substance <em>Substance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Substance</em>'.
	 * @see nl.regie.model.Substance
	 * @generated
	 */
	EClass getSubstance();

	/**
	 * Returns the meta object for the attribute list '{@link nl.regie.model.Substance#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see nl.regie.model.Substance#getAliases()
	 * @see #getSubstance()
	 * @generated
	 */
	EAttribute getSubstance_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Substance#isNewPsychoactive <em>New Psychoactive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Psychoactive</em>'.
	 * @see nl.regie.model.Substance#isNewPsychoactive()
	 * @see #getSubstance()
	 * @generated
	 */
	EAttribute getSubstance_NewPsychoactive();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.TargetGroup <em>Target Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target Group</em>'.
	 * @see nl.regie.model.TargetGroup
	 * @generated
	 */
	EClass getTargetGroup();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.TargetGroup#getMinimumAge <em>Minimum Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Age</em>'.
	 * @see nl.regie.model.TargetGroup#getMinimumAge()
	 * @see #getTargetGroup()
	 * @generated
	 */
	EAttribute getTargetGroup_MinimumAge();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.TargetGroup#getMaximumAge <em>Maximum Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum Age</em>'.
	 * @see nl.regie.model.TargetGroup#getMaximumAge()
	 * @see #getTargetGroup()
	 * @generated
	 */
	EAttribute getTargetGroup_MaximumAge();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Setting <em>Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Setting</em>'.
	 * @see nl.regie.model.Setting
	 * @generated
	 */
	EClass getSetting();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Setting#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see nl.regie.model.Setting#getKind()
	 * @see #getSetting()
	 * @generated
	 */
	EAttribute getSetting_Kind();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Area <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Area</em>'.
	 * @see nl.regie.model.Area
	 * @generated
	 */
	EClass getArea();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Area#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see nl.regie.model.Area#getCode()
	 * @see #getArea()
	 * @generated
	 */
	EAttribute getArea_Code();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Signal <em>Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signal</em>'.
	 * @see nl.regie.model.Signal
	 * @generated
	 */
	EClass getSignal();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Signal#getObservedOn <em>Observed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed On</em>'.
	 * @see nl.regie.model.Signal#getObservedOn()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_ObservedOn();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Signal#getReportedOn <em>Reported On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reported On</em>'.
	 * @see nl.regie.model.Signal#getReportedOn()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_ReportedOn();

	/**
	 * Returns the meta object for the reference '{@link nl.regie.model.Signal#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see nl.regie.model.Signal#getSource()
	 * @see #getSignal()
	 * @generated
	 */
	EReference getSignal_Source();

	/**
	 * Returns the meta object for the reference list '{@link nl.regie.model.Signal#getSubstances <em>Substances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Substances</em>'.
	 * @see nl.regie.model.Signal#getSubstances()
	 * @see #getSignal()
	 * @generated
	 */
	EReference getSignal_Substances();

	/**
	 * Returns the meta object for the reference '{@link nl.regie.model.Signal#getTargetGroup <em>Target Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Group</em>'.
	 * @see nl.regie.model.Signal#getTargetGroup()
	 * @see #getSignal()
	 * @generated
	 */
	EReference getSignal_TargetGroup();

	/**
	 * Returns the meta object for the reference '{@link nl.regie.model.Signal#getSetting <em>Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Setting</em>'.
	 * @see nl.regie.model.Signal#getSetting()
	 * @see #getSignal()
	 * @generated
	 */
	EReference getSignal_Setting();

	/**
	 * Returns the meta object for the reference '{@link nl.regie.model.Signal#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Area</em>'.
	 * @see nl.regie.model.Signal#getArea()
	 * @see #getSignal()
	 * @generated
	 */
	EReference getSignal_Area();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Signal#getConcern <em>Concern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Concern</em>'.
	 * @see nl.regie.model.Signal#getConcern()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_Concern();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Signal#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see nl.regie.model.Signal#getConfidence()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Signal#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see nl.regie.model.Signal#getStatus()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_Status();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Signal#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.regie.model.Signal#getDescription()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_Description();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Signal#getRetractionReason <em>Retraction Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retraction Reason</em>'.
	 * @see nl.regie.model.Signal#getRetractionReason()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_RetractionReason();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Intervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Intervention</em>'.
	 * @see nl.regie.model.Intervention
	 * @generated
	 */
	EClass getIntervention();

	/**
	 * Returns the meta object for the attribute list '{@link nl.regie.model.Intervention#getPillars <em>Pillars</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Pillars</em>'.
	 * @see nl.regie.model.Intervention#getPillars()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Pillars();

	/**
	 * Returns the meta object for the attribute list '{@link nl.regie.model.Intervention#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Domains</em>'.
	 * @see nl.regie.model.Intervention#getDomains()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Domains();

	/**
	 * Returns the meta object for the attribute list '{@link nl.regie.model.Intervention#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Settings</em>'.
	 * @see nl.regie.model.Intervention#getSettings()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Settings();

	/**
	 * Returns the meta object for the attribute list '{@link nl.regie.model.Intervention#getTargetGroups <em>Target Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Target Groups</em>'.
	 * @see nl.regie.model.Intervention#getTargetGroups()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_TargetGroups();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Intervention#getEvidenceLevel <em>Evidence Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Level</em>'.
	 * @see nl.regie.model.Intervention#getEvidenceLevel()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_EvidenceLevel();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Intervention#getRecognitionDate <em>Recognition Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recognition Date</em>'.
	 * @see nl.regie.model.Intervention#getRecognitionDate()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_RecognitionDate();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Intervention#getRecognitionSource <em>Recognition Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recognition Source</em>'.
	 * @see nl.regie.model.Intervention#getRecognitionSource()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_RecognitionSource();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Intervention#isNotRecommended <em>Not Recommended</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Recommended</em>'.
	 * @see nl.regie.model.Intervention#isNotRecommended()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_NotRecommended();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Intervention#getNotRecommendedReason <em>Not Recommended Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Recommended Reason</em>'.
	 * @see nl.regie.model.Intervention#getNotRecommendedReason()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_NotRecommendedReason();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Intervention#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see nl.regie.model.Intervention#getProvider()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Provider();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Intervention#getProviderKind <em>Provider Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider Kind</em>'.
	 * @see nl.regie.model.Intervention#getProviderKind()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_ProviderKind();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Intervention#getCostIndication <em>Cost Indication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost Indication</em>'.
	 * @see nl.regie.model.Intervention#getCostIndication()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_CostIndication();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Intervention#getSourceReference <em>Source Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Reference</em>'.
	 * @see nl.regie.model.Intervention#getSourceReference()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_SourceReference();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Intervention#getRecognitionValidUntil <em>Recognition Valid Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recognition Valid Until</em>'.
	 * @see nl.regie.model.Intervention#getRecognitionValidUntil()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_RecognitionValidUntil();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Intervention#getCatalogue <em>Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Catalogue</em>'.
	 * @see nl.regie.model.Intervention#getCatalogue()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Catalogue();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.ActionPlan <em>Action Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action Plan</em>'.
	 * @see nl.regie.model.ActionPlan
	 * @generated
	 */
	EClass getActionPlan();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.ActionPlan#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.regie.model.ActionPlan#getTitle()
	 * @see #getActionPlan()
	 * @generated
	 */
	EAttribute getActionPlan_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.ActionPlan#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.regie.model.ActionPlan#getDescription()
	 * @see #getActionPlan()
	 * @generated
	 */
	EAttribute getActionPlan_Description();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.ActionPlan#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see nl.regie.model.ActionPlan#getStartDate()
	 * @see #getActionPlan()
	 * @generated
	 */
	EAttribute getActionPlan_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.ActionPlan#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see nl.regie.model.ActionPlan#getEndDate()
	 * @see #getActionPlan()
	 * @generated
	 */
	EAttribute getActionPlan_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.ActionPlan#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see nl.regie.model.ActionPlan#getBudget()
	 * @see #getActionPlan()
	 * @generated
	 */
	EAttribute getActionPlan_Budget();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.ActionPlan#getTracks <em>Tracks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tracks</em>'.
	 * @see nl.regie.model.ActionPlan#getTracks()
	 * @see #getActionPlan()
	 * @generated
	 */
	EReference getActionPlan_Tracks();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.ActionPlan#getAgreements <em>Agreements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agreements</em>'.
	 * @see nl.regie.model.ActionPlan#getAgreements()
	 * @see #getActionPlan()
	 * @generated
	 */
	EReference getActionPlan_Agreements();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Track <em>Track</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Track</em>'.
	 * @see nl.regie.model.Track
	 * @generated
	 */
	EClass getTrack();

	/**
	 * Returns the meta object for the reference '{@link nl.regie.model.Track#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see nl.regie.model.Track#getOwner()
	 * @see #getTrack()
	 * @generated
	 */
	EReference getTrack_Owner();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Track#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see nl.regie.model.Track#getActions()
	 * @see #getTrack()
	 * @generated
	 */
	EReference getTrack_Actions();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action</em>'.
	 * @see nl.regie.model.Action
	 * @generated
	 */
	EClass getAction();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Action#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.regie.model.Action#getTitle()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Action#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.regie.model.Action#getDescription()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Description();

	/**
	 * Returns the meta object for the reference '{@link nl.regie.model.Action#getIntervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Intervention</em>'.
	 * @see nl.regie.model.Action#getIntervention()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Intervention();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Action#getPillar <em>Pillar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pillar</em>'.
	 * @see nl.regie.model.Action#getPillar()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Pillar();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Action#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see nl.regie.model.Action#getDomain()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Domain();

	/**
	 * Returns the meta object for the reference '{@link nl.regie.model.Action#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see nl.regie.model.Action#getOwner()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Owner();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Action#getInvolvements <em>Involvements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Involvements</em>'.
	 * @see nl.regie.model.Action#getInvolvements()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Involvements();

	/**
	 * Returns the meta object for the reference '{@link nl.regie.model.Action#getTargetGroup <em>Target Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Group</em>'.
	 * @see nl.regie.model.Action#getTargetGroup()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_TargetGroup();

	/**
	 * Returns the meta object for the reference '{@link nl.regie.model.Action#getSetting <em>Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Setting</em>'.
	 * @see nl.regie.model.Action#getSetting()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Setting();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Action#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see nl.regie.model.Action#getStartDate()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Action#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see nl.regie.model.Action#getEndDate()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Action#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see nl.regie.model.Action#getBudget()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Budget();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Action#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see nl.regie.model.Action#getStatus()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Status();

	/**
	 * Returns the meta object for the reference list '{@link nl.regie.model.Action#getSignals <em>Signals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Signals</em>'.
	 * @see nl.regie.model.Action#getSignals()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Signals();

	/**
	 * Returns the meta object for the attribute list '{@link nl.regie.model.Action#getClusters <em>Clusters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Clusters</em>'.
	 * @see nl.regie.model.Action#getClusters()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Clusters();

	/**
	 * Returns the meta object for the reference list '{@link nl.regie.model.Action#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Goals</em>'.
	 * @see nl.regie.model.Action#getGoals()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Action#getMilestones <em>Milestones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Milestones</em>'.
	 * @see nl.regie.model.Action#getMilestones()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Milestones();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Action#getFidelity <em>Fidelity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fidelity</em>'.
	 * @see nl.regie.model.Action#getFidelity()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Fidelity();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Action#getAdaptations <em>Adaptations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Adaptations</em>'.
	 * @see nl.regie.model.Action#getAdaptations()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Adaptations();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Action#getReAim <em>Re Aim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Re Aim</em>'.
	 * @see nl.regie.model.Action#getReAim()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_ReAim();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Involvement <em>Involvement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Involvement</em>'.
	 * @see nl.regie.model.Involvement
	 * @generated
	 */
	EClass getInvolvement();

	/**
	 * Returns the meta object for the reference '{@link nl.regie.model.Involvement#getPartner <em>Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Partner</em>'.
	 * @see nl.regie.model.Involvement#getPartner()
	 * @see #getInvolvement()
	 * @generated
	 */
	EReference getInvolvement_Partner();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Involvement#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see nl.regie.model.Involvement#getRole()
	 * @see #getInvolvement()
	 * @generated
	 */
	EAttribute getInvolvement_Role();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Involvement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.regie.model.Involvement#getDescription()
	 * @see #getInvolvement()
	 * @generated
	 */
	EAttribute getInvolvement_Description();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Agreement <em>Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agreement</em>'.
	 * @see nl.regie.model.Agreement
	 * @generated
	 */
	EClass getAgreement();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Agreement#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.regie.model.Agreement#getTitle()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Agreement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.regie.model.Agreement#getDescription()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_Description();

	/**
	 * Returns the meta object for the reference list '{@link nl.regie.model.Agreement#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partners</em>'.
	 * @see nl.regie.model.Agreement#getPartners()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_Partners();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Agreement#getAgreedOn <em>Agreed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agreed On</em>'.
	 * @see nl.regie.model.Agreement#getAgreedOn()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_AgreedOn();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Agreement#getReviewOn <em>Review On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review On</em>'.
	 * @see nl.regie.model.Agreement#getReviewOn()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_ReviewOn();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Milestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Milestone</em>'.
	 * @see nl.regie.model.Milestone
	 * @generated
	 */
	EClass getMilestone();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Milestone#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.regie.model.Milestone#getTitle()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Milestone#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see nl.regie.model.Milestone#getDueDate()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Milestone#isReached <em>Reached</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reached</em>'.
	 * @see nl.regie.model.Milestone#isReached()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Reached();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.RoundTable <em>Round Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Round Table</em>'.
	 * @see nl.regie.model.RoundTable
	 * @generated
	 */
	EClass getRoundTable();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.RoundTable#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.regie.model.RoundTable#getTitle()
	 * @see #getRoundTable()
	 * @generated
	 */
	EAttribute getRoundTable_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.RoundTable#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see nl.regie.model.RoundTable#getDate()
	 * @see #getRoundTable()
	 * @generated
	 */
	EAttribute getRoundTable_Date();

	/**
	 * Returns the meta object for the reference list '{@link nl.regie.model.RoundTable#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Participants</em>'.
	 * @see nl.regie.model.RoundTable#getParticipants()
	 * @see #getRoundTable()
	 * @generated
	 */
	EReference getRoundTable_Participants();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.RoundTable#getPicture <em>Picture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Picture</em>'.
	 * @see nl.regie.model.RoundTable#getPicture()
	 * @see #getRoundTable()
	 * @generated
	 */
	EAttribute getRoundTable_Picture();

	/**
	 * Returns the meta object for the attribute list '{@link nl.regie.model.RoundTable#getClusters <em>Clusters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Clusters</em>'.
	 * @see nl.regie.model.RoundTable#getClusters()
	 * @see #getRoundTable()
	 * @generated
	 */
	EAttribute getRoundTable_Clusters();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.RoundTable#getConcerns <em>Concerns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Concerns</em>'.
	 * @see nl.regie.model.RoundTable#getConcerns()
	 * @see #getRoundTable()
	 * @generated
	 */
	EReference getRoundTable_Concerns();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.RoundTable#getAgreements <em>Agreements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agreements</em>'.
	 * @see nl.regie.model.RoundTable#getAgreements()
	 * @see #getRoundTable()
	 * @generated
	 */
	EReference getRoundTable_Agreements();

	/**
	 * Returns the meta object for the reference '{@link nl.regie.model.RoundTable#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Plan</em>'.
	 * @see nl.regie.model.RoundTable#getPlan()
	 * @see #getRoundTable()
	 * @generated
	 */
	EReference getRoundTable_Plan();

	/**
	 * Returns the meta object for the reference list '{@link nl.regie.model.RoundTable#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actions</em>'.
	 * @see nl.regie.model.RoundTable#getActions()
	 * @see #getRoundTable()
	 * @generated
	 */
	EReference getRoundTable_Actions();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Concern <em>Concern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Concern</em>'.
	 * @see nl.regie.model.Concern
	 * @generated
	 */
	EClass getConcern();

	/**
	 * Returns the meta object for the reference '{@link nl.regie.model.Concern#getPartner <em>Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Partner</em>'.
	 * @see nl.regie.model.Concern#getPartner()
	 * @see #getConcern()
	 * @generated
	 */
	EReference getConcern_Partner();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Concern#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see nl.regie.model.Concern#getKind()
	 * @see #getConcern()
	 * @generated
	 */
	EAttribute getConcern_Kind();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Concern#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see nl.regie.model.Concern#getText()
	 * @see #getConcern()
	 * @generated
	 */
	EAttribute getConcern_Text();

	/**
	 * Returns the meta object for the reference '{@link nl.regie.model.Concern#getAnsweredBy <em>Answered By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Answered By</em>'.
	 * @see nl.regie.model.Concern#getAnsweredBy()
	 * @see #getConcern()
	 * @generated
	 */
	EReference getConcern_AnsweredBy();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Adaptation <em>Adaptation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adaptation</em>'.
	 * @see nl.regie.model.Adaptation
	 * @generated
	 */
	EClass getAdaptation();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Adaptation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see nl.regie.model.Adaptation#getDate()
	 * @see #getAdaptation()
	 * @generated
	 */
	EAttribute getAdaptation_Date();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Adaptation#getChange <em>Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change</em>'.
	 * @see nl.regie.model.Adaptation#getChange()
	 * @see #getAdaptation()
	 * @generated
	 */
	EAttribute getAdaptation_Change();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Adaptation#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see nl.regie.model.Adaptation#getReason()
	 * @see #getAdaptation()
	 * @generated
	 */
	EAttribute getAdaptation_Reason();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.ReAimScore <em>Re Aim Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Re Aim Score</em>'.
	 * @see nl.regie.model.ReAimScore
	 * @generated
	 */
	EClass getReAimScore();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.ReAimScore#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimension</em>'.
	 * @see nl.regie.model.ReAimScore#getDimension()
	 * @see #getReAimScore()
	 * @generated
	 */
	EAttribute getReAimScore_Dimension();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.ReAimScore#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see nl.regie.model.ReAimScore#getValue()
	 * @see #getReAimScore()
	 * @generated
	 */
	EAttribute getReAimScore_Value();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.ReAimScore#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see nl.regie.model.ReAimScore#getMeasure()
	 * @see #getReAimScore()
	 * @generated
	 */
	EAttribute getReAimScore_Measure();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.ReAimScore#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Source</em>'.
	 * @see nl.regie.model.ReAimScore#getDataSource()
	 * @see #getReAimScore()
	 * @generated
	 */
	EAttribute getReAimScore_DataSource();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.ReAimScore#getMeasuredOn <em>Measured On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measured On</em>'.
	 * @see nl.regie.model.ReAimScore#getMeasuredOn()
	 * @see #getReAimScore()
	 * @generated
	 */
	EAttribute getReAimScore_MeasuredOn();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.ReAimScore#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see nl.regie.model.ReAimScore#getNote()
	 * @see #getReAimScore()
	 * @generated
	 */
	EAttribute getReAimScore_Note();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.PolicyReview <em>Policy Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Review</em>'.
	 * @see nl.regie.model.PolicyReview
	 * @generated
	 */
	EClass getPolicyReview();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.PolicyReview#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.regie.model.PolicyReview#getTitle()
	 * @see #getPolicyReview()
	 * @generated
	 */
	EAttribute getPolicyReview_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.PolicyReview#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see nl.regie.model.PolicyReview#getDate()
	 * @see #getPolicyReview()
	 * @generated
	 */
	EAttribute getPolicyReview_Date();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.PolicyReview#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see nl.regie.model.PolicyReview#getAnswers()
	 * @see #getPolicyReview()
	 * @generated
	 */
	EReference getPolicyReview_Answers();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.ReviewAnswer <em>Review Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Answer</em>'.
	 * @see nl.regie.model.ReviewAnswer
	 * @generated
	 */
	EClass getReviewAnswer();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.ReviewAnswer#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question</em>'.
	 * @see nl.regie.model.ReviewAnswer#getQuestion()
	 * @see #getReviewAnswer()
	 * @generated
	 */
	EAttribute getReviewAnswer_Question();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.ReviewAnswer#getAnswer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer</em>'.
	 * @see nl.regie.model.ReviewAnswer#getAnswer()
	 * @see #getReviewAnswer()
	 * @generated
	 */
	EAttribute getReviewAnswer_Answer();

	/**
	 * Returns the meta object for the reference list '{@link nl.regie.model.ReviewAnswer#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see nl.regie.model.ReviewAnswer#getEvidence()
	 * @see #getReviewAnswer()
	 * @generated
	 */
	EReference getReviewAnswer_Evidence();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see nl.regie.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see nl.regie.model.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Indicator#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see nl.regie.model.Indicator#getBaseline()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Indicator#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see nl.regie.model.Indicator#getTarget()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Target();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Indicator#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see nl.regie.model.Indicator#getDirection()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Direction();

	/**
	 * Returns the meta object for the attribute list '{@link nl.regie.model.Indicator#getDisaggregation <em>Disaggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Disaggregation</em>'.
	 * @see nl.regie.model.Indicator#getDisaggregation()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Disaggregation();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Indicator#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Source</em>'.
	 * @see nl.regie.model.Indicator#getDataSource()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_DataSource();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.regie.model.Indicator#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see nl.regie.model.Indicator#getMeasurements()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Measurements();

	/**
	 * Returns the meta object for class '{@link nl.regie.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see nl.regie.model.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Measurement#getMeasuredOn <em>Measured On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measured On</em>'.
	 * @see nl.regie.model.Measurement#getMeasuredOn()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_MeasuredOn();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Measurement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see nl.regie.model.Measurement#getValue()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Value();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Measurement#getBreakdown <em>Breakdown</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Breakdown</em>'.
	 * @see nl.regie.model.Measurement#getBreakdown()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Breakdown();

	/**
	 * Returns the meta object for the attribute '{@link nl.regie.model.Measurement#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see nl.regie.model.Measurement#getNote()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Note();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.ConcernKind <em>Concern Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Concern Kind</em>'.
	 * @see nl.regie.model.ConcernKind
	 * @generated
	 */
	EEnum getConcernKind();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.ReAimDimension <em>Re Aim Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Re Aim Dimension</em>'.
	 * @see nl.regie.model.ReAimDimension
	 * @generated
	 */
	EEnum getReAimDimension();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.ReviewQuestion <em>Review Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review Question</em>'.
	 * @see nl.regie.model.ReviewQuestion
	 * @generated
	 */
	EEnum getReviewQuestion();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.Pillar <em>Pillar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pillar</em>'.
	 * @see nl.regie.model.Pillar
	 * @generated
	 */
	EEnum getPillar();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.Domain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Domain</em>'.
	 * @see nl.regie.model.Domain
	 * @generated
	 */
	EEnum getDomain();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.PolicyStatus <em>Policy Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Policy Status</em>'.
	 * @see nl.regie.model.PolicyStatus
	 * @generated
	 */
	EEnum getPolicyStatus();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.PartnerKind <em>Partner Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Partner Kind</em>'.
	 * @see nl.regie.model.PartnerKind
	 * @generated
	 */
	EEnum getPartnerKind();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.SettingKind <em>Setting Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Setting Kind</em>'.
	 * @see nl.regie.model.SettingKind
	 * @generated
	 */
	EEnum getSettingKind();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.ConcernLevel <em>Concern Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Concern Level</em>'.
	 * @see nl.regie.model.ConcernLevel
	 * @generated
	 */
	EEnum getConcernLevel();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.Confidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Confidence</em>'.
	 * @see nl.regie.model.Confidence
	 * @generated
	 */
	EEnum getConfidence();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.SignalStatus <em>Signal Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Signal Status</em>'.
	 * @see nl.regie.model.SignalStatus
	 * @generated
	 */
	EEnum getSignalStatus();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.CostIndication <em>Cost Indication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cost Indication</em>'.
	 * @see nl.regie.model.CostIndication
	 * @generated
	 */
	EEnum getCostIndication();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.EvidenceLevel <em>Evidence Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Level</em>'.
	 * @see nl.regie.model.EvidenceLevel
	 * @generated
	 */
	EEnum getEvidenceLevel();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see nl.regie.model.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.PartnerRole <em>Partner Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Partner Role</em>'.
	 * @see nl.regie.model.PartnerRole
	 * @generated
	 */
	EEnum getPartnerRole();

	/**
	 * Returns the meta object for enum '{@link nl.regie.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see nl.regie.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone, stored as ISO-8601 (yyyy-MM-dd).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RegieFactory getRegieFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.RegieObjectImpl <em>Object</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.RegieObjectImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getRegieObject()
		 * @generated
		 */
		EClass REGIE_OBJECT = eINSTANCE.getRegieObject();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGIE_OBJECT__ID = eINSTANCE.getRegieObject_Id();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.NamedElementImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.MunicipalityImpl <em>Municipality</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.MunicipalityImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getMunicipality()
		 * @generated
		 */
		EClass MUNICIPALITY = eINSTANCE.getMunicipality();

		/**
		 * The meta object literal for the '<em><b>Cbs Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__CBS_CODE = eINSTANCE.getMunicipality_CbsCode();

		/**
		 * The meta object literal for the '<em><b>Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUNICIPALITY__POLICIES = eINSTANCE.getMunicipality_Policies();

		/**
		 * The meta object literal for the '<em><b>Partners</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUNICIPALITY__PARTNERS = eINSTANCE.getMunicipality_Partners();

		/**
		 * The meta object literal for the '<em><b>Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUNICIPALITY__AREAS = eINSTANCE.getMunicipality_Areas();

		/**
		 * The meta object literal for the '<em><b>Substances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUNICIPALITY__SUBSTANCES = eINSTANCE.getMunicipality_Substances();

		/**
		 * The meta object literal for the '<em><b>Target Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUNICIPALITY__TARGET_GROUPS = eINSTANCE.getMunicipality_TargetGroups();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUNICIPALITY__SETTINGS = eINSTANCE.getMunicipality_Settings();

		/**
		 * The meta object literal for the '<em><b>Signals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUNICIPALITY__SIGNALS = eINSTANCE.getMunicipality_Signals();

		/**
		 * The meta object literal for the '<em><b>Interventions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUNICIPALITY__INTERVENTIONS = eINSTANCE.getMunicipality_Interventions();

		/**
		 * The meta object literal for the '<em><b>Round Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUNICIPALITY__ROUND_TABLES = eINSTANCE.getMunicipality_RoundTables();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.PolicyImpl <em>Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.PolicyImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getPolicy()
		 * @generated
		 */
		EClass POLICY = eINSTANCE.getPolicy();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__TITLE = eINSTANCE.getPolicy_Title();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__START_DATE = eINSTANCE.getPolicy_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__END_DATE = eINSTANCE.getPolicy_EndDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__STATUS = eINSTANCE.getPolicy_Status();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__DESCRIPTION = eINSTANCE.getPolicy_Description();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__GOALS = eINSTANCE.getPolicy_Goals();

		/**
		 * The meta object literal for the '<em><b>Action Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__ACTION_PLANS = eINSTANCE.getPolicy_ActionPlans();

		/**
		 * The meta object literal for the '<em><b>Reviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY__REVIEWS = eINSTANCE.getPolicy_Reviews();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.GoalImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__STATEMENT = eINSTANCE.getGoal_Statement();

		/**
		 * The meta object literal for the '<em><b>Pillars</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__PILLARS = eINSTANCE.getGoal_Pillars();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__DOMAINS = eINSTANCE.getGoal_Domains();

		/**
		 * The meta object literal for the '<em><b>Target Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__TARGET_GROUP = eINSTANCE.getGoal_TargetGroup();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__INDICATORS = eINSTANCE.getGoal_Indicators();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.PartnerImpl <em>Partner</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.PartnerImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getPartner()
		 * @generated
		 */
		EClass PARTNER = eINSTANCE.getPartner();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER__KIND = eINSTANCE.getPartner_Kind();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER__DOMAIN = eINSTANCE.getPartner_Domain();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.SubstanceImpl <em>Substance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.SubstanceImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getSubstance()
		 * @generated
		 */
		EClass SUBSTANCE = eINSTANCE.getSubstance();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSTANCE__ALIASES = eINSTANCE.getSubstance_Aliases();

		/**
		 * The meta object literal for the '<em><b>New Psychoactive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBSTANCE__NEW_PSYCHOACTIVE = eINSTANCE.getSubstance_NewPsychoactive();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.TargetGroupImpl <em>Target Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.TargetGroupImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getTargetGroup()
		 * @generated
		 */
		EClass TARGET_GROUP = eINSTANCE.getTargetGroup();

		/**
		 * The meta object literal for the '<em><b>Minimum Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_GROUP__MINIMUM_AGE = eINSTANCE.getTargetGroup_MinimumAge();

		/**
		 * The meta object literal for the '<em><b>Maximum Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_GROUP__MAXIMUM_AGE = eINSTANCE.getTargetGroup_MaximumAge();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.SettingImpl <em>Setting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.SettingImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getSetting()
		 * @generated
		 */
		EClass SETTING = eINSTANCE.getSetting();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING__KIND = eINSTANCE.getSetting_Kind();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.AreaImpl <em>Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.AreaImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getArea()
		 * @generated
		 */
		EClass AREA = eINSTANCE.getArea();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AREA__CODE = eINSTANCE.getArea_Code();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.SignalImpl <em>Signal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.SignalImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getSignal()
		 * @generated
		 */
		EClass SIGNAL = eINSTANCE.getSignal();

		/**
		 * The meta object literal for the '<em><b>Observed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__OBSERVED_ON = eINSTANCE.getSignal_ObservedOn();

		/**
		 * The meta object literal for the '<em><b>Reported On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__REPORTED_ON = eINSTANCE.getSignal_ReportedOn();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNAL__SOURCE = eINSTANCE.getSignal_Source();

		/**
		 * The meta object literal for the '<em><b>Substances</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNAL__SUBSTANCES = eINSTANCE.getSignal_Substances();

		/**
		 * The meta object literal for the '<em><b>Target Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNAL__TARGET_GROUP = eINSTANCE.getSignal_TargetGroup();

		/**
		 * The meta object literal for the '<em><b>Setting</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNAL__SETTING = eINSTANCE.getSignal_Setting();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNAL__AREA = eINSTANCE.getSignal_Area();

		/**
		 * The meta object literal for the '<em><b>Concern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__CONCERN = eINSTANCE.getSignal_Concern();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__CONFIDENCE = eINSTANCE.getSignal_Confidence();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__STATUS = eINSTANCE.getSignal_Status();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__DESCRIPTION = eINSTANCE.getSignal_Description();

		/**
		 * The meta object literal for the '<em><b>Retraction Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__RETRACTION_REASON = eINSTANCE.getSignal_RetractionReason();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.InterventionImpl <em>Intervention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.InterventionImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getIntervention()
		 * @generated
		 */
		EClass INTERVENTION = eINSTANCE.getIntervention();

		/**
		 * The meta object literal for the '<em><b>Pillars</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__PILLARS = eINSTANCE.getIntervention_Pillars();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__DOMAINS = eINSTANCE.getIntervention_Domains();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__SETTINGS = eINSTANCE.getIntervention_Settings();

		/**
		 * The meta object literal for the '<em><b>Target Groups</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__TARGET_GROUPS = eINSTANCE.getIntervention_TargetGroups();

		/**
		 * The meta object literal for the '<em><b>Evidence Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__EVIDENCE_LEVEL = eINSTANCE.getIntervention_EvidenceLevel();

		/**
		 * The meta object literal for the '<em><b>Recognition Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__RECOGNITION_DATE = eINSTANCE.getIntervention_RecognitionDate();

		/**
		 * The meta object literal for the '<em><b>Recognition Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__RECOGNITION_SOURCE = eINSTANCE.getIntervention_RecognitionSource();

		/**
		 * The meta object literal for the '<em><b>Not Recommended</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__NOT_RECOMMENDED = eINSTANCE.getIntervention_NotRecommended();

		/**
		 * The meta object literal for the '<em><b>Not Recommended Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__NOT_RECOMMENDED_REASON = eINSTANCE.getIntervention_NotRecommendedReason();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__PROVIDER = eINSTANCE.getIntervention_Provider();

		/**
		 * The meta object literal for the '<em><b>Provider Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__PROVIDER_KIND = eINSTANCE.getIntervention_ProviderKind();

		/**
		 * The meta object literal for the '<em><b>Cost Indication</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__COST_INDICATION = eINSTANCE.getIntervention_CostIndication();

		/**
		 * The meta object literal for the '<em><b>Source Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__SOURCE_REFERENCE = eINSTANCE.getIntervention_SourceReference();

		/**
		 * The meta object literal for the '<em><b>Recognition Valid Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__RECOGNITION_VALID_UNTIL = eINSTANCE.getIntervention_RecognitionValidUntil();

		/**
		 * The meta object literal for the '<em><b>Catalogue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__CATALOGUE = eINSTANCE.getIntervention_Catalogue();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.ActionPlanImpl <em>Action Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.ActionPlanImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getActionPlan()
		 * @generated
		 */
		EClass ACTION_PLAN = eINSTANCE.getActionPlan();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_PLAN__TITLE = eINSTANCE.getActionPlan_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_PLAN__DESCRIPTION = eINSTANCE.getActionPlan_Description();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_PLAN__START_DATE = eINSTANCE.getActionPlan_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_PLAN__END_DATE = eINSTANCE.getActionPlan_EndDate();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_PLAN__BUDGET = eINSTANCE.getActionPlan_Budget();

		/**
		 * The meta object literal for the '<em><b>Tracks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_PLAN__TRACKS = eINSTANCE.getActionPlan_Tracks();

		/**
		 * The meta object literal for the '<em><b>Agreements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_PLAN__AGREEMENTS = eINSTANCE.getActionPlan_Agreements();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.TrackImpl <em>Track</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.TrackImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getTrack()
		 * @generated
		 */
		EClass TRACK = eINSTANCE.getTrack();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACK__OWNER = eINSTANCE.getTrack_Owner();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACK__ACTIONS = eINSTANCE.getTrack_Actions();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.ActionImpl <em>Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.ActionImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getAction()
		 * @generated
		 */
		EClass ACTION = eINSTANCE.getAction();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__TITLE = eINSTANCE.getAction_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__DESCRIPTION = eINSTANCE.getAction_Description();

		/**
		 * The meta object literal for the '<em><b>Intervention</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__INTERVENTION = eINSTANCE.getAction_Intervention();

		/**
		 * The meta object literal for the '<em><b>Pillar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__PILLAR = eINSTANCE.getAction_Pillar();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__DOMAIN = eINSTANCE.getAction_Domain();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__OWNER = eINSTANCE.getAction_Owner();

		/**
		 * The meta object literal for the '<em><b>Involvements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__INVOLVEMENTS = eINSTANCE.getAction_Involvements();

		/**
		 * The meta object literal for the '<em><b>Target Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__TARGET_GROUP = eINSTANCE.getAction_TargetGroup();

		/**
		 * The meta object literal for the '<em><b>Setting</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__SETTING = eINSTANCE.getAction_Setting();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__START_DATE = eINSTANCE.getAction_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__END_DATE = eINSTANCE.getAction_EndDate();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__BUDGET = eINSTANCE.getAction_Budget();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__STATUS = eINSTANCE.getAction_Status();

		/**
		 * The meta object literal for the '<em><b>Signals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__SIGNALS = eINSTANCE.getAction_Signals();

		/**
		 * The meta object literal for the '<em><b>Clusters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__CLUSTERS = eINSTANCE.getAction_Clusters();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__GOALS = eINSTANCE.getAction_Goals();

		/**
		 * The meta object literal for the '<em><b>Milestones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__MILESTONES = eINSTANCE.getAction_Milestones();

		/**
		 * The meta object literal for the '<em><b>Fidelity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__FIDELITY = eINSTANCE.getAction_Fidelity();

		/**
		 * The meta object literal for the '<em><b>Adaptations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__ADAPTATIONS = eINSTANCE.getAction_Adaptations();

		/**
		 * The meta object literal for the '<em><b>Re Aim</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__RE_AIM = eINSTANCE.getAction_ReAim();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.InvolvementImpl <em>Involvement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.InvolvementImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getInvolvement()
		 * @generated
		 */
		EClass INVOLVEMENT = eINSTANCE.getInvolvement();

		/**
		 * The meta object literal for the '<em><b>Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVOLVEMENT__PARTNER = eINSTANCE.getInvolvement_Partner();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOLVEMENT__ROLE = eINSTANCE.getInvolvement_Role();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVOLVEMENT__DESCRIPTION = eINSTANCE.getInvolvement_Description();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.AgreementImpl <em>Agreement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.AgreementImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getAgreement()
		 * @generated
		 */
		EClass AGREEMENT = eINSTANCE.getAgreement();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__TITLE = eINSTANCE.getAgreement_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__DESCRIPTION = eINSTANCE.getAgreement_Description();

		/**
		 * The meta object literal for the '<em><b>Partners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__PARTNERS = eINSTANCE.getAgreement_Partners();

		/**
		 * The meta object literal for the '<em><b>Agreed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__AGREED_ON = eINSTANCE.getAgreement_AgreedOn();

		/**
		 * The meta object literal for the '<em><b>Review On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__REVIEW_ON = eINSTANCE.getAgreement_ReviewOn();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.MilestoneImpl <em>Milestone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.MilestoneImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getMilestone()
		 * @generated
		 */
		EClass MILESTONE = eINSTANCE.getMilestone();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__TITLE = eINSTANCE.getMilestone_Title();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__DUE_DATE = eINSTANCE.getMilestone_DueDate();

		/**
		 * The meta object literal for the '<em><b>Reached</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__REACHED = eINSTANCE.getMilestone_Reached();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.RoundTableImpl <em>Round Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.RoundTableImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getRoundTable()
		 * @generated
		 */
		EClass ROUND_TABLE = eINSTANCE.getRoundTable();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUND_TABLE__TITLE = eINSTANCE.getRoundTable_Title();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUND_TABLE__DATE = eINSTANCE.getRoundTable_Date();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROUND_TABLE__PARTICIPANTS = eINSTANCE.getRoundTable_Participants();

		/**
		 * The meta object literal for the '<em><b>Picture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUND_TABLE__PICTURE = eINSTANCE.getRoundTable_Picture();

		/**
		 * The meta object literal for the '<em><b>Clusters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUND_TABLE__CLUSTERS = eINSTANCE.getRoundTable_Clusters();

		/**
		 * The meta object literal for the '<em><b>Concerns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROUND_TABLE__CONCERNS = eINSTANCE.getRoundTable_Concerns();

		/**
		 * The meta object literal for the '<em><b>Agreements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROUND_TABLE__AGREEMENTS = eINSTANCE.getRoundTable_Agreements();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROUND_TABLE__PLAN = eINSTANCE.getRoundTable_Plan();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROUND_TABLE__ACTIONS = eINSTANCE.getRoundTable_Actions();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.ConcernImpl <em>Concern</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.ConcernImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getConcern()
		 * @generated
		 */
		EClass CONCERN = eINSTANCE.getConcern();

		/**
		 * The meta object literal for the '<em><b>Partner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCERN__PARTNER = eINSTANCE.getConcern_Partner();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCERN__KIND = eINSTANCE.getConcern_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCERN__TEXT = eINSTANCE.getConcern_Text();

		/**
		 * The meta object literal for the '<em><b>Answered By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCERN__ANSWERED_BY = eINSTANCE.getConcern_AnsweredBy();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.AdaptationImpl <em>Adaptation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.AdaptationImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getAdaptation()
		 * @generated
		 */
		EClass ADAPTATION = eINSTANCE.getAdaptation();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTATION__DATE = eINSTANCE.getAdaptation_Date();

		/**
		 * The meta object literal for the '<em><b>Change</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTATION__CHANGE = eINSTANCE.getAdaptation_Change();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTATION__REASON = eINSTANCE.getAdaptation_Reason();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.ReAimScoreImpl <em>Re Aim Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.ReAimScoreImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getReAimScore()
		 * @generated
		 */
		EClass RE_AIM_SCORE = eINSTANCE.getReAimScore();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RE_AIM_SCORE__DIMENSION = eINSTANCE.getReAimScore_Dimension();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RE_AIM_SCORE__VALUE = eINSTANCE.getReAimScore_Value();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RE_AIM_SCORE__MEASURE = eINSTANCE.getReAimScore_Measure();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RE_AIM_SCORE__DATA_SOURCE = eINSTANCE.getReAimScore_DataSource();

		/**
		 * The meta object literal for the '<em><b>Measured On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RE_AIM_SCORE__MEASURED_ON = eINSTANCE.getReAimScore_MeasuredOn();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RE_AIM_SCORE__NOTE = eINSTANCE.getReAimScore_Note();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.PolicyReviewImpl <em>Policy Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.PolicyReviewImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getPolicyReview()
		 * @generated
		 */
		EClass POLICY_REVIEW = eINSTANCE.getPolicyReview();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_REVIEW__TITLE = eINSTANCE.getPolicyReview_Title();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_REVIEW__DATE = eINSTANCE.getPolicyReview_Date();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_REVIEW__ANSWERS = eINSTANCE.getPolicyReview_Answers();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.ReviewAnswerImpl <em>Review Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.ReviewAnswerImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getReviewAnswer()
		 * @generated
		 */
		EClass REVIEW_ANSWER = eINSTANCE.getReviewAnswer();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_ANSWER__QUESTION = eINSTANCE.getReviewAnswer_Question();

		/**
		 * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_ANSWER__ANSWER = eINSTANCE.getReviewAnswer_Answer();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_ANSWER__EVIDENCE = eINSTANCE.getReviewAnswer_Evidence();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.IndicatorImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE = eINSTANCE.getIndicator_Baseline();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET = eINSTANCE.getIndicator_Target();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DIRECTION = eINSTANCE.getIndicator_Direction();

		/**
		 * The meta object literal for the '<em><b>Disaggregation</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DISAGGREGATION = eINSTANCE.getIndicator_Disaggregation();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DATA_SOURCE = eINSTANCE.getIndicator_DataSource();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__MEASUREMENTS = eINSTANCE.getIndicator_Measurements();

		/**
		 * The meta object literal for the '{@link nl.regie.model.impl.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.impl.MeasurementImpl
		 * @see nl.regie.model.impl.RegiePackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Measured On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__MEASURED_ON = eINSTANCE.getMeasurement_MeasuredOn();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__VALUE = eINSTANCE.getMeasurement_Value();

		/**
		 * The meta object literal for the '<em><b>Breakdown</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__BREAKDOWN = eINSTANCE.getMeasurement_Breakdown();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__NOTE = eINSTANCE.getMeasurement_Note();

		/**
		 * The meta object literal for the '{@link nl.regie.model.ConcernKind <em>Concern Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.ConcernKind
		 * @see nl.regie.model.impl.RegiePackageImpl#getConcernKind()
		 * @generated
		 */
		EEnum CONCERN_KIND = eINSTANCE.getConcernKind();

		/**
		 * The meta object literal for the '{@link nl.regie.model.ReAimDimension <em>Re Aim Dimension</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.ReAimDimension
		 * @see nl.regie.model.impl.RegiePackageImpl#getReAimDimension()
		 * @generated
		 */
		EEnum RE_AIM_DIMENSION = eINSTANCE.getReAimDimension();

		/**
		 * The meta object literal for the '{@link nl.regie.model.ReviewQuestion <em>Review Question</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.ReviewQuestion
		 * @see nl.regie.model.impl.RegiePackageImpl#getReviewQuestion()
		 * @generated
		 */
		EEnum REVIEW_QUESTION = eINSTANCE.getReviewQuestion();

		/**
		 * The meta object literal for the '{@link nl.regie.model.Pillar <em>Pillar</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.Pillar
		 * @see nl.regie.model.impl.RegiePackageImpl#getPillar()
		 * @generated
		 */
		EEnum PILLAR = eINSTANCE.getPillar();

		/**
		 * The meta object literal for the '{@link nl.regie.model.Domain <em>Domain</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.Domain
		 * @see nl.regie.model.impl.RegiePackageImpl#getDomain()
		 * @generated
		 */
		EEnum DOMAIN = eINSTANCE.getDomain();

		/**
		 * The meta object literal for the '{@link nl.regie.model.PolicyStatus <em>Policy Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.PolicyStatus
		 * @see nl.regie.model.impl.RegiePackageImpl#getPolicyStatus()
		 * @generated
		 */
		EEnum POLICY_STATUS = eINSTANCE.getPolicyStatus();

		/**
		 * The meta object literal for the '{@link nl.regie.model.PartnerKind <em>Partner Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.PartnerKind
		 * @see nl.regie.model.impl.RegiePackageImpl#getPartnerKind()
		 * @generated
		 */
		EEnum PARTNER_KIND = eINSTANCE.getPartnerKind();

		/**
		 * The meta object literal for the '{@link nl.regie.model.SettingKind <em>Setting Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.SettingKind
		 * @see nl.regie.model.impl.RegiePackageImpl#getSettingKind()
		 * @generated
		 */
		EEnum SETTING_KIND = eINSTANCE.getSettingKind();

		/**
		 * The meta object literal for the '{@link nl.regie.model.ConcernLevel <em>Concern Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.ConcernLevel
		 * @see nl.regie.model.impl.RegiePackageImpl#getConcernLevel()
		 * @generated
		 */
		EEnum CONCERN_LEVEL = eINSTANCE.getConcernLevel();

		/**
		 * The meta object literal for the '{@link nl.regie.model.Confidence <em>Confidence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.Confidence
		 * @see nl.regie.model.impl.RegiePackageImpl#getConfidence()
		 * @generated
		 */
		EEnum CONFIDENCE = eINSTANCE.getConfidence();

		/**
		 * The meta object literal for the '{@link nl.regie.model.SignalStatus <em>Signal Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.SignalStatus
		 * @see nl.regie.model.impl.RegiePackageImpl#getSignalStatus()
		 * @generated
		 */
		EEnum SIGNAL_STATUS = eINSTANCE.getSignalStatus();

		/**
		 * The meta object literal for the '{@link nl.regie.model.CostIndication <em>Cost Indication</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.CostIndication
		 * @see nl.regie.model.impl.RegiePackageImpl#getCostIndication()
		 * @generated
		 */
		EEnum COST_INDICATION = eINSTANCE.getCostIndication();

		/**
		 * The meta object literal for the '{@link nl.regie.model.EvidenceLevel <em>Evidence Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.EvidenceLevel
		 * @see nl.regie.model.impl.RegiePackageImpl#getEvidenceLevel()
		 * @generated
		 */
		EEnum EVIDENCE_LEVEL = eINSTANCE.getEvidenceLevel();

		/**
		 * The meta object literal for the '{@link nl.regie.model.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.ActionStatus
		 * @see nl.regie.model.impl.RegiePackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '{@link nl.regie.model.PartnerRole <em>Partner Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.PartnerRole
		 * @see nl.regie.model.impl.RegiePackageImpl#getPartnerRole()
		 * @generated
		 */
		EEnum PARTNER_ROLE = eINSTANCE.getPartnerRole();

		/**
		 * The meta object literal for the '{@link nl.regie.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.regie.model.Direction
		 * @see nl.regie.model.impl.RegiePackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see nl.regie.model.impl.RegiePackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //RegiePackage
