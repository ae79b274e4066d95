/**
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.regie.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The answer to one review question, with the evidence in the workspace it rests on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.regie.model.ReviewAnswer#getQuestion <em>Question</em>}</li>
 *   <li>{@link nl.regie.model.ReviewAnswer#getAnswer <em>Answer</em>}</li>
 *   <li>{@link nl.regie.model.ReviewAnswer#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see nl.regie.model.RegiePackage#getReviewAnswer()
 * @model
 * @generated
 */
public interface ReviewAnswer extends RegieObject
{
	/**
	 * Returns the value of the '<em><b>Question</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.regie.model.ReviewQuestion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The question answered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Question</em>' attribute.
	 * @see nl.regie.model.ReviewQuestion
	 * @see #setQuestion(ReviewQuestion)
	 * @see nl.regie.model.RegiePackage#getReviewAnswer_Question()
	 * @model
	 * @generated
	 */
	ReviewQuestion getQuestion();

	/**
	 * Sets the value of the '{@link nl.regie.model.ReviewAnswer#getQuestion <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' attribute.
	 * @see nl.regie.model.ReviewQuestion
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(ReviewQuestion value);

	/**
	 * Returns the value of the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The answer in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answer</em>' attribute.
	 * @see #setAnswer(String)
	 * @see nl.regie.model.RegiePackage#getReviewAnswer_Answer()
	 * @model
	 * @generated
	 */
	String getAnswer();

	/**
	 * Sets the value of the '{@link nl.regie.model.ReviewAnswer#getAnswer <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer</em>' attribute.
	 * @see #getAnswer()
	 * @generated
	 */
	void setAnswer(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link nl.regie.model.RegieObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signals, actions, indicators or round tables the answer rests on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see nl.regie.model.RegiePackage#getReviewAnswer_Evidence()
	 * @model
	 * @generated
	 */
	EList<RegieObject> getEvidence();

} // ReviewAnswer
