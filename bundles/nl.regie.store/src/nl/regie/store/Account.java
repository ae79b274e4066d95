// SPDX-License-Identifier: EPL-2.0
package nl.regie.store;

import java.util.Objects;

/**
 * A database login and what it may do.
 *
 * @param login the name the database knows the account by
 * @param role what the account may do
 * @param partnerId for {@link Role#PARTNER}: the id of the partner organisation ({@code Partner}) it works for; null
 *        otherwise
 */
public record Account(String login, Role role, String partnerId) {

    public Account {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        if (role == Role.PARTNER && (partnerId == null || partnerId.isBlank())) {
            throw new IllegalArgumentException("A partner account needs the partner it works for");
        }
        if (role != Role.PARTNER) {
            partnerId = null;
        }
    }
}
