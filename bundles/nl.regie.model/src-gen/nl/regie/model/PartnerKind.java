/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Partner Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of organisation a field partner (veldpartij) is.
 * <!-- end-model-doc -->
 * @see nl.regie.model.RegiePackage#getPartnerKind()
 * @model
 * @generated
 */
public enum PartnerKind implements Enumerator
{
	/**
	 * The '<em><b>ADDICTION CARE PREVENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Prevention department of the regional addiction-care institution (IVZ).
	 * <!-- end-model-doc -->
	 * @see #ADDICTION_CARE_PREVENTION_VALUE
	 * @generated
	 * @ordered
	 */
	ADDICTION_CARE_PREVENTION(0, "ADDICTION_CARE_PREVENTION", "ADDICTION_CARE_PREVENTION"),

	/**
	 * The '<em><b>PUBLIC HEALTH SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Public health service (GGD).
	 * <!-- end-model-doc -->
	 * @see #PUBLIC_HEALTH_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_HEALTH_SERVICE(1, "PUBLIC_HEALTH_SERVICE", "PUBLIC_HEALTH_SERVICE"),

	/**
	 * The '<em><b>YOUTH WORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Jongerenwerk.
	 * <!-- end-model-doc -->
	 * @see #YOUTH_WORK_VALUE
	 * @generated
	 * @ordered
	 */
	YOUTH_WORK(2, "YOUTH_WORK", "YOUTH_WORK"),

	/**
	 * The '<em><b>POLICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Politie, including neighbourhood police (wijkpolitie).
	 * <!-- end-model-doc -->
	 * @see #POLICE_VALUE
	 * @generated
	 * @ordered
	 */
	POLICE(3, "POLICE", "POLICE"),

	/**
	 * The '<em><b>NIGHTLIFE BUSINESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Horeca: nightlife entrepreneurs and staff.
	 * <!-- end-model-doc -->
	 * @see #NIGHTLIFE_BUSINESS_VALUE
	 * @generated
	 * @ordered
	 */
	NIGHTLIFE_BUSINESS(4, "NIGHTLIFE_BUSINESS", "NIGHTLIFE_BUSINESS"),

	/**
	 * The '<em><b>SECURITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beveiliging.
	 * <!-- end-model-doc -->
	 * @see #SECURITY_VALUE
	 * @generated
	 * @ordered
	 */
	SECURITY(5, "SECURITY", "SECURITY"),

	/**
	 * The '<em><b>YOUTH CARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Jeugdzorg.
	 * <!-- end-model-doc -->
	 * @see #YOUTH_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	YOUTH_CARE(6, "YOUTH_CARE", "YOUTH_CARE"),

	/**
	 * The '<em><b>SCHOOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * School, e.g. voortgezet onderwijs.
	 * <!-- end-model-doc -->
	 * @see #SCHOOL_VALUE
	 * @generated
	 * @ordered
	 */
	SCHOOL(7, "SCHOOL", "SCHOOL"),

	/**
	 * The '<em><b>PARENTS ORGANISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ouderorganisatie.
	 * <!-- end-model-doc -->
	 * @see #PARENTS_ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	PARENTS_ORGANISATION(8, "PARENTS_ORGANISATION", "PARENTS_ORGANISATION"),

	/**
	 * The '<em><b>MUNICIPAL DEPARTMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gemeentelijke afdeling.
	 * <!-- end-model-doc -->
	 * @see #MUNICIPAL_DEPARTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	MUNICIPAL_DEPARTMENT(9, "MUNICIPAL_DEPARTMENT", "MUNICIPAL_DEPARTMENT"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Andere partij.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(10, "OTHER", "OTHER");

	/**
	 * The '<em><b>ADDICTION CARE PREVENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Prevention department of the regional addiction-care institution (IVZ).
	 * <!-- end-model-doc -->
	 * @see #ADDICTION_CARE_PREVENTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADDICTION_CARE_PREVENTION_VALUE = 0;

	/**
	 * The '<em><b>PUBLIC HEALTH SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Public health service (GGD).
	 * <!-- end-model-doc -->
	 * @see #PUBLIC_HEALTH_SERVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_HEALTH_SERVICE_VALUE = 1;

	/**
	 * The '<em><b>YOUTH WORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Jongerenwerk.
	 * <!-- end-model-doc -->
	 * @see #YOUTH_WORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int YOUTH_WORK_VALUE = 2;

	/**
	 * The '<em><b>POLICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Politie, including neighbourhood police (wijkpolitie).
	 * <!-- end-model-doc -->
	 * @see #POLICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICE_VALUE = 3;

	/**
	 * The '<em><b>NIGHTLIFE BUSINESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Horeca: nightlife entrepreneurs and staff.
	 * <!-- end-model-doc -->
	 * @see #NIGHTLIFE_BUSINESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NIGHTLIFE_BUSINESS_VALUE = 4;

	/**
	 * The '<em><b>SECURITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beveiliging.
	 * <!-- end-model-doc -->
	 * @see #SECURITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECURITY_VALUE = 5;

	/**
	 * The '<em><b>YOUTH CARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Jeugdzorg.
	 * <!-- end-model-doc -->
	 * @see #YOUTH_CARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int YOUTH_CARE_VALUE = 6;

	/**
	 * The '<em><b>SCHOOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * School, e.g. voortgezet onderwijs.
	 * <!-- end-model-doc -->
	 * @see #SCHOOL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCHOOL_VALUE = 7;

	/**
	 * The '<em><b>PARENTS ORGANISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ouderorganisatie.
	 * <!-- end-model-doc -->
	 * @see #PARENTS_ORGANISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARENTS_ORGANISATION_VALUE = 8;

	/**
	 * The '<em><b>MUNICIPAL DEPARTMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gemeentelijke afdeling.
	 * <!-- end-model-doc -->
	 * @see #MUNICIPAL_DEPARTMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MUNICIPAL_DEPARTMENT_VALUE = 9;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Andere partij.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 10;

	/**
	 * An array of all the '<em><b>Partner Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PartnerKind[] VALUES_ARRAY =
		new PartnerKind[]
		{
			ADDICTION_CARE_PREVENTION,
			PUBLIC_HEALTH_SERVICE,
			YOUTH_WORK,
			POLICE,
			NIGHTLIFE_BUSINESS,
			SECURITY,
			YOUTH_CARE,
			SCHOOL,
			PARENTS_ORGANISATION,
			MUNICIPAL_DEPARTMENT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Partner Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PartnerKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Partner Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnerKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PartnerKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partner Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnerKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PartnerKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partner Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnerKind get(int value)
	{
		switch (value)
		{
			case ADDICTION_CARE_PREVENTION_VALUE: return ADDICTION_CARE_PREVENTION;
			case PUBLIC_HEALTH_SERVICE_VALUE: return PUBLIC_HEALTH_SERVICE;
			case YOUTH_WORK_VALUE: return YOUTH_WORK;
			case POLICE_VALUE: return POLICE;
			case NIGHTLIFE_BUSINESS_VALUE: return NIGHTLIFE_BUSINESS;
			case SECURITY_VALUE: return SECURITY;
			case YOUTH_CARE_VALUE: return YOUTH_CARE;
			case SCHOOL_VALUE: return SCHOOL;
			case PARENTS_ORGANISATION_VALUE: return PARENTS_ORGANISATION;
			case MUNICIPAL_DEPARTMENT_VALUE: return MUNICIPAL_DEPARTMENT;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private PartnerKind(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //PartnerKind
