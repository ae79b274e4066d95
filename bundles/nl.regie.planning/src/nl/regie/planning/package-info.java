// SPDX-License-Identifier: EPL-2.0
/**
 * Action planning: interventions recommended for a worrying cluster with the reasons of their rank
 * ({@link nl.regie.planning.Recommender}), and the coherence checks of a multi-track plan
 * ({@link nl.regie.planning.Coherence}) as EMF diagnostics with Dutch and English messages.
 */
package nl.regie.planning;
