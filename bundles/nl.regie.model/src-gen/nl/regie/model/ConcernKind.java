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
 * A representation of the literals of the enumeration '<em><b>Concern Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What kind of concern a partner raised.
 * <!-- end-model-doc -->
 * @see nl.regie.model.RegiePackage#getConcernKind()
 * @model
 * @generated
 */
public enum ConcernKind implements Enumerator
{
	/**
	 * The '<em><b>WORRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Zorg: something the partner sees and worries about.
	 * <!-- end-model-doc -->
	 * @see #WORRY_VALUE
	 * @generated
	 * @ordered
	 */
	WORRY(0, "WORRY", "WORRY"),

	/**
	 * The '<em><b>KNOWLEDGE GAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kennis: knowledge the partner lacks, e.g. of a substance and its risks.
	 * <!-- end-model-doc -->
	 * @see #KNOWLEDGE_GAP_VALUE
	 * @generated
	 * @ordered
	 */
	KNOWLEDGE_GAP(1, "KNOWLEDGE_GAP", "KNOWLEDGE_GAP"),

	/**
	 * The '<em><b>SKILL GAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vaardigheden: a course of action the partner lacks (handelingsperspectief).
	 * <!-- end-model-doc -->
	 * @see #SKILL_GAP_VALUE
	 * @generated
	 * @ordered
	 */
	SKILL_GAP(2, "SKILL_GAP", "SKILL_GAP");

	/**
	 * The '<em><b>WORRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Zorg: something the partner sees and worries about.
	 * <!-- end-model-doc -->
	 * @see #WORRY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WORRY_VALUE = 0;

	/**
	 * The '<em><b>KNOWLEDGE GAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kennis: knowledge the partner lacks, e.g. of a substance and its risks.
	 * <!-- end-model-doc -->
	 * @see #KNOWLEDGE_GAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KNOWLEDGE_GAP_VALUE = 1;

	/**
	 * The '<em><b>SKILL GAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vaardigheden: a course of action the partner lacks (handelingsperspectief).
	 * <!-- end-model-doc -->
	 * @see #SKILL_GAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SKILL_GAP_VALUE = 2;

	/**
	 * An array of all the '<em><b>Concern Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConcernKind[] VALUES_ARRAY =
		new ConcernKind[]
		{
			WORRY,
			KNOWLEDGE_GAP,
			SKILL_GAP,
		};

	/**
	 * A public read-only list of all the '<em><b>Concern Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConcernKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Concern Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConcernKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ConcernKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Concern Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConcernKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ConcernKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Concern Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConcernKind get(int value)
	{
		switch (value)
		{
			case WORRY_VALUE: return WORRY;
			case KNOWLEDGE_GAP_VALUE: return KNOWLEDGE_GAP;
			case SKILL_GAP_VALUE: return SKILL_GAP;
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
	private ConcernKind(int value, String name, String literal)
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
	
} //ConcernKind
