package tramita.keycloak.firstlogin;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.theme.Theme;

/**
 * Authenticator {@value FirstLoginOtpAuthenticatorFactory#ID}: the one-time code of a first
 * login (PRODUCT §3.4, seed 002).
 *
 * <p>Only users with attribute {@value #ATTRIBUTE} = {@code email} or {@code sms} (set when
 * an access request is approved) are asked; everyone else passes straight through. The
 * code (6 digits, valid {@code ttlSeconds}) goes to the user's e-mail through the realm's
 * SMTP settings, or by SMS to attribute {@value #PHONE_ATTRIBUTE} through {@link SmsGateway}.
 * The right code removes the attribute, so later logins do not ask. After
 * {@code maxWrongCodes} wrong codes the login fails and counts as one failed login for
 * brute-force protection. "Send a new code" is refused during {@code resendCooldownSeconds}
 * after the previous one and after {@code maxSends} codes in one login.
 */
public class FirstLoginOtpAuthenticator implements Authenticator {

    public static final String ATTRIBUTE = "first_login_otp";
    public static final String PHONE_ATTRIBUTE = "phone_number";

    static final String TEMPLATE = "tramita-first-login-otp.ftl";
    static final String EMAIL_TEMPLATE = "tramita-first-login-otp-email.ftl";
    static final String FIELD_CODE = "otp-code";
    static final String FIELD_RESEND = "resend";

    private static final String NOTE_DIGEST = "tramita.first-login-otp.digest";
    private static final String NOTE_SALT = "tramita.first-login-otp.salt";
    private static final String NOTE_EXPIRES = "tramita.first-login-otp.expires";
    private static final String NOTE_SENT_AT = "tramita.first-login-otp.sent-at";
    private static final String NOTE_SENDS = "tramita.first-login-otp.sends";
    private static final String NOTE_WRONG = "tramita.first-login-otp.wrong";
    private static final List<String> NOTES = List.of(NOTE_DIGEST, NOTE_SALT, NOTE_EXPIRES, NOTE_SENT_AT, NOTE_SENDS, NOTE_WRONG);

    private static final Logger LOG = Logger.getLogger(FirstLoginOtpAuthenticator.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    enum Channel {
        EMAIL, SMS;

        static Channel of(String value) {
            if (value == null) {
                return null;
            }
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "email", "e-mail" -> EMAIL;
                case "sms" -> SMS;
                default -> null;
            };
        }
    }

    /** The execution's settings (authenticator config), with defaults. */
    record Settings(int ttlSeconds, int resendCooldownSeconds, int maxWrongCodes, int maxSends) {
        static Settings of(AuthenticatorConfigModel model) {
            Map<String, String> config = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
            return new Settings(
                    number(config, FirstLoginOtpAuthenticatorFactory.TTL, 600),
                    number(config, FirstLoginOtpAuthenticatorFactory.COOLDOWN, 30),
                    number(config, FirstLoginOtpAuthenticatorFactory.MAX_WRONG, 3),
                    number(config, FirstLoginOtpAuthenticatorFactory.MAX_SENDS, 5));
        }

