<#-- Authenticator tramita-security-code: 3 characters of the security code, by position (1-based). -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("tramitaSecurityCodeTitle")}
    <#elseif section = "form">
        <p id="tramita-security-code-prompt">${msg("tramitaSecurityCodePrompt", securityCodePositions?map(p -> p?c)?join(", "), securityCodeLength?c)}</p>
        <form id="tramita-security-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <#list securityCodePositions as position>
                <div class="${properties.kcFormGroupClass!}">
                    <label for="position-${position?c}" class="${properties.kcLabelClass!}">${msg("tramitaSecurityCodeCharacter", position?c)}</label>
                    <span class="${properties.kcInputClass!}">
                        <input type="password" id="position-${position?c}" name="position-${position?c}" data-position="${position?c}"
                               maxlength="1" size="2" autocomplete="off" <#if position?is_first>autofocus</#if>/>
                    </span>
                </div>
            </#list>
            <div class="${properties.kcFormGroupClass!}">
                <button class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}"
                        type="submit" name="login" id="kc-login">${msg("doLogIn")}</button>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
