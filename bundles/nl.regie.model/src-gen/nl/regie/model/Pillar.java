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
 * A representation of the literals of the enumeration '<em><b>Pillar</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The three pillars of the Dutch model plan for local drug-prevention policy (pijlers).
 * <!-- end-model-doc -->
 * @see nl.regie.model.RegiePackage#getPillar()
 * @model
 * @generated
 */
public enum Pillar implements Enumerator
{
	/**
	 * The '<em><b>DEMAND REDUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vraagbeperking: discouraging demand, early signalling, expertise promotion, preventive interventions.
	 * <!-- end-model-doc -->
	 * @see #DEMAND_REDUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	DEMAND_REDUCTION(0, "DEMAND_REDUCTION", "DEMAND_REDUCTION"),

	/**
	 * The '<em><b>SUPPLY REDUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Aanbodbeperking: measures against production and trade, limiting availability.
	 * <!-- end-model-doc -->
	 * @see #SUPPLY_REDUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPLY_REDUCTION(1, "SUPPLY_REDUCTION", "SUPPLY_REDUCTION"),

	/**
	 * The '<em><b>HARM REDUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Schadebeperking: limiting health damage where drugs are used.
	 * <!-- end-model-doc -->
	 * @see #HARM_REDUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	HARM_REDUCTION(2, "HARM_REDUCTION", "HARM_REDUCTION");

	/**
	 * The '<em><b>DEMAND REDUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vraagbeperking: discouraging demand, early signalling, expertise promotion, preventive interventions.
	 * <!-- end-model-doc -->
	 * @see #DEMAND_REDUCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEMAND_REDUCTION_VALUE = 0;

	/**
	 * The '<em><b>SUPPLY REDUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Aanbodbeperking: measures against production and trade, limiting availability.
	 * <!-- end-model-doc -->
	 * @see #SUPPLY_REDUCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPPLY_REDUCTION_VALUE = 1;

	/**
	 * The '<em><b>HARM REDUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Schadebeperking: limiting health damage where drugs are used.
	 * <!-- end-model-doc -->
	 * @see #HARM_REDUCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HARM_REDUCTION_VALUE = 2;

	/**
	 * An array of all the '<em><b>Pillar</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Pillar[] VALUES_ARRAY =
		new Pillar[]
		{
			DEMAND_REDUCTION,
			SUPPLY_REDUCTION,
			HARM_REDUCTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Pillar</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Pillar> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Pillar</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Pillar get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Pillar result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pillar</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Pillar getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Pillar result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pillar</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Pillar get(int value)
	{
		switch (value)
		{
			case DEMAND_REDUCTION_VALUE: return DEMAND_REDUCTION;
			case SUPPLY_REDUCTION_VALUE: return SUPPLY_REDUCTION;
			case HARM_REDUCTION_VALUE: return HARM_REDUCTION;
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
	private Pillar(int value, String name, String literal)
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
	
} //Pillar