        private static int number(Map<String, String> config, String key, int fallback) {
            try {
                String value = config.get(key);
                return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }

    private final SmsGateway sms;

    public FirstLoginOtpAuthenticator(SmsGateway sms) {
        this.sms = sms;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        String wanted = user.getFirstAttribute(ATTRIBUTE);
        if (wanted == null || wanted.isBlank()) {
            context.success();
            return;
        }
        if (locked(context)) {
            return;
        }
        Channel channel = Channel.of(wanted);
        if (channel == null) {
            LOG.warnf("user %s has %s=%s (expected email or sms)", user.getUsername(), ATTRIBUTE, wanted);
            cannotSend(context);
            return;
        }
        Settings settings = Settings.of(context.getAuthenticatorConfig());
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        if (auth.getAuthNote(NOTE_DIGEST) != null && !expired(auth)) {
            context.challenge(form(context, channel, null).createForm(TEMPLATE));
            return;
        }
        if (!send(context, channel, settings)) {
            cannotSend(context);
            return;
        }
        context.challenge(form(context, channel, null).setInfo("tramitaOtpSent", destination(user, channel)).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        Channel channel = Channel.of(user.getFirstAttribute(ATTRIBUTE));
        if (channel == null) {
            authenticate(context);
            return;
        }
        if (locked(context)) {
            return;
        }
        Settings settings = Settings.of(context.getAuthenticatorConfig());
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        MultivaluedMap<String, String> formData = context.getHttpRequest().getDecodedFormParameters();

        if (formData.containsKey(FIELD_RESEND)) {
            resend(context, channel, settings);
            return;
        }
        String input = OneTimeCodes.normalize(formData.getFirst(FIELD_CODE));
        if (input.isEmpty()) {
            context.challenge(form(context, channel, "tramitaOtpMissing").createForm(TEMPLATE));
            return;
        }
        if (auth.getAuthNote(NOTE_DIGEST) == null || expired(auth)) {
            context.challenge(form(context, channel, "tramitaOtpExpired").createForm(TEMPLATE));
            return;
        }
        if (OneTimeCodes.matches(input, auth.getAuthNote(NOTE_SALT), auth.getAuthNote(NOTE_DIGEST))) {
            NOTES.forEach(auth::removeAuthNote);
            user.removeAttribute(ATTRIBUTE);
            context.getEvent().detail("first_login_otp", channel.name().toLowerCase(Locale.ROOT));
            context.success();
            return;
        }
        long wrong = counter(auth, NOTE_WRONG) + 1;
        auth.setAuthNote(NOTE_WRONG, Long.toString(wrong));
        context.getEvent().user(user).detail("first_login_otp_wrong", Long.toString(wrong));
        if (wrong >= settings.maxWrongCodes()) {
            // The login fails here and counts once for brute-force protection; a new login
            // sends a new code.
            NOTES.forEach(auth::removeAuthNote);
            context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
            context.failure(AuthenticationFlowError.INVALID_CREDENTIALS,
                    context.form().setError("tramitaOtpTooManyWrong").createErrorPage(Response.Status.UNAUTHORIZED));
            return;
        }
        context.challenge(form(context, channel, null)
                .setError("tramitaOtpWrong", settings.maxWrongCodes() - wrong)
                .createForm(TEMPLATE));
    }

    private void resend(AuthenticationFlowContext context, Channel channel, Settings settings) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        long wait = counter(auth, NOTE_SENT_AT) + settings.resendCooldownSeconds() - now();
        if (auth.getAuthNote(NOTE_SENT_AT) != null && wait > 0) {
            context.challenge(form(context, channel, null).setError("tramitaOtpResendWait", wait).createForm(TEMPLATE));
            return;
        }
        if (counter(auth, NOTE_SENDS) >= settings.maxSends()) {
            context.challenge(form(context, channel, "tramitaOtpResendLimit").createForm(TEMPLATE));
            return;
        }
        if (!send(context, channel, settings)) {
            cannotSend(context);
            return;
        }
        context.challenge(form(context, channel, null)
                .setInfo("tramitaOtpResent", destination(context.getUser(), channel))
                .createForm(TEMPLATE));
    }

    /** Generate, remember (as a digest) and deliver a new code; false if it could not go out. */
    private boolean send(AuthenticationFlowContext context, Channel channel, Settings settings) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        String code = OneTimeCodes.generate(RANDOM);
        int minutes = Math.max(1, settings.ttlSeconds() / 60);
        try {
            if (channel == Channel.EMAIL) {
                if (user.getEmail() == null || user.getEmail().isBlank()) {
                    LOG.warnf("user %s should get a first-login code by e-mail but has no e-mail", user.getUsername());
                    return false;
                }
                Map<String, Object> attributes = new HashMap<>();
                attributes.put("code", code);
                attributes.put("ttlMinutes", minutes);
                session.getProvider(EmailTemplateProvider.class)
                        .setRealm(realm)
                        .setUser(user)
                        .setAuthenticationSession(auth)
                        .send("tramitaOtpEmailSubject", EMAIL_TEMPLATE, attributes);
            } else {
                String phone = user.getFirstAttribute(PHONE_ATTRIBUTE);
                if (phone == null || phone.isBlank()) {
                    LOG.warnf("user %s should get a first-login code by SMS but has no %s", user.getUsername(), PHONE_ATTRIBUTE);
                    return false;
                }
                String body = message(session, realm, user, "tramitaOtpSmsBody",
                        "Tramita: your login code is {0}. It expires in {1} minutes.", code, minutes);
                sms.send(phone, body, "first-login-otp:" + UUID.randomUUID());
            }
        } catch (EmailException | IOException e) {
            LOG.errorf(e, "could not send the first-login code of user %s by %s", user.getUsername(), channel);
            return false;
        }
        String salt = OneTimeCodes.newSalt(RANDOM);
        auth.setAuthNote(NOTE_SALT, salt);
        auth.setAuthNote(NOTE_DIGEST, OneTimeCodes.digest(salt, code));
        auth.setAuthNote(NOTE_EXPIRES, Long.toString(now() + settings.ttlSeconds()));
        auth.setAuthNote(NOTE_SENT_AT, Long.toString(now()));
        auth.setAuthNote(NOTE_SENDS, Long.toString(counter(auth, NOTE_SENDS) + 1));
        return true;
    }

