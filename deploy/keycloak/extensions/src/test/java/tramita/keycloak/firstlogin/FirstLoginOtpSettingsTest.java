package tramita.keycloak.firstlogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;
import tramita.keycloak.firstlogin.FirstLoginOtpAuthenticator.Channel;
import tramita.keycloak.firstlogin.FirstLoginOtpAuthenticator.Settings;

class FirstLoginOtpSettingsTest {

    @Test
    void defaultsAreTenMinutesThirtySecondsThreeWrongFiveSends() {
        assertEquals(new Settings(600, 30, 3, 5), Settings.of(null));
        assertEquals(new Settings(600, 30, 3, 5), Settings.of(new AuthenticatorConfigModel()));
    }

    @Test
    void theExecutionConfigOverridesAndBadValuesFallBack() {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(Map.of("ttlSeconds", "120", "resendCooldownSeconds", " 5 ", "maxWrongCodes", "x", "maxSends", ""));
        assertEquals(new Settings(120, 5, 3, 5), Settings.of(model));
    }

    @Test
    void theAttributeNamesTheChannel() {
        assertEquals(Channel.EMAIL, Channel.of("email"));
        assertEquals(Channel.EMAIL, Channel.of(" E-mail "));
        assertEquals(Channel.SMS, Channel.of("SMS"));
        assertNull(Channel.of("fax"));
        assertNull(Channel.of(null));
    }
}
