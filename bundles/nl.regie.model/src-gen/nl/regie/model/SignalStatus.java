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
 * A representation of the literals of the enumeration '<em><b>Signal Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where a signal stands in the intake and follow-up loop; a retracted signal is kept with its reason.
 * <!-- end-model-doc -->
 * @see nl.regie.model.RegiePackage#getSignalStatus()
 * @model
 * @generated
 */
public enum SignalStatus implements Enumerator
{
	/**
	 * The '<em><b>NEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nieuw.
	 * <!-- end-model-doc -->
	 * @see #NEW_VALUE
	 * @generated
	 * @ordered
	 */
	NEW(0, "NEW", "NEW"),

	/**
	 * The '<em><b>UNDER REVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In behandeling.
	 * <!-- end-model-doc -->
	 * @see #UNDER_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	UNDER_REVIEW(1, "UNDER_REVIEW", "UNDER_REVIEW"),

	/**
	 * The '<em><b>DISCUSSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Besproken aan tafel.
	 * <!-- end-model-doc -->
	 * @see #DISCUSSED_VALUE
	 * @generated
	 * @ordered
	 */
	DISCUSSED(2, "DISCUSSED", "DISCUSSED"),

	/**
	 * The '<em><b>ADDRESSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Opgepakt in het plan.
	 * <!-- end-model-doc -->
	 * @see #ADDRESSED_VALUE
	 * @generated
	 * @ordered
	 */
	ADDRESSED(3, "ADDRESSED", "ADDRESSED"),

	/**
	 * The '<em><b>CLOSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Afgesloten.
	 * <!-- end-model-doc -->
	 * @see #CLOSED_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSED(4, "CLOSED", "CLOSED"),

	/**
	 * The '<em><b>RETRACTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ingetrokken.
	 * <!-- end-model-doc -->
	 * @see #RETRACTED_VALUE
	 * @generated
	 * @ordered
	 */
	RETRACTED(5, "RETRACTED", "RETRACTED");

	/**
	 * The '<em><b>NEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nieuw.
	 * <!-- end-model-doc -->
	 * @see #NEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEW_VALUE = 0;

	/**
	 * The '<em><b>UNDER REVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In behandeling.
	 * <!-- end-model-doc -->
	 * @see #UNDER_REVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNDER_REVIEW_VALUE = 1;

	/**
	 * The '<em><b>DISCUSSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Besproken aan tafel.
	 * <!-- end-model-doc -->
	 * @see #DISCUSSED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISCUSSED_VALUE = 2;

	/**
	 * The '<em><b>ADDRESSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Opgepakt in het plan.
	 * <!-- end-model-doc -->
	 * @see #ADDRESSED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADDRESSED_VALUE = 3;

	/**
	 * The '<em><b>CLOSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Afgesloten.
	 * <!-- end-model-doc -->
	 * @see #CLOSED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOSED_VALUE = 4;

	/**
	 * The '<em><b>RETRACTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ingetrokken.
	 * <!-- end-model-doc -->
	 * @see #RETRACTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RETRACTED_VALUE = 5;

	/**
	 * An array of all the '<em><b>Signal Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SignalStatus[] VALUES_ARRAY =
		new SignalStatus[]
		{
			NEW,
			UNDER_REVIEW,
			DISCUSSED,
			ADDRESSED,
			CLOSED,
			RETRACTED,
		};

	/**
	 * A public read-only list of all the '<em><b>Signal Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SignalStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Signal Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignalStatus get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			SignalStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Signal Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignalStatus getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			SignalStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Signal Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SignalStatus get(int value)
	{
		switch (value)
		{
			case NEW_VALUE: return NEW;
			case UNDER_REVIEW_VALUE: return UNDER_REVIEW;
			case DISCUSSED_VALUE: return DISCUSSED;
			case ADDRESSED_VALUE: return ADDRESSED;
			case CLOSED_VALUE: return CLOSED;
			case RETRACTED_VALUE: return RETRACTED;
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
	private SignalStatus(int value, String name, String literal)
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
	
} //SignalStatus
