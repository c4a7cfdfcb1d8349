package app.deload.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import app.deload.audit.AuditedEntity;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends AuditedEntity {

    public static final int MIN_PASSWORD_LENGTH = 10;

    @Username
    public String username;

    /** BCrypt in modular crypt format, read by Quarkus Security JPA. */
    @Password
    public String passwordHash;

    @Roles
    public String role;

    public String displayName;

    public boolean active = true;

    public static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    public static Optional<User> findByUsername(String username) {
        return find("username", normalize(username)).firstResultOptional();
    }

    public static Optional<User> findActiveByUsername(String username) {
        return find("username = ?1 and active = true", normalize(username)).firstResultOptional();
    }

    public static boolean isActive(String username) {
        return count("username = ?1 and active = true", normalize(username)) > 0;
    }

    public static boolean usernameTaken(String username) {
        return count("username", normalize(username)) > 0;
    }

    public static List<User> listAllByName() {
        return listAll(Sort.by("role").and("displayName"));
    }

    public static List<User> listActiveCoaches() {
        return list("role = ?1 and active = true", Sort.by("displayName"), Role.COACH);
    }

    public static User create(String username, String displayName, String role, String password) {
        User user = new User();
        user.username = normalize(username);
        user.displayName = displayName.trim();
        user.role = role;
        user.setPassword(password);
        user.persist();
        return user;
    }

    public void setPassword(String password) {
        passwordHash = BcryptUtil.bcryptHash(password);
    }

    public boolean passwordMatches(String password) {
        return password != null && BcryptUtil.matches(password, passwordHash);
    }

    public boolean isAdmin() {
        return Role.ADMIN.equals(role);
    }

    public boolean isCoach() {
        return Role.COACH.equals(role);
    }

    public boolean isAthlete() {
        return Role.ATHLETE.equals(role);
    }
}
