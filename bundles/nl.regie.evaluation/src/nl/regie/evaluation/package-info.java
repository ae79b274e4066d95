// SPDX-License-Identifier: EPL-2.0
/**
 * Evaluation of a municipality's plan: indicator progress and implementation monitoring per track
 * ({@link nl.regie.evaluation.Progress}), the RE-AIM scorecard rolled up per track, pillar and domain
 * ({@link nl.regie.evaluation.Scorecard}), before/after signal trends per track ({@link nl.regie.evaluation.SignalTrends})
 * and checks organisations add as OSGi services ({@link nl.regie.evaluation.EvaluationCheck}).
 */
package nl.regie.evaluation;
