package tramita.keycloak.firstlogin;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Factory of {@link FirstLoginOtpAuthenticator}. The SMS provider comes from SPI options
 * {@code sms-url} and {@code sms-token} (e.g. {@code --spi-authenticator--tramita-first-login-otp--sms-url})
 * or, when unset, the environment variables {@code TRAMITA_SMS_URL} and {@code TRAMITA_SMS_TOKEN}.
 */
public class FirstLoginOtpAuthenticatorFactory implements AuthenticatorFactory {

    public static final String ID = "tramita-first-login-otp";

    static final String TTL = "ttlSeconds";
    static final String COOLDOWN = "resendCooldownSeconds";
    static final String MAX_WRONG = "maxWrongCodes";
    static final String MAX_SENDS = "maxSends";

    private SmsGateway sms = new SmsGateway(null, null);

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "First-login one-time code by e-mail or SMS (Tramita)";
    }

    @Override
    public String getHelpText() {
        return "For users whose attribute first_login_otp is email or sms: sends a 6-digit code "
                + "there, checks it, then removes the attribute. Other users pass.";
    }

    /** "otp": so that failures count for Keycloak's brute-force protection. */
    @Override
    public String getReferenceCategory() {
        return OTPCredentialModel.TYPE;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
            AuthenticationExecutionModel.Requirement.REQUIRED,
            AuthenticationExecutionModel.Requirement.DISABLED,
        };
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(TTL).label("Code validity (seconds)").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue("600").helpText("How long a sent code is accepted.").add()
                .property().name(COOLDOWN).label("Resend cooldown (seconds)").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue("30").helpText("Minimum time between two codes.").add()
                .property().name(MAX_WRONG).label("Wrong codes per login").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue("3").helpText("After this many wrong codes the login fails (one failed login).").add()
                .property().name(MAX_SENDS).label("Codes per login").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue("5").helpText("How many codes one login may send.").add()
                .build();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new FirstLoginOtpAuthenticator(sms);
    }

    @Override
    public void init(Config.Scope config) {
        String url = first(config.get("sms-url"), config.get("smsUrl"), System.getenv("TRAMITA_SMS_URL"));
        String token = first(config.get("sms-token"), config.get("smsToken"), System.getenv("TRAMITA_SMS_TOKEN"));
        sms = new SmsGateway(url, token);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
