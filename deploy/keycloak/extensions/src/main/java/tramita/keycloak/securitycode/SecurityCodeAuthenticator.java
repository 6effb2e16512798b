package tramita.keycloak.securitycode;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.messages.Messages;

/**
 * Authenticator {@value SecurityCodeAuthenticatorFactory#ID}: after the password, asks 3
 * randomly chosen characters (1-based positions, case-sensitive) of the user's security
 * code.
 *
 * <p>The positions are chosen when the step is first shown in a login attempt and kept in
 * the authentication session, so reloading the page does not offer other positions; a
 * wrong answer counts as a failed login (Keycloak's brute-force protection locks after the
 * realm's failure factor) and the next try asks new positions. A user without a code is
 * sent to the required action of the same name (Keycloak does so because
 * {@link #configuredFor} is false and the factory allows user setup).
 */
public class SecurityCodeAuthenticator implements Authenticator {

    static final String TEMPLATE = "tramita-security-code.ftl";
    static final String POSITIONS_NOTE = "tramita.security-code.positions";
    static final String FIELD_PREFIX = "position-";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (locked(context)) {
            return;
        }
        int[] positions = SecurityCodeRules.parsePositions(context.getAuthenticationSession().getAuthNote(POSITIONS_NOTE))
                .orElseGet(() -> newPositions(context));
        context.challenge(form(context, positions, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        if (locked(context)) {
            return;
        }
        Optional<int[]> asked = SecurityCodeRules.parsePositions(context.getAuthenticationSession().getAuthNote(POSITIONS_NOTE));
        if (asked.isEmpty()) {
            authenticate(context);
            return;
        }
        int[] positions = asked.get();
        MultivaluedMap<String, String> formData = context.getHttpRequest().getDecodedFormParameters();
        StringBuilder answer = new StringBuilder();
        for (int position : positions) {
            String value = formData.getFirst(FIELD_PREFIX + position);
            if (value == null || value.isEmpty()) {
                // An incomplete form is not a guess: ask again, uncounted.
                context.challenge(form(context, positions, "tramitaSecurityCodeMissing"));
                return;
            }
            answer.append(value);
        }
        UserModel user = context.getUser();
        if (answer.length() == SecurityCodeRules.ASKED && provider(context.getSession()).verify(user, positions, answer.toString())) {
            context.getAuthenticationSession().removeAuthNote(POSITIONS_NOTE);
            context.success();
            return;
        }
        context.getEvent().user(user).detail("security_code_positions", SecurityCodeRules.formatPositions(positions))
                .error(Errors.INVALID_USER_CREDENTIALS);
        int[] next = newPositions(context);
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, form(context, next, "tramitaSecurityCodeWrong"));
    }

    /** True (and the reply set) when brute-force protection has locked the user. */
    private boolean locked(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        String error = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (error == null && user.isEnabled()) {
            return false;
        }
        String message = Errors.USER_TEMPORARILY_DISABLED.equals(error)
                ? Messages.ACCOUNT_TEMPORARILY_DISABLED
                : Messages.ACCOUNT_PERMANENTLY_DISABLED;
        context.getEvent().user(user).error(error != null ? error : Errors.USER_DISABLED);
        context.getAuthenticationSession().removeAuthNote(POSITIONS_NOTE);
        context.forceChallenge(context.form().setError(message).createErrorPage(Response.Status.UNAUTHORIZED));
        return true;
    }

    private static int[] newPositions(AuthenticationFlowContext context) {
        int[] positions = SecurityCodeRules.pickPositions(RANDOM);
        context.getAuthenticationSession().setAuthNote(POSITIONS_NOTE, SecurityCodeRules.formatPositions(positions));
        return positions;
    }

    private static Response form(AuthenticationFlowContext context, int[] positions, String error) {
        var form = context.form()
                .setAttribute("securityCodePositions", Arrays.stream(positions).boxed().toList())
                .setAttribute("securityCodeLength", SecurityCodeRules.LENGTH);
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }

    private static SecurityCodeCredentialProvider provider(KeycloakSession session) {
        return (SecurityCodeCredentialProvider) session.getProvider(CredentialProvider.class, SecurityCodeCredentialProviderFactory.ID);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return provider(session).isConfiguredFor(realm, user, SecurityCodeCredentialModel.TYPE);
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        if (user.getRequiredActionsStream().noneMatch(SecurityCodeRequiredActionFactory.ID::equals)) {
            user.addRequiredAction(SecurityCodeRequiredActionFactory.ID);
        }
    }

    @Override
    public List<RequiredActionFactory> getRequiredActions(KeycloakSession session) {
        return List.of((RequiredActionFactory) session.getKeycloakSessionFactory()
                .getProviderFactory(RequiredActionProvider.class, SecurityCodeRequiredActionFactory.ID));
    }

    @Override
    public void close() {
    }
}
