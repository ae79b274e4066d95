// SPDX-License-Identifier: EPL-2.0
/**
 * The workbench's parts (e4 POJOs with injection): Policy Explorer, Properties, History, Signalen, Clusters en
 * trends, Quarantaine, Catalogus, Planbord, Actie, Planversies, Samenhang, Evaluatie.
 */
package nl.regie.ui.parts;
