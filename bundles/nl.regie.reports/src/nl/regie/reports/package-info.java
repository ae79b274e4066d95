// SPDX-License-Identifier: EPL-2.0
/**
 * Reports and exports: the council letter (raadsinformatiebrief) and the policy plan (beleidsplan) as HTML and PDF with
 * charts as images ({@link nl.regie.reports.Reports}), and CSV and XLSX exports of their tables
 * ({@link nl.regie.reports.Exports}); counts below 5 are shown as "&lt;5" and no text cell can run as a formula
 * ({@link nl.regie.reports.Cells}).
 */
package nl.regie.reports;
