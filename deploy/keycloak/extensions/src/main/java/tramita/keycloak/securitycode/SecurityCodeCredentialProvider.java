package tramita.keycloak.securitycode;

import java.util.Optional;
import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.CredentialInputValidator;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Stores and checks security codes. One code per user: setting a new one replaces the
 * old. An administrator resets a user's code by deleting this credential (admin console,
 * user → Credentials); the next login then asks for a new one.
 *
 * <p>As a {@link CredentialInputValidator} the challenge response is
 * {@code "<p1>,<p2>,<p3>:<3 characters>"}, e.g. {@code "2,5,11:a7#"}.
 */
public class SecurityCodeCredentialProvider
        implements CredentialProvider<SecurityCodeCredentialModel>, CredentialInputValidator {

    private final KeycloakSession session;

    public SecurityCodeCredentialProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getType() {
        return SecurityCodeCredentialModel.TYPE;
    }

    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, SecurityCodeCredentialModel model) {
        user.credentialManager().getStoredCredentialsByTypeStream(getType()).toList()
                .forEach(old -> user.credentialManager().removeStoredCredentialById(old.getId()));
        return user.credentialManager().createStoredCredential(model);
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        return user.credentialManager().removeStoredCredentialById(credentialId);
    }

    @Override
    public SecurityCodeCredentialModel getCredentialFromModel(CredentialModel model) {
        return SecurityCodeCredentialModel.from(model);
    }

    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext metadataContext) {
        return CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.TWO_FACTOR)
                .displayName("tramitaSecurityCodeDisplayName")
                .helpText("tramitaSecurityCodeHelpText")
                .iconCssClass("kcAuthenticatorPasswordClass")
                .createAction(SecurityCodeRequiredActionFactory.ID)
                .removeable(true)
                .build(session);
    }

    @Override
    public boolean supportsCredentialType(String credentialType) {
        return getType().equals(credentialType);
    }

    @Override
    public boolean isConfiguredFor(RealmModel realm, UserModel user, String credentialType) {
        return supportsCredentialType(credentialType) && stored(user).isPresent();
    }

    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        if (!supportsCredentialType(input.getType()) || input.getChallengeResponse() == null) {
            return false;
        }
        String response = input.getChallengeResponse();
        int colon = response.indexOf(':');
        if (colon < 0) {
            return false;
        }
        Optional<int[]> positions = SecurityCodeRules.parsePositions(response.substring(0, colon));
        return positions.isPresent() && verify(user, positions.get(), response.substring(colon + 1));
    }

    /** Whether {@code answer} holds the user's code characters at {@code positions}. */
    public boolean verify(UserModel user, int[] positions, String answer) {
        return stored(user).map(s -> SecurityCodeHash.verify(s.stored(), positions, answer)).orElse(false);
    }

    public Optional<SecurityCodeCredentialModel> stored(UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(getType())
                .findFirst()
                .map(SecurityCodeCredentialModel::from);
    }
}
