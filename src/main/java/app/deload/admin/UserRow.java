package app.deload.admin;

import java.util.List;

import app.deload.account.User;

public record UserRow(long id, String username, String displayName, String role, boolean active) {

    public String activeAction() {
        return "/admin/users/" + id + "/active";
    }

    static List<UserRow> of(List<User> users) {
        return users.stream().map(u -> new UserRow(u.id, u.username, u.displayName, u.role, u.active)).toList();
    }
}
