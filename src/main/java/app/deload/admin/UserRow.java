package app.deload.admin;

import java.util.List;
import java.util.Set;

import app.deload.account.User;

/** An account as the admin's user list shows it; {@code locked} after too many failed sign-ins. */
public record UserRow(long id, String username, String displayName, String role, boolean active, boolean locked) {

    public String activeAction() {
        return "/admin/users/" + id + "/active";
    }

    public String unlockAction() {
        return "/admin/users/" + id + "/unlock";
    }

    static List<UserRow> of(List<User> users, Set<String> lockedUsernames) {
        return users.stream().map(u -> new UserRow(u.id, u.username, u.displayName, u.role, u.active,
                lockedUsernames.contains(u.username))).toList();
    }
}