    private static boolean expired(AuthenticationSessionModel auth) {
        return now() >= counter(auth, NOTE_EXPIRES);
    }

    private static long now() {
        return Time.currentTimeSeconds();
    }

    private static long counter(AuthenticationSessionModel auth, String note) {
        try {
            String value = auth.getAuthNote(note);
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String destination(UserModel user, Channel channel) {
        return channel == Channel.EMAIL
                ? OneTimeCodes.maskEmail(user.getEmail())
                : OneTimeCodes.maskPhone(user.getFirstAttribute(PHONE_ATTRIBUTE));
    }

    private static LoginFormsProvider form(AuthenticationFlowContext context, Channel channel, String error) {
        LoginFormsProvider form = context.form()
                .setAttribute("otpChannel", channel.name().toLowerCase(Locale.ROOT))
                .setAttribute("otpDestination", destination(context.getUser(), channel));
        if (error != null) {
            form.setError(error);
        }
        return form;
    }

    private static void cannotSend(AuthenticationFlowContext context) {
        context.getEvent().user(context.getUser()).error(Errors.EMAIL_SEND_FAILED);
        context.failure(AuthenticationFlowError.INTERNAL_ERROR,
                context.form().setError("tramitaOtpCannotSend").createErrorPage(Response.Status.INTERNAL_SERVER_ERROR));
    }

    /** True (and the reply set) when brute-force protection has locked the user. */
    private static boolean locked(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        String error = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (error == null && user.isEnabled()) {
            return false;
        }
        String message = Errors.USER_TEMPORARILY_DISABLED.equals(error)
                ? Messages.ACCOUNT_TEMPORARILY_DISABLED
                : Messages.ACCOUNT_PERMANENTLY_DISABLED;
        context.getEvent().user(user).error(error != null ? error : Errors.USER_DISABLED);
        context.forceChallenge(context.form().setError(message).createErrorPage(Response.Status.UNAUTHORIZED));
        return true;
    }

    private static String message(KeycloakSession session, RealmModel realm, UserModel user, String key, String fallback, Object... args) {
        Locale locale = session.getContext().resolveLocale(user);
        String pattern = fallback;
        try {
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale);
            pattern = messages.getProperty(key, fallback);
        } catch (IOException e) {
            LOG.debugf(e, "no login theme messages for %s", locale);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    /** Always true: users without the attribute simply pass (see {@link #authenticate}). */
    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
