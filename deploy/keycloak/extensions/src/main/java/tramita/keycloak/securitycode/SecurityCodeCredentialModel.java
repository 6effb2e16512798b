package tramita.keycloak.securitycode;

import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * A security code as a Keycloak credential of type {@value #TYPE}.
 *
 * <p>{@code credentialData} (visible to administrators) says how it is hashed:
 * {@code {"algorithm", "iterations", "length", "asked"}}; {@code secretData} holds
 * {@code {"salt", "hashes"}} in base64 (see {@link SecurityCodeHash}). Nothing stored
 * reveals the code itself.
 */
public class SecurityCodeCredentialModel extends CredentialModel {

    public static final String TYPE = "tramita-security-code";

    private static final long serialVersionUID = 1L;

    private final transient SecurityCodeHash.Stored stored;

    private SecurityCodeCredentialModel(SecurityCodeHash.Stored stored) {
        this.stored = stored;
    }

    public SecurityCodeHash.Stored stored() {
        return stored;
    }

    public static SecurityCodeCredentialModel create(SecurityCodeHash.Stored stored) {
        SecurityCodeCredentialModel model = new SecurityCodeCredentialModel(stored);
        model.setType(TYPE);
        model.setCreatedDate(Time.currentTimeMillis());
        model.setUserLabel("Security code");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("algorithm", SecurityCodeHash.ALGORITHM);
        data.put("iterations", stored.iterations());
        data.put("length", SecurityCodeRules.LENGTH);
        data.put("asked", SecurityCodeRules.ASKED);
        Map<String, Object> secret = new LinkedHashMap<>();
        Base64.Encoder b64 = Base64.getEncoder();
        secret.put("salt", b64.encodeToString(stored.salt()));
        secret.put("hashes", b64.encodeToString(stored.hashes()));
        try {
            model.setCredentialData(JsonSerialization.writeValueAsString(data));
            model.setSecretData(JsonSerialization.writeValueAsString(secret));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return model;
    }

    @SuppressWarnings("unchecked")
    public static SecurityCodeCredentialModel from(CredentialModel model) {
        try {
            Map<String, Object> data = JsonSerialization.readValue(model.getCredentialData(), Map.class);
            Map<String, Object> secret = JsonSerialization.readValue(model.getSecretData(), Map.class);
            if (!SecurityCodeHash.ALGORITHM.equals(data.get("algorithm"))) {
                throw new IllegalStateException("unknown security code algorithm " + data.get("algorithm"));
            }
            Base64.Decoder b64 = Base64.getDecoder();
            SecurityCodeHash.Stored stored = new SecurityCodeHash.Stored(
                    b64.decode((String) secret.get("salt")),
                    ((Number) data.get("iterations")).intValue(),
                    b64.decode((String) secret.get("hashes")));
            SecurityCodeCredentialModel result = new SecurityCodeCredentialModel(stored);
            result.setId(model.getId());
            result.setType(model.getType());
            result.setCreatedDate(model.getCreatedDate());
            result.setUserLabel(model.getUserLabel());
            result.setCredentialData(model.getCredentialData());
            result.setSecretData(model.getSecretData());
            return result;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("unreadable security code credential " + model.getId(), e);
        }
    }
}
