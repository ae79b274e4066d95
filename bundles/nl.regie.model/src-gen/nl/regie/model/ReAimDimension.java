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
 * A representation of the literals of the enumeration '<em><b>Re Aim Dimension</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The five RE-AIM dimensions.
 * <!-- end-model-doc -->
 * @see nl.regie.model.RegiePackage#getReAimDimension()
 * @model
 * @generated
 */
public enum ReAimDimension implements Enumerator
{
	/**
	 * The '<em><b>REACH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reach: the share and representativeness of the target group reached.
	 * <!-- end-model-doc -->
	 * @see #REACH_VALUE
	 * @generated
	 * @ordered
	 */
	REACH(0, "REACH", "REACH"),

	/**
	 * The '<em><b>EFFECTIVENESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Effectiveness: the effect on outcomes, including unintended ones.
	 * <!-- end-model-doc -->
	 * @see #EFFECTIVENESS_VALUE
	 * @generated
	 * @ordered
	 */
	EFFECTIVENESS(1, "EFFECTIVENESS", "EFFECTIVENESS"),

	/**
	 * The '<em><b>ADOPTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adoption: the share of settings and staff that take it up.
	 * <!-- end-model-doc -->
	 * @see #ADOPTION_VALUE
	 * @generated
	 * @ordered
	 */
	ADOPTION(2, "ADOPTION", "ADOPTION"),

	/**
	 * The '<em><b>IMPLEMENTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Implementation: fidelity, adaptations, time and cost.
	 * <!-- end-model-doc -->
	 * @see #IMPLEMENTATION_VALUE
	 * @generated
	 * @ordered
	 */
	IMPLEMENTATION(3, "IMPLEMENTATION", "IMPLEMENTATION"),

	/**
	 * The '<em><b>MAINTENANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maintenance: kept up at setting level; effects six months or more later.
	 * <!-- end-model-doc -->
	 * @see #MAINTENANCE_VALUE
	 * @generated
	 * @ordered
	 */
	MAINTENANCE(4, "MAINTENANCE", "MAINTENANCE");

	/**
	 * The '<em><b>REACH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reach: the share and representativeness of the target group reached.
	 * <!-- end-model-doc -->
	 * @see #REACH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REACH_VALUE = 0;

	/**
	 * The '<em><b>EFFECTIVENESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Effectiveness: the effect on outcomes, including unintended ones.
	 * <!-- end-model-doc -->
	 * @see #EFFECTIVENESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EFFECTIVENESS_VALUE = 1;

	/**
	 * The '<em><b>ADOPTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adoption: the share of settings and staff that take it up.
	 * <!-- end-model-doc -->
	 * @see #ADOPTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADOPTION_VALUE = 2;

	/**
	 * The '<em><b>IMPLEMENTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Implementation: fidelity, adaptations, time and cost.
	 * <!-- end-model-doc -->
	 * @see #IMPLEMENTATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMPLEMENTATION_VALUE = 3;

	/**
	 * The '<em><b>MAINTENANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maintenance: kept up at setting level; effects six months or more later.
	 * <!-- end-model-doc -->
	 * @see #MAINTENANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MAINTENANCE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Re Aim Dimension</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReAimDimension[] VALUES_ARRAY =
		new ReAimDimension[]
		{
			REACH,
			EFFECTIVENESS,
			ADOPTION,
			IMPLEMENTATION,
			MAINTENANCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Re Aim Dimension</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReAimDimension> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Re Aim Dimension</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReAimDimension get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ReAimDimension result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Re Aim Dimension</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReAimDimension getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ReAimDimension result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Re Aim Dimension</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReAimDimension get(int value)
	{
		switch (value)
		{
			case REACH_VALUE: return REACH;
			case EFFECTIVENESS_VALUE: return EFFECTIVENESS;
			case ADOPTION_VALUE: return ADOPTION;
			case IMPLEMENTATION_VALUE: return IMPLEMENTATION;
			case MAINTENANCE_VALUE: return MAINTENANCE;
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
	private ReAimDimension(int value, String name, String literal)
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
	
} //ReAimDimension
