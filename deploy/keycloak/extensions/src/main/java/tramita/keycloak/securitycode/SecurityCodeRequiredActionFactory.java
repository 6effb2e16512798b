package tramita.keycloak.securitycode;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public class SecurityCodeRequiredActionFactory implements RequiredActionFactory {

    public static final String ID = "tramita-security-code";

    private int iterations = SecurityCodeHash.DEFAULT_ITERATIONS;

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayText() {
        return "Create a security code (Tramita)";
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new SecurityCodeRequiredAction(iterations);
    }

    /** SPI option {@code iterations} (PBKDF2 rounds per hash; default {@value SecurityCodeHash#DEFAULT_ITERATIONS}). */
    @Override
    public void init(Config.Scope config) {
        iterations = config.getInt("iterations", SecurityCodeHash.DEFAULT_ITERATIONS);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
