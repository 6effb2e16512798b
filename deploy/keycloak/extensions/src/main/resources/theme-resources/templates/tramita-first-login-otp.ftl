<#-- Authenticator tramita-first-login-otp: the one-time code sent by e-mail or SMS. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("tramitaOtpTitle")}
    <#elseif section = "form">
        <p id="tramita-otp-destination">${msg((otpChannel == "sms")?then("tramitaOtpWhereSms", "tramitaOtpWhereEmail"), otpDestination)}</p>
        <form id="tramita-first-login-otp-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="${properties.kcFormGroupClass!}">
                <label for="otp-code" class="${properties.kcLabelClass!}">${msg("tramitaOtpCode")}</label>
                <span class="${properties.kcInputClass!}">
                    <input type="text" id="otp-code" name="otp-code" inputmode="numeric" autocomplete="one-time-code"
                           maxlength="7" autofocus/>
                </span>
            </div>
            <div class="${properties.kcFormGroupClass!}">
                <button class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}"
                        type="submit" name="login" id="kc-login">${msg("doLogIn")}</button>
            </div>
        </form>
        <form id="tramita-first-login-otp-resend-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <input type="hidden" name="resend" value="true"/>
            <div class="${properties.kcFormGroupClass!}">
                <button class="${properties.kcButtonClass!} ${properties.kcButtonDefaultClass!} ${properties.kcButtonBlockClass!}"
                        type="submit" id="tramita-otp-resend">${msg("tramitaOtpResend")}</button>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
