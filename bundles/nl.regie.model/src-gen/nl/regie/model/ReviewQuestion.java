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
 * A representation of the literals of the enumeration '<em><b>Review Question</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The questions of a policy review (beleidstoets), from the seed.
 * <!-- end-model-doc -->
 * @see nl.regie.model.RegiePackage#getReviewQuestion()
 * @model
 * @generated
 */
public enum ReviewQuestion implements Enumerator
{
	/**
	 * The '<em><b>IMPLEMENTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Is het huidige drugspreventiebeleid goed genoeg geïmplementeerd, of heeft het extra aandacht nodig?
	 * <!-- end-model-doc -->
	 * @see #IMPLEMENTATION_VALUE
	 * @generated
	 * @ordered
	 */
	IMPLEMENTATION(0, "IMPLEMENTATION", "IMPLEMENTATION"),

	/**
	 * The '<em><b>PREVENTION AND USE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gaat het alleen over het voorkomen van gebruik, of ook over groepen waar gebruik al speelt?
	 * <!-- end-model-doc -->
	 * @see #PREVENTION_AND_USE_VALUE
	 * @generated
	 * @ordered
	 */
	PREVENTION_AND_USE(1, "PREVENTION_AND_USE", "PREVENTION_AND_USE"),

	/**
	 * The '<em><b>SUBSTANCE KNOWLEDGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Is er specifieke kennis nodig over een nieuw middel?
	 * <!-- end-model-doc -->
	 * @see #SUBSTANCE_KNOWLEDGE_VALUE
	 * @generated
	 * @ordered
	 */
	SUBSTANCE_KNOWLEDGE(2, "SUBSTANCE_KNOWLEDGE", "SUBSTANCE_KNOWLEDGE"),

	/**
	 * The '<em><b>GROUPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Speelt het in groepen die we al kennen, of moeten we ons zorgen maken over andere groepen?
	 * <!-- end-model-doc -->
	 * @see #GROUPS_VALUE
	 * @generated
	 * @ordered
	 */
	GROUPS(3, "GROUPS", "GROUPS");

	/**
	 * The '<em><b>IMPLEMENTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Is het huidige drugspreventiebeleid goed genoeg geïmplementeerd, of heeft het extra aandacht nodig?
	 * <!-- end-model-doc -->
	 * @see #IMPLEMENTATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMPLEMENTATION_VALUE = 0;

	/**
	 * The '<em><b>PREVENTION AND USE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gaat het alleen over het voorkomen van gebruik, of ook over groepen waar gebruik al speelt?
	 * <!-- end-model-doc -->
	 * @see #PREVENTION_AND_USE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PREVENTION_AND_USE_VALUE = 1;

	/**
	 * The '<em><b>SUBSTANCE KNOWLEDGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Is er specifieke kennis nodig over een nieuw middel?
	 * <!-- end-model-doc -->
	 * @see #SUBSTANCE_KNOWLEDGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBSTANCE_KNOWLEDGE_VALUE = 2;

	/**
	 * The '<em><b>GROUPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Speelt het in groepen die we al kennen, of moeten we ons zorgen maken over andere groepen?
	 * <!-- end-model-doc -->
	 * @see #GROUPS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GROUPS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Review Question</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReviewQuestion[] VALUES_ARRAY =
		new ReviewQuestion[]
		{
			IMPLEMENTATION,
			PREVENTION_AND_USE,
			SUBSTANCE_KNOWLEDGE,
			GROUPS,
		};

	/**
	 * A public read-only list of all the '<em><b>Review Question</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReviewQuestion> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Review Question</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReviewQuestion get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ReviewQuestion result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Review Question</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReviewQuestion getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ReviewQuestion result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Review Question</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReviewQuestion get(int value)
	{
		switch (value)
		{
			case IMPLEMENTATION_VALUE: return IMPLEMENTATION;
			case PREVENTION_AND_USE_VALUE: return PREVENTION_AND_USE;
			case SUBSTANCE_KNOWLEDGE_VALUE: return SUBSTANCE_KNOWLEDGE;
			case GROUPS_VALUE: return GROUPS;
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
	private ReviewQuestion(int value, String name, String literal)
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
	
} //ReviewQuestion
