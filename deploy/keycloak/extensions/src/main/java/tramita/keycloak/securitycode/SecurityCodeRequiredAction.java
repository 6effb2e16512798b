package tramita.keycloak.securitycode;

import jakarta.ws.rs.core.MultivaluedMap;
import java.security.SecureRandom;
import java.util.Optional;
import org.keycloak.authentication.CredentialRegistrator;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.models.KeycloakSession;

/**
 * Required action {@value SecurityCodeRequiredActionFactory#ID}: the user creates (or,
 * when the application asks with {@code kc_action}, replaces) the 12-character security
 * code. A code that breaks a rule is refused naming the rule.
 */
public class SecurityCodeRequiredAction implements RequiredActionProvider, CredentialRegistrator {

    static final String TEMPLATE = "tramita-security-code-setup.ftl";
    static final String FIELD_CODE = "security-code";
    static final String FIELD_CONFIRM = "security-code-confirm";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public SecurityCodeRequiredAction(int iterations) {
        this.iterations = iterations;
    }

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Added by the security-code authenticator when a user who must answer has no code.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(form(context).createForm(TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        context.getEvent().event(EventType.UPDATE_CREDENTIAL)
                .detail(Details.CREDENTIAL_TYPE, SecurityCodeCredentialModel.TYPE);
        MultivaluedMap<String, String> formData = context.getHttpRequest().getDecodedFormParameters();
        String code = Optional.ofNullable(formData.getFirst(FIELD_CODE)).orElse("");
        String confirm = Optional.ofNullable(formData.getFirst(FIELD_CONFIRM)).orElse("");

        Optional<SecurityCodeRules.Violation> broken = SecurityCodeRules.check(code);
        if (broken.isPresent()) {
            refuse(context, broken.get().messageKey());
            return;
        }
        if (!code.equals(confirm)) {
            refuse(context, "tramitaSecurityCodeMismatch");
            return;
        }
        SecurityCodeCredentialProvider provider = (SecurityCodeCredentialProvider) context.getSession()
                .getProvider(CredentialProvider.class, SecurityCodeCredentialProviderFactory.ID);
        SecurityCodeHash.Stored stored = SecurityCodeHash.create(code, iterations, RANDOM);
        provider.createCredential(context.getRealm(), context.getUser(), SecurityCodeCredentialModel.create(stored));
        context.success();
    }

    private void refuse(RequiredActionContext context, String messageKey) {
        context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL_ERROR)
                .detail(Details.REASON, messageKey)
                .user(context.getUser())
                .error(Errors.INVALID_INPUT);
        context.challenge(form(context).setError(messageKey).createForm(TEMPLATE));
    }

    private static org.keycloak.forms.login.LoginFormsProvider form(RequiredActionContext context) {
        return context.form()
                .setAttribute("securityCodeLength", SecurityCodeRules.LENGTH)
                .setAttribute("securityCodeAsked", SecurityCodeRules.ASKED);
    }

    @Override
    public String getCredentialType(KeycloakSession session, AuthenticationSessionModel authenticationSession) {
        return SecurityCodeCredentialModel.TYPE;
    }

    @Override
    public void close() {
    }
}
