<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("tramitaOtpEmailBodyHtml", code, ttlMinutes?c, realmName))?no_esc}
</@layout.emailLayout>
