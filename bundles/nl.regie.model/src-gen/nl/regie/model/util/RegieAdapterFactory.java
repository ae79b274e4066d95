/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model.util;

import nl.regie.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see nl.regie.model.RegiePackage
 * @generated
 */
public class RegieAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static RegiePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RegieAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = RegiePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegieSwitch<Adapter> modelSwitch =
		new RegieSwitch<Adapter>()
		{
			@Override
			public Adapter caseRegieObject(RegieObject object)
			{
				return createRegieObjectAdapter();
			}
			@Override
			public Adapter caseNamedElement(NamedElement object)
			{
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseMunicipality(Municipality object)
			{
				return createMunicipalityAdapter();
			}
			@Override
			public Adapter casePolicy(Policy object)
			{
				return createPolicyAdapter();
			}
			@Override
			public Adapter caseGoal(Goal object)
			{
				return createGoalAdapter();
			}
			@Override
			public Adapter casePartner(Partner object)
			{
				return createPartnerAdapter();
			}
			@Override
			public Adapter caseSubstance(Substance object)
			{
				return createSubstanceAdapter();
			}
			@Override
			public Adapter caseTargetGroup(TargetGroup object)
			{
				return createTargetGroupAdapter();
			}
			@Override
			public Adapter caseSetting(Setting object)
			{
				return createSettingAdapter();
			}
			@Override
			public Adapter caseArea(Area object)
			{
				return createAreaAdapter();
			}
			@Override
			public Adapter caseSignal(Signal object)
			{
				return createSignalAdapter();
			}
			@Override
			public Adapter caseIntervention(Intervention object)
			{
				return createInterventionAdapter();
			}
			@Override
			public Adapter caseActionPlan(ActionPlan object)
			{
				return createActionPlanAdapter();
			}
			@Override
			public Adapter caseTrack(Track object)
			{
				return createTrackAdapter();
			}
			@Override
			public Adapter caseAction(Action object)
			{
				return createActionAdapter();
			}
			@Override
			public Adapter caseInvolvement(Involvement object)
			{
				return createInvolvementAdapter();
			}
			@Override
			public Adapter caseAgreement(Agreement object)
			{
				return createAgreementAdapter();
			}
			@Override
			public Adapter caseMilestone(Milestone object)
			{
				return createMilestoneAdapter();
			}
			@Override
			public Adapter caseRoundTable(RoundTable object)
			{
				return createRoundTableAdapter();
			}
			@Override
			public Adapter caseConcern(Concern object)
			{
				return createConcernAdapter();
			}
			@Override
			public Adapter caseAdaptation(Adaptation object)
			{
				return createAdaptationAdapter();
			}
			@Override
			public Adapter caseReAimScore(ReAimScore object)
			{
				return createReAimScoreAdapter();
			}
			@Override
			public Adapter casePolicyReview(PolicyReview object)
			{
				return createPolicyReviewAdapter();
			}
			@Override
			public Adapter caseReviewAnswer(ReviewAnswer object)
			{
				return createReviewAnswerAdapter();
			}
			@Override
			public Adapter caseIndicator(Indicator object)
			{
				return createIndicatorAdapter();
			}
			@Override
			public Adapter caseMeasurement(Measurement object)
			{
				return createMeasurementAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.RegieObject <em>Object</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.RegieObject
	 * @generated
	 */
	public Adapter createRegieObjectAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Municipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Municipality
	 * @generated
	 */
	public Adapter createMunicipalityAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Policy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Policy
	 * @generated
	 */
	public Adapter createPolicyAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Goal
	 * @generated
	 */
	public Adapter createGoalAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Partner <em>Partner</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Partner
	 * @generated
	 */
	public Adapter createPartnerAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Substance <em>Substance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Substance
	 * @generated
	 */
	public Adapter createSubstanceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.TargetGroup <em>Target Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.TargetGroup
	 * @generated
	 */
	public Adapter createTargetGroupAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Setting <em>Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Setting
	 * @generated
	 */
	public Adapter createSettingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Area <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Area
	 * @generated
	 */
	public Adapter createAreaAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Signal <em>Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Signal
	 * @generated
	 */
	public Adapter createSignalAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Intervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Intervention
	 * @generated
	 */
	public Adapter createInterventionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.ActionPlan <em>Action Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.ActionPlan
	 * @generated
	 */
	public Adapter createActionPlanAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Track <em>Track</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Track
	 * @generated
	 */
	public Adapter createTrackAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Action
	 * @generated
	 */
	public Adapter createActionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Involvement <em>Involvement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Involvement
	 * @generated
	 */
	public Adapter createInvolvementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Agreement <em>Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Agreement
	 * @generated
	 */
	public Adapter createAgreementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Milestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Milestone
	 * @generated
	 */
	public Adapter createMilestoneAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.RoundTable <em>Round Table</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.RoundTable
	 * @generated
	 */
	public Adapter createRoundTableAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Concern <em>Concern</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Concern
	 * @generated
	 */
	public Adapter createConcernAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Adaptation <em>Adaptation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Adaptation
	 * @generated
	 */
	public Adapter createAdaptationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.ReAimScore <em>Re Aim Score</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.ReAimScore
	 * @generated
	 */
	public Adapter createReAimScoreAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.PolicyReview <em>Policy Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.PolicyReview
	 * @generated
	 */
	public Adapter createPolicyReviewAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.ReviewAnswer <em>Review Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.ReviewAnswer
	 * @generated
	 */
	public Adapter createReviewAnswerAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Indicator
	 * @generated
	 */
	public Adapter createIndicatorAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.regie.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.regie.model.Measurement
	 * @generated
	 */
	public Adapter createMeasurementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //RegieAdapterFactory
