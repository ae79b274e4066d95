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
 * A representation of the literals of the enumeration '<em><b>Evidence Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Dutch recognition levels of interventions (Erkenningstraject, Loket Gezond Leven), lowest to highest; NOT_ASSESSED where no recognition is known.
 * <!-- end-model-doc -->
 * @see nl.regie.model.RegiePackage#getEvidenceLevel()
 * @model
 * @generated
 */
public enum EvidenceLevel implements Enumerator
{
	/**
	 * The '<em><b>NOT ASSESSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Niet beoordeeld.
	 * <!-- end-model-doc -->
	 * @see #NOT_ASSESSED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_ASSESSED(0, "NOT_ASSESSED", "NOT_ASSESSED"),

	/**
	 * The '<em><b>WELL DESCRIBED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Goed beschreven.
	 * <!-- end-model-doc -->
	 * @see #WELL_DESCRIBED_VALUE
	 * @generated
	 * @ordered
	 */
	WELL_DESCRIBED(1, "WELL_DESCRIBED", "WELL_DESCRIBED"),

	/**
	 * The '<em><b>WELL FOUNDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Goed onderbouwd (level I).
	 * <!-- end-model-doc -->
	 * @see #WELL_FOUNDED_VALUE
	 * @generated
	 * @ordered
	 */
	WELL_FOUNDED(2, "WELL_FOUNDED", "WELL_FOUNDED"),

	/**
	 * The '<em><b>FIRST INDICATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Eerste aanwijzingen voor effectiviteit (level II).
	 * <!-- end-model-doc -->
	 * @see #FIRST_INDICATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_INDICATIONS(3, "FIRST_INDICATIONS", "FIRST_INDICATIONS"),

	/**
	 * The '<em><b>GOOD INDICATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Goede aanwijzingen voor effectiviteit (level III).
	 * <!-- end-model-doc -->
	 * @see #GOOD_INDICATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	GOOD_INDICATIONS(4, "GOOD_INDICATIONS", "GOOD_INDICATIONS"),

	/**
	 * The '<em><b>STRONG INDICATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sterke aanwijzingen voor effectiviteit (level IV).
	 * <!-- end-model-doc -->
	 * @see #STRONG_INDICATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	STRONG_INDICATIONS(5, "STRONG_INDICATIONS", "STRONG_INDICATIONS");

	/**
	 * The '<em><b>NOT ASSESSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Niet beoordeeld.
	 * <!-- end-model-doc -->
	 * @see #NOT_ASSESSED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_ASSESSED_VALUE = 0;

	/**
	 * The '<em><b>WELL DESCRIBED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Goed beschreven.
	 * <!-- end-model-doc -->
	 * @see #WELL_DESCRIBED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WELL_DESCRIBED_VALUE = 1;

	/**
	 * The '<em><b>WELL FOUNDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Goed onderbouwd (level I).
	 * <!-- end-model-doc -->
	 * @see #WELL_FOUNDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WELL_FOUNDED_VALUE = 2;

	/**
	 * The '<em><b>FIRST INDICATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Eerste aanwijzingen voor effectiviteit (level II).
	 * <!-- end-model-doc -->
	 * @see #FIRST_INDICATIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_INDICATIONS_VALUE = 3;

	/**
	 * The '<em><b>GOOD INDICATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Goede aanwijzingen voor effectiviteit (level III).
	 * <!-- end-model-doc -->
	 * @see #GOOD_INDICATIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOOD_INDICATIONS_VALUE = 4;

	/**
	 * The '<em><b>STRONG INDICATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sterke aanwijzingen voor effectiviteit (level IV).
	 * <!-- end-model-doc -->
	 * @see #STRONG_INDICATIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STRONG_INDICATIONS_VALUE = 5;

	/**
	 * An array of all the '<em><b>Evidence Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EvidenceLevel[] VALUES_ARRAY =
		new EvidenceLevel[]
		{
			NOT_ASSESSED,
			WELL_DESCRIBED,
			WELL_FOUNDED,
			FIRST_INDICATIONS,
			GOOD_INDICATIONS,
			STRONG_INDICATIONS,
		};

	/**
	 * A public read-only list of all the '<em><b>Evidence Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EvidenceLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Evidence Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceLevel get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			EvidenceLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceLevel getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			EvidenceLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceLevel get(int value)
	{
		switch (value)
		{
			case NOT_ASSESSED_VALUE: return NOT_ASSESSED;
			case WELL_DESCRIBED_VALUE: return WELL_DESCRIBED;
			case WELL_FOUNDED_VALUE: return WELL_FOUNDED;
			case FIRST_INDICATIONS_VALUE: return FIRST_INDICATIONS;
			case GOOD_INDICATIONS_VALUE: return GOOD_INDICATIONS;
			case STRONG_INDICATIONS_VALUE: return STRONG_INDICATIONS;
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
	private EvidenceLevel(int value, String name, String literal)
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
	
} //EvidenceLevel
