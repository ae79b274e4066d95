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
 * A representation of the literals of the enumeration '<em><b>Partner Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The role a partner plays in an action besides its owner.
 * <!-- end-model-doc -->
 * @see nl.regie.model.RegiePackage#getPartnerRole()
 * @model
 * @generated
 */
public enum PartnerRole implements Enumerator
{
	/**
	 * The '<em><b>DELIVERY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Uitvoerder.
	 * <!-- end-model-doc -->
	 * @see #DELIVERY_VALUE
	 * @generated
	 * @ordered
	 */
	DELIVERY(0, "DELIVERY", "DELIVERY"),

	/**
	 * The '<em><b>FUNDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Financier.
	 * <!-- end-model-doc -->
	 * @see #FUNDING_VALUE
	 * @generated
	 * @ordered
	 */
	FUNDING(1, "FUNDING", "FUNDING"),

	/**
	 * The '<em><b>REFERRAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Verwijzer.
	 * <!-- end-model-doc -->
	 * @see #REFERRAL_VALUE
	 * @generated
	 * @ordered
	 */
	REFERRAL(2, "REFERRAL", "REFERRAL"),

	/**
	 * The '<em><b>SIGNALLING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signaleerder.
	 * <!-- end-model-doc -->
	 * @see #SIGNALLING_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNALLING(3, "SIGNALLING", "SIGNALLING"),

	/**
	 * The '<em><b>EXPERTISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kennispartner.
	 * <!-- end-model-doc -->
	 * @see #EXPERTISE_VALUE
	 * @generated
	 * @ordered
	 */
	EXPERTISE(4, "EXPERTISE", "EXPERTISE"),

	/**
	 * The '<em><b>PARTICIPANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Deelnemer.
	 * <!-- end-model-doc -->
	 * @see #PARTICIPANT_VALUE
	 * @generated
	 * @ordered
	 */
	PARTICIPANT(5, "PARTICIPANT", "PARTICIPANT");

	/**
	 * The '<em><b>DELIVERY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Uitvoerder.
	 * <!-- end-model-doc -->
	 * @see #DELIVERY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DELIVERY_VALUE = 0;

	/**
	 * The '<em><b>FUNDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Financier.
	 * <!-- end-model-doc -->
	 * @see #FUNDING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUNDING_VALUE = 1;

	/**
	 * The '<em><b>REFERRAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Verwijzer.
	 * <!-- end-model-doc -->
	 * @see #REFERRAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFERRAL_VALUE = 2;

	/**
	 * The '<em><b>SIGNALLING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signaleerder.
	 * <!-- end-model-doc -->
	 * @see #SIGNALLING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIGNALLING_VALUE = 3;

	/**
	 * The '<em><b>EXPERTISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kennispartner.
	 * <!-- end-model-doc -->
	 * @see #EXPERTISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPERTISE_VALUE = 4;

	/**
	 * The '<em><b>PARTICIPANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Deelnemer.
	 * <!-- end-model-doc -->
	 * @see #PARTICIPANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTICIPANT_VALUE = 5;

	/**
	 * An array of all the '<em><b>Partner Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PartnerRole[] VALUES_ARRAY =
		new PartnerRole[]
		{
			DELIVERY,
			FUNDING,
			REFERRAL,
			SIGNALLING,
			EXPERTISE,
			PARTICIPANT,
		};

	/**
	 * A public read-only list of all the '<em><b>Partner Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PartnerRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Partner Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnerRole get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PartnerRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partner Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnerRole getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PartnerRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partner Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnerRole get(int value)
	{
		switch (value)
		{
			case DELIVERY_VALUE: return DELIVERY;
			case FUNDING_VALUE: return FUNDING;
			case REFERRAL_VALUE: return REFERRAL;
			case SIGNALLING_VALUE: return SIGNALLING;
			case EXPERTISE_VALUE: return EXPERTISE;
			case PARTICIPANT_VALUE: return PARTICIPANT;
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
	private PartnerRole(int value, String name, String literal)
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
	
} //PartnerRole
