package app.deload.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import io.quarkus.elytron.security.common.BcryptUtil;

/** The precomputed hash an unknown username is checked against costs what a user's password check costs. */
class UnknownUserHashTest {

    @Test
    void isABcryptHashOfTheSameCostAsUsersHashes() throws Exception {
        String hash = ThrottlingIdentityProvider.UNKNOWN_USER_HASH;
        assertEquals(BcryptUtil.bcryptHash("any password").substring(0, 7), hash.substring(0, 7));
        PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                WildFlyElytronPasswordProvider.getInstance());
        Password password = factory.translate(ModularCrypt.decode(hash));
        assertTrue(factory.verify(password, "no such user, no such password".toCharArray()));
        assertFalse(factory.verify(password, "correct-horse-battery".toCharArray()));
    }
}
