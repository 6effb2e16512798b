package tramita.keycloak.securitycode;

import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

public class SecurityCodeCredentialProviderFactory
        implements CredentialProviderFactory<SecurityCodeCredentialProvider> {

    public static final String ID = "tramita-security-code";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    @SuppressWarnings("rawtypes") // the SPI's own signature
    public CredentialProvider create(KeycloakSession session) {
        return new SecurityCodeCredentialProvider(session);
    }
}
