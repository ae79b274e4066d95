// SPDX-License-Identifier: EPL-2.0
/**
 * The privacy screen: names, BSN numbers, birth dates, addresses, phone numbers and e-mail addresses removed from
 * signal texts at intake.
 */
package nl.regie.signals.privacy;
