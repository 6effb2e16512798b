<#-- Required action tramita-security-code: create (or replace) the 12-character security code. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("tramitaSecurityCodeSetupTitle")}
    <#elseif section = "form">
        <p id="tramita-security-code-rules">${msg("tramitaSecurityCodeRules", securityCodeLength?c, securityCodeAsked?c)}</p>
        <form id="tramita-security-code-setup-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="${properties.kcFormGroupClass!}">
                <label for="security-code" class="${properties.kcLabelClass!}">${msg("tramitaSecurityCode")}</label>
                <span class="${properties.kcInputClass!}">
                    <input type="password" id="security-code" name="security-code" maxlength="${securityCodeLength?c}"
                           autocomplete="off" autofocus/>
                </span>
            </div>
            <div class="${properties.kcFormGroupClass!}">
                <label for="security-code-confirm" class="${properties.kcLabelClass!}">${msg("tramitaSecurityCodeConfirm")}</label>
                <span class="${properties.kcInputClass!}">
                    <input type="password" id="security-code-confirm" name="security-code-confirm"
                           maxlength="${securityCodeLength?c}" autocomplete="off"/>
                </span>
            </div>
            <div class="${properties.kcFormGroupClass!}">
                <button class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}"
                        type="submit" id="kc-submit">${msg("doSubmit")}</button>
                <#if isAppInitiatedAction??>
                    <button class="${properties.kcButtonClass!} ${properties.kcButtonDefaultClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}"
                            type="submit" name="cancel-aia" value="true" id="kc-cancel">${msg("doCancel")}</button>
                </#if>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
